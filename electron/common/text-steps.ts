// How many key presses move the caret over, or erase, a piece of text in the window we type
// into. Measured in Chromium under Xvfb (a textarea; GTK entries behave alike for caret
// moves): an arrow key moves over one grapheme cluster (Intl.Segmenter's unit: "e" + a
// combining accent, an emoji with its skin tone, a ZWJ family, a flag); Backspace erases a
// whole emoji cluster but only one code point of anything else, so "e" + U+0301 takes two
// presses (the accent first), as Chromium's BackspaceStateMachine does. Counting code
// points, as Voskey did, moved the caret too far over an emoji and left half a flag behind.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Arrow-key presses to move the caret over `text`. */
export function caretSteps(text: string): number {
  return graphemes(text).length;
}

function backspacesFor(cluster: string): number {
  return EMOJI.test(cluster) ? 1 : [...cluster].length;
}

/** Backspace presses to erase `text` (from its end). */
export function backspaceSteps(text: string): number {
  return graphemes(text).reduce((n, cluster) => n + backspacesFor(cluster), 0);
}

/** What is left of `text` after `presses` Backspaces at its end; undefined when it has fewer. */
export function eraseFromEnd(text: string, presses: number): string | undefined {
  const clusters = graphemes(text);
  let left = presses;
  while (left > 0) {
    const last = clusters.pop();
    if (last === undefined) return undefined;
    if (EMOJI.test(last)) left--;
    else {
      const points = [...last];
      const erased = Math.min(left, points.length);
      left -= erased;
      if (erased < points.length) clusters.push(points.slice(0, points.length - erased).join(''));
    }
  }
  return clusters.join('');
}

/** The largest grapheme boundary of `text` at or before UTF-16 index `index`. */
export function graphemeBoundaryAtOrBefore(text: string, index: number): number {
  let boundary = 0;
  for (const { index: start } of segmenter.segment(text)) {
    if (start > index) break;
    boundary = start;
  }
  return index >= text.length ? text.length : boundary;
}
