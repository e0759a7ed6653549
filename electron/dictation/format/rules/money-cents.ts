// Money with cents, as German, French and Spanish say it: the amount, the currency, then
// the cents ("fünf euro fünfzig", "cinq euros cinquante", "cinco euros con cincuenta") or a
// decimal amount ("drei komma fünf euro") → "5,50 €" (DIN 5008, Imprimerie nationale, RAE:
// amount, no-break space, symbol). A whole amount keeps its word ("2300 euros"): that is how
// those languages write prices in running text, and the number rule already made the digits.

import type { CentsMoneyWords, NumberWords } from '../languages/types.js';
import { groupDigits, readInteger } from '../numbers.js';
import { readAmountAndCurrency } from './money-amount.js';
import { fixedToken } from '../tokens.js';
import { phraseAt, type WordRule } from './rule.js';

export function centsMoneyRule(money: CentsMoneyWords, numbers: NumberWords): WordRule {
  return (words, start) => {
    const read = readAmountAndCurrency(words, start, numbers, money.currencies);
    if (!read) return null;
    let { end, cents } = read;
    if (cents === '') {
      const joiner = phraseAt(words, end, money.joiners);
      const count = readInteger(words, end + joiner, numbers);
      // The cents are read whole: "fünf euro fünfzig tausend" is not 5,50 € and a word.
      if (!count || count.value < 1 || count.value > 99 || readInteger(words, end + joiner + count.length, numbers)) return null;
      cents = String(count.value).padStart(2, '0');
      end += joiner + count.length + phraseAt(words, end + joiner + count.length, money.cents);
    }
    if (cents.length !== 2) return null;
    const amount = `${groupDigits(read.value, numbers)}${numbers.decimalSeparator}${cents}`;
    return { tokens: [fixedToken(`${amount}\u00A0${read.currency.symbol}`, false)], length: end - start };
  };
}
