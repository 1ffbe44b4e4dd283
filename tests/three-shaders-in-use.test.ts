// The build keeps only the three.js shader text the scene can run (scripts/three-shaders-in-use.ts).
// Checked on three's own shader files: the emptied feature blocks keep each shader's structure,
// and the programs the scene compiles (three's meshphysical, our CSF and brain shaders, with the
// chunks the renderer adds) never reach a left-out chunk or program, only `#error`s that sit in
// the first branch of a feature the scene never switches on.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactGlslLiterals } from '../scripts/compact-glsl';
import { LEFT_OUT } from '../scripts/three-build';
import {
  FEATURES_NEVER_USED,
  MATERIALS_IN_USE,
  PROGRAMS_IN_USE,
  chunksInUse,
  ourShaderSources,
  stripFeatureBlocks,
  trimShaderModule,
} from '../scripts/three-shaders-in-use';
import { sourceFiles } from './source-files';

const ROOT = resolve(import.meta.dirname, '..');
const SHADERS = join(ROOT, 'node_modules/three/src/renderers/shaders');
const NEVER = new Set(FEATURES_NEVER_USED);

/** A three shader module as the build ships it: compacted (compact-glsl.ts), then trimmed. */
function shipped(kind: 'ShaderChunk' | 'ShaderLib', name: string, chunks: ReadonlySet<string>): Record<string, string> {
  const code = trimShaderModule(compactGlslLiterals(readFileSync(join(SHADERS, kind, `${name}.glsl.js`), 'utf8')), kind, name, chunks);
  const out: Record<string, string> = {};
  for (const m of code.matchAll(/(?:export const (\w+) = |export default )\/\* glsl \*\/`([^`]*)`/g)) out[m[1] ?? 'default'] = m[2];
  return out;
}

/** `#include <name>` replaced by the shipped chunk, recursively (three's resolveIncludes). */
function resolveIncludes(glsl: string, chunks: ReadonlySet<string>): string {
  return glsl.replace(/^[ \t]*#include +<(\w+)>/gm, (_m, name: string) => resolveIncludes(shipped('ShaderChunk', name, chunks).default, chunks));
}

/** The `#error` lines of our build that a program would reach, with the line before each. */
function reachedErrors(glsl: string): { error: string; before: string }[] {
  const lines = glsl.split('\n');
  return lines.flatMap((l, i) => (l.includes(LEFT_OUT) ? [{ error: l, before: lines[i - 1] ?? '' }] : []));
}

/** The feature an opening directive tests, if it is a plain `#ifdef F` or `#if defined( F )`. */
const featureOf = (line: string): string | undefined => /^\s*#\s*(?:ifdef\s+(\w+)|if\s+defined\s*\(\s*(\w+)\s*\))\s*$/.exec(line)?.slice(1).find(Boolean);

const balance = (glsl: string): number => (glsl.match(/^\s*#\s*if(n?def)?\b/gm)?.length ?? 0) - (glsl.match(/^\s*#\s*endif\b/gm)?.length ?? 0);

describe('stripFeatureBlocks', () => {
  const strip = (lines: string[]): string[] => stripFeatureBlocks(lines.join('\n'), new Set(['USE_MAP', 'USE_FOG'])).split('\n');
  const error = (f: string): string => `#error ${f} ${LEFT_OUT} (scripts/three-shaders-in-use.ts)`;

  it("empties the first branch of a never-used feature and keeps its #else", () => {
    expect(strip(['a', '#ifdef USE_MAP', 'sample', '#else', 'plain', '#endif', 'b'])).toEqual(['a', '#ifdef USE_MAP', error('USE_MAP'), '#else', 'plain', '#endif', 'b']);
    expect(strip(['#if defined( USE_FOG )', 'fog', '#elif defined( X )', 'x', '#endif'])).toEqual(['#if defined( USE_FOG )', error('USE_FOG'), '#elif defined( X )', 'x', '#endif']);
  });

  it('drops conditionals nested in an emptied branch whole, and leaves the rest alone', () => {
    expect(strip(['#ifdef USE_MAP', '#ifdef A', 'a', '#else', 'b', '#endif', '#endif', '#ifdef A', 'kept', '#endif'])).toEqual([
      '#ifdef USE_MAP',
      error('USE_MAP'),
      '#endif',
      '#ifdef A',
      'kept',
      '#endif',
    ]);
    // kept: a feature in use, an #ifndef (taken when the feature is off), a compound condition
    const kept = ['#ifdef USE_COLOR', 'c', '#endif', '#ifndef USE_MAP', 'n', '#endif', '#if defined( USE_MAP ) && defined( STANDARD )', 's', '#endif'];
    expect(strip(kept)).toEqual(kept);
  });

  it("keeps every one of three's shaders balanced (each #if has its #endif)", () => {
    let emptied = 0;
    for (const dir of ['ShaderChunk', 'ShaderLib']) {
      for (const file of readdirSync(join(SHADERS, dir)).filter((f) => f.endsWith('.glsl.js'))) {
        for (const m of readFileSync(join(SHADERS, dir, file), 'utf8').matchAll(/\/\* glsl \*\/`([^`]*)`/g)) {
          const out = stripFeatureBlocks(m[1], NEVER);
          expect(balance(out), file).toBe(balance(m[1]));
          if (out !== m[1]) emptied++;
        }
      }
    }
    // texture maps, physical extras and skinning run through dozens of three's chunks
    expect(emptied).toBeGreaterThan(40);
  });
});

describe('the shader programs the scene compiles', () => {
  const chunks = chunksInUse({ threeShaderDir: SHADERS, ourSources: ourShaderSources(ROOT) });

  it("reach no left-out chunk or program: every #error they reach opens a never-used feature's branch", () => {
    // what WebGLProgram adds to every program itself
    const prefix = resolveIncludes('#include <colorspace_pars_fragment>\n', chunks);
    const programs: [string, string][] = [];
    for (const p of PROGRAMS_IN_USE) for (const [stage, text] of Object.entries(shipped('ShaderLib', p, chunks))) programs.push([`${p} ${stage}`, text]);
    for (const f of ourShaderSources(ROOT).filter((f) => f.endsWith('.glsl'))) programs.push([f, readFileSync(f, 'utf8')]);
    expect(programs.length).toBeGreaterThan(4);
    for (const [name, text] of programs) {
      const full = prefix + resolveIncludes(text, chunks);
      for (const { error, before } of reachedErrors(full)) {
        expect(NEVER.has(featureOf(before) ?? ''), `${name}: ${error}`).toBe(true);
      }
    }
  });

  it('leave out the programs of materials the scene never uses, and their own chunks', () => {
    for (const p of ['meshbasic', 'meshlambert', 'meshphong', 'meshtoon', 'points', 'sprite']) {
      expect(shipped('ShaderLib', p, chunks).vertex, p).toContain(LEFT_OUT);
    }
    expect(chunks.has('lights_phong_pars_fragment')).toBe(false);
    // the bone material's lighting is physically based (MeshStandardMaterial)
    expect(chunks.has('lights_physical_pars_fragment')).toBe(true);
  });
});

describe("what the app's code asks of three.js", () => {
  const src = sourceFiles('src');
  const all = src.map((f) => f.text).join('\n');

  it('constructs only the material classes whose programs the build keeps', () => {
    expect(src.length).toBeGreaterThan(50);
    const constructed = new Set([...all.matchAll(/new (\w*Material)\b/g)].map((m) => m[1]));
    expect(constructed).toContain('MeshStandardMaterial');
    for (const cls of constructed) expect(Object.keys(MATERIALS_IN_USE), cls).toContain(cls);
  });

  it('switches on none of the features whose shader code the build leaves out', () => {
    const switchesOn: [RegExp, string][] = [
      [/\b(map|alphaMap|aoMap|lightMap|bumpMap|normalMap|displacementMap|emissiveMap|roughnessMap|metalnessMap|specularMap|envMap)\s*[:=]/, 'a texture map'],
      [/\bnew (InstancedMesh|BatchedMesh|SkinnedMesh|Points|Sprite|Line\w*|Fog|FogExp2)\b/, 'an object or fog with its own shader path'],
      [/\bmorphAttributes\b/, 'morph targets'],
      [/\bcastShadow\s*=\s*true|shadowMap\.enabled\s*=\s*true/, 'shadows'],
      [/\.fog\s*=/, 'fog'],
      [/logarithmicDepthBuffer\s*:\s*true/, 'the logarithmic depth buffer'],
    ];
    // the files that use three.js (a plain `map` elsewhere is any JavaScript object's)
    const users = src.filter((f) => /from 'three/.test(f.text));
    expect(users.length).toBeGreaterThan(15);
    for (const { file, text } of users) for (const [re, what] of switchesOn) expect(re.test(text), `${file}: ${what}`).toBe(false);
  });
});
