// French cardinal numbers as a writer sets them: digits from 10 up, a lone number word
// below ten stays a word ("trois enfants", "un appartement neuf"); every form of 70, 80
// and 90 ("soixante-dix", "quatre-vingts", "quatre-vingt-dix"), with or without hyphens
// (the 1990 spelling reform hyphenates every compound); "et" only in 21, 31 … 71
// ("vingt et un", "soixante et onze", but "quatre-vingt-un"); four digits are not grouped
// (Imprimerie nationale: "3500"). A run of number words that is not one number stays
// words, all of it: "vingt-deux vingt-trois" is not one number and no digit may lie.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const fr = inLanguage('fr');

describe('French numbers: below a hundred', () => {
  checkCases([
    fr(['quarante deux ans'], '42 ans'),
    fr(['soixante quinze kilos'], '75 kilos'),
    fr(['soixante-dix-huit'], '78'),
    fr(['quatre-vingt-quinze'], '95'),
    fr(['quatre-vingts'], '80'),
    fr(['quatre vingt'], '80'),
    fr(['onze joueurs'], '11 joueurs'),
    fr(['douze personnes'], '12 personnes'),
    fr(['trente et une pages'], '31 pages'),
  ]);
});

describe('French numbers: hundreds and thousands', () => {
  checkCases([
    fr(['cent vingt et un'], '121'),
    fr(['deux cent un'], '201'),
    fr(['trois cent soixante-cinq jours'], '365 jours'),
    fr(['cinq cents'], '500'),
    fr(['trois cents'], '300'),
    fr(['neuf cent quatre-vingt-dix-neuf'], '999'),
    fr(['cinq cent quarante trois'], '543'),
    fr(['mille cinq cents'], '1500'),
    fr(['mille neuf cent'], '1900'),
    fr(['deux mille un'], '2001'),
    fr(['deux mille dix-huit'], '2018'),
    fr(['dix-neuf cent quatre-vingt-quatre'], '1984'),
  ]);
});

describe('French numbers: in a sentence', () => {
  checkCases([
    fr(['trois enfants'], 'Trois enfants'),
    fr(['il a neuf ans'], 'Il a neuf ans'),
    fr(['un appartement neuf'], 'Un appartement neuf'),
    fr(['page quarante'], 'Page 40'),
    fr(['le numéro quatorze'], 'Le numéro 14'),
    fr(['chambre deux cent douze'], 'Chambre 212'),
    fr(['il y a vingt-huit élèves dans la classe'], 'Il y a 28 élèves dans la classe'),
  ]);
});

describe('French numbers: a run that is not one number stays words', () => {
  checkCases([
    fr(['vingt-deux vingt-trois'], 'Vingt-deux vingt-trois'),
    fr(['deux trois'], 'Deux trois'),
    fr(['trois quatre jours'], 'Trois quatre jours'),
    fr(['vingt et un vingt-deux'], 'Vingt et un vingt-deux'),
    fr(['cinquante soixante personnes'], 'Cinquante soixante personnes'),
    fr(['dix douze invités'], 'Dix douze invités'),
    fr(['trente quarante cent'], 'Trente quarante cent'),
    fr(['il y avait cent mille deux mille personnes'], 'Il y avait cent mille deux mille personnes'),
  ]);
});
