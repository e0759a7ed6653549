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

/** The generated lists are front-coded: each line starts with one character, "0" + the
 *  length of the prefix it shares with the word before, then the rest of the word. */
export function frontDecoded(list: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const line of list.split('\n')) {
    if (line === '') continue;
    previous = previous.slice(0, line.charCodeAt(0) - 48) + line.slice(1);
    words.push(previous);
  }
  return words;
}

export function lazyLexicon(source: LexiconSource): () => Lexicon {
  let lexicon: Lexicon | null = null;
  return () => {
    if (lexicon) return lexicon;
    const capital = new Map<string, string>();
    for (const word of frontDecoded(source.CAPITALISED)) capital.set(word.toLowerCase(), word);
    const both = new Set(frontDecoded(source.BOTH));
    lexicon = { capitalised: (key) => capital.get(key), both: (key) => both.has(key) };
    return lexicon;
  };
}
