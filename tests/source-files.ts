// The TypeScript files under a folder of the repo, with their text (for tests that check what the
// app's own code asks of three.js).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export function sourceFiles(dir: string): { file: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [{ file: join(dir, e.name), text: readFileSync(join(ROOT, dir, e.name), 'utf8') }] : [],
  );
}
