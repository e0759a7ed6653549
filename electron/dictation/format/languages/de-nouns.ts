// German nouns the dictionary alone cannot decide (Duden, "Groß- und Kleinschreibung",
// rules on nouns and nominalisation):
// - Words the dictionary lists both ways, or not at all, whose lowercase reading is rare in
//   speech: "Hunger" (the verb form "hunger!" is an imperative), "Tage", "Platz", "Bahn",
//   and the dative "nach Hause" / "zu Hause" the dictionary does not list.
// - Nominalised adjectives after "alles", "etwas", "nichts", "viel", "wenig": "alles Gute",
//   "etwas Neues", "nichts Besonderes" (Duden: Substantivierung von Adjektiven).
// - Nominalised infinitives after a preposition fused with "dem"/"das": "beim Kochen",
//   "zum Mitnehmen", "ins Schwitzen" (Duden: Substantivierung von Verben).
// - After an ordinal or "letzte" a noun: "zum zweiten Mal", "das letzte Mal", "der dritte
//   Versuch"; the adverb "mal" ("komm mal her") and "zwei mal drei" stay.
// - "Viertel" in a time of day: "um Viertel nach drei"; a language after "auf" or a verb of
//   speaking: "auf Deutsch", "sie spricht Englisch".
// - A compound the dictionary does not list, right after an article and not before a noun,
//   whose last part is a noun: "die Waschmaschine", "der Kühlschrank", "unter der Fußmatte".
// - And the other way: "das wissen wir", "das essen wir morgen": a word the dictionary
//   knows both ways is the verb when a personal pronoun follows the demonstrative.

import type { Lexicon } from '../lexicon.js';
import { isCompoundNoun } from '../rules/true-case.js';

/** Articles, determiners and prepositions fused with an article: a noun follows them. */
export const NOUN_AFTER = [
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines',
  'dein', 'deine', 'sein', 'seine', 'seinen', 'seinem', 'ihr', 'ihre', 'ihren', 'ihrem', 'unser', 'unsere', 'euer', 'eure',
  'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jeder', 'jede', 'jedes', 'jeden', 'jedem',
  'beim', 'im', 'am', 'vom', 'zum', 'zur', 'ins', 'ans', 'aufs', 'fürs', 'übers', 'ums',
];

const DETERMINERS = new Set(NOUN_AFTER);

/** Always written with a capital, however the dictionary lists them. Not "Ende": as the
 *  last part of a compound it would make "spannende" "Spann" + "Ende". */
const NOUNS_FIRST = ['Hunger', 'Angst', 'Zeit', 'Tage', 'Platz', 'Bahn', 'Steuer', 'Preis', 'Butter', 'Prise', 'Löffel', 'Weihnachten', 'Willen', 'Wochenende', 'Hause'];

const PRONOUNS = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man']);
const DEMONSTRATIVES = new Set(['das', 'die', 'der']);
const QUANTIFIERS = new Set(['alles', 'etwas', 'nichts', 'viel', 'wenig']);
/** "alles andere", "etwas anderes": Duden writes these lowercase. */
const NOT_NOMINALISED = new Set(['andere', 'anderes', 'meiste', 'meisten']);
const FUSED_PREPOSITIONS = new Set(['beim', 'zum', 'vom', 'ins', 'aufs', 'fürs', 'übers']);
/** "zum einen … zum anderen", "zum ersten": number words and pronouns, not verbs. */
const NOT_INFINITIVES = new Set(['einen', 'anderen', 'ersten', 'letzten', 'nächsten', 'beiden', 'meisten']);
/** "erste", "zweiten", "letztes", "zwanzigste": an ordinal before "Mal" (not "bitte mal", "heute mal"). */
const ORDINAL = /^(erst|zweit|dritt|viert|fünft|sechst|sieb|siebt|acht|neunt|zehnt|elft|zwölft|letzt|nächst|.+zehnt|.+zigst)(e|en|es)$/u;
/** "vielen Dank", "liebe Grüße", "herzlichen Glückwunsch": the greeting nouns that are also
 *  a preposition or verb ("dank deiner Hilfe", "ich grüße dich") after a greeting's adjective. */
const GREETING_NOUNS = new Set(['dank', 'grüße', 'grüßen', 'rutsch']);
const GREETING_ADJECTIVES = new Set([
  'vielen', 'viele', 'besten', 'beste', 'guten', 'herzlichen', 'herzliche', 'liebe', 'lieben', 'freundliche', 'freundlichen',
  'schöne', 'schönen', 'sonnige', 'sonnigen', 'tausend', 'mit',
]);
/** "guten Morgen", "heute Morgen" (Duden); "morgen früh" and "bis morgen" stay. */
const MORNING_AFTER = new Set(['guten', 'heute', 'gestern', 'vorgestern', 'übermorgen']);
/** Fixed phrases with "im" that Duden writes with a capital: "im Voraus", "im Übrigen". */
const AFTER_IM = new Set(['voraus', 'nachhinein', 'allgemeinen', 'übrigen', 'wesentlichen', 'einzelnen', 'folgenden']);
/** Languages are nouns after a preposition or a verb of speaking or learning: "auf Deutsch",
 *  "ich spreche Englisch" (Duden); "das Auto ist deutsch" stays an adjective. */
const LANGUAGES = new Set([
  'deutsch', 'englisch', 'französisch', 'spanisch', 'italienisch', 'portugiesisch', 'niederländisch', 'polnisch',
  'russisch', 'türkisch', 'griechisch', 'arabisch', 'chinesisch', 'japanisch', 'schwedisch', 'dänisch', 'latein',
]);
const LANGUAGE_AFTER = new Set([
  'auf', 'in', 'spreche', 'sprichst', 'spricht', 'sprechen', 'sprecht', 'lerne', 'lernst', 'lernt', 'lernen',
  'kann', 'kannst', 'können', 'könnt', 'verstehe', 'verstehst', 'versteht', 'verstehen', 'unterrichtet', 'gut', 'fließend',
]);
const INFINITIVE = /^.{3,}(en|ern|eln)$/u;
/** Separable and inseparable verb prefixes: "abholen", "ausprobieren", "verstehen". */
const VERB_PREFIX = /^(ab|an|auf|aus|be|bei|durch|ein|ent|er|ge|her|hin|los|mit|nach|um|unter|über|ver|vor|weg|zer|zu|zurück)/u;
const SHORTEST_TAIL = 4;
const SHORTEST_HEAD = 3;

/** The dictionary, with the words above always capitalised. */
export function withNounsFirst(lexicon: () => Lexicon): () => Lexicon {
  const first = new Map(NOUNS_FIRST.map((word) => [word.toLowerCase(), word]));
  let wrapped: Lexicon | null = null;
  return () => {
    if (wrapped) return wrapped;
    const inner = lexicon();
    wrapped = {
      capitalised: (key) => first.get(key) ?? inner.capitalised(key),
      both: (key) => !first.has(key) && inner.both(key),
    };
    return wrapped;
  };
}

const isNoun = (key: string, lexicon: Lexicon) => key !== '' && (lexicon.capitalised(key) !== undefined || lexicon.both(key));

/** "waschmaschine" ends in "Maschine": an unlisted word whose last part is a noun. After
 *  "das", a word shaped like an infinitive ("wir wollen das ausprobieren") needs more: a last part that is only a noun ("Apfelkuchen") and no verb prefix, or a
 *  first part that is a noun ("Fahrradreifen"). After a number only a longer part written
 *  with a capital counts ("zwei Esslöffel", but "drei spannende" does not end in "Ende"). */
function endsInNoun(key: string, lexicon: Lexicon, afterNumber: boolean, afterDas = false): boolean {
  const infinitive = afterDas && INFINITIVE.test(key);
  const shortest = afterNumber || infinitive ? SHORTEST_TAIL + 1 : SHORTEST_TAIL;
  for (let cut = SHORTEST_HEAD; cut <= key.length - shortest; cut++) {
    const tail = key.slice(cut);
    const onlyNoun = lexicon.capitalised(tail) !== undefined;
    if (afterNumber) {
      if (onlyNoun) return true;
    } else if (infinitive) {
      if ((onlyNoun && !VERB_PREFIX.test(key)) || (isNoun(tail, lexicon) && lexicon.capitalised(key.slice(0, cut)) !== undefined)) return true;
    } else if (isNoun(tail, lexicon)) return true;
  }
  return false;
}

/** true: a noun here; false: the verb or adjective here; null: no opinion (true-case.ts decides). */
export function germanNounByContext(key: string, previousKey: string, nextKey: string, lexicon: Lexicon, afterNumber = false): boolean | null {
  // "zum fünfzigsten Geburtstag": an unlisted compound after it is a noun too.
  const beforeNoun = isNoun(nextKey, lexicon) || (nextKey.length > SHORTEST_HEAD * 2 && isCompoundNoun(nextKey, lexicon));
  // "zum Kochen bringen", "auf Deutsch bitte": a word that is also a verb after it does not
  // make it an adjective.
  const beforeOnlyNoun = lexicon.capitalised(nextKey) !== undefined;
  if (DEMONSTRATIVES.has(previousKey) && PRONOUNS.has(nextKey)) return false;
  if (QUANTIFIERS.has(previousKey) && !NOT_NOMINALISED.has(key) && !PRONOUNS.has(nextKey) && !beforeNoun) {
    if (key.length >= SHORTEST_TAIL && (key.endsWith('es') || (previousKey === 'alles' && key.endsWith('e')))) return true;
  }
  // "beim besten Willen": a superlative before a noun is its adjective.
  const superlativeBeforeNoun = key.endsWith('sten') && beforeNoun;
  if (LANGUAGES.has(key) && LANGUAGE_AFTER.has(previousKey) && !beforeOnlyNoun) return true;
  if (FUSED_PREPOSITIONS.has(previousKey) && !NOT_INFINITIVES.has(key) && !ORDINAL.test(key) && !beforeOnlyNoun && !superlativeBeforeNoun && INFINITIVE.test(key)) return true;
  // "am Ersten fällig", "der Erste im Ziel": an ordinal after an article and before no noun
  // is itself the noun (Duden); "der erste Platz" keeps it an adjective, and so does the
  // first day of a range ("vom zehnten bis zum …"). At the end of what was said it stays:
  // the month may come in the next utterance ("am dritten" … "mai").
  if (ORDINAL.test(key) && DETERMINERS.has(previousKey) && !beforeNoun && nextKey !== '' && nextKey !== 'bis') return true;
  // "zum ersten Mal", "der dritte Versuch": an ordinal stands before a noun.
  if (ORDINAL.test(previousKey) && (key === 'mal' || lexicon.both(key))) return true;
  // "zwei mal drei": the multiplication is written lowercase (Duden).
  if (key === 'mal' && afterNumber) return false;
  if (key === 'viertel' && (nextKey === 'nach' || nextKey === 'vor')) return true;
  if (key === 'morgen' && (MORNING_AFTER.has(previousKey) || DETERMINERS.has(previousKey))) return true;
  if (GREETING_NOUNS.has(key) && GREETING_ADJECTIVES.has(previousKey)) return true;
  if (previousKey === 'im' && AFTER_IM.has(key)) return true;
  if (isNoun(key, lexicon)) return null;
  if (DETERMINERS.has(previousKey) && !beforeNoun && endsInNoun(key, lexicon, false, previousKey === 'das')) return true;
  if (afterNumber && endsInNoun(key, lexicon, true)) return true;
  return null;
}

/** Live typing: whether the next word may still change what germanNounByContext says. */
export function germanNounWaits(key: string, previousKey: string, lexicon: Lexicon): boolean {
  if (lexicon.capitalised(key) !== undefined) return false;
  return (
    DEMONSTRATIVES.has(previousKey) || QUANTIFIERS.has(previousKey) || FUSED_PREPOSITIONS.has(previousKey) ||
    DETERMINERS.has(previousKey) || key === 'viertel' || LANGUAGES.has(key)
  );
}
