// Whole dictated sentences in German, French and Spanish, with marks, numbers, times,
// money and capitals together, set as a native writer sets them.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../editor.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const de = inLanguage('de');
const fr = inLanguage('fr');
const es = inLanguage('es');

describe('German sentences', () => {
  checkCases([
    de(['am freitag kommen zwölf gäste punkt'], 'Am Freitag kommen zwölf Gäste.'),
    de(['der termin ist um vierzehn uhr dreißig punkt'], 'Der Termin ist um 14:30 Uhr.'),
    de(['das kostet neunzehn euro neunundneunzig fragezeichen'], `Das kostet 19,99${NBSP}€?`),
    // DIN 5008: after the salutation's comma the text goes on in lowercase.
    de(['liebe anna komma neue zeile danke für die blumen punkt'], 'Liebe Anna,\ndanke für die Blumen.'),
    de(['im jahr zweitausendzwanzig begann die pandemie'], 'Im Jahr 2020 begann die Pandemie'),
    de(['ich brauche drei kilo kartoffeln'], 'Ich brauche drei Kilo Kartoffeln'),
    de(['wir sehen uns im august'], 'Wir sehen uns im August'),
    de(['der zug hat fünfzehn minuten verspätung'], 'Der Zug hat 15 Minuten Verspätung'),
    de(['die straße ist nass'], 'Die Straße ist nass'),
    // Compounds the dictionary does not list are nouns when their last part is one.
    de(['die gartenbank ist nass'], 'Die Gartenbank ist nass'),
    de(['mein geburtstag ist im mai'], 'Mein Geburtstag ist im Mai'),
    de(['wir kaufen einen küchentisch'], 'Wir kaufen einen Küchentisch'),
    de(['er fährt gestern weg'], 'Er fährt gestern weg'),
    de(['das ist kinderfreundlich und kostenlos'], 'Das ist kinderfreundlich und kostenlos'),
    de(['sie hat dreiundzwanzig bücher gelesen'], 'Sie hat 23 Bücher gelesen'),
    de(['ich komme aus österreich'], 'Ich komme aus Österreich'),
  ]);
});

describe('French sentences', () => {
  checkCases([
    fr(['rendez-vous lundi à quatorze heures trente point'], `Rendez-vous lundi à 14${NBSP}h${NBSP}30.`),
    fr(["ça coûte dix-neuf euros quatre-vingt-dix-neuf point d'interrogation"], `Ça coûte 19,99${NBSP}€${NNBSP}?`),
    fr(['marie et paul habitent à marseille'], 'Marie et Paul habitent à Marseille'),
    fr(['en deux mille vingt-quatre'], 'En 2024'),
    fr(['il a quatre-vingts ans'], 'Il a 80 ans'),
    fr(['nous sommes trente-cinq'], 'Nous sommes 35'),
    fr(['la tour eiffel mesure trois cent trente mètres'], 'La tour Eiffel mesure 330 mètres'),
    fr(['la belgique et le portugal'], 'La Belgique et le Portugal'),
    fr(['il pleut à londres'], 'Il pleut à Londres'),
    fr(['elle parle espagnol'], 'Elle parle espagnol'),
  ]);
});

describe('Spanish sentences', () => {
  checkCases([
    es(['la reunión es a las cinco'], 'La reunión es a las cinco'),
    es(['cuesta diecinueve euros con noventa y nueve'], `Cuesta 19,99${NBSP}€`),
    es(['carmen vive en bilbao'], 'Carmen vive en Bilbao'),
    es(['nací en mil novecientos noventa'], 'Nací en 1990'),
    es(['tengo treinta y dos años'], 'Tengo 32 años'),
    es(['hay doscientas personas'], 'Hay 200 personas'),
    es(['el perú y chile'], 'El Perú y Chile'),
    es(['pablo habla inglés'], 'Pablo habla inglés'),
    es(['los lunes estudio francés'], 'Los lunes estudio francés'),
    es(['viajamos a portugal en julio'], 'Viajamos a Portugal en julio'),
  ]);
});
