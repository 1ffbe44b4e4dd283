// The data flow is one way (input -> store -> model step -> store -> view), and the folders say
// so: the model imports nothing outside src/model (it runs in Node, no three, no DOM, no store),
// the view never imports the UI, and the state never imports the view or the UI. This reads every
// import in src/ and fails on the first one that crosses a boundary the wrong way.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(name) ? [p] : [];
  });
}

/** every module a file imports: relative paths resolved to src/-relative, packages by name */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
    const spec = m[1] ?? m[2] ?? m[3];
    out.push(spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : spec);
  }
  return out;
}

const layer = (srcRelative: string): string => srcRelative.split(/[\\/]/)[0];
const all = files(SRC).map((f) => ({ file: relative(SRC, f), imports: importsOf(f) }));

describe('import boundaries', () => {
  it('reads the imports of every source file', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.find((f) => f.file === 'app.ts')!.imports.length).toBeGreaterThan(3);
  });

  it('src/model imports only src/model: no three, no DOM libraries, no store, no packages', () => {
    const bad = all
      .filter((f) => layer(f.file) === 'model')
      .flatMap((f) => f.imports.filter((i) => !i.startsWith('model')).map((i) => `${f.file} -> ${i}`));
    expect(bad).toEqual([]);
  });

  it('src/view never imports src/ui', () => {
    const bad = all.filter((f) => layer(f.file) === 'view').flatMap((f) => f.imports.filter((i) => layer(i) === 'ui').map((i) => `${f.file} -> ${i}`));
    expect(bad).toEqual([]);
  });

  it('src/state never imports src/view or src/ui', () => {
    const bad = all
      .filter((f) => layer(f.file) === 'state')
      .flatMap((f) => f.imports.filter((i) => layer(i) === 'view' || layer(i) === 'ui').map((i) => `${f.file} -> ${i}`));
    expect(bad).toEqual([]);
  });

  it('src/i18n (the catalogs and t()) reads only itself and the model content it words (the prose, the activities): every layer above may use it', () => {
    const bad = all
      .filter((f) => layer(f.file) === 'i18n')
      .flatMap((f) =>
        f.imports.filter((i) => !(layer(i) === 'i18n' || i.startsWith('model/content') || i.startsWith('model/activities'))).map((i) => `${f.file} -> ${i}`),
      );
    expect(bad).toEqual([]);
  });
});
