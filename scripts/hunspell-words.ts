// Every word form a Hunspell dictionary accepts outside compounds: each .dic stem with the
// prefixes and suffixes its flags allow (one level of continuation flags, cross products
// where the .aff allows them). Enough for a word list: compounding (COMPOUNDRULE and the
// COMPOUND* flags) is not expanded, and stems marked NEEDAFFIX, ONLYINCOMPOUND or
// FORBIDDENWORD are not words on their own.
// Format reference: hunspell(5), "Affix file general options" and "Affix file options for
// affix creation" (FLAG long / UTF-8 / num, SFX/PFX header and rule lines, conditions).

interface Affix {
  kind: 'PFX' | 'SFX';
  flag: string;
  cross: boolean;
  strip: string;
  add: string;
  continuation: string[];
  condition: RegExp;
}

interface Affixes {
  byFlag: Map<string, Affix[]>;
  parseFlags: (field: string) => string[];
  /** A form carrying one of these is not a word on its own. */
  skip: Set<string>;
  /** A stem carrying one of these has no form that is a word on its own (ONLYINCOMPOUND,
   *  FORBIDDENWORD): German lists "mutter/NSozm" for compounds like "Großmutter". */
  skipStem: Set<string>;
}

function flagParser(kind: string | undefined): (field: string) => string[] {
  if (kind === 'long') return (field) => field.match(/../gsu) ?? [];
  if (kind === 'num') return (field) => field.split(',').filter((f) => f !== '');
  // Default and UTF-8: one character per flag.
  return (field) => [...field];
}

export function readAffixes(aff: string): Affixes {
  const lines = aff.split(/\r?\n/u);
  const option = (name: string) => lines.find((l) => l.startsWith(`${name} `))?.split(/\s+/u)[1];
  const parseFlags = flagParser(option('FLAG'));
  const flagsOf = (names: string[]) => new Set(names.map(option).filter((f): f is string => f !== undefined));
  const skip = flagsOf(['NEEDAFFIX', 'ONLYINCOMPOUND', 'FORBIDDENWORD']);
  const skipStem = flagsOf(['ONLYINCOMPOUND', 'FORBIDDENWORD']);
  const byFlag = new Map<string, Affix[]>();
  const cross = new Map<string, boolean>();
  for (const line of lines) {
    const parts = line.trim().split(/\s+/u);
    const kind = parts[0];
    if ((kind !== 'PFX' && kind !== 'SFX') || parts.length < 4) continue;
    const flag = parts[1]!;
    if (parts.length === 4 && (parts[2] === 'Y' || parts[2] === 'N')) {
      cross.set(flag, parts[2] === 'Y');
      continue;
    }
    const [addText = '', contField] = parts[3]!.split('/');
    const conditionText = parts[4] ?? '.';
    let condition: RegExp;
    try {
      condition = new RegExp(kind === 'SFX' ? `${conditionText}$` : `^${conditionText}`, 'u');
    } catch {
      continue; // a condition this reader cannot express: the rule is left out, not guessed
    }
    const rule: Affix = {
      kind,
      flag,
      cross: cross.get(flag) ?? false,
      strip: parts[2] === '0' ? '' : parts[2]!,
      add: addText === '0' ? '' : addText,
      continuation: contField ? parseFlags(contField) : [],
      condition,
    };
    byFlag.set(flag, [...(byFlag.get(flag) ?? []), rule]);
  }
  return { byFlag, parseFlags, skip, skipStem };
}

function apply(word: string, rule: Affix): string | null {
  if (!rule.condition.test(word)) return null;
  if (rule.kind === 'SFX') {
    if (!word.endsWith(rule.strip)) return null;
    return word.slice(0, word.length - rule.strip.length) + rule.add;
  }
  if (!word.startsWith(rule.strip)) return null;
  return rule.add + word.slice(rule.strip.length);
}

/** Calls `emit` for every form of every stem in `dic`. */
export function expandDictionary(dic: string, affixes: Affixes, emit: (word: string) => void): void {
  const lines = dic.split(/\r?\n/u);
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    // "word/FLAGS morphology…": a slash escaped as "\/" belongs to the word.
    const entry = line.split(/\s+/u)[0]!;
    const slash = entry.search(/(?<!\\)\//u);
    const stem = (slash < 0 ? entry : entry.slice(0, slash)).replace(/\\\//gu, '/');
    const flags = slash < 0 ? [] : affixes.parseFlags(entry.slice(slash + 1));
    if (flags.some((f) => affixes.skipStem.has(f))) continue;
    if (!flags.some((f) => affixes.skip.has(f))) emit(stem);
    const alone = (rule: Affix) => !rule.continuation.some((f) => affixes.skip.has(f));
    const rules = (flags: string[]) => flags.flatMap((f) => affixes.byFlag.get(f) ?? []);
    const suffixed: { word: string; cross: boolean; alone: boolean }[] = [];
    for (const rule of rules(flags)) {
      if (rule.kind !== 'SFX') continue;
      const word = apply(stem, rule);
      if (word === null) continue;
      if (alone(rule)) emit(word);
      suffixed.push({ word, cross: rule.cross, alone: alone(rule) });
      for (const next of rules(rule.continuation)) {
        const twice = next.kind === 'SFX' ? apply(word, next) : null;
        if (twice !== null && alone(next)) emit(twice);
      }
    }
    for (const rule of rules(flags)) {
      if (rule.kind !== 'PFX') continue;
      const word = apply(stem, rule);
      if (word === null) continue;
      if (alone(rule)) emit(word);
      if (rule.cross) for (const s of suffixed) if (s.cross && s.alone && alone(rule)) {
        const both = apply(s.word, rule);
        if (both !== null) emit(both);
      }
    }
  }
}
