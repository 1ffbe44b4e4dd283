// Six modules of three.js are replaced by stand-ins in the build (scripts/three-modules-in-use.ts:
// XR, environment maps, shadows, uniform buffers, morph targets, and textures but for a 2D data
// texture), and parts of others left out (every JSON method, Color's colour names). Checked
// against three's own sources: each stand-in has every member the WebGL renderer uses on it, the
// edits touch only what they name, and nothing in src/ asks for what they leave out.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_METHODS, STAND_INS, withoutUnusedParts } from '../scripts/three-modules-in-use';
import { sourceFiles } from './source-files';

const ROOT = resolve(import.meta.dirname, '..');
const THREE_SRC = join(ROOT, 'node_modules/three/src');
const read = (f: string): string => readFileSync(f, 'utf8');

describe('the WebXRManager stand-in', () => {
  const stand = STAND_INS['renderers/webxr/WebXRManager.js'];

  it("has every member three's WebGL renderer reads or calls on renderer.xr", () => {
    const users = [join(THREE_SRC, 'renderers/WebGLRenderer.js'), ...readdirSync(join(THREE_SRC, 'renderers/webgl')).map((f) => join(THREE_SRC, 'renderers/webgl', f))];
    const used = new Set<string>();
    for (const f of users) for (const m of read(f).matchAll(/\b(?:_this\.xr|renderer\.xr|xr)\.(\w+)/g)) used.add(m[1]);
    // isPresenting is read every frame, getEnvironmentBlendMode by every background draw
    expect(used).toContain('isPresenting');
    expect(used).toContain('getEnvironmentBlendMode');
    const fromEventDispatcher = ['addEventListener', 'removeEventListener', 'dispatchEvent', 'hasEventListener'];
    expect(stand).toMatch(/extends EventDispatcher/);
    for (const name of used) {
      if (fromEventDispatcher.includes(name)) continue;
      expect(new RegExp(`(^|\\n)\\s*${name}\\(|this\\.${name} =`).test(stand), name).toBe(true);
    }
  });

  it('never presents: not enabled, not presenting, no depth sensing', () => {
    expect(stand).toMatch(/this\.enabled = false/);
    expect(stand).toMatch(/this\.isPresenting = false/);
    expect(stand).toMatch(/hasDepthSensing\(\) \{ return false; \}/);
  });
});

/** The members three's renderer (and its helpers) use on `name`: `name.member` anywhere but in the replaced file. */
function membersUsedOn(name: string, replaced: string): Set<string> {
  const users = [join(THREE_SRC, 'renderers/WebGLRenderer.js'), ...readdirSync(join(THREE_SRC, 'renderers/webgl')).filter((f) => f !== replaced).map((f) => join(THREE_SRC, 'renderers/webgl', f))];
  const used = new Set<string>();
  for (const f of users) for (const m of read(f).matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) used.add(m[1]!);
  return used;
}

describe('the WebGLEnvironments stand-in (environment maps, and with them the PMREM generator)', () => {
  const stand = STAND_INS['renderers/webgl/WebGLEnvironments.js'];

  it('has what the renderer uses: get, which gives null for no texture and throws for one, and dispose', () => {
    expect([...membersUsedOn('environments', 'WebGLEnvironments.js')].sort()).toEqual(['dispose', 'get']);
    expect(stand).toMatch(/if \(texture === null \|\| texture === undefined\) return null;\s*throw new Error/);
  });

  it('is never asked for a texture: nothing in src/ gives three an environment map or a background texture', () => {
    const src = sourceFiles('src');
    expect(src.length).toBeGreaterThan(50);
    for (const { file, text } of src) {
      expect(text, file).not.toMatch(/\benvMap\b|\.environment\s*=|\bPMREMGenerator\b|backgroundBlurriness/);
      // a scene background (the stage's colour is the canvas's CSS background, color-profiles.ts)
      expect(text, file).not.toMatch(/(?<!style)\.background\s*=/);
    }
  });
});

describe('the WebGLUniformsGroups and WebGLMorphtargets stand-ins', () => {
  it('have what the renderer uses on them', () => {
    expect([...membersUsedOn('uniformsGroups', 'WebGLUniformsGroups.js')].sort()).toEqual(['bind', 'dispose', 'update']);
    expect(STAND_INS['renderers/webgl/WebGLUniformsGroups.js']).toMatch(/return \{ bind: none, update: none, dispose\(\) \{\} \}/);
    expect([...membersUsedOn('morphtargets', 'WebGLMorphtargets.js')]).toEqual(['update']);
    expect(STAND_INS['renderers/webgl/WebGLMorphtargets.js']).toMatch(/update\(\) \{\s*throw new Error/);
  });

  it('are never called: nothing in src/ gives a material uniform buffers or a geometry morph targets', () => {
    for (const { file, text } of sourceFiles('src')) expect(text, file).not.toMatch(/uniformsGroups|morphAttributes|morphTargetInfluences|UniformsGroup/);
  });
});

describe('the WebGLShadowMap stand-in', () => {
  const stand = STAND_INS['renderers/webgl/WebGLShadowMap.js'];

  it("has every member three's renderer and its programs read or call on the shadow map", () => {
    const users = [join(THREE_SRC, 'renderers/WebGLRenderer.js'), ...readdirSync(join(THREE_SRC, 'renderers/webgl')).filter((f) => f !== 'WebGLShadowMap.js').map((f) => join(THREE_SRC, 'renderers/webgl', f))];
    const used = new Set<string>();
    for (const f of users) for (const m of read(f).matchAll(/\bshadowMap\.(\w+)/g)) used.add(m[1]);
    // the renderer saves and restores these around a frame, and calls render() in every one
    for (const name of ['enabled', 'autoUpdate', 'needsUpdate', 'type', 'render']) expect(used).toContain(name);
    for (const name of used) expect(new RegExp(`this\\.${name} =`).test(stand), name).toBe(true);
    expect(stand).toMatch(/this\.enabled = false/);
  });

  it('is never needed: nothing in src/ turns shadows on or makes anything cast one', () => {
    for (const { file, text } of sourceFiles('src')) expect(text, file).not.toMatch(/castShadow|receiveShadow|shadowMap/);
  });
});

describe("three's JSON methods, left out (withoutUnusedParts)", () => {
  it('replaces the body of every toJSON and fromJSON with a throw, and nothing else', () => {
    const file = 'core/Object3D.js';
    const code = read(join(THREE_SRC, file));
    const out = withoutUnusedParts(code, file);
    // Object3D.toJSON serializes the object's children, geometries, materials and textures
    expect(code).toMatch(/metadata/);
    expect(out).not.toMatch(/metadata/);
    expect(out).toMatch(/toJSON\( meta \) \{ throw new Error\("three\.js's JSON format is not in this build/);
    // the rest of the class is untouched: what is left is the source less the method's body
    const [before, after] = out.split(/\{ throw new Error\(".*?"\); \}/);
    expect(code.startsWith(before!)).toBe(true);
    expect(code.endsWith(after!)).toBe(true);
    // a module without them is returned as it was
    const math = read(join(THREE_SRC, 'math/Vector3.js'));
    expect(withoutUnusedParts(math, 'math/Vector3.js')).toBe(math);
  });

  it('finds them all: static ones (TubeGeometry.fromJSON) and instance ones (the curves)', () => {
    for (const file of ['geometries/TubeGeometry.js', 'extras/curves/CatmullRomCurve3.js', 'materials/Material.js']) {
      const code = read(join(THREE_SRC, file));
      const defined = [...code.matchAll(new RegExp(`^\\t(static )?(${JSON_METHODS.join('|')})\\(`, 'gm'))].length;
      expect(defined, file).toBeGreaterThan(0);
      expect([...withoutUnusedParts(code, file).matchAll(/three\.js's JSON format is not in this build/g)].length, file).toBe(defined);
    }
  });

  it('are never called: nothing in src/ saves or loads three.js JSON', () => {
    for (const { file, text } of sourceFiles('src')) expect(text, file).not.toMatch(/\b(toJSON|fromJSON|ObjectLoader|MaterialLoader|BufferGeometryLoader)\b/);
  });
});

describe('the WebGLTextures stand-in (only a 2D data texture: three\'s DFG lookup table)', () => {
  const stand = STAND_INS['renderers/webgl/WebGLTextures.js'];

  it('has every member the renderer and its uniforms use on it', () => {
    const used = membersUsedOn('textures', 'WebGLTextures.js');
    // every draw allocates texture units; the DFG table is set through setTexture2D
    for (const name of ['allocateTextureUnit', 'resetTextureUnits', 'setTexture2D']) expect(used).toContain(name);
    // `textures.length` is a local array's, not the module's
    for (const name of used) if (name !== 'length') expect(new RegExp(`this\\.${name} =`).test(stand), name).toBe(true);
  });

  it('throws for what it leaves out, naming the build', () => {
    for (const name of ['setTextureCube', 'setTexture3D', 'setTexture2DArray', 'setupRenderTarget']) expect(stand).toMatch(new RegExp(`this\\.${name} = unsupported\\(`));
    expect(stand).toMatch(/is not in this build of three\.js/);
  });

  it('is asked for nothing else: nothing in src/ makes a texture or a render target', () => {
    for (const { file, text } of sourceFiles('src')) expect(text, file).not.toMatch(/\b\w*(Texture|RenderTarget)\b|\.map\s*=|readRenderTargetPixels|copyFramebufferToTexture/);
  });
});

describe("three's CSS colour names, left out (UNUSED_PARTS)", () => {
  it('Color has an empty name table and a setColorName that throws; the rest of the module is as it was', () => {
    const file = 'math/Color.js';
    const code = read(join(THREE_SRC, file));
    const out = withoutUnusedParts(code, file);
    expect(code).toMatch(/'aliceblue': 0xF0F8FF/);
    expect(out).not.toMatch(/'aliceblue': 0xF0F8FF/);
    expect(out).toMatch(/const _colorKeywords = \{\};/);
    expect(out).toMatch(/setColorName\( style, colorSpace = SRGBColorSpace \) \{ throw new Error\("CSS colour names is not in this build/);
    // setStyle still parses '#rrggbb', rgb() and hsl() itself
    expect(out).toContain(String.raw`if ( m = /^\#([A-Fa-f\d]+)$/.exec( style ) )`);
  });

  it('are never needed: every colour string in a module of src/ that uses three is a hex colour', () => {
    for (const { file, text } of sourceFiles('src').filter((f) => /from 'three(\/[^']*)?'/.test(f.text))) {
      // a colour given to three as a string: `color: '...'`, new Color('...'), .set('...'), setStyle('...')
      for (const m of text.matchAll(/(?:\bcolor:\s*|new Color\(\s*|\.setStyle\(\s*|\.set\(\s*)(['"`])([^'"`]*)\1/g)) expect(m[2], file).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });
});
