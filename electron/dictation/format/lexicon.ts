// A language's true-case word list (lexicons/<lang>.ts, generated from a Hunspell
// dictionary by scripts/build-lexicons.ts), read into sets the first time the language is
// used, so a partial costs one Map lookup per word and an unused language costs nothing.

export interface Lexicon {
  /** How the word is written when the dictionary knows it only with a capital: "rome" → "Rome". */
  capitalised(key: string): string | undefined;
  /** The dictionary knows it both ways ("essen" / "Essen"): only context can decide. */
  both(key: string): boolean;
}

export interface LexiconSource {
  CAPITALISED: string;
  BOTH: string;
}

export function lazyLexicon(source: LexiconSource): () => Lexicon {
  let lexicon: Lexicon | null = null;
  return () => {
    if (lexicon) return lexicon;
    const capital = new Map<string, string>();
    for (const word of source.CAPITALISED.split('\n')) if (word !== '') capital.set(word.toLowerCase(), word);
    const both = new Set(source.BOTH.split('\n').filter((w) => w !== ''));
    lexicon = { capitalised: (key) => capital.get(key), both: (key) => both.has(key) };
    return lexicon;
  };
}
