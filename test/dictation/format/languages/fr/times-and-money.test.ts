// French times and money (Imprimerie nationale): "14 h 30", "8 h", "7 h 05" with no-break
// spaces so a time never splits; a duration is not a time of day and stays as said
// ("pendant deux heures", "dans trois heures"); prices with cents as "1,50 €" (amount,
// no-break space, symbol), a whole amount in running text with its word ("850 euros").
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
const fr = inLanguage('fr');

describe('French times of day', () => {
  checkCases([
    fr(['à huit heures'], `À 8${NBSP}h`),
    fr(['vingt-trois heures cinquante-neuf'], `23${NBSP}h${NBSP}59`),
    fr(['de neuf heures à midi'], `De 9${NBSP}h à midi`),
    fr(['à quatorze heures quinze'], `À 14${NBSP}h${NBSP}15`),
    fr(['la réunion commence à dix heures trente'], `La réunion commence à 10${NBSP}h${NBSP}30`),
    fr(['rendez-vous demain à onze heures'], `Rendez-vous demain à 11${NBSP}h`),
    fr(['à une heure'], `À 1${NBSP}h`),
    fr(['zéro heure trente'], `0${NBSP}h${NBSP}30`),
    fr(['vingt heures quarante-cinq'], `20${NBSP}h${NBSP}45`),
    fr(['le magasin ferme à dix-neuf heures'], `Le magasin ferme à 19${NBSP}h`),
    fr(['de huit heures à dix-sept heures'], `De 8${NBSP}h à 17${NBSP}h`),
    fr(['vers vingt et une heures'], `Vers 21${NBSP}h`),
    fr(['sept heures du matin'], `7${NBSP}h du matin`),
    fr(['à huit heures'], 'À huit heures', { times: false }),
  ]);
});

describe('French durations stay as said', () => {
  checkCases([
    fr(['pendant deux heures'], 'Pendant deux heures'),
    fr(['dans trois heures'], 'Dans trois heures'),
    fr(['il y a deux heures'], 'Il y a deux heures'),
    fr(['en une heure'], 'En une heure'),
    fr(['toutes les deux heures'], 'Toutes les deux heures'),
    fr(['trente-cinq heures par semaine'], '35 heures par semaine'),
    fr(['le film dure deux heures'], 'Le film dure deux heures'),
    fr(['j\'ai attendu une heure'], 'J\'ai attendu une heure'),
    fr(['il faut trois heures de route'], 'Il faut trois heures de route'),
    fr(['ça prend deux heures'], 'Ça prend deux heures'),
    fr(['j\'ai passé quatre heures au téléphone'], 'J\'ai passé quatre heures au téléphone'),
    fr(['le cours dure vingt heures en tout'], 'Le cours dure 20 heures en tout'),
  ]);
});

describe('French money', () => {
  checkCases([
    fr(['un euro cinquante'], `1,50${NBSP}€`),
    fr(['deux euros quatre-vingt-dix'], `2,90${NBSP}€`),
    fr(['trois euros cinquante'], `3,50${NBSP}€`),
    fr(['quatre-vingt-dix-neuf euros quatre-vingt-dix-neuf'], `99,99${NBSP}€`),
    fr(['vingt euros et cinquante centimes'], `20,50${NBSP}€`),
    fr(['cinq euros et dix centimes'], `5,10${NBSP}€`),
    fr(['cent euros cinquante'], `100,50${NBSP}€`),
    fr(['sept virgule cinq euros'], `7,50${NBSP}€`),
    fr(['deux virgule vingt-cinq euros'], `2,25${NBSP}€`),
    fr(['le pain coûte un euro vingt'], `Le pain coûte 1,20${NBSP}€`),
    fr(['douze dollars cinquante'], `12,50${NBSP}$`),
    fr(['quarante-cinq francs cinquante'], `45,50${NBSP}CHF`),
    fr(['mille deux cents euros'], '1200 euros'),
    fr(['quinze mille euros'], `15${NNBSP}000 euros`),
    fr(['deux cent mille dollars'], `200${NNBSP}000 dollars`),
    fr(['le loyer est de huit cent cinquante euros'], 'Le loyer est de 850 euros'),
    fr(['vingt-cinq euros le kilo'], '25 euros le kilo'),
    fr(['dix francs suisses'], '10 francs suisses'),
    fr(['cinquante centimes'], '50 centimes'),
    fr(['trois euros'], 'Trois euros'),
    fr(['un euro'], 'Un euro'),
  ]);
});
