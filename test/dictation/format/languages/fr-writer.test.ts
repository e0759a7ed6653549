// French as a native writer sets it (Imprimerie nationale): names and places capitalised,
// languages, months and days not; numbers read whole or left as words, with or without
// hyphens; "15 h 30", "5,50 €". The issue-22 rows come first.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../editor.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';
const fr = inLanguage('fr');

describe('French as a writer sets it: names', () => {
  checkCases([
    fr(['il habite à lyon avec sophie'], 'Il habite à Lyon avec Sophie'),
    fr(['paris est en france'], 'Paris est en France'),
    fr(['marie travaille à marseille'], 'Marie travaille à Marseille'),
    fr(['nous partons pour la belgique'], 'Nous partons pour la Belgique'),
    fr(['je vais en italie avec thomas'], 'Je vais en Italie avec Thomas'),
    // "pierre" is also "stone": a word the dictionary knows both ways stays as said.
    fr(['une pierre'], 'Une pierre'),
    fr(['le roi d\'espagne'], 'Le roi d\'Espagne'),
    fr(['il parle italien et anglais'], 'Il parle italien et anglais'),
    fr(['le lundi et le mardi en mars'], 'Le lundi et le mardi en mars'),
    fr(['marie travaille à marseille'], 'Marie travaille à Marseille'),
    fr(['il habite à lyon'], 'Il habite à lyon', { trueCase: false }),
    fr(['il habite à lyon'], 'Il habite à LYON', { replacements: [{ from: 'lyon', to: 'LYON' }] }),
  ]);
});

describe('French as a writer sets it: numbers whole or not at all', () => {
  checkCases([
    fr(['trois mille quatre cents habitants'], '3400 habitants'),
    fr(['quatre vingt dix'], '90'),
    fr(['quatre-vingt-dix'], '90'),
    fr(['quatre vingts ans'], '80 ans'),
    fr(['quatre-vingts euros'], '80 euros'),
    fr(['quatre vingt deux'], '82'),
    fr(['soixante dix sept'], '77'),
    fr(['soixante-dix'], '70'),
    fr(['soixante et onze'], '71'),
    fr(['vingt et un ans'], '21 ans'),
    fr(['deux cents'], '200'),
    fr(['deux cent cinquante'], '250'),
    // A round number said alone stays a word ("cent euros", "mille habitants").
    fr(['cent euros'], 'Cent euros'),
    fr(['mille neuf cent quatre vingt quatre'], '1984'),
    fr(['en mille neuf cent quatre-vingt-quatre'], 'En 1984'),
    fr(['deux mille cent'], '2100'),
    fr(['cent mille'], `100${NNBSP}000`),
    fr(['trente mille'], `30${NNBSP}000`),
    fr(['deux millions'], `2${NNBSP}000${NNBSP}000`),
    fr(['mille'], 'Mille'),
    fr(['mille habitants'], 'Mille habitants'),
    fr(['vingt trente'], 'Vingt trente'),
    fr(['trois mille quatre cents habitants'], 'Trois mille quatre cents habitants', { numbers: false }),
  ]);
});

describe('French as a writer sets it: times and money', () => {
  checkCases([
    fr(['quinze heures trente'], `15${NBSP}h${NBSP}30`),
    fr(['rendez-vous à dix-huit heures'], `Rendez-vous à 18${NBSP}h`),
    fr(['le train part à sept heures cinq'], `Le train part à 7${NBSP}h${NBSP}05`),
    fr(['quinze heures trente'], '15 heures 30', { times: false }),
    fr(['cinq euros cinquante'], `5,50${NBSP}€`),
    fr(['trois virgule cinq euros'], `3,50${NBSP}€`),
    fr(['dix euros et vingt centimes'], `10,20${NBSP}€`),
    fr(['ça coûte vingt euros'], 'Ça coûte 20 euros'),
    fr(['cinq euros cinquante'], 'Cinq euros 50', { money: false }),
  ]);
});
