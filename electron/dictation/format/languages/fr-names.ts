// French names the dictionary (dictionary-fr, lexicons/fr.ts) does not capitalise because
// it also lists them as everyday words: "pierre" (a stone), "paris" (bets), "marie"
// (marries), "jean" (jeans), "tours" (turns), "bordeaux" (the wine), "corse" (Corsican).
// Capitals follow the Lexique des règles typographiques en usage à l'Imprimerie nationale
// ("Majuscules"): people, places, rivers, seas and feasts ("Noël", "Pâques") take one;
// languages, nationality adjectives, months and days do not.

import type { Phrase } from './types.js';

/** Names whose everyday sense is rare in speech ("isabelle", a horse's colour; "la
 *  chine", a paper; "noël", a carol): always the name. */
const ALWAYS_NAMES = [
  'isabelle', 'claude', 'jacques', 'benoît', 'baptiste', 'valentin', 'aurélie', 'virginie', 'caroline', 'véronique', 'florence', 'océane',
  'canada', 'chine', 'japon', 'seine', 'alpes', 'méditerranée', 'quimper',
  'noël', 'pâques',
];

/** The words after which a name that is also a noun or a verb is that word: an article
 *  or other determiner ("une pierre", "les paris", "du bordeaux", "en pierre"), a subject
 *  or object pronoun ("il se marie", "je calais"), an adjective said before a noun ("une
 *  grosse pierre", "un vieux jean"). After a verb, a preposition or at the start it is the
 *  name: "j'ai vu marie", "à paris", "pierre et marie". */
const COMMON_BEFORE = [
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'au', 'aux', 'en', 'ce', 'cet', 'cette', 'ces',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs',
  'quel', 'quelle', 'quels', 'quelles', 'chaque', 'quelques', 'plusieurs', 'aucun', 'aucune', 'tout', 'toute', 'tous', 'toutes',
  'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'se', 'me', 'te',
  'petit', 'petite', 'petits', 'petites', 'grand', 'grande', 'grands', 'grandes', 'gros', 'grosse', 'grosses',
  'beau', 'bel', 'belle', 'belles', 'vieux', 'vieil', 'vieille', 'vieilles', 'nouveau', 'nouvel', 'nouvelle', 'nouvelles',
  'joli', 'jolie', 'jolis', 'jolies', 'bon', 'bonne', 'bons', 'bonnes', 'mauvais', 'mauvaise', 'vrai', 'vraie',
  'autre', 'autres', 'même', 'mêmes', 'seul', 'seule', 'premier', 'première', 'dernier', 'dernière', 'long', 'longue',
];
/** "du bois d'olivier": after "d'" the tree. */
const COMMON_BEFORE_TREE = [...COMMON_BEFORE, "d'"];
/** "un verre de bordeaux" is the wine as often as "les amis de bordeaux" are the town: after
 *  "de" it stays as said. */
const COMMON_BEFORE_WINE = [...COMMON_BEFORE, 'de'];

export const FRENCH_NAMES_FIRST: Record<string, Phrase[]> = Object.fromEntries(ALWAYS_NAMES.map((name) => [name, []]));

export const FRENCH_NAMES_UNLESS_AFTER: Record<string, Phrase[]> = {
  ...Object.fromEntries(
    ['pierre', 'marie', 'jean', 'louis', 'guillaume', 'martin', 'marc', 'maxime', 'paris', 'tours', 'cannes', 'limoges', 'valence', 'vannes', 'calais'].map(
      (name) => [name, COMMON_BEFORE],
    ),
  ),
  olivier: COMMON_BEFORE_TREE,
  bordeaux: COMMON_BEFORE_WINE,
};

/** A people is a noun with a capital, its language and its adjective are not (Académie
 *  française: "les Français", but "parler français", "les vins français"): a plural
 *  nationality is the people right after an article or determiner of the plural. */
const PEOPLE_BEFORE = ['les', 'des', 'aux', 'ces', 'nos', 'vos', 'leurs', 'plusieurs', 'quelques'];
const PEOPLES = [
  'français', 'françaises', 'anglais', 'anglaises', 'allemands', 'allemandes', 'italiens', 'italiennes', 'espagnols', 'espagnoles',
  'portugais', 'portugaises', 'belges', 'suisses', 'canadiens', 'canadiennes', 'québécois', 'québécoises', 'américains', 'américaines',
  'chinois', 'chinoises', 'japonais', 'japonaises', 'russes', 'européens', 'européennes', 'africains', 'africaines', 'marocains',
  'marocaines', 'algériens', 'algériennes', 'tunisiens', 'tunisiennes', 'néerlandais', 'grecs', 'polonais', 'britanniques', 'parisiens',
  'parisiennes', 'bretons', 'bretonnes', 'corses',
];

/** Names that are also adjectives ("la cuisine corse", "le calendrier julien"): the name
 *  only after these words. */
export const FRENCH_NAMES_AFTER: Record<string, Phrase[]> = {
  ...Object.fromEntries(PEOPLES.map((people) => [people, PEOPLE_BEFORE])),
  corse: ['la', 'en', 'de'],
  julien: ['', 'à', 'avec', 'chez', 'pour', 'et', 'par', 'de', 'bonjour', 'salut', 'merci', 'cher'],
};

/** Two-word names whose words are everyday words alone. */
export const FRENCH_NAME_PAIRS: Phrase[] = ['new york', 'air france'];
