// French spoken punctuation as a writer sets it (Imprimerie nationale, "Ponctuation"): a
// narrow no-break space before ? ! ; and a no-break space before : and inside « », none
// before , and .; the tiret d'incise as a spaced en dash. A mark's words said as a noun
// stay words: "le point du jour", "deux points importants" (two points, not a colon).
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
const fr = inLanguage('fr');

describe('French spoken punctuation', () => {
  checkCases([
    fr(['bonjour virgule comment allez-vous point d\'interrogation'], `Bonjour, comment allez-vous${NNBSP}?`),
    fr(['attention point d\'exclamation la porte est ouverte'], `Attention${NNBSP}! La porte est ouverte`),
    fr(['il faut acheter deux points du pain virgule du lait et des œufs point'], `Il faut acheter${NBSP}: du pain, du lait et des œufs.`),
    fr(['je viens point-virgule tu restes'], `Je viens${NNBSP}; tu restes`),
    fr(['il a répondu ouvrez les guillemets pas question fermez les guillemets point'], `Il a répondu «${NBSP}pas question${NBSP}».`),
    fr(['ouvrez la parenthèse voir annexe fermez la parenthèse'], '(Voir annexe)'),
    fr(['le résultat tiret assez décevant tiret a surpris'], 'Le résultat – assez décevant – a surpris'),
    fr(['c\'est vrai point d\'interrogation'], `C'est vrai${NNBSP}?`),
    fr(['merci point à bientôt'], 'Merci. À bientôt'),
    fr(['qui point d\'interrogation quoi point d\'interrogation'], `Qui${NNBSP}? Quoi${NNBSP}?`),
    fr(['ceci est un test point'], 'Ceci est un test.'),
    fr(['l\'ordre du jour deux points budget virgule planning point'], `L'ordre du jour${NBSP}: budget, planning.`),
    fr(['choses à faire deux points à la ligne appeler le médecin à la ligne acheter du pain'], `Choses à faire${NBSP}:\nAppeler le médecin\nAcheter du pain`),
    fr(['cher ami virgule à la ligne merci pour ta lettre'], 'Cher ami,\nMerci pour ta lettre'),
    fr(['fin de la lettre nouveau paragraphe cordialement'], 'Fin de la lettre\n\nCordialement'),
    fr(['ma grand trait d\'union mère'], 'Ma grand-mère'),
    fr(['mon porte-monnaie'], 'Mon porte-monnaie'),
    fr(['porte pas d\'espace manteau'], 'Portemanteau'),
  ]);
});

describe('French mark words said as words', () => {
  checkCases([
    fr(['le point du jour'], 'Le point du jour'),
    fr(['au point mort'], 'Au point mort'),
    fr(['le point commun'], 'Le point commun'),
    fr(['voici deux points importants'], 'Voici deux points importants'),
    fr(['il a marqué deux points de plus'], 'Il a marqué deux points de plus'),
    fr(['le mot littéral point d\'interrogation'], 'Le mot point d\'interrogation'),
    fr(['littéral deux points'], 'Deux points'),
    fr(['écris littéral à la ligne'], 'Écris à la ligne'),
  ]);
});
