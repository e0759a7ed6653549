// German money as a native writer sets them: euros with cents as "9,99 €" (amount, no-break space, symbol: DIN 5008); a whole amount keeps its word ("30 Euro"); "%" after a no-break space.
// Expectations are written from the norm, not from what the formatter printed.
import { describe } from 'node:test';
import { checkCases, inLanguage } from '../../editor.js';

const NBSP = '\u00A0';
const de = inLanguage('de');

describe('German writer: money', () => {
  checkCases([
    de(['das kostet neun euro neunundneunzig'], `Das kostet 9,99${NBSP}€`),
    de(['zwei euro fünfzig'], `2,50${NBSP}€`),
    de(['ein euro fünfzig'], `1,50${NBSP}€`),
    de(['zwölf euro achtzig'], `12,80${NBSP}€`),
    de(['fünfzig cent'], '50 Cent'),
    de(['dreißig euro'], '30 Euro'),
    de(['hundert euro'], 'Hundert Euro'),
    de(['fünfhundert euro'], '500 Euro'),
    de(['tausend euro'], 'Tausend Euro'),
    de(['dreitausend euro'], '3000 Euro'),
    de(['fünfzigtausend euro'], '50.000 Euro'),
    de(['eine million euro'], '1.000.000 Euro'),
    de(['die miete beträgt achthundertfünfzig euro'], 'Die Miete beträgt 850 Euro'),
    de(['zwanzig dollar'], '20 Dollar'),
    de(['zehn dollar fünfzig'], `10,50${NBSP}$`),
    de(['der kaffee kostet drei euro zwanzig'], `Der Kaffee kostet 3,20${NBSP}€`),
    de(['vier komma neun neun euro'], `4,99${NBSP}€`),
    de(['zwei euro und fünf cent'], `2,05${NBSP}€`),
    de(['fünfzehn euro und neunzig cent'], `15,90${NBSP}€`),
    de(['ich habe fünf euro'], 'Ich habe fünf Euro'),
    de(['der euro ist stabil'], 'Der Euro ist stabil'),
    de(['zwanzig prozent rabatt'], `20${NBSP}% Rabatt`),
    de(['neunzehn prozent zinsen'], `19${NBSP}% Zinsen`),
    de(['sieben prozent'], `7${NBSP}%`),
  ]);
});
