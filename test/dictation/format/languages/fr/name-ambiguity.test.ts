// Words that are both a French name and an everyday word: "pierre" (a stone), "paris"
// (bets), "marie" (marries), "jean" (jeans), "louis" (a gold coin), "olivier" (an olive
// tree), "tours" (turns), "bordeaux" (the wine). A writer reads the words around them: the
// name after a preposition, a conjunction or a greeting ("à paris", "avec pierre", "bonjour
// pierre"); the everyday word after a determiner, an adjective, a pronoun or a number ("une
// pierre", "ses paris", "il se marie", "trois tours"). Holidays take a capital (Imprimerie
// nationale: "Noël", "Pâques", "le père Noël").
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const fr = inLanguage('fr');

describe('French names that are also everyday words', () => {
  checkCases([
    fr(['à paris'], 'À Paris'),
    fr(['pierre et marie'], 'Pierre et Marie'),
    fr(['je suis allé à paris avec pierre'], 'Je suis allé à Paris avec Pierre'),
    fr(['il est parti pour paris hier'], 'Il est parti pour Paris hier'),
    fr(['paris et londres'], 'Paris et Londres'),
    fr(['bonjour pierre'], 'Bonjour Pierre'),
    fr(['en mai avec pierre'], 'En mai avec Pierre'),
    fr(['les paris sportifs sont risqués'], 'Les paris sportifs sont risqués'),
    fr(['il a gagné ses paris'], 'Il a gagné ses paris'),
    fr(['deux paris gagnés'], 'Deux paris gagnés'),
    fr(['une maison en pierre'], 'Une maison en pierre'),
    fr(['la pierre est lourde'], 'La pierre est lourde'),
    fr(['une grosse pierre'], 'Une grosse pierre'),
    fr(['marie se marie en juin'], 'Marie se marie en juin'),
    fr(['il se marie avec marie'], 'Il se marie avec Marie'),
    fr(['jean a acheté un jean'], 'Jean a acheté un jean'),
    fr(['mon jean est sale'], 'Mon jean est sale'),
    fr(['un louis d\'or'], 'Un louis d\'or'),
    fr(['olivier a planté un olivier'], 'Olivier a planté un olivier'),
    fr(['l\'olivier du jardin'], 'L\'olivier du jardin'),
    fr(['les oliviers de provence'], 'Les oliviers de Provence'),
    fr(['il habite à tours'], 'Il habite à Tours'),
    fr(['trois tours de manège'], 'Trois tours de manège'),
    fr(['du bordeaux rouge'], 'Du bordeaux rouge'),
    fr(['j\'ai vu marie hier'], 'J\'ai vu Marie hier'),
    fr(['la cuisine corse est épicée'], 'La cuisine corse est épicée'),
    fr(['elle passe l\'été en corse'], 'Elle passe l\'été en Corse'),
    fr(['le calendrier julien'], 'Le calendrier julien'),
    fr(['il est né en mars'], 'Il est né en mars'),
    fr(['joyeux noël'], 'Joyeux Noël'),
    fr(['à noël nous serons chez louis'], 'À Noël nous serons chez Louis'),
    fr(['le père noël'], 'Le père Noël'),
    fr(['les vacances de pâques'], 'Les vacances de Pâques'),
  ]);
});

// Académie française: the people is a noun with a capital, the language and the adjective are
// not ("les Français", but "il parle français", "les vins français").
describe('French peoples, languages and adjectives', () => {
  checkCases([
    fr(['les français aiment le fromage'], 'Les Français aiment le fromage'),
    fr(['les allemands et les italiens'], 'Les Allemands et les Italiens'),
    fr(['la cuisine des italiens'], 'La cuisine des Italiens'),
    fr(['beaucoup de touristes japonais'], 'Beaucoup de touristes japonais'),
    fr(['nos voisins belges et suisses'], 'Nos voisins belges et suisses'),
    fr(['le français est difficile'], 'Le français est difficile'),
    fr(['les vins français'], 'Les vins français'),
    fr(['les québécoises parlent français'], 'Les Québécoises parlent français'),
  ]);
});
