// Words the recognizer is unsure of, marked in the overlay's partial and final lines and in
// the transcript (Settings → confidence). Not by colour alone: a <mark> (announced as
// highlighted), a dotted underline, and a title and aria-description that say it in words.

import type { MarkedSpan } from '../../electron/dictation/overlay-state.js';

/**
 * Spans from main, or none when they are malformed or do not spell the text exactly: a
 * mark in the wrong place would be worse than no mark.
 */
export function sanitizeSpans(value: unknown, text: string): MarkedSpan[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  const spans: MarkedSpan[] = [];
  for (const item of value) {
    const span = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof span.text !== 'string') return [];
    const unsure = span.unsure;
    spans.push(typeof unsure === 'number' && Number.isFinite(unsure) ? { text: span.text, unsure: Math.min(1, Math.max(0, unsure)) } : { text: span.text });
  }
  return spans.map((s) => s.text).join('') === text ? spans : [];
}

/** The words a screen reader and a tooltip give for one marked word. */
export function unsureDescription(unsure: number): string {
  return `unsure word, ${Math.round(unsure * 100)} % confidence`;
}

export function renderMarkedText(target: HTMLElement, spans: readonly MarkedSpan[]): void {
  const key = JSON.stringify(spans);
  if (target.dataset.spans === key && !target.hidden) return;
  target.dataset.spans = key;
  target.replaceChildren(
    ...spans.map((span) => {
      if (span.unsure === undefined) return document.createTextNode(span.text);
      const mark = document.createElement('mark');
      mark.className = 'unsure';
      mark.textContent = span.text;
      mark.title = unsureDescription(span.unsure);
      mark.setAttribute('aria-description', unsureDescription(span.unsure));
      mark.dataset.confidence = span.unsure.toFixed(2);
      return mark;
    }),
  );
  target.hidden = false;
}
