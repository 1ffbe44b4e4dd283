// The skull's builders (the mesher, the simplifier and the low-detail index) ship once: in the
// skull worker's file, which the page also loads as a module where no worker starts
// (src/view/skull-worker-start.ts). So no module of src/ but the builders' own chain imports
// them for what they do (a type import is erased), and the page reaches them only through the
// worker's file or, in the single-file build, the builders module itself (vite.config.ts).
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../source-files';

/** The builders' modules: skull-builders.ts is what the worker runs. */
const BUILDERS = ['skull-builders', 'skull-arrays', 'skull-low-detail', 'simplify', 'marching-cubes'];
/** Who may import them for their code: the worker's file and the chain itself. */
const ALLOWED = new Set(['src/view/skull-worker.ts', ...BUILDERS.map((b) => `src/view/${b}.ts`), 'src/view/skull-rabbit.ts', 'src/view/skull-human.ts', 'src/view/sdf.ts']);

describe('the skull builders ship once', () => {
  it('no module of src/ outside the worker and its chain imports them for their code', () => {
    const importers: string[] = [];
    for (const { file, text } of sourceFiles('src')) {
      for (const m of text.matchAll(/^import (?!type\b)[^;]*? from '\.{1,2}\/(?:view\/)?([\w-]+)';/gm)) {
        if (BUILDERS.includes(m[1]!) && !ALLOWED.has(file.replace(/\\/g, '/'))) importers.push(`${file} imports ${m[1]}`);
      }
      // nor loads one lazily
      for (const m of text.matchAll(/import\(\s*'\.{1,2}\/(?:view\/)?([\w-]+)'\s*\)/g)) {
        if (BUILDERS.includes(m[1]!)) importers.push(`${file} loads ${m[1]}`);
      }
    }
    expect(importers).toEqual([]);
  });

  it('the worker runs the builders module, which has both jobs', async () => {
    const builders = await import('../../src/view/skull-builders');
    expect(typeof builders.buildSkullArrays).toBe('function');
    expect(typeof builders.lowDetailIndex).toBe('function');
    const worker = sourceFiles('src/view').find((f) => f.file.endsWith('skull-worker.ts'))!.text;
    expect(worker).toMatch(/import \* as builders from '\.\/skull-builders';/);
  });
});
