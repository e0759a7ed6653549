// The model manager panel: lists the catalogue and installed models, and drives
// download / pause / resume / cancel / select / delete through window.voskey.

import type { DownloadProgress, ModelsState } from '../../electron/models/types.js';
import { voskeyApi } from '../shared/voskey.js';
import { describeProgress, formatBytes, isActive, rowsOf, type Row } from './view.js';
import { errorMessage } from '../shared/error-message.js';

const api = voskeyApi();
const body = document.querySelector<HTMLTableSectionElement>('#models tbody')!;
const errorBox = document.querySelector<HTMLParagraphElement>('#error')!;
let state: ModelsState = { catalogue: [], installed: [], downloads: [], selected: null };

function button(label: string, action: string, name: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.dataset.action = action;
  b.dataset.name = name;
  return b;
}

function statusCell(row: Row): HTMLTableCellElement {
  const cell = document.createElement('td');
  const box = document.createElement('div');
  box.className = 'status';
  const d = row.download;
  if (isActive(d) && d) {
    const bar = document.createElement('progress');
    bar.max = d.total ?? 1;
    if (d.total) bar.value = d.bytes;
    else bar.removeAttribute('value'); // indeterminate
    box.append(bar);
  }
  const detail = document.createElement('span');
  detail.className = d?.phase === 'failed' ? 'detail failed' : 'detail';
  if (d && (isActive(d) || d.phase === 'failed')) detail.textContent = describeProgress(d);
  else if (row.installed) {
    detail.textContent = 'Installed';
    if (row.installed.selected) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = 'In use';
      detail.append(' ', badge);
    }
  } else detail.textContent = 'Not installed';
  box.append(detail);
  cell.append(box);
  return cell;
}

function actionsCell(row: Row): HTMLTableCellElement {
  const cell = document.createElement('td');
  cell.className = 'actions';
  const d = row.download;
  if (d?.phase === 'downloading') cell.append(button('Pause', 'pause', row.name), button('Cancel', 'cancel', row.name));
  else if (d?.phase === 'paused') cell.append(button('Resume', 'resume', row.name), button('Cancel', 'cancel', row.name));
  else if (isActive(d)) {
    // Verifying or unpacking: nothing to press until it finishes.
  } else if (row.installed) {
    if (!row.installed.selected) cell.append(button('Use', 'select', row.name));
    cell.append(button('Delete', 'delete', row.name));
  } else if (row.catalogue) {
    cell.append(button(d?.phase === 'failed' ? 'Retry' : 'Download', 'download', row.name));
  }
  return cell;
}

function render(): void {
  body.replaceChildren(
    ...rowsOf(state).map((row) => {
      const tr = document.createElement('tr');
      tr.dataset.model = row.name;
      const name = document.createElement('td');
      name.textContent = row.name;
      const language = document.createElement('td');
      language.textContent = row.languageName;
      const size = document.createElement('td');
      size.className = 'size';
      size.textContent = formatBytes(row.installed?.sizeBytes ?? row.sizeBytes);
      tr.append(name, language, size, statusCell(row), actionsCell(row));
      return tr;
    }),
  );
}

function showError(error: unknown): void {
  errorBox.textContent = errorMessage(error);
  errorBox.hidden = false;
}

async function refresh(): Promise<void> {
  state = await api.invoke('models:state');
  render();
}

/** Same phase: move the bar and the numbers in place, so buttons stay put under the pointer. */
function updateInPlace(progress: DownloadProgress): boolean {
  const row = body.querySelector<HTMLTableRowElement>(`tr[data-model="${CSS.escape(progress.name)}"]`);
  const bar = row?.querySelector('progress');
  const detail = row?.querySelector('.detail');
  if (!bar || !detail) return false;
  if (progress.total) bar.value = progress.bytes;
  detail.textContent = describeProgress(progress);
  return true;
}

function applyProgress(progress: DownloadProgress): void {
  const previous = state.downloads.find((d) => d.name === progress.name);
  state = { ...state, downloads: [...state.downloads.filter((d) => d.name !== progress.name), progress] };
  if (previous?.phase !== progress.phase || !updateInPlace(progress)) render();
  // Installing changes the installed list and maybe the selection: fetch it whole.
  if (progress.phase === 'done' || progress.phase === 'cancelled') void refresh().catch(showError);
}

body.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
  if (!target) return;
  const name = target.dataset.name ?? '';
  const action = target.dataset.action;
  if (action === 'delete' && !window.confirm(`Delete ${name}? You can download it again later.`)) return;
  errorBox.hidden = true;
  const run = async (): Promise<void> => {
    switch (action) {
      case 'download':
        state = await api.invoke('models:download', name);
        break;
      case 'pause':
        await api.invoke('models:pause', name);
        return;
      case 'resume':
        await api.invoke('models:resume', name);
        return;
      case 'cancel':
        await api.invoke('models:cancel', name);
        return;
      case 'select':
        state = await api.invoke('models:select', name);
        break;
      case 'delete':
        state = await api.invoke('models:delete', name);
        break;
    }
    render();
  };
  run().catch(showError);
});

api.on('models:progress', applyProgress);
refresh().catch(showError);
