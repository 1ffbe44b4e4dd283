// threeModulesInUse (vite.config.ts): parts of three.js's WebGLRenderer that it always imports
// and the scene never uses are replaced by small inert stand-ins, so they do not ship:
//
//   - WebXRManager (with its controllers, depth sensing and XR camera): the renderer constructs
//     one and asks it every frame whether a VR/AR session is presenting. CranioLab offers no XR
//     session, so the stand-in answers "not presenting" and cannot start one.
//   - WebGLEnvironments (environment maps, and through it the PMREM generator, the cube render
//     target and cube camera): asked for the environment map of every material drawn, which is
//     none (no envMap, no scene.environment or background texture; the lighting is its own
//     lights), so the stand-in answers null and throws if it is ever given a texture.
//   - WebGLShadowMap (with its depth and distance materials and VSM shaders): the renderer asks
//     it every frame to draw the shadows of lights that cast one, and none does; the stand-in
//     stays off and throws if it is turned on with a shadow to draw.
//   - WebGLUniformsGroups (uniform buffer objects) and WebGLMorphtargets: called only for a
//     material with uniform groups or a geometry with morph targets, which the scene never has.
//
// A stand-in that is asked for what it cannot do throws an Error naming this file. Each
// stand-in's members are checked against what three's renderer calls on it
// (tests/three-modules-in-use.test.ts), so a three.js upgrade that asks for more fails there.

import type { Plugin } from 'vite';
import { LEFT_OUT, threeSourcePath } from './three-build.ts';

const WHY = `${LEFT_OUT} (scripts/three-modules-in-use.ts)`;

/** The stand-ins, as module source, by the file of three's they replace. */
export const STAND_INS: Readonly<Record<string, string>> = {
  'renderers/webxr/WebXRManager.js': `import { EventDispatcher } from '../../core/EventDispatcher.js';
export class WebXRManager extends EventDispatcher {
  constructor() { super(); this.enabled = false; this.isPresenting = false; this.cameraAutoUpdate = true; }
  getEnvironmentBlendMode() { return undefined; }
  hasDepthSensing() { return false; }
  getDepthSensingMesh() { return null; }
  setAnimationLoop() {}
  updateCamera() {}
  getCamera() { throw new Error(${JSON.stringify(`WebXR ${WHY}`)}); }
  setSession() { throw new Error(${JSON.stringify(`WebXR ${WHY}`)}); }
  dispose() {}
}
`,
  'renderers/webgl/WebGLShadowMap.js': `import { PCFShadowMap } from '../../constants.js';
export function WebGLShadowMap() {
  this.enabled = false;
  this.autoUpdate = true;
  this.needsUpdate = false;
  this.type = PCFShadowMap;
  this.render = function (lights) {
    if (this.enabled && lights.length > 0) throw new Error(${JSON.stringify(`Shadows ${WHY}`)});
  };
}
`,
  'renderers/webgl/WebGLEnvironments.js': `export function WebGLEnvironments() {
  return {
    get(texture) {
      if (texture === null || texture === undefined) return null;
      throw new Error(${JSON.stringify(`Environment maps ${WHY}`)});
    },
    dispose() {},
  };
}
`,
  'renderers/webgl/WebGLUniformsGroups.js': `export function WebGLUniformsGroups() {
  const none = () => {
    throw new Error(${JSON.stringify(`Uniform buffer objects ${WHY}`)});
  };
  return { bind: none, update: none, dispose() {} };
}
`,
  'renderers/webgl/WebGLMorphtargets.js': `export function WebGLMorphtargets() {
  return {
    update() {
      throw new Error(${JSON.stringify(`Morph targets ${WHY}`)});
    },
  };
}
`,
};

export function threeModulesInUse(): Plugin {
  return {
    name: 'craniolab:three-modules-in-use',
    enforce: 'pre',
    load(id) {
      const file = threeSourcePath(id);
      return file !== null && file in STAND_INS ? { code: STAND_INS[file], map: null } : null;
    },
  };
}
