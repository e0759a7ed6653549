// What a French dictation user writes in a day, with the rule families together: a letter,
// a shopping list, a recipe, appointments, travel, prices. Each is set as a native writer
// sets it (Imprimerie nationale): names capitalised, "le 3 mars", "14 h 30", "49,90 €",
// "500 000 habitants", "20 %".
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
const fr = inLanguage('fr');

describe('French everyday texts', () => {
  checkCases([
    fr(
      ['chère sophie virgule', 'nouveau paragraphe', 'je serai à lyon le trois mars à dix heures point', 'nouveau paragraphe', 'bises virgule', 'à la ligne', 'nicolas'],
      `Chère Sophie,\n\nJe serai à Lyon le 3 mars à 10${NBSP}h.\n\nBises,\nNicolas`,
    ),
    fr(['acheter deux cent cinquante grammes de beurre et douze œufs'], 'Acheter 250 grammes de beurre et 12 œufs'),
    fr(['faire cuire vingt-cinq minutes à cent quatre-vingts degrés'], 'Faire cuire 25 minutes à 180 degrés'),
    fr(['préchauffer le four à deux cent dix degrés'], 'Préchauffer le four à 210 degrés'),
    fr(['ajoutez trois cuillères de sucre virgule puis mélangez point'], 'Ajoutez trois cuillères de sucre, puis mélangez.'),
    fr(['rendez-vous chez le dentiste le mardi cinq mai à quatorze heures trente'], `Rendez-vous chez le dentiste le mardi 5 mai à 14${NBSP}h${NBSP}30`),
    fr(['réunion avec françois et hélène à seize heures point'], `Réunion avec François et Hélène à 16${NBSP}h.`),
    fr(['le billet pour marseille coûte quarante-neuf euros quatre-vingt-dix'], `Le billet pour Marseille coûte 49,90${NBSP}€`),
    fr(['écrivez à contact arobase exemple point fr'], 'Écrivez à contact@exemple.fr'),
    fr(['le site www point impots point gouv point fr'], 'Le site www.impots.gouv.fr'),
    fr(['la population de lyon dépasse cinq cent mille habitants'], `La population de Lyon dépasse 500${NNBSP}000 habitants`),
    fr(['le vingt et un juin à dix-neuf heures à paris'], `Le 21 juin à 19${NBSP}h à Paris`),
    fr(['nous serons quinze point pierre apporte le dessert point'], 'Nous serons 15. Pierre apporte le dessert.'),
    fr(['la remise est de vingt pour cent sur les vêtements'], `La remise est de 20${NNBSP}% sur les vêtements`),
    fr(['le colis de deux virgule cinq kilos arrive lundi'], 'Le colis de 2,5 kilos arrive lundi'),
    fr(['départ à sept heures cinq de la gare de lyon'], `Départ à 7${NBSP}h${NBSP}05 de la gare de Lyon`),
    fr(['prix deux points dix-neuf euros quatre-vingt-dix'], `Prix${NBSP}: 19,90${NBSP}€`),
    fr(['le train de dix-huit heures douze pour bordeaux a vingt minutes de retard'], `Le train de 18${NBSP}h${NBSP}12 pour Bordeaux a 20 minutes de retard`),
    fr(['j\'ai vu marie à la boulangerie point elle se marie en août point'], 'J\'ai vu Marie à la boulangerie. Elle se marie en août.'),
    fr(['mon numéro de chambre est le trois cent douze'], 'Mon numéro de chambre est le 312'),
    fr(['l\'anniversaire de julie est le premier août'], 'L\'anniversaire de Julie est le 1er août'),
    fr(['virement de mille deux cents euros le premier de chaque mois'], 'Virement de 1200 euros le premier de chaque mois'),
    fr(['le vol air france pour new york décolle à vingt-deux heures dix'], `Le vol Air France pour New York décolle à 22${NBSP}h${NBSP}10`),
    fr(['on mange une pizza avec jean et claude vendredi'], 'On mange une pizza avec Jean et Claude vendredi'),
  ]);
});
