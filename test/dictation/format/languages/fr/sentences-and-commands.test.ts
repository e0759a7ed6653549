// French dictated in several utterances: one space between them, none before a mark, a
// capital after . ? ! and a line break; the spoken commands ("efface ça", "annule ça",
// "arrête la dictée", "fin de la dictée") act only as a whole utterance, so "il a dit
// efface ça" is text.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
const fr = inLanguage('fr');

describe('French across utterances', () => {
  checkCases([
    fr(['bonjour point', 'je vous écris au sujet de la facture'], 'Bonjour. Je vous écris au sujet de la facture'),
    fr(['il fait beau', 'aujourd\'hui'], 'Il fait beau aujourd\'hui'),
    fr(['vraiment point d\'interrogation', 'oui'], `Vraiment${NNBSP}? Oui`),
    fr(['merci', 'virgule', 'à demain'], 'Merci, à demain'),
    fr(['je pars', 'point', 'à plus tard'], 'Je pars. À plus tard'),
    fr(['stop point d\'exclamation', 'attends'], `Stop${NNBSP}! Attends`),
    fr(['voilà deux points', 'le plan'], `Voilà${NBSP}: le plan`),
    fr(['liste des courses', 'à la ligne', 'lait'], 'Liste des courses\nLait'),
    fr(['cher paul virgule', 'nouveau paragraphe', 'merci'], 'Cher Paul,\n\nMerci'),
    fr(['il a dit', 'ouvrez les guillemets', 'oui', 'fermez les guillemets'], `Il a dit «${NBSP}oui${NBSP}»`),
    fr(['ouvrez la parenthèse', 'voir plus haut', 'fermez la parenthèse'], '(Voir plus haut)'),
    fr(['nous arrivons', 'à paris', 'demain'], 'Nous arrivons à Paris demain'),
    fr(['la réunion est à', 'quinze heures trente'], `La réunion est à 15${NBSP}h${NBSP}30`),
    fr(['ça coûte', 'cinq euros cinquante'], `Ça coûte 5,50${NBSP}€`),
    fr(['il y a', 'vingt-trois', 'personnes'], 'Il y a 23 personnes'),
    fr(['fin', 'point final'], 'Fin.'),
    fr(['oui', 'tiret', 'enfin'], 'Oui – enfin'),
    fr(['au revoir point', 'à la ligne', 'sophie'], 'Au revoir.\nSophie'),
  ]);
});

describe('French spoken commands', () => {
  checkCases([
    fr(['bonjour tout le monde', 'efface ça'], ''),
    fr(['efface ça'], ''),
    fr(['arrête la dictée'], ''),
    fr(['bonjour', 'virgule', 'annule ça'], 'Bonjour'),
    fr(['bonjour', 'efface ça', 'efface ça', 'salut'], 'Salut'),
    fr(['bonjour point', 'efface ça', 'bonsoir point'], 'Bonsoir.'),
    fr(['il fait beau point', 'annule ça', 'il pleut point'], 'Il pleut.'),
    fr(['le premier mai', 'efface ça', 'le deux mai'], 'Le 2 mai'),
    fr(['quinze heures trente', 'annule ça', 'seize heures'], `16${NBSP}h`),
    fr(['ouvrez les guillemets oui', 'efface ça', 'non'], 'Non'),
    fr(['merci', 'fin de la dictée'], 'Merci'),
    fr(['il a dit efface ça'], 'Il a dit efface ça'),
    fr(['annule ça tout de suite'], 'Annule ça tout de suite'),
    fr(['bonjour', 'efface ça'], 'Bonjour efface ça', { commands: false }),
  ]);
});
