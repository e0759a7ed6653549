// The start every money rule shares: an amount ("twenty five", "drei komma fünf") and then a
// currency word. money.ts (English: "$25.50") and money-cents.ts (German, French, Spanish:
// "5,50 €") differ only in how they read the cents after it and how they write the result.

import type { Currency, NumberWords } from '../languages/types.js';
import { readDecimals, readInteger } from '../numbers.js';
import { phraseAt } from './rule.js';

export interface AmountAndCurrency {
  /** The whole part's value. */
  value: number;
  /** Cents said with the amount as decimals ("point five" → "50", "point two five" → "25"), or ''. */
  cents: string;
  currency: Currency;
  /** Index of the first word after the currency. */
  end: number;
}

export function readAmountAndCurrency(words: readonly string[], start: number, numbers: NumberWords, currencies: Currency[]): AmountAndCurrency | null {
  const integer = readInteger(words, start, numbers);
  if (!integer) return null;
  let end = start + integer.length;
  const decimals = readDecimals(words, end, numbers);
  end += decimals.length;
  const currency = currencies.find((c) => phraseAt(words, end, c.say) > 0);
  if (!currency) return null;
  end += phraseAt(words, end, currency.say);
  const cents = decimals.digits.length === 1 ? `${decimals.digits}0` : decimals.digits;
  return { value: integer.value, cents, currency, end };
}
