// French ordinals and dates (Imprimerie nationale, "Nombres ordinaux" and "Dates"): an
// ordinal from the eleventh up in digits with "e" ("15e", "21e", never "15ème"), "1er"
// only in a date ("le 1er mai"), the first ten spelled out in running text ("le deuxième
// étage"); a date as "le 3 mars 2026": the day in digits, even below ten, the month and
// weekday lowercase, the year not grouped.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const fr = inLanguage('fr');

describe('French ordinals', () => {
  checkCases([
    fr(['la quinzième édition'], 'La 15e édition'),
    fr(['le trentième anniversaire'], 'Le 30e anniversaire'),
    fr(['au onzième étage'], 'Au 11e étage'),
    fr(['le vingt-deuxième jour'], 'Le 22e jour'),
    fr(['la vingt et unième fois'], 'La 21e fois'),
    fr(['le dix-septième arrondissement'], 'Le 17e arrondissement'),
    fr(['le centième client'], 'Le 100e client'),
    fr(['le millième visiteur'], 'Le 1000e visiteur'),
    fr(['la quatre-vingt-dixième minute'], 'La 90e minute'),
    fr(['le soixante et onzième'], 'Le 71e'),
    fr(['la cent unième'], 'La 101e'),
    fr(['le deuxième étage'], 'Le deuxième étage'),
    fr(['la première fois'], 'La première fois'),
    fr(['arrivé troisième'], 'Arrivé troisième'),
    fr(['un deuxième café'], 'Un deuxième café'),
    fr(['la quinzième édition'], 'La quinzième édition', { ordinals: false }),
  ]);
});

describe('French dates', () => {
  checkCases([
    fr(['le trois mars'], 'Le 3 mars'),
    fr(['le premier mai'], 'Le 1er mai'),
    fr(['le premier janvier'], 'Le 1er janvier'),
    fr(['depuis le premier septembre'], 'Depuis le 1er septembre'),
    fr(['le deux octobre'], 'Le 2 octobre'),
    fr(['le quatorze juillet deux mille vingt-six'], 'Le 14 juillet 2026'),
    fr(['le vingt et un juin'], 'Le 21 juin'),
    fr(['le trente et un décembre'], 'Le 31 décembre'),
    fr(['rendez-vous le lundi deux février'], 'Rendez-vous le lundi 2 février'),
    fr(['né le neuf août mille neuf cent quatre-vingt-dix'], 'Né le 9 août 1990'),
    fr(['le huit mai mille neuf cent quarante-cinq'], 'Le 8 mai 1945'),
    fr(['samedi six juin'], 'Samedi 6 juin'),
    fr(['le jeudi douze novembre'], 'Le jeudi 12 novembre'),
    fr(['en janvier deux mille vingt-sept'], 'En janvier 2027'),
    fr(['en mille neuf cent soixante-huit'], 'En 1968'),
    fr(['en deux mille'], 'En 2000'),
    fr(['le vingt-cinq décembre à minuit'], 'Le 25 décembre à minuit'),
    fr(['mardi et mercredi'], 'Mardi et mercredi'),
    fr(['le mois de mai'], 'Le mois de mai'),
    fr(['il a trois mois'], 'Il a trois mois'),
    fr(['le premier de la classe'], 'Le premier de la classe'),
    fr(['la fête du premier mai'], 'La fête du 1er mai'),
    fr(['le neuf mars'], 'Le 9 mars'),
    // "un mars" is a Mars bar or "a March": the first of the month is "premier".
    fr(['un mars bien froid'], 'Un mars bien froid'),
    fr(['le trois mars'], 'Le trois mars', { numbers: false }),
  ]);
});
