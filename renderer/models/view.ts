// Pure helpers for the model panel: formatting and the rows it shows. No DOM, so the
// wording can be checked directly.

import type { CatalogueModel, DownloadProgress, InstalledModel, ModelsState } from '../../electron/models/types.js';

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'size unknown';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function describeProgress(p: DownloadProgress): string {
  const amount = p.total ? `${formatBytes(p.bytes)} of ${formatBytes(p.total)}` : formatBytes(p.bytes);
  switch (p.phase) {
    case 'downloading':
      return p.rate > 0 ? `${amount} · ${formatBytes(p.rate)}/s` : amount;
    case 'paused':
      return `Paused · ${amount}`;
    case 'verifying':
      return 'Checking the download…';
    case 'unpacking':
      return 'Unpacking…';
    case 'done':
      return 'Installed';
    case 'cancelled':
      return 'Cancelled';
    case 'failed':
      return p.message ?? 'The download failed.';
  }
}

export interface Row {
  name: string;
  languageName: string;
  sizeBytes: number | null;
  catalogue: CatalogueModel | undefined;
  installed: InstalledModel | undefined;
  download: DownloadProgress | undefined;
}

/** Catalogue models first (in catalogue order), then models installed by hand. */
export function rowsOf(state: ModelsState): Row[] {
  const rows: Row[] = state.catalogue.map((c) => ({
    name: c.name,
    languageName: c.languageName,
    sizeBytes: c.sizeBytes,
    catalogue: c,
    installed: state.installed.find((m) => m.name === c.name),
    download: state.downloads.find((d) => d.name === c.name),
  }));
  for (const m of state.installed) {
    if (rows.some((r) => r.name === m.name)) continue;
    rows.push({ name: m.name, languageName: m.language ?? 'added by hand', sizeBytes: m.sizeBytes, catalogue: undefined, installed: m, download: undefined });
  }
  return rows;
}

export function isActive(download: DownloadProgress | undefined): boolean {
  return download !== undefined && ['downloading', 'paused', 'verifying', 'unpacking'].includes(download.phase);
}
