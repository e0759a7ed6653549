// The live-typing rule, table-driven on reply sequences recorded from the real PocketSphinx
// server (test/fixtures/partials.json; scripts/record-partials.ts), replayed into a
// simulated window, plus small hand-written tables for the cases the recordings lack.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DictationFormatter } from '../../../electron/dictation/format/index.js';
import { DEFAULT_STABILITY, LiveCommit } from '../../../electron/dictation/live/live-commit.js';
import { ResultEdits } from '../../../electron/dictation/live/result-edits.js';
import { defaultSettings } from '../../../electron/settings/defaults.js';
import { applyEdit, EVERY_PARTIAL, recordedUtterances, replay } from '../../helpers/recorded-partials.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('live typing on partials recorded from PocketSphinx', () => {
  for (const utterance of recordedUtterances()) {
    it(`${utterance.fixture}: ends exactly as final-only typing, having typed early`, () => {
      const finalOnly = replay(utterance, null);
      const live = replay(utterance, DEFAULT_STABILITY);
      assert.equal(live.document, finalOnly.document);
      // Final-only shows nothing until the first final; live shows words before it
      // for every utterance long enough to have stable words (3 words or more).
      const firstFinal = finalOnly.after.findIndex((d) => d !== '');
      if (words(finalOnly.document) >= 3) {
        assert.ok(live.after.slice(0, firstFinal).some((d) => d !== ''), `live typed nothing before the final: ${JSON.stringify(live.after)}`);
      }
    });
  }

  it('erases far fewer characters than typing every partial (nerd-dictation style)', () => {
    let stable = 0;
    let every = 0;
    for (const utterance of recordedUtterances()) {
      stable += replay(utterance, DEFAULT_STABILITY).erased;
      every += replay(utterance, EVERY_PARTIAL).erased;
    }
    assert.ok(stable * 3 < every, `stable rule erased ${stable}, every partial ${every}`);
  });

  it('never types a word that may still become punctuation: "question" waits for "mark"', () => {
    const utterance = recordedUtterances().find((u) => u.fixture === 'punctuation')!;
    const live = replay(utterance, DEFAULT_STABILITY);
    // The recognizer heard "question now", "question my" before "question mark".
    assert.ok(live.after.every((d) => !/question/i.test(d)), JSON.stringify(live.after));
    assert.equal(live.erased, 0);
    assert.equal(live.document, replay(utterance, null).document);
  });

  it('never types a command while it is forming: no "Scratch"/"Press" in the window, and it ends empty', () => {
    // The recognizer first hears other words ("scott", "try"), which may be typed and then
    // taken back; the command's own words are never typed.
    for (const name of ['scratch', 'enter']) {
      const utterance = recordedUtterances().find((u) => u.fixture === name)!;
      const live = replay(utterance, DEFAULT_STABILITY);
      assert.ok(live.after.every((d) => !/scratch|press/i.test(d)), `${name}: ${JSON.stringify(live.after)}`);
      assert.equal(live.document, '');
    }
  });
});

describe('LiveCommit', () => {
  // [partials (formatted, null = may be a command), the window after each]
  const cases: { name: string; partials: (string | null)[]; windows: string[]; rule?: { agreement: number; holdLastWords: number } }[] = [
    {
      name: 'types a word once three partials agree on it with a word after it, the newest two words held back',
      partials: ['The', 'The weather', 'The weather is', 'The weather is', 'The weather is nice'],
      windows: ['', '', '', 'The', 'The weather'],
      rule: { agreement: 3, holdLastWords: 2 },
    },
    {
      name: 'a stable correction erases back only to the first difference',
      rule: { agreement: 1, holdLastWords: 0 },
      partials: ['The weather is now', 'The weather is nigh'],
      windows: ['The weather is now', 'The weather is nigh'],
    },
    {
      name: 'a shorter agreeing partial erases nothing',
      rule: { agreement: 1, holdLastWords: 0 },
      partials: ['Hello world', 'Hello'],
      windows: ['Hello world', 'Hello world'],
    },
    {
      name: 'a possible command resets agreement',
      rule: { agreement: 2, holdLastWords: 0 },
      partials: ['Press', null, 'Press enter to go', 'Press enter to go'],
      windows: ['', '', '', 'Press enter to go'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const commit = new LiveCommit(c.rule ?? DEFAULT_STABILITY);
      let window = '';
      const seen = c.partials.map((p) => {
        const edit = commit.partial(p);
        if (edit) window = applyEdit(window, edit);
        return window;
      });
      assert.deepEqual(seen, c.windows);
    });
  }

  it('a word changed in the middle is replaced where it is: the caret moves over the words after it, new words are appended', () => {
    const commit = new LiveCommit({ agreement: 1, holdLastWords: 0 }, () => false, true);
    commit.partial('Voice recognition lets people write with their voice');
    const edit = commit.final({ backspaces: 0, text: 'Voice recognition lets people right with their voice instead' });
    assert.deepEqual(edit, { backspaces: 5, text: 'right', caretBack: 17, append: ' instead' });
    assert.equal(applyEdit('Voice recognition lets people write with their voice', edit), 'Voice recognition lets people right with their voice instead');
  });

  it('without caret moves (a terminal) the same change erases back to the first difference', () => {
    const commit = new LiveCommit({ agreement: 1, holdLastWords: 0 });
    commit.partial('people write with their voice');
    assert.deepEqual(commit.final({ backspaces: 0, text: 'people right with their voice' }), { backspaces: 22, text: 'right with their voice' });
  });

  it('a change at the very end, or a plain addition, never moves the caret', () => {
    const commit = new LiveCommit({ agreement: 1, holdLastWords: 0 }, () => false, true);
    assert.deepEqual(commit.partial('the weather is now'), { backspaces: 0, text: 'the weather is now' });
    assert.deepEqual(commit.partial('the weather is nice'), { backspaces: 2, text: 'ice' });
    assert.deepEqual(commit.partial('the weather is nice today'), { backspaces: 0, text: ' today' });
    // Words inserted before the last one: only the insertion, the caret back over "today".
    assert.deepEqual(commit.final({ backspaces: 0, text: 'the weather is nice and warm today' }), { backspaces: 0, text: 'and warm ', caretBack: 5 });
  });

  it('the final reconciles to exactly its text, erasing only what differs', () => {
    const commit = new LiveCommit({ agreement: 1, holdLastWords: 0 });
    commit.partial('Hello world period');
    assert.deepEqual(commit.final({ backspaces: 0, text: 'Hello world.' }), { backspaces: 7, text: '.' });
    assert.equal(commit.typedText, '');
  });
});

describe('ResultEdits', () => {
  const formatter = () => new DictationFormatter(defaultSettings().formatting);

  it('"scratch that" after a live utterance erases exactly that utterance', () => {
    const f = formatter();
    let window = 'Keep this.';
    const first = new ResultEdits(f, { keyCommands: () => true, stability: EVERY_PARTIAL });
    first.begin(true);
    for (const p of ['the', 'the weather', 'the weather is nice']) {
      const edit = first.partial(p);
      if (edit) window = applyEdit(window, edit);
    }
    window = applyEdit(window, first.final('the weather is nice').edit ?? { backspaces: 0, text: '' });
    assert.equal(window, 'Keep this.The weather is nice');
    const second = new ResultEdits(f, { keyCommands: () => true, stability: EVERY_PARTIAL });
    second.begin(true);
    for (const p of ['scratch', 'scratch that']) assert.equal(second.partial(p), null);
    window = applyEdit(window, second.final('scratch that').edit!);
    assert.equal(window, 'Keep this.');
  });

  it('a key command presses its keys, types no words, and starts a fresh sentence', () => {
    const f = formatter();
    const typing = new ResultEdits(f, { keyCommands: () => true });
    typing.begin(false);
    assert.equal(typing.final('hello world').edit?.text, 'Hello world');
    assert.deepEqual(typing.final('press enter').edit, { backspaces: 0, text: '', keys: [{ key: 'enter', modifiers: [] }] });
    assert.equal(typing.final('good morning').edit?.text, 'Good morning');
    assert.deepEqual(typing.final('delete last word').edit?.keys, [{ key: 'backspace', modifiers: ['control'] }]);
  });

  it('"new" waits until the word after it has settled: "new line" is a line break, "new idea" is words', () => {
    const run = (partials: string[], final: string) => {
      // The counts below (three partials each, the newest two words held) are this rule's.
      const typing = new ResultEdits(formatter(), { keyCommands: () => true, caretMoves: true, stability: { agreement: 3, holdLastWords: 2 } });
      typing.begin(true);
      let window = '';
      const seen: string[] = [];
      for (const p of partials) {
        const edit = typing.partial(p);
        if (edit) window = applyEdit(window, edit);
        seen.push(window);
      }
      return { seen, window: applyEdit(window, typing.final(final).edit ?? { backspaces: 0, text: '' }) };
    };
    const thrice = (p: string) => [p, p, p];
    const line = run([...thrice('write this new'), ...thrice('write this new line'), ...thrice('write this new line please go now')], 'write this new line please go now');
    assert.ok(line.seen.every((w) => !/new/i.test(w)), JSON.stringify(line.seen));
    assert.equal(line.seen.at(-1), 'Write this\nPlease');
    assert.equal(line.window, 'Write this\nPlease go now');
    const idea = run([...thrice('write this new'), ...thrice('write this new idea'), ...thrice('write this new idea today now')], 'write this new idea today now');
    assert.equal(idea.seen[5], 'Write this', '"idea" might still have been "line"');
    assert.equal(idea.seen.at(-1), 'Write this new idea');
  });

  it('key commands switched off are typed as words', () => {
    const typing = new ResultEdits(formatter(), { keyCommands: () => false });
    typing.begin(false);
    assert.equal(typing.final('press enter').edit?.text, 'Press enter');
  });
});
