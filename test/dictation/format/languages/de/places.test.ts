// German places as a native writer sets them: cities, countries, regions, rivers and seas take their capital; an adjective before a noun stays lowercase ("die deutsche Bahn").
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const de = inLanguage('de');

describe('German writer: places', () => {
  checkCases([
    de(['wir fahren im sommer an die ostsee'], 'Wir fahren im Sommer an die Ostsee'),
    de(['sie wohnt in köln'], 'Sie wohnt in Köln'),
    de(['der rhein fließt durch düsseldorf'], 'Der Rhein fließt durch Düsseldorf'),
    de(['ich war letztes jahr in italien'], 'Ich war letztes Jahr in Italien'),
    de(['wir fliegen nach spanien'], 'Wir fliegen nach Spanien'),
    de(['meine eltern leben in der schweiz'], 'Meine Eltern leben in der Schweiz'),
    de(['er kommt aus frankreich'], 'Er kommt aus Frankreich'),
    de(['wien ist die hauptstadt von österreich'], 'Wien ist die Hauptstadt von Österreich'),
    de(['wir wandern in den alpen'], 'Wir wandern in den Alpen'),
    de(['der bodensee liegt im süden'], 'Der Bodensee liegt im Süden'),
    de(['sie studiert in leipzig'], 'Sie studiert in Leipzig'),
    de(['dresden liegt an der elbe'], 'Dresden liegt an der Elbe'),
    de(['wir waren in bayern im urlaub'], 'Wir waren in Bayern im Urlaub'),
    de(['der zug nach frankfurt hat verspätung'], 'Der Zug nach Frankfurt hat Verspätung'),
    de(['ich wohne in stuttgart'], 'Ich wohne in Stuttgart'),
    de(['die nordsee ist kalt'], 'Die Nordsee ist kalt'),
    de(['wir besuchen freunde in zürich'], 'Wir besuchen Freunde in Zürich'),
    de(['er arbeitet in brüssel'], 'Er arbeitet in Brüssel'),
    de(['sie macht urlaub in griechenland'], 'Sie macht Urlaub in Griechenland'),
    de(['der flughafen in hamburg ist groß'], 'Der Flughafen in Hamburg ist groß'),
    de(['wir fahren mit der bahn nach bremen'], 'Wir fahren mit der Bahn nach Bremen'),
    de(['sie kommt aus polen'], 'Sie kommt aus Polen'),
    de(['mein bruder lebt in amerika'], 'Mein Bruder lebt in Amerika'),
    de(['wir treffen uns am hauptbahnhof'], 'Wir treffen uns am Hauptbahnhof'),
    de(['die deutsche küche ist deftig'], 'Die deutsche Küche ist deftig'),
    de(['wir fahren mit der bahn nach kiel'], 'Wir fahren mit der Bahn nach Kiel'),
    de(['europa ist ein kontinent'], 'Europa ist ein Kontinent'),
  ]);
});
