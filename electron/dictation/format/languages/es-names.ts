// Spanish names the dictionary (dictionary-es, lexicons/es.ts) does not capitalise: it lacks
// many given names, surnames and foreign places in their Spanish spelling ("París",
// "Berlín"), and lists other names only as an everyday word ("valencia", chemistry's
// valence; "granada", a pomegranate; "lima", a file or a lime). Capitals follow RAE/ASALE,
// Ortografía de la lengua española (2010), on capital letters: names of people and places take a
// capital; demonyms, languages, months and days do not.

import type { Phrase } from './types.js';

/** Names whose everyday sense is rare in speech, or that the dictionary lacks: always the name. */
const ALWAYS_NAMES = [
  // Given names and surnames ("marta" is also a marten; "teresa" is missing).
  'carmen', 'juan', 'maría', 'pedro', 'luis', 'diego', 'sofía', 'francisco', 'cristina', 'jorge', 'paula',
  'patricia', 'teresa', 'marta', 'santiago', 'garcía', 'díaz', 'cervantes',
  // Places the dictionary lacks, or lists as a rare noun ("málaga", a wine; "brasil", brazilwood).
  'parís', 'berlín', 'lisboa', 'áfrica', 'andalucía', 'marruecos', 'canarias', 'málaga', 'murcia', 'jaén',
  'brasil', 'caracas', 'habana', 'york',
];

/** The words before a place name that make it the place: "vivo en", "voy a", "vengo de". */
const PLACE_BEFORE = ['en', 'a', 'de', 'desde', 'hasta', 'hacia', 'por', 'para'];
/** Without "de", where the everyday word is as likely: "zumo de granada", "piel de león". */
const PLACE_BEFORE_NOT_DE = PLACE_BEFORE.filter((word) => word !== 'de');

export const SPANISH_NAMES_FIRST: Record<string, Phrase[]> = Object.fromEntries(ALWAYS_NAMES.map((name) => [name, []]));

export const SPANISH_NAMES_AFTER: Record<string, Phrase[]> = {
  ...Object.fromEntries(
    ['valencia', 'alicante', 'córdoba', 'cuenca', 'japón', 'navarra', 'roma', 'argentina', 'ecuador', 'cuba', 'china', 'honduras', 'panamá', 'quito', 'asunción'].map(
      (place) => [place, PLACE_BEFORE],
    ),
  ),
  ...Object.fromEntries(['granada', 'león', 'lima'].map((place) => [place, PLACE_BEFORE_NOT_DE])),
  // RAE: the generic word lowercase, the specific name capitalised: "calle Mayor", "plaza Mayor".
  mayor: ['calle', 'plaza'],
};

export const SPANISH_NAME_PAIRS: Phrase[] = [
  'estados unidos', 'reino unido', 'nueva york', 'buenos aires', 'costa rica', 'puerto rico', 'la habana', 'países bajos',
];
