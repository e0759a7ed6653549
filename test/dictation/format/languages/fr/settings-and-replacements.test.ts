// French with a rule family switched off in Settings → Formatting, and the user's own
// replacements, which win over every built-in rule (the lexicon, numbers, marks).
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const fr = inLanguage('fr');

describe('French with families switched off', () => {
  checkCases([
    fr(['je vais à paris avec pierre'], 'Je vais à paris avec pierre', { trueCase: false }),
    fr(['le premier mai'], 'Le premier mai', { numbers: false }),
    fr(['dix pour cent'], 'Dix pour cent', { numbers: false }),
    fr(['cent vingt mille'], '120000', { digitGrouping: false }),
    fr(['bonjour virgule paris'], 'Bonjour virgule Paris', { punctuation: false }),
    fr(['je vais à paris point'], 'je vais à Paris.', { capitals: false }),
    fr(['porte pas d\'espace manteau'], 'Porte pas d\'espace manteau', { spacingCommands: false }),
    fr(['un euro cinquante'], 'Un euro 50', { money: false }),
  ]);
});

describe('French replacements win', () => {
  checkCases([
    fr(['une pierre'], 'Une Pierre', { replacements: [{ from: 'pierre', to: 'Pierre' }] }),
    fr(['pierre et marie'], 'Pierre et Marie-Claire', { replacements: [{ from: 'marie', to: 'Marie-Claire' }] }),
    fr(['il habite à nantes'], 'Il habite à Nantes-Atlantique', { replacements: [{ from: 'nantes', to: 'Nantes-Atlantique' }] }),
    fr(['vingt trente'], '2030', { replacements: [{ from: 'vingt trente', to: '2030' }] }),
    fr(['rendez-vous à quinze heures'], 'Rendez-vous à quinze heures', { replacements: [{ from: 'quinze heures', to: 'quinze heures' }] }),
    fr(['voici deux points'], 'Voici deux points', { replacements: [{ from: 'deux points', to: 'deux points' }] }),
    fr(['le premier mai'], 'Le 1er Mai', { replacements: [{ from: 'premier mai', to: '1er Mai' }] }),
  ]);
});
