// Which test files a run selects: a file is run when its path relative to the checkout
// contains one of the filters. Filters are written with '/' (the README, CI, the Wine tier);
// on Windows the paths use '\', so both are compared in '/' form and
// `run-tests.js desktop/hotkey.test` selects the same file on every system.
import { sep as systemSeparator } from 'node:path';

/** `files` relative to the checkout, in the system's form; `separator` is the system's. */
export function selectTestFiles(files, filters, separator = systemSeparator) {
  const wanted = filters.map((f) => f.replaceAll('\\', '/'));
  return files.filter((file) => wanted.length === 0 || wanted.some((w) => file.split(separator).join('/').includes(w))).sort();
}
