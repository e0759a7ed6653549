// The overlay: what Voskey is doing right now, what it is hearing, and what it last typed.
// It renders the whole OverlayState it is sent (and asks for it at load, so a reloaded
// overlay is current). Waiting times keep counting between updates from main.

import { IDLE_OVERLAY, type OverlayState } from '../../electron/dictation/overlay-state.js';
import { renderMarkedText, sanitizeSpans } from '../shared/unsure-words.js';
import { voskeyApi } from '../shared/voskey.js';
import { levelFraction } from './level-meter.js';
import { COUNTED, detail, headline } from './status-text.js';

const api = voskeyApi();

// An opaque window (no compositor): style the card to fill it (overlay.css, `.opaque`).
if (location.hash === '#opaque') document.documentElement.classList.add('opaque');

function element(testId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`overlay.html has no [data-testid="${testId}"]`);
  return found;
}

const root = element('overlay');
const status = element('status');
const detailLine = element('detail');
const partial = element('partial');
const final = element('final');
const level = element('level');
const choices = element('choices');
const choiceList = element('choice-list');
const choiceHint = element('choice-hint');
const DEFAULT_CHOICE_HINT = choiceHint.textContent ?? '';

let current: OverlayState = IDLE_OVERLAY;
let receivedAt = performance.now();
let ticker: ReturnType<typeof setInterval> | undefined;
let heardFromMain = false;

/** Every status, for checking what main sent. */
const KNOWN_STATUSES: Record<OverlayState['status'], true> = {
  idle: true,
  connecting: true,
  waking: true,
  listening: true,
  finishing: true,
  reconnecting: true,
  error: true,
};

/** Anything missing or of the wrong type falls back to the idle value, never a crash. */
function sanitize(state: unknown): OverlayState {
  const s = (typeof state === 'object' && state !== null ? state : {}) as Partial<Record<keyof OverlayState, unknown>>;
  const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const lvl = (typeof s.level === 'object' && s.level !== null ? s.level : {}) as Record<string, unknown>;
  return {
    status: typeof s.status === 'string' && Object.hasOwn(KNOWN_STATUSES, s.status) ? (s.status as OverlayState['status']) : 'idle',
    partial: text(s.partial, ''),
    lastFinal: text(s.lastFinal, ''),
    message: text(s.message, ''),
    elapsedSeconds: number(s.elapsedSeconds),
    level: { rms: number(lvl.rms), peak: number(lvl.peak) },
    notice: text(s.notice, ''),
    partialSpans: sanitizeSpans(s.partialSpans, text(s.partial, '')),
    finalSpans: sanitizeSpans(s.finalSpans, text(s.lastFinal, '')),
    choices: Array.isArray(s.choices) ? s.choices.filter((c): c is string => typeof c === 'string') : [],
    choiceHint: text(s.choiceHint, ''),
  };
}

function render(state: OverlayState): void {
  current = state;
  receivedAt = performance.now();
  root.dataset.status = state.status;
  renderHeadline();
  setText(detailLine, detail(state));
  setTail(partial, state.partial, state.partialSpans);
  setTail(final, state.lastFinal, state.finalSpans);
  renderChoices(state.choices);
  // The page's own English words until main names the language's ("nimm 2", "abbrechen").
  setText(choiceHint, state.choiceHint || DEFAULT_CHOICE_HINT);
  const rms = levelFraction(state.level.rms);
  const peak = levelFraction(state.level.peak);
  level.style.setProperty('--rms', rms.toFixed(3));
  level.style.setProperty('--peak', peak.toFixed(3));
  level.setAttribute('aria-valuenow', rms.toFixed(2));
  // Count the wait on screen every second, main need not resend the state to do it;
  // restarted with each state so the seconds change a whole second after its count.
  clearInterval(ticker);
  ticker = COUNTED.has(state.status) ? setInterval(renderHeadline, 1000) : undefined;
}

/** The numbered alternatives; 1 is what was typed. Rebuilt only when they change. */
function renderChoices(list: string[]): void {
  const key = JSON.stringify(list);
  if (choiceList.dataset.key === key) return;
  choiceList.dataset.key = key;
  choiceList.replaceChildren(
    ...list.map((text, index) => {
      const item = document.createElement('li');
      item.className = 'choice';
      item.dataset.testid = 'choice';
      if (index === 0) item.dataset.typed = '';
      const number = document.createElement('span');
      number.className = 'choice-number';
      number.textContent = String(index + 1);
      const words = document.createElement('span');
      words.className = 'choice-text';
      words.textContent = text;
      item.append(number, words);
      if (index === 0) item.append(Object.assign(document.createElement('span'), { className: 'choice-typed', textContent: '(typed)' }));
      return item;
    }),
  );
  choices.hidden = list.length === 0;
}

function renderHeadline(): void {
  const elapsed = current.elapsedSeconds + (performance.now() - receivedAt) / 1000;
  setText(status, headline(current, elapsed));
}

function setText(target: HTMLElement, text: string): void {
  // Plain text replaces any marked words (unsure-words.ts) even when it reads the same.
  if (target.textContent !== text || target.dataset.spans) target.textContent = text;
  delete target.dataset.spans;
  target.hidden = text === '';
}

/**
 * Text in a .tail box, which shows its last lines; the box fades its top when it cuts.
 * With spans, the words the recognizer is unsure of are marked (unsure-words.ts).
 */
function setTail(target: HTMLElement, text: string, spans: OverlayState['partialSpans']): void {
  if (spans.length > 0) renderMarkedText(target, spans);
  else setText(target, text);
  const box = target.parentElement;
  if (box) box.toggleAttribute('data-overflowing', box.scrollHeight > box.clientHeight + 1);
}

api.on('overlay:state', (state) => {
  heardFromMain = true;
  render(sanitize(state));
});
render(IDLE_OVERLAY);
api.invoke('overlay:get-state').then(
  // A state pushed while we were asking is newer than the answer.
  (state) => heardFromMain || render(sanitize(state)),
  (error: unknown) => console.error('voskey overlay: could not get the state:', error),
);
