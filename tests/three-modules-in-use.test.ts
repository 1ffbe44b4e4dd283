// Five modules of three.js are replaced by inert stand-ins in the build
// (scripts/three-modules-in-use.ts). Checked against three's own sources: each stand-in has
// every member the WebGL renderer uses on it, and nothing in src/ asks for what it leaves out
// (an environment map, a shadow, a uniform buffer, a morph target).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAND_INS } from '../scripts/three-modules-in-use';
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
