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
// - Editing commands (issue 24) work on the text Voskey typed in this field (typed-field.ts):
//   "replace X with Y" changes the last X (whole words, case-insensitive, X formatted as
//   dictation would type it) into Y formatted as if dictated there (its capital and spacing
//   from the text before it; the next word's sentence capital follows); "delete last
//   sentence" erases the last sentence with the spaces before it, across utterances.
//   "undo that" takes back the newest step: an edit, or (when the newest was dictation)
//   that dictation, as "scratch that" does. "scratch that" always takes back the newest
//   *dictation*, with any edits made after it: "replace …" then "scratch that" leaves the
//   field as it was before that dictation; "undo that" would only revert the replace.
//   A command whose target is not there changes nothing and says why (TypingEdit.notice).
//   Their keys move the caret as live typing's corrections do (field-keys.ts); where the
//   window cannot take caret moves (a terminal), an edit that needs them is refused.
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

import type { FormattingSettings } from '../../settings/types.js';
import { compileRules } from './compile.js';
import { describeRules, type SpokenCommand } from './describe.js';
import { english } from './languages/en.js';
import { languageRules } from './languages/index.js';
import type { CommandRule } from './languages/types.js';
import { FRESH_CONTEXT, render, type TypingContext } from './render.js';
import { addPairedOpenings } from './rules/paired-openings.js';
import { dayWaitsFrom } from './rules/day-first-dates.js';
import { isNumberWordAt, startsIdiom } from './numbers.js';
import { caseWaitsForNext } from './rules/true-case.js';
import { tokenize, type TokenizeRules } from './tokenize.js';
import { CorrectionWords } from './correction-words.js';
import type { CorrectionOutcome } from '../ports.js';
import { PhraseMatcher, splitWords, wordKey } from './words.js';
import { fieldKeys, type FieldKeys } from './field-keys.js';
import { contextAtEnd, findLastPhrase, lastSentenceStart, recapitaliseNext, startsSentence } from './field-text.js';
import { ReplacePhrases } from './replace-phrase.js';
import { TypedField, type FieldStep, type Reverted } from './typed-field.js';
import { backspaceSteps } from '../../common/text-steps.js';

export { languageRules } from './languages/index.js';
export type { SpokenCommand } from './describe.js';

/**
 * The English spoken commands as a user reads them (the README table is generated from this).
 * Here, not in languages/en.ts: describing runs the compiled rules, which include en.ts.
 */
export function spokenCommandsTable(): SpokenCommand[] {
  return describeRules(english);
}

export interface TypingEdit extends FieldKeys {
  backspaces: number;
  text: string;
  stopDictation: boolean;
  /** An editing command changed nothing: why, for the overlay ("… is not in the text …"). */
  notice?: string;
  /** The keys change text typed earlier (scratch, undo, an editing command): nothing in `text` is new dictation. */
  command?: true;
  /** Set when the result was a correction command ("correct that", "choose 2", "cancel"). */
  correction?: CorrectionOutcome;
}

/** Where a final result's edit goes, and what the recognizer said besides its best reading. */
export interface EditTarget {
  /** Whether that window takes caret moves (a terminal does not); true when absent. */
  caretMoves?: boolean;
  /** The recognizer's readings of the result, best first, kept for "correct that". */
  alternatives?: readonly string[];
}

/** The list "correct that" opened: the dictation step and its readings as they would be typed. */
interface Offer {
  step: Readonly<FieldStep>;
  raws: string[];
  choices: string[];
}

/** Whether the window takes caret moves, decided. */
type Where = { caretMoves: boolean };

const NO_EDIT: TypingEdit = { backspaces: 0, text: '', stopDictation: false };

/** The context of a word in the middle of a sentence, with nothing typed before it. */
const MID_SENTENCE: TypingContext = { typedBefore: false, attachedRight: false, capitalNext: false, caseMode: 'none' };

export class DictationFormatter {
  private options!: FormattingSettings;
  private tokenizeRules!: TokenizeRules;
  private commands!: PhraseMatcher<CommandRule>;
  private context: TypingContext = FRESH_CONTEXT;
  /** The text typed in this field and the steps that made it (scratch, undo, edits, corrections). */
  private readonly field = new TypedField();
  private replacePhrases = new ReplacePhrases([]);
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
        // "cinco de" may become "5 de mayo".
        ...(numbers.digitsBefore ?? []).map((phrase) => phrase.split(' ')[0]),
        ...(language.centsMoney ? [...language.centsMoney.currencies.flatMap((c) => c.say), ...language.centsMoney.joiners] : []),
        ...(language.money ? [...language.money.currencies.flatMap((c) => c.say), ...(language.money.and ? [language.money.and] : [])] : []),
      ]
        .filter((w): w is string => typeof w === 'string' && w !== '' && !w.includes(' ')),
    );
    this.corrections = new CorrectionWords(language);
    this.commands = new PhraseMatcher<CommandRule>();
    const commands = activeCommands(language.commands, options);
    for (const rule of commands) if (rule.command !== 'replace') for (const phrase of rule.say) this.commands.add(phrase, rule);
    this.replacePhrases = new ReplacePhrases(commands.filter((rule) => rule.command === 'replace').flatMap((rule) => rule.say));
  }

  finalResult(raw: string, target: EditTarget = {}): TypingEdit {
    const where = { caretMoves: target.caretMoves ?? true };
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
    if (command?.command === 'scratch') return this.takeBack(this.field.scratch(), where, '');
    if (command?.command === 'undo') return this.takeBack(this.field.undo(), where, 'Nothing to undo: Voskey has typed nothing in this field.');
    if (command?.command === 'deleteSentence') return this.deleteLastSentence(where);
    const replace = this.options.commands ? this.replacePhrases.splits(words) : [];
    if (replace.length > 0) return this.replace(replace, where);

    const { text, after } = this.format(words);
    if (text === '') {
      // Nothing typed, but "caps on" or "no space" said alone still applies to what follows.
      this.context = after;
      return NO_EDIT;
    }
    this.field.append(text, this.context, distinct([raw, ...(target.alternatives ?? [])]));
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
    // A day word may still get its month: "am dritten" becomes "am 3. Mai".
    const days = this.options.dates ? rules.language.dayFirstDates : undefined;
    if (days) start = Math.min(start, dayWaitsFrom(words, days));
    const trueCase = rules.trueCase ? rules.language.trueCase : undefined;
    const last = words.length - 1;
    if (trueCase && last >= 0 && caseWaitsForNext(trueCase, wordKey(words[last]!), last > 0 ? wordKey(words[last - 1]!) : '')) {
      start = Math.min(start, last);
    }
    return start;
  }

  /**
   * Phrases that are commands when said alone (none while commands are switched off). In
   * "replace * with *" each * stands for one or more words (live/command-prefix.ts).
   */
  commandPhrases(): string[] {
    if (!this.options.commands) return [];
    return [
      ...activeCommands(languageRules(this.options.language).commands, this.options).flatMap((rule) =>
        rule.command === 'replace' ? rule.say.map((phrase) => phrase.replace(/\b[XY]\b/g, '*')) : rule.say,
      ),
      ...this.corrections.commandPhrases(this.offer !== null),
    ];
  }

  resetContext(): void {
    this.context = FRESH_CONTEXT;
    this.field.clear();
    if (this.offer) this.offer = 'gone';
  }

  forgetTyped(): void {
    this.field.clear();
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
    // Any other speech closes the list, so its dictation is the newest step; if not, it was erased or edited.
    if (offer === 'gone' || this.field.lastDictation !== offer.step) {
      this.offer = null;
      return { ...NO_EDIT, correction: { kind: 'gone' } };
    }
    const raw = offer.raws[number - 1];
    if (!Number.isInteger(number) || raw === undefined) return { ...NO_EDIT, correction: { kind: 'not-offered', number } };
    this.offer = null;
    const replaced = offer.step.inserted;
    const { text, after } = this.format(splitWords(raw), offer.step.before);
    const chosen = { kind: 'chosen', number, replaced, text, raw } as const;
    if (text === replaced) return { ...NO_EDIT, correction: chosen };
    this.field.reviseLastDictation(offer.step, text);
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

  /** "scratch that" / "undo that": the keys that take the field back to what it was. */
  private takeBack(reverted: Reverted | undefined, where: Where, nothing: string): TypingEdit {
    if (!reverted) return nothing ? { ...NO_EDIT, notice: nothing } : NO_EDIT;
    const keys = fieldKeys(reverted.oldText, this.field.text, reverted.from);
    if (needsCaret(keys) && !where.caretMoves) {
      // Put the steps back: nothing was typed, so the field still holds what it did.
      this.field.restore(reverted);
      return { ...NO_EDIT, notice: CARET_REFUSED };
    }
    this.context = reverted.before;
    return { ...NO_EDIT, ...keys, command: true };
  }

  /** "correct that": the newest dictation's readings, each formatted as it would have been typed. */
  private offerAlternatives(): TypingEdit {
    this.offer = null;
    const last = this.field.lastDictation;
    if (!last) return { ...NO_EDIT, correction: { kind: 'nothing', why: 'nothing-typed' } };
    const raws: string[] = [];
    const choices: string[] = [];
    // What is typed now comes first (after an earlier choice, not the recognizer's best),
    // then the other readings in the recognizer's order.
    const typesNow = (raw: string) => this.format(splitWords(raw), last.before).text === last.inserted;
    const typedFirst = [...(last.alternatives ?? [])].sort((a, b) => Number(typesNow(b)) - Number(typesNow(a)));
    for (const raw of typedFirst) {
      const shown = this.format(splitWords(raw), { ...last.before, typedBefore: false }).text;
      // Readings that type the same text are one choice (PocketSphinx repeats a path with other fillers).
      if (shown === '' || choices.includes(shown)) continue;
      raws.push(raw);
      choices.push(shown);
    }
    if (choices.length < 2) return { ...NO_EDIT, correction: { kind: 'nothing', why: 'no-alternatives' } };
    this.offer = { step: last, raws, choices };
    return { ...NO_EDIT, correction: { kind: 'offered' } };
  }

  /** "delete last sentence": erases the last sentence typed, with the spaces before it. */
  private deleteLastSentence(where: Where): TypingEdit {
    const text = this.field.text;
    if (text.trim() === '') return { ...NO_EDIT, notice: 'Nothing deleted: Voskey has typed no sentence in this field.' };
    const start = lastSentenceStart(text);
    return this.edit(text.slice(0, start), start, contextAtEnd(text.slice(0, start), this.context.caseMode), where);
  }

  /** "replace X with Y": the last X typed becomes Y, formatted as if dictated in its place. */
  private replace(splits: { x: string[]; y: string[] }[], where: Where): TypingEdit {
    const text = this.field.text;
    for (const { x, y } of splits) {
      const found = findLastPhrase(text, this.format(x, MID_SENTENCE).text);
      if (!found) continue;
      // Y's space and capital come from the text before it, as if it were dictated there.
      const prefix = text.slice(0, found.start).replace(/[ \t]+$/u, '');
      const before: TypingContext = { typedBefore: prefix !== '', attachedRight: prefix.length === found.start && prefix !== '', capitalNext: startsSentence(prefix), caseMode: 'none' };
      const formatted = this.format(y, before);
      const capitalBefore = startsSentence(text.slice(0, found.end));
      const capitalNow = formatted.text === '' ? before.capitalNext : formatted.after.capitalNext;
      let rest = recapitaliseNext(text.slice(found.end), capitalNow, capitalBefore, (word) => this.format([word], MID_SENTENCE).text);
      if (prefix === '' && formatted.text === '') rest = rest.trimStart();
      const next = prefix + formatted.text + rest;
      const after = rest === '' ? { ...formatted.after, caseMode: this.context.caseMode } : this.context;
      return this.edit(next, prefix.length, after, where);
    }
    const said = this.format(splits[0]!.x, MID_SENTENCE).text.trim();
    return { ...NO_EDIT, notice: `Nothing replaced: "${said}" is not in the text Voskey typed in this field.` };
  }

  /** An editing command's change to the field: the keys that make it, or why it was not made. */
  private edit(next: string, from: number, after: TypingContext, where: Where): TypingEdit {
    const text = this.field.text;
    if (next === text) return { ...NO_EDIT, notice: 'Nothing changed: the text already says that.' };
    const keys = fieldKeys(text, next, from);
    if (needsCaret(keys) && !where.caretMoves) return { ...NO_EDIT, notice: CARET_REFUSED };
    this.field.edit(next, from, this.context);
    this.context = after;
    return { ...NO_EDIT, ...keys, command: true };
  }
}

const CARET_REFUSED = 'Not applied: the edit needs the caret moved, and Voskey does not move it in this window (a terminal).';

/** The commands said with these settings: "replace" and "delete last sentence" have their own switch. */
function activeCommands(commands: readonly CommandRule[], options: FormattingSettings): CommandRule[] {
  return commands.filter((rule) => options.editCommands || (rule.command !== 'replace' && rule.command !== 'deleteSentence'));
}

function needsCaret(keys: FieldKeys): boolean {
  return (keys.caretBack ?? 0) > 0 || (keys.steps ?? []).some((step) => (step.caretBack ?? 0) > 0);
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
    editCommands: flag(given.editCommands),
    spacing: flag(given.spacing),
    capitals: flag(given.capitals),
    punctuation: flag(given.punctuation),
    commands: flag(given.commands),
    numbers: flag(given.numbers),
    replacements: Array.isArray(given.replacements) ? given.replacements : [],
    phraseList: Array.isArray(given.phraseList) ? given.phraseList : [],
  };
}
