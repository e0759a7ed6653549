// Numbers and capitals as native writers of German, French and Spanish set them, beyond
// the rows: every form of each language's number grammar, runs that are not one
// number (which stay words), and everyday sentences with names and nouns.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../editor.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const de = inLanguage('de');
const fr = inLanguage('fr');
const es = inLanguage('es');

describe('German numbers, written together or apart', () => {
  checkCases([
    de(['dreizehn'], '13'),
    de(['siebzehn'], '17'),
    de(['zwanzig'], '20'),
    de(['neunundneunzig'], '99'),
    de(['fünf und fünfzig'], '55'),
    de(['hunderteins'], '101'),
    de(['zweihundertfünfzig'], '250'),
    de(['vierhundertzwölf'], '412'),
    de(['sieben hundert'], '700'),
    de(['tausendzweihundert'], '1200'),
    de(['eintausend'], '1000'),
    de(['vier tausend'], '4000'),
    de(['zehntausend'], '10.000'),
    de(['hunderttausend'], '100.000'),
    de(['zwei millionen dreihunderttausend'], '2.300.000'),
    de(['eine million'], '1.000.000'),
    de(['achtzehnhundert'], '1800'),
    de(['neunzehnhundertneunundachtzig'], '1989'),
    de(['zweitausendzwanzig'], '2020'),
    de(['drei komma eins vier'], '3,14'),
    de(['fünfzig prozent'], `50${NBSP}%`),
    de(['null komma fünf prozent'], `0,5${NBSP}%`),
    de(['zwölf'], 'Zwölf'),
    de(['sieben zwerge'], 'Sieben Zwerge'),
    de(['zwanzig zwanzig'], 'Zwanzig zwanzig'),
    de(['dreißig vierzig'], 'Dreißig vierzig'),
    de(['tausend tausend'], 'Tausend tausend'),
    de(['hundert hundert'], 'Hundert hundert'),
    de(['um sechs uhr'], 'Um 6 Uhr'),
    de(['um halb acht'], 'Um halb acht'),
    de(['null uhr dreißig'], '0:30 Uhr'),
    de(['zwanzig uhr fünfundvierzig'], '20:45 Uhr'),
    de(['neunzehn euro neunundneunzig'], `19,99${NBSP}€`),
    de(['zweihundert euro'], '200 Euro'),
  ]);
});

describe('German nouns in everyday sentences', () => {
  checkCases([
    de(['der hund bellt laut'], 'Der Hund bellt laut'),
    de(['ich trinke gern kaffee mit milch'], 'Ich trinke gern Kaffee mit Milch'),
    de(['wir fahren mit dem zug nach münchen'], 'Wir fahren mit dem Zug nach München'),
    de(['das wetter ist heute schön'], 'Das Wetter ist heute schön'),
    de(['meine schwester wohnt in hamburg'], 'Meine Schwester wohnt in Hamburg'),
    de(['er liest ein buch über geschichte'], 'Er liest ein Buch über Geschichte'),
    de(['die katze schläft auf dem sofa'], 'Die Katze schläft auf dem Sofa'),
    de(['ich gehe zum arzt'], 'Ich gehe zum Arzt'),
    de(['wir lesen gern'], 'Wir lesen gern'),
  ]);
});

describe('French numbers, with or without hyphens', () => {
  checkCases([
    fr(['dix-sept'], '17'),
    fr(['dix sept'], '17'),
    fr(['soixante-quinze'], '75'),
    fr(['soixante quinze'], '75'),
    fr(['quatre-vingt-onze'], '91'),
    fr(['quatre vingt onze'], '91'),
    fr(['quatre-vingt-un'], '81'),
    fr(['soixante et un'], '61'),
    fr(['trente et un'], '31'),
    fr(['quarante-deux'], '42'),
    fr(['cent un'], '101'),
    fr(['cent vingt'], '120'),
    fr(['trois cent vingt'], '320'),
    fr(['neuf cents'], '900'),
    fr(['deux cent quatre-vingt-dix-neuf'], '299'),
    fr(['deux mille'], '2000'),
    fr(['deux mille vingt-cinq'], '2025'),
    fr(['mille deux cents'], '1200'),
    fr(['dix mille'], `10${NNBSP}000`),
    fr(['un million'], `1${NNBSP}000${NNBSP}000`),
    fr(['trois millions cinq cent mille'], `3${NNBSP}500${NNBSP}000`),
    fr(['un milliard'], `1${NNBSP}000${NNBSP}000${NNBSP}000`),
    fr(['deux virgule cinq'], '2,5'),
    fr(['cinquante pour cent'], `50${NNBSP}%`),
    fr(['douze'], '12'),
    fr(['sept'], 'Sept'),
    fr(['vingt vingt'], 'Vingt vingt'),
    fr(['cent cent'], 'Cent cent'),
    fr(['mille mille'], 'Mille mille'),
    fr(['vingt heures quinze'], `20${NBSP}h${NBSP}15`),
    fr(['une heure dix'], `1${NBSP}h${NBSP}10`),
    fr(['à midi'], 'À midi'),
    fr(['deux euros dix'], `2,10${NBSP}€`),
  ]);
});

describe('French names and places in everyday sentences', () => {
  checkCases([
    fr(['nous partons pour nantes'], 'Nous partons pour Nantes'),
    fr(['mon ami thomas habite à toulouse'], 'Mon ami Thomas habite à Toulouse'),
    // "bordeaux" is also the wine and the colour: known both ways, it stays as said.
    fr(['un verre de bordeaux'], 'Un verre de bordeaux'),
    fr(["l'allemagne et la belgique"], "L'Allemagne et la Belgique"),
    fr(['elle aime le chocolat'], 'Elle aime le chocolat'),
    fr(['en janvier'], 'En janvier'),
  ]);
});

describe('Spanish numbers', () => {
  checkCases([
    es(['dieciséis'], '16'),
    es(['veintiuno'], '21'),
    es(['treinta'], '30'),
    es(['cuarenta y dos'], '42'),
    es(['ciento uno'], '101'),
    es(['ciento cincuenta'], '150'),
    es(['doscientos cincuenta'], '250'),
    es(['trescientas'], '300'),
    es(['quinientos'], '500'),
    es(['mil uno'], '1001'),
    es(['mil novecientos'], '1900'),
    es(['dos mil'], '2000'),
    es(['dos mil veinticinco'], '2025'),
    es(['diez mil'], `10${NBSP}000`),
    es(['doscientos mil'], `200${NBSP}000`),
    es(['un millón doscientos mil'], `1${NBSP}200${NBSP}000`),
    es(['tres millones'], `3${NBSP}000${NBSP}000`),
    es(['tres coma uno cuatro'], '3,14'),
    es(['cincuenta por ciento'], `50${NBSP}%`),
    es(['once'], '11'),
    es(['siete'], 'Siete'),
    es(['veinte veinte'], 'Veinte veinte'),
    es(['mil mil'], 'Mil mil'),
    es(['cien cien'], 'Cien cien'),
    es(['dos euros con diez'], `2,10${NBSP}€`),
    es(['veinte dólares'], '20 dólares'),
    es(['diez dólares con cincuenta centavos'], `10,50${NBSP}$`),
  ]);
});

describe('Spanish names and places in everyday sentences', () => {
  checkCases([
    es(['voy a madrid con ana'], 'Voy a Madrid con Ana'),
    es(['francia y alemania'], 'Francia y Alemania'),
    es(['toledo está cerca'], 'Toledo está cerca'),
    es(['hablo con pedro'], 'Hablo con Pedro'),
    es(['en enero'], 'En enero'),
  ]);
});
