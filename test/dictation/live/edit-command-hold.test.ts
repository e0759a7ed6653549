// Live typing holds an editing command back until it is complete, as it does "scratch that":
// a partial "replace the" must never be typed as text and erased again. Partials are fed
// to the real ResultEdits with the real formatter, typing every partial the moment it agrees
// (EVERY_PARTIAL), so any word not held back would reach the simulated window.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DictationFormatter } from '../../../electron/dictation/format/index.js';
import { mayBecomeCommand, phraseWords } from '../../../electron/dictation/live/command-prefix.js';
import { ResultEdits } from '../../../electron/dictation/live/result-edits.js';
import { editSteps } from '../../../electron/dictation/live/word-edits.js';
import type { TextEdit } from '../../../electron/dictation/ports.js';
import { defaultSettings } from '../../../electron/settings/defaults.js';
import { applyEdit, EVERY_PARTIAL } from '../../helpers/recorded-partials.js';

/** A text box: every step of an edit, caret moves included. */
function typeInto(window: string, edit: TextEdit | null): string {
  return edit ? editSteps(edit).reduce(applyEdit, window) : window;
}

/** One utterance spoken live: what the window showed after each partial, and at the end. */
function speak(typing: ResultEdits, window: string, partials: string[], final: string, caretMoves = true) {
  typing.begin(true, caretMoves);
  const seen: string[] = [];
  for (const partial of partials) {
    window = typeInto(window, typing.partial(partial));
    seen.push(window);
  }
  const outcome = typing.final(final);
  return { seen, window: typeInto(window, outcome.edit), outcome };
}

function session() {
  const formatter = new DictationFormatter(defaultSettings().formatting);
  const typing = new ResultEdits(formatter, { keyCommands: () => true, caretMoves: true, stability: EVERY_PARTIAL });
  typing.begin(false);
  const window = typeInto('', typing.final('the cat sat on the mat period').edit);
  assert.equal(window, 'The cat sat on the mat.');
  return { typing, window };
}

describe('live typing and the editing commands', () => {
  it('"replace X with Y" forming word by word types nothing, then the final makes the edit', () => {
    const { typing, window } = session();
    const partials = ['replace', 'replace the', 'replace the cat', 'replace the cat with', 'replace the cat with a', 'replace the cat with a dog'];
    const run = speak(typing, window, partials, 'replace the cat with a dog');
    assert.deepEqual(run.seen, partials.map(() => window), 'no partial reached the window');
    assert.equal(run.window, 'A dog sat on the mat.');
    assert.equal(run.outcome.text, '', 'an edit is not new dictation (nothing for the transcript)');
  });

  it('"delete last sentence" and "undo that" are held back too', () => {
    const { typing, window } = session();
    const deleted = speak(typing, window, ['delete', 'delete last', 'delete last sentence'], 'delete last sentence');
    assert.deepEqual(deleted.seen, [window, window, window]);
    assert.equal(deleted.window, '');
    const undone = speak(typing, deleted.window, ['undo', 'undo that'], 'undo that');
    assert.deepEqual(undone.seen, ['', '']);
    assert.equal(undone.window, 'The cat sat on the mat.');
  });

  it('words typed live before the command was recognised are taken back first', () => {
    const { typing, window } = session();
    // The recognizer first heard other words, which agree and are typed; the final is the command.
    const run = speak(typing, window, ['the place', 'the place is'], 'replace mat with rug');
    assert.ok(run.seen.some((seen) => seen !== window), `the misheard words were typed live: ${JSON.stringify(run.seen)}`);
    assert.equal(run.window, 'The cat sat on the rug.');
  });

  it('dictation that only starts like the command is typed once it is final', () => {
    const { typing, window } = session();
    const run = speak(typing, window, ['replace', 'replace the', 'replace the battery'], 'replace the battery');
    assert.deepEqual(run.seen, [window, window, window]);
    assert.equal(run.window, 'The cat sat on the mat. Replace the battery');
  });

  it('in a window that cannot move the caret, an edit in the middle is refused with a notice and nothing typed', () => {
    const { typing, window } = session();
    const run = speak(typing, window, ['replace cat'], 'replace cat with dog', false);
    assert.equal(run.window, window);
    assert.equal(run.outcome.edit, null);
    assert.match(run.outcome.notice ?? '', /caret/);
  });

  it('the prefix test: a slot takes any words after the fixed ones; other words are not a command', () => {
    const phrases = phraseWords(['replace * with *', 'delete last sentence', 'undo that']);
    for (const said of ['replace', 'Replace the cat with', 'replace with with with', 'delete last', 'undo']) assert.equal(mayBecomeCommand(said, phrases), true, said);
    for (const said of ['the replace', 'delete the file', 'undo that now', 'replacement']) assert.equal(mayBecomeCommand(said, phrases), false, said);
  });
});
