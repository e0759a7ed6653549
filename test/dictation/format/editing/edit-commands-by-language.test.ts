// The editing commands in German, French and Spanish, with each language's own words
// ("ersetze X durch Y", "remplace X par Y", "reemplaza X por Y"), dictated into a stand-in
// text field: each case asserts the text the user would see.

import { describe } from 'node:test';
import { checkCases, inLanguage } from '../editor.js';

const de = inLanguage('de');
const fr = inLanguage('fr');
const es = inLanguage('es');

describe('German', () => {
  checkCases([
    de(['das ist gut punkt', 'ersetze gut durch schlecht'], 'Das ist schlecht.'),
    // At a sentence start, with the noun's capital from the dictionary.
    de(['der hund schläft punkt', 'ersetze der hund durch die katze'], 'Die Katze schläft.'),
    de(['ich habe drei äpfel', 'ersetze drei äpfel durch zwanzig birnen'], 'Ich habe 20 Birnen'),
    de(['erster satz punkt', 'zweiter satz punkt', 'lösche den letzten satz'], 'Erster Satz.'),
    de(['erster satz punkt', 'zweiter satz punkt', 'letzten satz löschen', 'rückgängig'], 'Erster Satz. Zweiter Satz.'),
    de(['das ist gut punkt', 'ersetze gut durch schlecht', 'rückgängig machen'], 'Das ist gut.'),
    de(['hallo', 'welt', 'rückgängig'], 'Hallo'),
    de(['hallo', 'ersetze welt durch erde'], 'Hallo'),
    de(['hallo welt', 'ersetze welt durch erde', 'das löschen'], ''),
  ]);
});

describe('French', () => {
  checkCases([
    fr(['le chat dort point', 'remplace chat par chien'], 'Le chien dort.'),
    fr(['le chat dort point', 'remplace le chat par un oiseau'], 'Un oiseau dort.'),
    fr(['bonjour point', "ça va point d'interrogation", 'supprime la dernière phrase'], 'Bonjour.'),
    fr(['bonjour point', 'il fait beau point', 'efface la dernière phrase', 'annule ça'], 'Bonjour. Il fait beau.'),
    fr(['le chat dort point', 'remplace chat par chien', 'annule ça'], 'Le chat dort.'),
    fr(['bonjour', 'le monde', 'annule ça'], 'Bonjour'),
    fr(['bonjour', 'remplace monde par terre'], 'Bonjour'),
    // Elision: "Italie" is a word of "l'Italie".
    fr(["il aime l'italie", 'remplace italie par espagne'], "Il aime l'Espagne"),
  ]);
});

describe('Spanish', () => {
  checkCases([
    es(['el gato duerme punto', 'reemplaza gato por perro'], 'El perro duerme.'),
    es(['el gato duerme punto', 'reemplaza el gato por un pájaro'], 'Un pájaro duerme.'),
    es(['hola punto', 'qué tal', 'borra la última frase'], 'Hola.'),
    es(['hola punto', 'qué tal', 'borra la última frase', 'deshaz eso'], 'Hola. Qué tal'),
    es(['el gato duerme punto', 'reemplaza gato por perro', 'deshacer eso'], 'El gato duerme.'),
    es(['hola', 'mundo', 'deshaz eso'], 'Hola'),
    es(['hola', 'reemplaza mundo por tierra'], 'Hola'),
  ]);
});
