// The build leaves the maintainers' notes out of src/model/content/sources.ts
// (scripts/maintainer-notes.ts): the real file, through Vite's TS transform and the plugin's
// function, then loaded as a module, has every source exactly as the app has it, less `note`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { withoutNotes } from '../scripts/maintainer-notes';
import { SOURCES, type Source } from '../src/model/content/sources';

const FILE = resolve(import.meta.dirname, '../src/model/content/sources.ts');

describe("the sources' maintainer notes, left out of the build", () => {
  it('are gone, and everything else about every source is as the app has it', async () => {
    const js = (await transformWithOxc(readFileSync(FILE, 'utf8'), 'sources.ts')).code;
    const built = withoutNotes(js);
    const withNote = Object.values(SOURCES).filter((s) => s.note);
    // most sources say how they were checked (44 when this was written)
    expect(withNote.length).toBeGreaterThan(30);
    for (const s of withNote) {
      expect(js).toContain(JSON.stringify(s.note).slice(1, 40));
      expect(built).not.toContain(JSON.stringify(s.note).slice(1, 40));
    }
    // the module still loads (sources.ts imports types only) and gives the same sources less `note`
    const mod = (await import(`data:text/javascript;base64,${Buffer.from(built).toString('base64')}`)) as { SOURCES: Record<string, Source> };
    const withoutNote = ({ note: _note, ...rest }: Source) => rest;
    expect(Object.keys(mod.SOURCES)).toEqual(Object.keys(SOURCES));
    for (const [id, s] of Object.entries(SOURCES)) expect(mod.SOURCES[id], id).toEqual(withoutNote(s));
  });

  it('takes the comma with the note wherever it stands, and leaves other properties alone', () => {
    expect(withoutNotes("f({ a: 1, note: 'x', b: 2 });")).toBe('f({ a: 1, b: 2 });');
    expect(withoutNotes("f({ a: 1, note: 'x' });")).toBe('f({ a: 1 });');
    expect(withoutNotes("f({ note: 'x' });")).toBe('f({  });');
    expect(withoutNotes("f({ notes: 'x', n: { note: `y` } });")).toBe("f({ notes: 'x', n: {  } });");
  });
});

describe('edits on the AST (scripts/ast.ts applyEdits)', () => {
  it('refuses overlapping edits rather than write at shifted offsets', () => {
    expect(() => withoutNotes('f({ note: { note: 1 } });')).toThrow(/overlapping/);
  });
});
