// Money with cents, as German, French and Spanish say it: the amount, the currency, then
// the cents ("fünf euro fünfzig", "cinq euros cinquante", "cinco euros con cincuenta") or a
// decimal amount ("drei komma fünf euro") → "5,50 €" (DIN 5008, Imprimerie nationale, RAE:
// amount, no-break space, symbol). A whole amount keeps its word ("2300 euros"): that is how
// those languages write prices in running text, and the number rule already made the digits.

import type { CentsMoneyWords, NumberWords } from '../languages/types.js';
import { groupDigits, readDecimals, readInteger } from '../numbers.js';
import { fixedToken } from '../tokens.js';
import { phraseAt, type WordRule } from './rule.js';

export function centsMoneyRule(money: CentsMoneyWords, numbers: NumberWords): WordRule {
  return (words, start) => {
    const integer = readInteger(words, start, numbers);
    if (!integer) return null;
    let end = start + integer.length;
    const decimals = readDecimals(words, end, numbers);
    end += decimals.length;
    const currency = money.currencies.find((c) => phraseAt(words, end, c.say) > 0);
    if (!currency) return null;
    end += phraseAt(words, end, currency.say);

    let cents = decimals.digits.length === 1 ? `${decimals.digits}0` : decimals.digits;
    if (cents === '') {
      const joiner = phraseAt(words, end, money.joiners);
      const count = readInteger(words, end + joiner, numbers);
      // The cents are read whole: "fünf euro fünfzig tausend" is not 5,50 € and a word.
      if (!count || count.value < 1 || count.value > 99 || readInteger(words, end + joiner + count.length, numbers)) return null;
      cents = String(count.value).padStart(2, '0');
      end += joiner + count.length + phraseAt(words, end + joiner + count.length, money.cents);
    }
    if (cents.length !== 2) return null;
    const amount = `${groupDigits(integer.value, numbers)}${numbers.decimalSeparator}${cents}`;
    return { tokens: [fixedToken(`${amount}\u00A0${currency.symbol}`, false)], length: end - start };
  };
}
