// The transcript viewer: what Voskey typed, newest first, with search, copy, delete, clear
// all (after an in-page confirmation) and export. Main owns the history; this page asks for
// the list again whenever 'history:changed' says it moved.
import type { TranscriptArchive, TranscriptEntry } from '../../electron/dictation/history-types.js';
import { voskeyApi } from '../shared/voskey.js';
import { errorMessage } from '../shared/error-message.js';
import { renderMarkedText, sanitizeSpans } from '../shared/unsure-words.js';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`transcript page is missing #${id}`);
  return element as T;
}

const api = voskeyApi();
const list = byId<HTMLOListElement>('entries');
const empty = byId<HTMLElement>('empty');
const search = byId<HTMLInputElement>('search');
const status = byId<HTMLElement>('status');
const confirmBox = byId<HTMLElement>('confirm-clear');
const clearAll = byId<HTMLButtonElement>('clear-all');
const SEARCH_DELAY_MS = 200;
/** Only the newest request may paint: a slow old search must not replace a newer one. */
let requestNumber = 0;
let shown: TranscriptEntry[] = [];

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function say(text: string): void {
  status.textContent = text;
}

async function refresh(): Promise<void> {
  const mine = ++requestNumber;
  const query = search.value.trim();
  try {
    const entries = await api.invoke('history:list', ...(query ? [query] : []));
    if (mine !== requestNumber) return;
    render([...entries].sort((a, b) => b.time - a.time), query);
  } catch (error) {
    if (mine === requestNumber) say(`Could not load the transcript: ${errorMessage(error)}`);
  }
}

function render(entries: TranscriptEntry[], query: string): void {
  shown = entries;
  list.replaceChildren(...entries.map(entryItem));
  empty.hidden = entries.length > 0;
  empty.textContent = query ? `Nothing matches “${query}”.` : 'Nothing dictated yet.';
  clearAll.disabled = entries.length === 0 && !query;
  document.body.dataset.ready = 'true';
}

function entryItem(entry: TranscriptEntry): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'entry';
  item.dataset.testid = 'entry';
  item.dataset.id = entry.id;
  const time = document.createElement('time');
  time.dateTime = new Date(entry.time).toISOString();
  time.textContent = timeFormat.format(entry.time);
  const text = document.createElement('p');
  text.className = 'text';
  text.dataset.testid = 'entry-text';
  const spans = sanitizeSpans(entry.unsureSpans, entry.text);
  if (spans.length > 0) renderMarkedText(text, spans);
  else text.textContent = entry.text;
  const copy = button('Copy', `Copy “${shorten(entry.text)}”`, 'entry-copy', () =>
    act(async () => {
      await api.invoke('history:copy', entry.id);
      return 'Copied.';
    }),
  );
  const remove = button('Delete', `Delete “${shorten(entry.text)}”`, 'entry-delete', () =>
    act(async () => {
      await api.invoke('history:delete', entry.id);
      await refresh();
      return 'Deleted.';
    }),
  );
  const actions = document.createElement('div');
  actions.className = 'actions';
  actions.append(copy, remove);
  item.append(time, text, actions);
  if ((entry.alternatives?.length ?? 0) > 1) addAlternatives(item, actions, entry);
  return item;
}

/**
 * "Alternatives…": what else the recognizer heard for this utterance, formatted as it would
 * have been typed; each can be copied (the window it was typed into may be long gone).
 */
function addAlternatives(item: HTMLLIElement, actions: HTMLElement, entry: TranscriptEntry): void {
  const list = document.createElement('ol');
  list.className = 'alternatives';
  list.dataset.testid = 'entry-alternatives';
  list.hidden = true;
  const toggle = button('Alternatives…', `Other readings of “${shorten(entry.text)}”`, 'entry-alternatives-toggle', () =>
    act(async () => {
      if (!list.hidden) {
        list.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        return '';
      }
      const readings = await api.invoke('history:alternatives', entry.id);
      list.replaceChildren(...readings.map((reading, index) => alternativeItem(entry, reading, index + 1)));
      list.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      return `${readings.length} readings; the first is what was typed.`;
    }),
  );
  toggle.setAttribute('aria-expanded', 'false');
  actions.prepend(toggle);
  item.append(list);
}

function alternativeItem(entry: TranscriptEntry, reading: string, number: number): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.testid = 'entry-alternative';
  const words = document.createElement('span');
  words.textContent = reading;
  const copy = button('Copy', `Copy alternative ${number}: “${shorten(reading)}”`, 'entry-alternative-copy', () =>
    act(async () => {
      await api.invoke('history:copy-alternative', entry.id, number);
      return `Copied alternative ${number}.`;
    }),
  );
  item.append(words, copy);
  return item;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function button(label: string, ariaLabel: string, testId: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.setAttribute('aria-label', ariaLabel);
  element.dataset.testid = testId;
  element.addEventListener('click', onClick);
  return element;
}

/** Runs a user action and reports its outcome (the message it returns, or the failure). */
async function act(action: () => Promise<string>): Promise<void> {
  try {
    say(await action());
  } catch (error) {
    say(`That did not work: ${errorMessage(error)}`);
  }
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void refresh(), SEARCH_DELAY_MS);
});

for (const format of ['txt', 'json'] as const) {
  byId<HTMLButtonElement>(`export-${format}`).addEventListener('click', () =>
    act(async () => {
      const result = await api.invoke('history:export', format);
      return 'path' in result ? `Exported to ${result.path}` : 'Export cancelled.';
    }),
  );
}

function closeConfirm(): void {
  confirmBox.hidden = true;
  clearAll.focus();
}
clearAll.addEventListener('click', () => {
  confirmBox.hidden = false;
  byId<HTMLButtonElement>('confirm-clear-no').focus();
});
byId<HTMLButtonElement>('confirm-clear-no').addEventListener('click', closeConfirm);
confirmBox.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeConfirm();
});
byId<HTMLButtonElement>('confirm-clear-yes').addEventListener('click', () =>
  act(async () => {
    const count = shown.length;
    await api.invoke('history:clear');
    closeConfirm();
    await refresh();
    return `Deleted ${count === 1 ? 'one entry' : `${count} entries`}.`;
  }),
);

/** The archives of trimmed transcripts: each can be exported like the transcript itself. */
async function refreshArchives(): Promise<void> {
  const section = byId<HTMLElement>('archives');
  let archives: TranscriptArchive[];
  try {
    archives = await api.invoke('history:archives');
  } catch {
    archives = []; // the list is a convenience: the transcript itself still works
  }
  byId<HTMLUListElement>('archive-list').replaceChildren(...archives.map(archiveItem));
  section.hidden = archives.length === 0;
}

function archiveItem(archive: TranscriptArchive): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.testid = 'archive';
  const label = document.createElement('span');
  label.textContent = `${archive.name} (${archive.entries === 1 ? 'one entry' : `${archive.entries} entries`})`;
  label.title = archive.path;
  const exports = (['txt', 'json'] as const).map((format) =>
    button(format === 'txt' ? 'Export text' : 'Export JSON', `Export ${archive.name} as ${format === 'txt' ? 'text' : 'JSON'}`, `archive-export-${format}`, () =>
      act(async () => {
        const result = await api.invoke('history:export-archive', archive.name, format);
        return 'path' in result ? `Exported to ${result.path}` : 'Export cancelled.';
      }),
    ),
  );
  item.append(label, ...exports);
  return item;
}

api.on('history:changed', () => {
  void refresh();
  void refreshArchives();
});
void refresh();
void refreshArchives();
