// The families together, across utterances, with punctuation, "scratch that" and partials.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DictationFormatter } from '../../../../electron/dictation/format/index.js';
import { checkCases, settings } from '../editor.js';

describe('rule families together', () => {
  checkCases([
    { say: ['the meeting is on march third at three thirty pm period'], types: 'The meeting is on March 3 at 3:30 PM.' },
    { say: ['march third', 'scratch that', 'march fourth'], types: 'March 4' },
    { say: ['due on march third twenty twenty six', 'scratch that'], types: '' },
    { say: ['hello', 'march third', 'scratch that', 'period'], types: 'Hello.' },
    { say: ['write to ada at sign example dot com period'], types: 'Write to ada@example.com.' },
    { say: ['write to ada at sign example dot com', 'period', 'then wait'], types: 'Write to ada@example.com. Then wait' },
    { say: ['it costs five dollars at seven pm on friday period'], types: 'It costs $5 at 7 PM on Friday.' },
    { say: ['the eleventh of may'], types: 'The 11th of May' },
    { say: ['cap example dot com'], types: 'Cap example.com' },
    { say: ['all caps on march third all caps off'], types: 'MARCH 3' },
    { say: ['hashtag twenty twenty six'], types: '#2026' },
    { say: ['dollar sign five'], types: '$five' },
    { say: ['i paid twenty five dollars and fifty cents on the twenty first period'], types: 'I paid $25.50 on the 21st.' },
    { say: ['see example dot com comma then call at nine am'], types: 'See example.com, then call at 9 AM' },
    { say: ['monday new line tuesday'], types: 'Monday\nTuesday' },
    { say: ['at three thirty pm', 'scratch that', 'at four pm'], types: 'At 4 PM' },
    { say: ['literal dot com'], types: 'Dot com' },
    { say: ['no caps monday'], types: 'monday' },
    { say: ['fifty thousand dollars period'], types: '$50,000.' },
    { say: ['thirty five thousand people on june first'], types: '35,000 people on June 1' },
  ]);

  it('partials show the families formatted, like the final, without changing state', () => {
    const formatter = new DictationFormatter(settings());
    assert.equal(formatter.finalResult('see you').text, 'See you');
    assert.equal(formatter.partial('on march third at three thirty pm'), 'on March 3 at 3:30 PM');
    assert.equal(formatter.partial('ada at sign example dot com'), 'ada@example.com');
    assert.equal(formatter.partial('caps on big'), 'Big');
    // "caps on" in a partial is display only: the next final is not in title case.
    assert.equal(formatter.finalResult('small words').text, ' small words');
  });

  it('a case mode from an earlier final shows in the partials', () => {
    const formatter = new DictationFormatter(settings());
    formatter.finalResult('all caps on');
    assert.equal(formatter.partial('loud words'), 'LOUD WORDS');
  });

  it('scratch that after "caps on … " restores the text, and the mode said before it stays', () => {
    const formatter = new DictationFormatter(settings());
    formatter.finalResult('caps on');
    assert.equal(formatter.finalResult('big title').text, 'Big Title');
    assert.equal(formatter.finalResult('scratch that').backspaces, 'Big Title'.length);
    assert.equal(formatter.finalResult('again').text, 'Again');
  });

  it('every family off: the words as said, with the older rules still on', () => {
    const off = { capitalCommands: false, spacingCommands: false, symbols: false, addresses: false, ordinals: false, times: false, dates: false, money: false, digitGrouping: false, trueCase: false };
    const formatter = new DictationFormatter(settings(off));
    assert.equal(
      formatter.finalResult('cap ada at sign example dot com on march third at seven pm for five dollars comma fifty thousand period').text,
      'Cap ada at sign example dot com on march third at seven pm for five dollars, 50000.',
    );
  });
});
