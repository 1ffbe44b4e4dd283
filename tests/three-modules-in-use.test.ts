// Three modules of three.js are replaced by inert stand-ins in the build
// (scripts/three-modules-in-use.ts). Checked against three's own sources: the XR and shadow-map
// stand-ins have every member the WebGL renderer uses on `renderer.xr` and its shadow map,
// nothing in the scene casts a shadow, and nothing asks for an environment map, the only thing
// that would build a PMREMGenerator.
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

describe('the PMREMGenerator stand-in', () => {
  it('is never constructed: nothing in src/ gives three an environment map or a background texture', () => {
    const src = sourceFiles('src');
    expect(src.length).toBeGreaterThan(50);
    for (const { file, text } of src) {
      expect(text, file).not.toMatch(/\benvMap\b|\.environment\s*=|\bPMREMGenerator\b|backgroundBlurriness/);
      // a scene background (the stage's colour is the canvas's CSS background, color-profiles.ts)
      expect(text, file).not.toMatch(/(?<!style)\.background\s*=/);
    }
    // three builds one only for an environment map or a blurred background texture
    for (const f of ['renderers/webgl/WebGLEnvironments.js', 'renderers/webgl/WebGLBackground.js']) expect(read(join(THREE_SRC, f)), f).toMatch(/PMREM|environments\.get/);
    expect(STAND_INS['extras/PMREMGenerator.js']).toMatch(/constructor\(\) \{ throw new Error/);
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
