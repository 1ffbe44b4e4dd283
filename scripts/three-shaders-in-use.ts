// threeShadersInUse (vite.config.ts): three.js ships the GLSL of every material it has (basic,
// lambert, phong, toon, points, sprites, shadows, backgrounds, ...) and, inside the one program the
// scene does use, the code of every feature a material could switch on (texture maps, clearcoat,
// skinning, morph targets, instancing, ...). All of it is string data the bundler cannot drop.
// This build keeps only what the scene can run:
//
//   - the shader programs in PROGRAMS_IN_USE, and the chunks they and our own shaders include
//     (followed through nested `#include`s);
//   - inside those, each `#ifdef USE_X` block of a feature in FEATURES_NEVER_USED is emptied.
//
// Nothing is removed silently. A program or chunk left out, and each emptied block, becomes a
// GLSL `#error` naming this file: a material that later needs one fails to compile with that
// message in the console (every e2e test fails on a console error), instead of drawing wrong.
// The `#else` branches of an emptied block stay, so a shader without the feature is unchanged.
// tests/three-shaders-in-use.test.ts checks the stripping, and that the programs the scene uses
// resolve without reaching any `#error`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { GLSL_LITERAL } from './compact-glsl.ts';
import { LEFT_OUT, threeSourcePath } from './three-build.ts';

/**
 * The three.js material classes the scene constructs (src/), each with the program of three's
 * ShaderLib that draws it (file names in three/src/renderers/shaders/ShaderLib): bone, scalp,
 * hands, arrows and plates are MeshStandardMaterial (src/view/materials.ts, contacts-view.ts),
 * drawn by `meshphysical`; our ShaderMaterials (CSF, brain) bring their own GLSL from shaders/.
 * tests/three-shaders-in-use.test.ts fails when src/ constructs a class not listed here.
 */
export const MATERIALS_IN_USE: Readonly<Record<string, string | null>> = {
  MeshStandardMaterial: 'meshphysical',
  ShaderMaterial: null,
};

/** three's shader programs the scene draws with, from MATERIALS_IN_USE. */
export const PROGRAMS_IN_USE: readonly string[] = [...new Set(Object.values(MATERIALS_IN_USE).filter((p): p is string => p !== null))];

/**
 * Defines the scene's materials and renderer never set: texture, environment and light maps
 * (the CSF colour map is a uniform array), MeshPhysicalMaterial's extras (USE_SPECULAR and the
 * rest: its program defines some for every physical material, and MATERIALS_IN_USE has none),
 * skinned, morphed, batched and instanced meshes, shadows, fog and the logarithmic depth buffer.
 * tests/three-shaders-in-use.test.ts checks src/ for the objects and settings that switch the
 * last two groups on.
 */
export const FEATURES_NEVER_USED: readonly string[] = [
  // texture maps
  'USE_MAP', 'USE_ALPHAMAP', 'USE_ALPHAHASH', 'USE_AOMAP', 'USE_LIGHTMAP', 'USE_BUMPMAP', 'USE_NORMALMAP',
  'USE_DISPLACEMENTMAP', 'USE_EMISSIVEMAP', 'USE_ROUGHNESSMAP', 'USE_METALNESSMAP', 'USE_SPECULARMAP', 'USE_ENVMAP',
  // MeshPhysicalMaterial's extras
  'USE_CLEARCOAT', 'USE_IRIDESCENCE', 'USE_SHEEN', 'USE_ANISOTROPY', 'USE_TRANSMISSION', 'USE_DISPERSION', 'USE_SPECULAR',
  // mesh kinds
  'USE_SKINNING', 'USE_MORPHTARGETS', 'USE_MORPHNORMALS', 'USE_MORPHCOLORS', 'USE_BATCHING', 'USE_BATCHING_COLOR',
  'USE_INSTANCING', 'USE_INSTANCING_COLOR', 'USE_INSTANCING_MORPH',
  // renderer features
  'USE_SHADOWMAP', 'USE_FOG', 'USE_LOGDEPTHBUF',
];

const NOTE = `${LEFT_OUT} (scripts/three-shaders-in-use.ts)`;
const NEVER_USED: ReadonlySet<string> = new Set(FEATURES_NEVER_USED);
const DIRECTIVE = /^\s*#\s*(ifdef|ifndef|if|elif|else|endif)\b\s*(.*?)\s*$/;

/**
 * The GLSL with the first branch of each `#ifdef F` (or `#if defined( F )`) for F in `never`
 * replaced by an `#error`; `#else`/`#elif` branches and every other line stay as they were.
 */
export function stripFeatureBlocks(glsl: string, never: ReadonlySet<string>): string {
  const out: string[] = [];
  // one entry per open conditional: 'emptied' while in the first branch of a never-used feature,
  // 'hidden' for a conditional inside that branch, 'kept' otherwise
  const open: ('emptied' | 'hidden' | 'kept')[] = [];
  for (const line of glsl.split('\n')) {
    const dropping = open.includes('emptied');
    const d = DIRECTIVE.exec(line);
    if (!d) {
      if (!dropping) out.push(line);
      continue;
    }
    const [, kind, rest] = d;
    if (kind === 'ifdef' || kind === 'ifndef' || kind === 'if') {
      const feature = kind === 'ifdef' ? rest : kind === 'if' ? /^defined\s*\(\s*(\w+)\s*\)$/.exec(rest)?.[1] : undefined;
      if (dropping) open.push('hidden');
      else if (feature !== undefined && never.has(feature)) {
        open.push('emptied');
        out.push(line, `#error ${feature} ${NOTE}`);
      } else {
        open.push('kept');
        out.push(line);
      }
    } else if (kind === 'else' || kind === 'elif') {
      const top = open.length - 1;
      if (open[top] === 'hidden') continue;
      if (open[top] === 'emptied') open[top] = 'kept';
      out.push(line);
    } else if (open.pop() !== 'hidden') out.push(line);
  }
  return out.join('\n');
}

/** Names included by `#include <name>` in some GLSL. */
function includesOf(glsl: string): string[] {
  return [...glsl.matchAll(/#include\s*<(\w+)>/g)].map((m) => m[1]);
}

/** The text of each GLSL literal in a three shader module. */
function literalsOf(code: string): string[] {
  return [...code.matchAll(GLSL_LITERAL)].map((m) => m[1]);
}

export interface ShaderSources {
  /** three/src/renderers/shaders */
  threeShaderDir: string;
  /** files whose text may `#include` three's chunks: our shaders and the TypeScript that patches
   *  three's (onBeforeCompile) */
  ourSources: readonly string[];
}

/** The chunks the programs in use and our own shaders reach, following nested includes. */
export function chunksInUse(src: ShaderSources): Set<string> {
  const chunk = (name: string): string => {
    try {
      return literalsOf(readFileSync(join(src.threeShaderDir, 'ShaderChunk', `${name}.glsl.js`), 'utf8')).join('\n');
    } catch {
      return '';
    }
  };
  const used = new Set<string>();
  const visit = (glsl: string): void => {
    for (const name of includesOf(glsl)) {
      if (used.has(name)) continue;
      used.add(name);
      visit(chunk(name));
    }
  };
  // chunks the renderer adds to every program itself (WebGLProgram.js: `ShaderChunk[ 'name' ]`)
  const program = readFileSync(join(src.threeShaderDir, '..', 'webgl', 'WebGLProgram.js'), 'utf8');
  visit([...program.matchAll(/ShaderChunk\[\s*'(\w+)'\s*\]/g)].map((m) => `#include <${m[1]}>`).join('\n'));
  for (const p of PROGRAMS_IN_USE) visit(literalsOf(readFileSync(join(src.threeShaderDir, 'ShaderLib', `${p}.glsl.js`), 'utf8')).join('\n'));
  for (const f of src.ourSources) visit(readFileSync(f, 'utf8'));
  return used;
}

/** Our files that may include three's chunks: shaders/*.glsl and src/view/*.ts. */
export function ourShaderSources(root: string): string[] {
  const inDir = (dir: string, ext: string): string[] =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith(ext))
      .map((f) => join(root, dir, f));
  return [...inDir('shaders', '.glsl'), ...inDir('src/view', '.ts')];
}

const SHADER_MODULE = /^renderers\/shaders\/(ShaderChunk|ShaderLib)\/(\w+)\.glsl\.js$/;

/** A three shader module's text as this build ships it (see the head of this file). */
export function trimShaderModule(code: string, kind: 'ShaderChunk' | 'ShaderLib', name: string, chunks: ReadonlySet<string>): string {
  // ShaderMaterial imports these two itself, as the shaders of a material given none
  const kept = kind === 'ShaderLib' ? PROGRAMS_IN_USE.includes(name) : chunks.has(name) || name.startsWith('default_');
  return code.replace(GLSL_LITERAL, (_whole, body: string) =>
    kept ? `/* glsl */\`${stripFeatureBlocks(body, NEVER_USED)}\`` : `/* glsl */\`#error ${kind === 'ShaderLib' ? 'program' : 'chunk'} ${name} ${NOTE}\``,
  );
}

export function threeShadersInUse(root: string): Plugin {
  let chunks: Set<string> | null = null;
  return {
    name: 'craniolab:three-shaders-in-use',
    enforce: 'pre',
    transform(code, id) {
      const m = SHADER_MODULE.exec(threeSourcePath(id) ?? '');
      if (!m) return null;
      chunks ??= chunksInUse({ threeShaderDir: resolve(id, '..', '..'), ourSources: ourShaderSources(root) });
      return { code: trimShaderModule(code, m[1] as 'ShaderChunk' | 'ShaderLib', m[2], chunks), map: null };
    },
  };
}
