// Money: an amount followed by a currency word becomes the symbol and digits:
// "five dollars" → $5, "one dollar" → $1, "three point five dollars" → $3.50,
// "twenty five dollars and fifty cents" → $25.50, "three euros" → €3. Only currencies whose
// word means nothing else are listed ("pounds" is also a weight, so it stays a word).

import type { MoneyWords, NumberWords } from '../languages/types.js';
import { groupDigits, readInteger } from '../numbers.js';
import { readAmountAndCurrency } from './money-amount.js';
import { fixedToken } from '../tokens.js';
import { phraseAt, type WordRule } from './rule.js';

export function moneyRule(money: MoneyWords, numbers: NumberWords): WordRule {
  return (words, start) => {
    const read = readAmountAndCurrency(words, start, numbers, money.currencies);
    if (!read) return null;
    let { end, cents } = read;
    if (cents === '') {
      const and = money.and ? phraseAt(words, end, [money.and]) : 0;
      const count = readInteger(words, end + and, numbers);
      const centsWord = count ? phraseAt(words, end + and + count.length, money.cents) : 0;
      if (count && centsWord > 0 && count.value < 100) {
        cents = String(count.value).padStart(2, '0');
        end += and + count.length + centsWord;
      }
    }
    const amount = groupDigits(read.value, numbers) + (cents ? numbers.decimalSeparator + cents : '');
    return { tokens: [fixedToken(read.currency.symbol + amount, false)], length: end - start };
  };
}
