import { after, before } from 'node:test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// What the CLI tests share: the compiled command, run as users run it (`npm test` builds dist/ first),
// and a scratch folder for their inputs and databases.

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED = join(ROOT, 'examples/kishida-russia-2022-01-12.txt');

export function annals(args: string[], stdin?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], { cwd: ROOT, input: stdin ?? '', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder made before the calling file's tests and removed after them, with a writer for files in it. */
export function scratchFolder(prefix: string): { readonly dir: string; file: (name: string, content: string | Buffer) => string } {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}
