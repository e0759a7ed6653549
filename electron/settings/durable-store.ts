// Settings are saved through the same verified write as every other file Voskey keeps
// (durable-write.ts), not through conf's own writer: conf reads the file on every `store`
// access, so only the write is taken over, in conf's own format (tab-indented JSON, as its
// default `serialize`), and a failed save throws with the previous file left as it was.

import type { JsonStore } from './ports.js';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileDurablySync } from '../common/durable-write.js';

/** `inner`, with its saves written all-or-nothing and read back before they replace the file. */
export function durableStore(inner: JsonStore): JsonStore {
  return {
    get store() {
      return inner.store;
    },
    set store(value: Record<string, unknown>) {
      mkdirSync(dirname(inner.path), { recursive: true }); // as conf does: the folder may have been deleted meanwhile
      writeFileDurablySync(inner.path, JSON.stringify(value, undefined, '\t'), { mode: 0o600 }); // holds the encrypted token
    },
    get path() {
      return inner.path;
    },
  };
}
