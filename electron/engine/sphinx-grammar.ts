// Vosk's `phrase_list` for PocketSphinx: a JSGF grammar that accepts any sequence of the
// listed phrases. PocketSphinx rejects a grammar with a word missing from its dictionary,
// so such phrases (and Vosk's "[unk]" marker) are left out rather than failing the socket.

export function phraseListGrammar(phrases: readonly string[], isKnownWord: (word: string) => boolean): string {
  const usable = new Set<string>();
  for (const phrase of phrases) {
    if (typeof phrase !== 'string') continue;
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0 || !words.every((w) => /^[a-z0-9'.-]+$/.test(w) && isKnownWord(w))) continue;
    usable.add(words.join(' '));
  }
  if (usable.size === 0) {
    throw new Error(`none of the phrases in phrase_list are made of words PocketSphinx knows: ${JSON.stringify(phrases).slice(0, 60)}`);
  }
  return [
    '#JSGF V1.0;',
    'grammar phrases;',
    'public <utterance> = <phrase>+;',
    `<phrase> = ${[...usable].join(' | ')};`,
    '',
  ].join('\n');
}
