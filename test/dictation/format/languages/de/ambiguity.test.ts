// German ambiguous words as a native writer sets them: a word that is a noun and a verb, adverb, preposition or month decided by the words around it; number words next to each other that are not one number stay words.
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const de = inLanguage('de');

describe('German writer: ambiguous words', () => {
  checkCases([
    de(['wir sehen uns morgen abend'], 'Wir sehen uns morgen Abend'),
    de(['bis morgen'], 'Bis morgen'),
    de(['heute morgen war es kalt'], 'Heute Morgen war es kalt'),
    de(['am morgen trinke ich tee'], 'Am Morgen trinke ich Tee'),
    de(['das klappt dank deiner hilfe'], 'Das klappt dank deiner Hilfe'),
    de(['vielen dank'], 'Vielen Dank'),
    de(['herzlichen dank für alles'], 'Herzlichen Dank für alles'),
    de(['ich grüße dich'], 'Ich grüße dich'),
    de(['lass sie schön grüßen'], 'Lass sie schön grüßen'),
    de(['das lesen wir morgen'], 'Das lesen wir morgen'),
    de(['das essen steht auf dem tisch'], 'Das Essen steht auf dem Tisch'),
    de(['wir haben gut gegessen'], 'Wir haben gut gegessen'),
    de(['im mai'], 'Im Mai'),
    de(['der mai ist gekommen'], 'Der Mai ist gekommen'),
    de(['mein freund heißt august'], 'Mein Freund heißt August'),
    de(['der erste tag'], 'Der erste Tag'),
    de(['der dritte mai'], 'Der 3. Mai'),
    de(['der dritte versuch'], 'Der dritte Versuch'),
    de(['zum ersten mal'], 'Zum ersten Mal'),
    de(['jedes mal'], 'Jedes Mal'),
    de(['komm mal her'], 'Komm mal her'),
    de(['zwei mal drei'], 'Zwei mal drei'),
    de(['um viertel nach acht'], 'Um Viertel nach acht'),
    de(['ein viertel der kosten'], 'Ein Viertel der Kosten'),
    de(['er hat zeit'], 'Er hat Zeit'),
    de(['zeit ist geld'], 'Zeit ist Geld'),
    de(['am ende des tages'], 'Am Ende des Tages'),
    de(['ende gut komma alles gut'], 'Ende gut, alles gut'),
    de(['wir waren zu hause'], 'Wir waren zu Hause'),
    de(['im voraus vielen dank'], 'Im Voraus vielen Dank'),
    de(['im übrigen bin ich dafür'], 'Im Übrigen bin ich dafür'),
    de(['der preis ist heiß'], 'Der Preis ist heiß'),
    de(['zweiundzwanzig dreiundzwanzig'], 'Zweiundzwanzig dreiundzwanzig'),
    de(['hundert zwanzig dreißig euro'], 'Hundert zwanzig dreißig Euro'),
    de(['zweihundert dreihundert'], 'Zweihundert dreihundert'),
    de(['eins und zwanzig'], '21'),
    de(['die zwei'], 'Die zwei'),
    // Duden D 89: a language after a preposition or a verb of speaking is a noun.
    de(['ich spreche deutsch'], 'Ich spreche Deutsch'),
    de(['bitte auf englisch'], 'Bitte auf Englisch'),
    de(['sie spricht fließend französisch'], 'Sie spricht fließend Französisch'),
    de(['das auto ist deutsch'], 'Das Auto ist deutsch'),
    de(['die deutsche sprache'], 'Die deutsche Sprache'),
    de(['beim besten willen nicht'], 'Beim besten Willen nicht'),
    de(['das ist vom feinsten'], 'Das ist vom Feinsten'),
    de(['fünf spannende bücher'], 'Fünf spannende Bücher'),
    de(['das spannende ist der schluss'], 'Das Spannende ist der Schluss'),
    de(['guten morgen komma frau schmidt'], 'Guten Morgen, Frau Schmidt'),
    de(['dreiundzwanzig kinder und zwölf lehrer'], '23 Kinder und zwölf Lehrer'),
    de(['versuch es noch einmal'], 'Versuch es noch einmal'),
    de(['ich versuch es'], 'Ich versuch es'),
  ]);
});
