// Turns the recognizer's bare lowercase words into the text a writer expects, and keeps
// what it needs to know about the text already typed in the focused window.
//
// Decisions (each one is tested in test/dictation/format/):
// - Spacing: one space between utterances, none before ". , ? ! : ; ) close-quote", none
//   after "( open-quote" or a line break. Text is never typed with a trailing space.
//   With spacing off, an utterance is typed as its words joined by single spaces and
//   nothing is added between utterances (the user owns spacing).
// - Capitals: the first word of a dictation and the word after ". ? !", a new line or a new
//   paragraph (a line break in prose starts a list item, a greeting's body, an address
//   line). Only all-lowercase words change, so "iPhone" from a replacement stays.
//   "i", "i'm", "i've", "i'll", "i'd" are always capitalised.
// - Commands ("scratch that", "undo that", "stop dictation") count only when they are the
//   whole utterance: "I'll scratch that itch" is text, never an erase. Scratch erases the
//   last typed utterance (exactly its characters, leading space included) and restores
//   the context before it; saying it again erases the one before. After resetContext()
//   there is nothing to scratch: that text is in another window or was edited by hand.
// - Numbers: multi-word numbers, decimals, percentages and years become digits ("twenty
//   three" → 23, "ten percent" → 10%, "twenty twenty six" → 2026); a lone number word below
//   ten stays a word ("one of the", "no one"), and so does a scale with nothing before it
//   ("a hundred ways"). German, French and Spanish read a run of number words whole or
//   leave all of it as words ("trois mille quatre cents" → 3400, never "3004 cents").
//   See numbers.ts.
// - True casing: a word gets the capital its language's dictionary writes it with
//   (lexicons/, rules/true-case.ts); a word written both ways only where context decides.
// - Replacements (custom vocabulary) match whole words case-insensitively, longest first,
//   before every built-in rule, so the user can override any of them; their text is typed
//   as written (it gets a sentence capital only if it is all lowercase).
// - Backspaces count as a text field erases: a whole emoji cluster per press, one code
//   point of anything else (common/text-steps.ts, measured in Chromium).
// - Empty, whitespace-only, or everything-replaced-away results: no edit, no state change.
// - Partials use the same rules for display, but commands are shown as words, never run,
//   and the state does not change.

import { backspaceSteps } from '../../common/text-steps.js';
import type { FormattingSettings } from '../../settings/types.js';
import { compileRules } from './compile.js';
import { describeRules, type SpokenCommand } from './describe.js';
import { english } from './languages/en.js';
import { languageRules } from './languages/index.js';
import type { CommandRule } from './languages/types.js';
import { FRESH_CONTEXT, render, type TypingContext } from './render.js';
import { addPairedOpenings } from './rules/paired-openings.js';
import { isNumberWordAt, startsIdiom } from './numbers.js';
import { caseWaitsForNext } from './rules/true-case.js';
import { tokenize, type TokenizeRules } from './tokenize.js';
import { PhraseMatcher, splitWords, wordKey } from './words.js';

export { languageRules } from './languages/index.js';
export type { SpokenCommand } from './describe.js';

/**
 * The English spoken commands as a user reads them (the README table is generated from this).
 * Here, not in languages/en.ts: describing runs the compiled rules, which include en.ts.
 */
export function spokenCommandsTable(): SpokenCommand[] {
  return describeRules(english);
}

export interface TypingEdit {
  backspaces: number;
  text: string;
  stopDictation: boolean;
}

interface TypedUtterance {
  /** Backspace presses that erase the text (common/text-steps.ts: emoji clusters whole, else code points). */
  length: number;
  before: TypingContext;
}

/** Keeps scratch history bounded over a long dictation into one window. */
const MAX_SCRATCH_HISTORY = 200;

const NO_EDIT: TypingEdit = { backspaces: 0, text: '', stopDictation: false };

export class DictationFormatter {
  private options!: FormattingSettings;
  private tokenizeRules!: TokenizeRules;
  private commands!: PhraseMatcher<CommandRule>;
  private context: TypingContext = FRESH_CONTEXT;
  private typed: TypedUtterance[] = [];
  /** Words that continue a number run after a number word (heldFrom). */
  private runWords = new Set<string>();

  constructor(options: FormattingSettings) {
    this.setOptions(options);
  }

  setOptions(options: FormattingSettings): void {
    options = withDefaults(options);
    this.options = options;
    const language = languageRules(options.language);
    // Read the dictionary lexicon now (German: a few hundred ms once per process), not on
    // the first partial of the first dictation.
    if (options.trueCase) language.trueCase?.lexicon();
    this.tokenizeRules = compileRules(options);
    const numbers = language.numbers;
    this.runWords = new Set(
      [
        numbers.and, numbers.tensJoiner, numbers.decimalPoint, ...(language.clock?.hour ?? []),
        ...(language.centsMoney ? [...language.centsMoney.currencies.flatMap((c) => c.say), ...language.centsMoney.joiners] : []),
        ...(language.money ? [...language.money.currencies.flatMap((c) => c.say), ...(language.money.and ? [language.money.and] : [])] : []),
      ]
        .filter((w): w is string => typeof w === 'string' && w !== '' && !w.includes(' ')),
    );
    this.commands = new PhraseMatcher<CommandRule>();
    for (const rule of language.commands) for (const phrase of rule.say) this.commands.add(phrase, rule);
  }

  finalResult(raw: string): TypingEdit {
    const words = splitWords(raw);
    if (words.length === 0) return NO_EDIT;

    const command = this.options.commands ? this.commands.matchWhole(words) : null;
    if (command?.command === 'stop') return { ...NO_EDIT, stopDictation: true };
    if (command?.command === 'scratch') return this.scratch();

    const { text, after } = this.format(words);
    if (text === '') {
      // Nothing typed, but "caps on" or "no space" said alone still applies to what follows.
      this.context = after;
      return NO_EDIT;
    }
    this.typed.push({ length: backspaceSteps(text), before: this.context });
    if (this.typed.length > MAX_SCRATCH_HISTORY) this.typed.shift();
    this.context = after;
    return { ...NO_EDIT, text };
  }

  partial(raw: string): string {
    const words = splitWords(raw);
    if (words.length === 0) return '';
    // The leading space belongs between utterances in the window, not in the overlay.
    return this.format(words, { ...this.context, typedBefore: false }).text;
  }

  /**
   * Live typing: the text finalResult would type for these words now (leading space
   * included), without changing any state and without running commands.
   */
  preview(raw: string): string {
    const words = splitWords(raw);
    return words.length === 0 ? '' : this.format(words).text;
  }

  /**
   * Spoken phrases of several words that formatting turns into something else ("question
   * mark", "new line", "all caps", a user's "voss key"): live typing waits while the words
   * heard so far may be the start of one.
   */
  longerPhrases(): string[] {
    return [...this.tokenizeRules.escapable.phrases(), ...this.tokenizeRules.replacements.phrases()].filter((p) => p.includes(' '));
  }

  /**
   * Live typing: the index of the first word of `raw` that a later word may still change,
   * words.length when none may. A number run reaching the newest word ("trois mille" may
   * become "trois mille quatre cents", or a run that stays words) and a word whose capital
   * the next word decides (German "das essen" / "das alte haus") wait.
   */
  heldFrom(raw: string): number {
    const words = splitWords(raw);
    const rules = this.tokenizeRules;
    const table = rules.language.numbers;
    let start = words.length;
    if (this.options.numbers) {
      // Joiners ("und", "y", "con", "and", "komma", "point") and currency or hour words
      // continue a run that a number word began: "veinte euros con" may become 20,50 €.
      let runStart = -1;
      for (let i = 0; i < words.length; i++) {
        // An idiom's first word waits for the rest: "le premier" may become "le 1er mai".
        if (isNumberWordAt(words, i, table) || startsIdiom(words, i, table)) runStart = runStart < 0 ? i : runStart;
        else if (!(runStart >= 0 && this.runWords.has(wordKey(words[i]!)))) runStart = -1;
      }
      if (runStart >= 0) start = runStart;
    }
    const trueCase = rules.trueCase ? rules.language.trueCase : undefined;
    const last = words.length - 1;
    if (trueCase && last >= 0 && caseWaitsForNext(trueCase, wordKey(words[last]!), last > 0 ? wordKey(words[last - 1]!) : '')) {
      start = Math.min(start, last);
    }
    return start;
  }

  /** Phrases that are commands when said alone (none while commands are switched off). */
  commandPhrases(): string[] {
    return this.options.commands ? languageRules(this.options.language).commands.flatMap((rule) => rule.say) : [];
  }

  resetContext(): void {
    this.context = FRESH_CONTEXT;
    this.typed = [];
  }

  forgetTyped(): void {
    this.typed = [];
  }

  private format(words: string[], before = this.context): { text: string; after: TypingContext } {
    const tokens = addPairedOpenings(tokenize(words, this.tokenizeRules), before.capitalNext);
    return render(tokens, before, this.options);
  }

  private scratch(): TypingEdit {
    const last = this.typed.pop();
    if (!last) return NO_EDIT;
    this.context = last.before;
    return { ...NO_EDIT, backspaces: last.length };
  }
}

/** Settings from a hand-edited or older file may lack fields: every rule defaults to on. */
function withDefaults(options: Partial<FormattingSettings> | null | undefined): FormattingSettings {
  const given = options ?? {};
  const flag = (value: unknown) => value !== false;
  return {
    language: typeof given.language === 'string' ? given.language : 'en',
    capitalCommands: flag(given.capitalCommands),
    spacingCommands: flag(given.spacingCommands),
    symbols: flag(given.symbols),
    addresses: flag(given.addresses),
    ordinals: flag(given.ordinals),
    times: flag(given.times),
    dates: flag(given.dates),
    money: flag(given.money),
    digitGrouping: flag(given.digitGrouping),
    trueCase: flag(given.trueCase),
    spacing: flag(given.spacing),
    capitals: flag(given.capitals),
    punctuation: flag(given.punctuation),
    commands: flag(given.commands),
    numbers: flag(given.numbers),
    replacements: Array.isArray(given.replacements) ? given.replacements : [],
    phraseList: Array.isArray(given.phraseList) ? given.phraseList : [],
  };
}
