// English word lists for the rule families (en.ts holds the rules that use them).

import type { AddressWords, DateWords, OrdinalWords } from './types.js';

/** Common generic and country top-level domains; a chain must end in one to be an address. */
const TOP_LEVEL_DOMAINS = [
  'com', 'org', 'net', 'io', 'dev', 'app', 'ai', 'edu', 'gov', 'mil', 'int', 'co', 'info', 'biz', 'me', 'tv', 'xyz',
  'tech', 'online', 'site', 'blog', 'cloud', 'page', 'ly', 'sh', 'gg', 'fm',
  'uk', 'ca', 'au', 'nz', 'ie', 'de', 'fr', 'es', 'nl', 'ch', 'se', 'dk', 'fi', 'pl',
  'pt', 'cz', 'eu', 'jp', 'cn', 'br', 'mx', 'ar', 'za', 'ru', 'kr',
];
/** Country domains that are English words: "one dot to the left" is not an address. */
const AMBIGUOUS = ['to', 'so', 'us', 'it', 'be', 'at', 'no', 'in', 'me', 'is'];

export const englishAddresses: AddressWords = {
  dot: 'dot',
  at: ['at sign'],
  topLevelDomains: TOP_LEVEL_DOMAINS,
  ambiguousTopLevelDomains: AMBIGUOUS,
  // Words that start phrases, never addresses: "the dot net framework", "a dot com boom".
  neverFirst: ['the', 'a', 'an', 'this', 'that', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'connect', 'polka'],
};

const ORDINAL_WORDS: Record<string, string> = {
  first: 'one', second: 'two', third: 'three', fourth: 'four', fifth: 'five', sixth: 'six', seventh: 'seven',
  eighth: 'eight', ninth: 'nine', tenth: 'ten', eleventh: 'eleven', twelfth: 'twelve', thirteenth: 'thirteen',
  fourteenth: 'fourteen', fifteenth: 'fifteen', sixteenth: 'sixteen', seventeenth: 'seventeen',
  eighteenth: 'eighteen', nineteenth: 'nineteen', twentieth: 'twenty', thirtieth: 'thirty', fortieth: 'forty',
  fiftieth: 'fifty', sixtieth: 'sixty', seventieth: 'seventy', eightieth: 'eighty', ninetieth: 'ninety',
  hundredth: 'hundred', thousandth: 'thousand', millionth: 'million', billionth: 'billion',
};

export const englishOrdinals: OrdinalWords = {
  words: ORDINAL_WORDS,
  spellOutUpTo: 10,
  // 1st 2nd 3rd, but 11th 12th 13th (and 111th, 112th, 113th).
  suffix(value) {
    const lastTwo = value % 100;
    if (lastTwo >= 11 && lastTwo <= 13) return 'th';
    return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
  },
};

export const englishDates: DateWords = {
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  // Months that are also words ("the troops march", "you may", "an august body").
  onlyInDates: ['march', 'may', 'august'],
  needsOrdinal: ['may'],
  monthAfter: ['in', 'of', 'since', 'until', 'till', 'early', 'late', 'mid', 'next'],
  // US style, as the issue asks: "March 3", "March 3, 2026", "March 2026".
  write: (month, day, year) => (day === null ? `${month} ${year}` : year === null ? `${month} ${day}` : `${month} ${day}, ${year}`),
};
