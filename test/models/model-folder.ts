// Model folders written by hand, the way a user unzipping one into the models folder would.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ModelLibrary } from '../../electron/models/library.js';

/** The files that make a folder look like a Vosk model (their content is not a model). */
export function dropModel(modelsDir: string, name: string, files = ['am/final.mdl', 'conf/model.conf', 'graph/HCLG.fst']): string {
  const dir = join(modelsDir, name);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${file}\n`);
  }
  return dir;
}

export function withLibrary(run: (library: ModelLibrary, root: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'voskey-library-'));
  try {
    run(new ModelLibrary(join(root, 'models')), root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
