// Finds a sibling module by base name with the extension the running code has: `.ts` when
// running from source under tsx (tests, `npm run voskey`), `.js` when compiled into dist/.
// Child processes and worker threads need a real file path, so import-map tricks won't do.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ModuleFile {
  path: string;
  /** True when the file is TypeScript and its process needs tsx's loader. */
  fromSource: boolean;
}

/** `base` is a URL of the sibling without extension, e.g. new URL('./worker', import.meta.url). */
export function moduleFile(base: URL): ModuleFile {
  const js = fileURLToPath(`${base.href}.js`);
  if (existsSync(js)) return { path: js, fromSource: false };
  return { path: fileURLToPath(`${base.href}.ts`), fromSource: true };
}

/** execArgv for a forked Node child: the parent's, minus the test runner's, plus tsx when needed. */
export function childExecArgv(file: ModuleFile): string[] {
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--test'));
  if (file.fromSource && !execArgv.some((a) => a.includes('tsx'))) execArgv.push('--import', 'tsx');
  return execArgv;
}
