// French: narrow no-break space before ; ! ?, no-break space before : and inside « »,
// commands, sentence capitals, numbers with a decimal comma and grouped thousands.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../editor.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
const fr = inLanguage('fr');

describe('French rules', () => {
  checkCases([
    fr(['bonjour point comment ça va'], 'Bonjour. Comment ça va'),
    fr(['vraiment point d\'interrogation'], `Vraiment${NNBSP}?`),
    fr(['attention point d\'exclamation'], `Attention${NNBSP}!`),
    fr(['voilà deux points ceci'], `Voilà${NBSP}: ceci`),
    fr(['voilà deux-points ceci'], `Voilà${NBSP}: ceci`),
    fr(['ceci point virgule cela'], `Ceci${NNBSP}; cela`),
    fr(['ceci point-virgule cela'], `Ceci${NNBSP}; cela`),
    fr(['oui virgule merci'], 'Oui, merci'),
    fr(['il a dit ouvrez les guillemets oui fermez les guillemets'], `Il a dit «${NBSP}oui${NBSP}»`),
    fr(['ouvrir les guillemets non fermer les guillemets'], `«${NBSP}Non${NBSP}»`),
    fr(['voir ouvrez la parenthèse page deux fermez la parenthèse'], 'Voir (page deux)'),
    fr(['il vint tiret enfin'], 'Il vint – enfin'),
    fr(['arc trait d\'union en trait d\'union ciel'], 'Arc-en-ciel'),
    fr(['liste à la ligne lait à la ligne œufs'], 'Liste\nLait\nŒufs'),
    fr(['liste nouvelle ligne lait'], 'Liste\nLait'),
    fr(['fin point nouveau paragraphe suite'], 'Fin.\n\nSuite'),
    fr(['c\'est fini point final'], 'C\'est fini.'),
    fr(['mon point de vue'], 'Mon point de vue'),
    fr(['un point fort'], 'Un point fort'),
    fr(['le mot littéral virgule'], 'Le mot virgule'),
    fr(['salut', 'point d\'interrogation', 'oui'], `Salut${NNBSP}? Oui`),
    fr(['bonjour', 'efface ça', 'bonsoir'], 'Bonsoir'),
    fr(['un', 'deux', 'annule ça'], 'Un'),
    fr(['bonjour', 'arrête la dictée', 'encore'], 'Bonjour encore'),
    fr(['vingt-trois pommes'], '23 pommes'),
    fr(['vingt trois pommes'], '23 pommes'),
    fr(['vingt et un'], '21'),
    fr(['soixante-dix-sept'], '77'),
    fr(['quatre-vingt-dix-neuf'], '99'),
    fr(['trois virgule cinq'], '3,5'),
    fr(['j\'en ai trois virgule et toi'], 'J\'en ai trois, et toi'),
    fr(['dix pour cent'], `10${NNBSP}%`),
    fr(['cinquante mille personnes'], `50${NNBSP}000 personnes`),
    fr(['trois mille cinq cent'], '3500'),
    fr(['deux mille vingt-six'], '2026'),
    fr(['deux millions'], `2${NNBSP}000${NNBSP}000`),
    fr(['un de plus'], 'Un de plus'),
    fr(['visitez exemple point fr'], 'Visitez exemple.fr'),
    fr(['ada arobase exemple point com'], 'ada@exemple.com'),
    fr(['lundi et mars'], 'Lundi et mars'),
    fr(['oui point d\'interrogation'], `oui${NNBSP}?`, { capitals: false }),
    fr(['oui virgule'], 'Oui virgule', { punctuation: false }),
    fr(['vingt-trois'], 'Vingt-trois', { numbers: false }),
  ]);
});
