// The build's GLSL compaction (scripts/compact-glsl.ts) changes comments and white space only:
// checked against the shader text three.js itself ships prebuilt (its build strips the same
// comments), and on the cases where three's own stripping would join a directive to the next line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ShaderChunk } from 'three';
import { describe, expect, it } from 'vitest';
import { compactGlsl, compactGlslLiterals } from '../scripts/compact-glsl';

const THREE = resolve(import.meta.dirname, '../node_modules/three');
const SHADERS = join(THREE, 'src/renderers/shaders');
const noSpace = (s: string): string => s.replace(/\s+/g, '');

/** every `/* glsl *\/` literal in three's shader sources, keyed as three's ShaderChunk names it */
function threeShaderSources(): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  for (const dir of ['ShaderChunk', 'ShaderLib']) {
    for (const file of readdirSync(join(SHADERS, dir)).filter((f) => f.endsWith('.glsl.js'))) {
      const base = file.replace('.glsl.js', '');
      for (const m of readFileSync(join(SHADERS, dir, file), 'utf8').matchAll(/(?:export const (\w+) = |export default )\/\* glsl \*\/`([^`]*)`/g)) {
        const key = dir === 'ShaderChunk' ? base : `${base}_${m[1] === 'vertex' ? 'vert' : 'frag'}`;
        out.push({ key, text: m[2] });
      }
    }
  }
  return out;
}

describe('compactGlsl', () => {
  const sources = threeShaderSources().filter((s) => s.key in ShaderChunk);

  it("keeps every character of three's shaders that three's own build keeps, and no comment", () => {
    // ~140 chunks in three r187; a parse that found none would prove nothing
    expect(sources.length).toBeGreaterThan(100);
    for (const { key, text } of sources) {
      // three's build leaves a comment that ends its text with no line break (bsdfs: `// validated`)
      const built = (ShaderChunk as Record<string, string>)[key].replace(/\/\/[^\n]*$/, '');
      expect(noSpace(compactGlsl(text)), key).toBe(noSpace(built));
    }
  });

  it('gives each preprocessor directive of three’s shaders a line of its own, as in the source', () => {
    let directives = 0;
    for (const { key, text } of sources) {
      const lines = new Set(compactGlsl(text).split('\n'));
      // a directive inside a block comment is no directive (shadowmap_pars_vertex has some)
      for (const line of text.replace(/\/\*[\s\S]*?\*\//g, ' ').split('\n')) {
        const directive = line.replace(/\/\/.*$/, '').trim();
        if (!directive.startsWith('#')) continue;
        directives++;
        expect(lines.has(directive), `${key}: ${directive}`).toBe(true);
      }
    }
    // three's chunks are full of #ifdef/#endif: thousands of lines
    expect(directives).toBeGreaterThan(1000);
  });

  it('keeps the line break after a trailing comment, where three’s build would join two lines', () => {
    expect(compactGlsl('#ifdef A // why\nfloat x = 1.0;\n#endif')).toBe('#ifdef A\nfloat x = 1.0;\n#endif');
    expect(compactGlsl('#define B 2 /* note */\nvec3 c;')).toBe('#define B 2\nvec3 c;');
  });

  it('turns a block comment into one space, as a GLSL compiler does, and drops blank lines', () => {
    expect(compactGlsl('float/* a\n  multi-line note */y;')).toBe('float y;');
    expect(compactGlsl('\n\n\tvoid main() {\n\n\t\tgl_FragColor = vec4( 1.0 );   \n\n\t}\n')).toBe('void main() {\ngl_FragColor = vec4( 1.0 );\n}');
  });

  it('compacts plain shader literals only: one with ${} or an escape is left as it is', () => {
    const templated = 'const a = /* glsl */`\n\t// n\n\tfloat v = ${ n };\n`;';
    const escaped = 'const b = /* glsl */`\n\t// n \\n\n`;';
    expect(compactGlslLiterals(templated)).toBe(templated);
    expect(compactGlslLiterals(escaped)).toBe(escaped);
    expect(compactGlslLiterals('export default /* glsl */`\n\t// c\n\tvec3 v;\n`;')).toBe('export default /* glsl */`vec3 v;`;');
  });

  it("relies on three's package marking its sources free of side effects (else nothing is shaken)", () => {
    const pkg = JSON.parse(readFileSync(join(THREE, 'package.json'), 'utf8')) as { sideEffects: string[]; exports: Record<string, unknown> };
    expect(pkg.sideEffects).toEqual(['./src/nodes/**/*']);
    expect(pkg.exports['./src/*']).toBe('./src/*');
  });
});
