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
// - Correction (issue 24): each typed utterance keeps the recognizer's alternatives (best
//   first). "correct that" offers those of the utterance "scratch that" would erase, each
//   formatted as it would have been typed there; "choose N" replaces the typed text with
//   alternative N, formatted in the same context, and the record learns the new text, so
//   a later "scratch that" erases what is on screen. Any other speech closes the list;
//   after resetContext()/forgetTyped() the text is not where it was, so nothing is chosen.

import { backspaceSteps } from '../../common/text-steps.js';
import type { FormattingSettings } from '../../settings/types.js';
import { compileRules } from './compile.js';
import { describeRules, type SpokenCommand } from './describe.js';
import { english } from './languages/en.js';
import { languageRules } from './languages/index.js';
import type { CommandRule } from './languages/types.js';
import { FRESH_CONTEXT, render, type TypingContext } from './render.js';
import { addPairedOpenings } from './rules/paired-openings.js';
import { isNumberWordAt } from './numbers.js';
import { caseWaitsForNext } from './rules/true-case.js';
import { tokenize, type TokenizeRules } from './tokenize.js';
import { CorrectionWords } from './correction-words.js';
import type { CorrectionOutcome } from '../ports.js';
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
  /** Set when the result was a correction command ("correct that", "choose 2", "cancel"). */
  correction?: CorrectionOutcome;
}

interface TypedUtterance {
  /** Backspace presses that erase the text (common/text-steps.ts: emoji clusters whole, else code points). */
  length: number;
  before: TypingContext;
  /** What was typed, leading space included: a chosen alternative replaces exactly this. */
  text: string;
  /** The recognizer's readings of it, best first (raw words); [] when it gave none. */
  alternatives: string[];
}

/** The list "correct that" opened: the utterance and its alternatives as they would be typed. */
interface Offer {
  utterance: TypedUtterance;
  raws: string[];
  choices: string[];
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
  private corrections!: CorrectionWords;
  /** The list of alternatives showing, 'gone' when its text left (the next choose says so), or null. */
  private offer: Offer | 'gone' | null = null;
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
    this.corrections = new CorrectionWords(language);
    this.commands = new PhraseMatcher<CommandRule>();
    for (const rule of language.commands) for (const phrase of rule.say) this.commands.add(phrase, rule);
  }

  /** `alternatives`: the recognizer's readings of `raw`, best first, kept for "correct that". */
  finalResult(raw: string, alternatives: readonly string[] = []): TypingEdit {
    const words = splitWords(raw);
    if (words.length === 0) return NO_EDIT;

    const correction = this.options.commands ? this.corrections.match(words, this.offer !== null) : null;
    if (correction?.kind === 'correct') return this.offerAlternatives();
    if (correction?.kind === 'choose') return this.choose(correction.number);
    if (correction?.kind === 'cancel') {
      this.offer = null;
      return { ...NO_EDIT, correction: { kind: 'closed' } };
    }
    // Any other speech closes the list and is dictated as usual.
    this.offer = null;

    const command = this.options.commands ? this.commands.matchWhole(words) : null;
    if (command?.command === 'stop') return { ...NO_EDIT, stopDictation: true };
    if (command?.command === 'scratch') return this.scratch();

    const { text, after } = this.format(words);
    if (text === '') {
      // Nothing typed, but "caps on" or "no space" said alone still applies to what follows.
      this.context = after;
      return NO_EDIT;
    }
    this.typed.push({ length: backspaceSteps(text), before: this.context, text, alternatives: distinct([raw, ...alternatives]) });
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
        if (isNumberWordAt(words, i, table)) runStart = runStart < 0 ? i : runStart;
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
    if (!this.options.commands) return [];
    return [...languageRules(this.options.language).commands.flatMap((rule) => rule.say), ...this.corrections.commandPhrases(this.offer !== null)];
  }

  resetContext(): void {
    this.context = FRESH_CONTEXT;
    this.typed = [];
    if (this.offer) this.offer = 'gone';
  }

  forgetTyped(): void {
    this.typed = [];
    if (this.offer) this.offer = 'gone';
  }

  /** The alternatives "correct that" offers now, as they would be typed (1 = what is typed); [] when no list shows. */
  offeredChoices(): string[] {
    return this.offer && this.offer !== 'gone' ? [...this.offer.choices] : [];
  }

  /**
   * Alternative `number` (1-based, as offeredChoices() lists them) instead of the text typed
   * for it: said ("choose 2") or a digit key pressed while the list shows. The edit erases
   * that text and types the alternative, formatted in the context it was typed in.
   */
  choose(number: number): TypingEdit {
    const offer = this.offer;
    if (offer === null) return { ...NO_EDIT, correction: { kind: 'not-offered', number } };
    const utterance = offer === 'gone' ? undefined : offer.utterance;
    // Any other speech closes the list, so its utterance is the last typed; if not, it was erased.
    if (offer === 'gone' || utterance !== this.typed.at(-1)) {
      this.offer = null;
      return { ...NO_EDIT, correction: { kind: 'gone' } };
    }
    const raw = offer.raws[number - 1];
    if (!Number.isInteger(number) || raw === undefined) return { ...NO_EDIT, correction: { kind: 'not-offered', number } };
    this.offer = null;
    const replaced = utterance!.text;
    const { text, after } = this.format(splitWords(raw), utterance!.before);
    const chosen = { kind: 'chosen', number, replaced, text, raw } as const;
    if (text === replaced) return { ...NO_EDIT, correction: chosen };
    utterance!.text = text;
    utterance!.length = backspaceSteps(text);
    this.context = after;
    return { ...NO_EDIT, backspaces: backspaceSteps(replaced), text, correction: chosen };
  }

  choiceHint(): string {
    return this.corrections.hint();
  }

  private format(words: string[], before = this.context): { text: string; after: TypingContext } {
    const tokens = addPairedOpenings(tokenize(words, this.tokenizeRules), before.capitalNext);
    return render(tokens, before, this.options);
  }

  /** "correct that": the last typed utterance's readings, each formatted as it would have been typed. */
  private offerAlternatives(): TypingEdit {
    this.offer = null;
    const last = this.typed.at(-1);
    if (!last) return { ...NO_EDIT, correction: { kind: 'nothing', why: 'nothing-typed' } };
    const raws: string[] = [];
    const choices: string[] = [];
    // What is typed now comes first (after an earlier choice, not the recognizer's best),
    // then the other readings in the recognizer's order.
    const typedFirst = [...last.alternatives].sort((a, b) => Number(this.typesAs(b, last)) - Number(this.typesAs(a, last)));
    for (const raw of typedFirst) {
      const shown = this.format(splitWords(raw), { ...last.before, typedBefore: false }).text;
      // Readings that type the same text are one choice (PocketSphinx repeats a path with other fillers).
      if (shown === '' || choices.includes(shown)) continue;
      raws.push(raw);
      choices.push(shown);
    }
    if (choices.length < 2) return { ...NO_EDIT, correction: { kind: 'nothing', why: 'no-alternatives' } };
    this.offer = { utterance: last, raws, choices };
    return { ...NO_EDIT, correction: { kind: 'offered' } };
  }

  /** True when `raw` formats to exactly what the utterance typed. */
  private typesAs(raw: string, utterance: TypedUtterance): boolean {
    return this.format(splitWords(raw), utterance.before).text === utterance.text;
  }

  private scratch(): TypingEdit {
    const last = this.typed.pop();
    if (!last) return NO_EDIT;
    this.context = last.before;
    return { ...NO_EDIT, backspaces: last.length };
  }
}

/** Non-empty readings, each once, in order. */
function distinct(readings: readonly string[]): string[] {
  return [...new Set(readings.map((r) => (typeof r === 'string' ? splitWords(r).join(' ') : '')).filter((r) => r !== ''))];
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
