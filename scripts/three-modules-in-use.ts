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
//   - WebGLTextures (image, video, canvas, compressed, cube, 3D and array textures, mipmaps, render
//     targets): the scene has no texture and no render target of its own. The one texture three
//     draws with is its DFG lookup table for MeshStandardMaterial (DFGLUTData.js: a 16x16 RG
//     half-float DataTexture, linear, clamped, no mipmaps). The stand-in uploads a DataTexture
//     like that, as three's own code does (immutable storage, then the data), and throws for
//     anything else; tests/e2e/three-textures.test.ts records the upload in Chromium.
//
// And one part of every class: three's JSON format (each `toJSON` and `fromJSON` method, ~30 of
// each: objects, materials, geometries, textures, curves). CranioLab never saves or loads a
// scene; the renderer never calls them. Each method's body becomes a throw
// (withoutUnusedParts), and with TubeGeometry.fromJSON gone, so is its table of every curve. The
// same function leaves out Color's table of CSS colour names (UNUSED_PARTS).
//
// A stand-in that is asked for what it cannot do throws an Error naming this file. Each
// stand-in's members are checked against what three's renderer calls on it
// (tests/three-modules-in-use.test.ts), so a three.js upgrade that asks for more fails there.

import { parseAst, type Plugin } from 'vite';
import { applyEdits, eachNode, type AstNode } from './ast.ts';
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
  'renderers/webgl/WebGLTextures.js': `import { ClampToEdgeWrapping, LinearFilter, MirroredRepeatWrapping, NearestFilter, RepeatWrapping } from '../../constants.js';
export function WebGLTextures(gl, extensions, state, properties, capabilities, utils, info) {
  const fail = (what) => {
    throw new Error(what + ' ' + ${JSON.stringify(WHY)});
  };
  const unsupported = (what) => () => fail(what);
  const wrap = { [RepeatWrapping]: gl.REPEAT, [ClampToEdgeWrapping]: gl.CLAMP_TO_EDGE, [MirroredRepeatWrapping]: gl.MIRRORED_REPEAT };
  const filter = { [NearestFilter]: gl.NEAREST, [LinearFilter]: gl.LINEAR };
  // sized internal formats by format and type: the one the DFG table needs (any other throws)
  const internal = { [gl.RG + ' ' + gl.HALF_FLOAT]: gl.RG16F };
  let units = 0;
  function onDispose(event) {
    const texture = event.target;
    texture.removeEventListener('dispose', onDispose);
    const p = properties.get(texture);
    if (p.__webglTexture) {
      gl.deleteTexture(p.__webglTexture);
      info.memory.textures--;
    }
    properties.remove(texture);
  }
  function upload(texture, p, slot) {
    const image = texture.image;
    const format = utils.convert(texture.format, texture.colorSpace);
    const type = utils.convert(texture.type);
    const sized = internal[format + ' ' + type];
    if (!texture.isDataTexture || texture.isDataArrayTexture || texture.isData3DTexture || texture.mipmaps.length > 0 || texture.generateMipmaps || !(texture.minFilter in filter) || !(texture.magFilter in filter) || sized === undefined || !image || !image.data) {
      fail('This texture (only a 2D DataTexture without mipmaps)');
    }
    const first = p.__webglTexture === undefined;
    if (first) {
      p.__webglTexture = gl.createTexture();
      info.memory.textures++;
      texture.addEventListener('dispose', onDispose);
    }
    state.bindTexture(gl.TEXTURE_2D, p.__webglTexture, gl.TEXTURE0 + slot);
    state.activeTexture(gl.TEXTURE0 + slot);
    state.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, texture.flipY);
    state.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, texture.premultiplyAlpha);
    state.pixelStorei(gl.UNPACK_COLORSPACE_CONVERSION_WEBGL, gl.NONE);
    state.pixelStorei(gl.UNPACK_ALIGNMENT, texture.unpackAlignment);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, wrap[texture.wrapS]);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, wrap[texture.wrapT]);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, filter[texture.magFilter]);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, filter[texture.minFilter]);
    if (first) state.texStorage2D(gl.TEXTURE_2D, 1, sized, image.width, image.height);
    state.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, image.width, image.height, format, type, image.data);
    p.__version = texture.version;
  }
  this.allocateTextureUnit = () => units++;
  this.resetTextureUnits = () => { units = 0; };
  this.getTextureUnits = () => units;
  this.setTextureUnits = (value) => { units = value; };
  this.setTexture2D = (texture, slot) => {
    const p = properties.get(texture);
    if (texture.version > 0 && p.__version !== texture.version) upload(texture, p, slot);
    else state.bindTexture(gl.TEXTURE_2D, p.__webglTexture, gl.TEXTURE0 + slot);
  };
  this.setTexture2DArray = unsupported('Array textures');
  this.setTexture3D = unsupported('3D textures');
  this.setTextureCube = unsupported('Cube textures');
  this.rebindTextures = unsupported('Render targets');
  this.setupRenderTarget = unsupported('Render targets');
  this.updateRenderTargetMipmap = unsupported('Render targets');
  this.updateMultisampleRenderTarget = unsupported('Render targets');
  this.setupDepthRenderbuffer = unsupported('Render targets');
  this.setupFrameBufferTexture = unsupported('Render targets');
  this.useMultisampledRTT = unsupported('Render targets');
  this.dispose = () => {};
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

/** three's JSON methods, whose bodies withoutUnusedParts replaces in every module. */
export const JSON_METHODS = ['toJSON', 'fromJSON'];

/** Parts of single modules of three's the scene never uses, by file: methods whose bodies become
 *  a throw, and top-level tables that become empty. Color's 148 CSS colour names: every colour
 *  src/ gives three is a number or a '#rrggbb' string (Color.setStyle parses those itself);
 *  Color.setColorName, which a name would reach, throws. */
export const UNUSED_PARTS: Readonly<Record<string, { methods: readonly string[]; tables: readonly string[]; what: string }>> = {
  'math/Color.js': { methods: ['setColorName'], tables: ['_colorKeywords'], what: 'CSS colour names' },
};

/** `code` (a module of three's `file`) with the body of every method named in JSON_METHODS, and
 *  of the methods UNUSED_PARTS names for the file, replaced by a throw, and the file's unused
 *  tables emptied; the code unchanged if it has none of them. */
export function withoutUnusedParts(code: string, file: string): string {
  const parts = UNUSED_PARTS[file];
  const methods = new Map<string, string>(JSON_METHODS.map((m) => [m, "three.js's JSON format"]));
  for (const m of parts?.methods ?? []) methods.set(m, parts!.what);
  if (![...methods.keys()].some((m) => code.includes(m))) return code;
  const edits: { node: AstNode; text: string; open: string; close: string }[] = [];
  eachNode(parseAst(code), (node) => {
    const key = node.key as (AstNode & { name?: string }) | undefined;
    const what = node.type === 'MethodDefinition' ? methods.get(key?.name ?? '') : undefined;
    if (what) edits.push({ node: (node.value as AstNode).body as AstNode, text: `{ throw new Error(${JSON.stringify(`${what} ${WHY}`)}); }`, open: '{', close: '}' });
    const id = node.id as (AstNode & { name?: string }) | undefined;
    if (node.type === 'VariableDeclarator' && parts?.tables.includes(id?.name ?? '')) edits.push({ node: node.init as AstNode, text: '{}', open: '{', close: '}' });
  });
  // the AST's offsets must be the string's: a method body is a block, a table an object
  for (const e of edits) if (code[e.node.start] !== e.open || code[e.node.end - 1] !== e.close) throw new Error(`withoutUnusedParts: unexpected code in three/src/${file}`);
  return applyEdits(code, edits.map((e) => ({ start: e.node.start, end: e.node.end, text: e.text })), `withoutUnusedParts (three/src/${file})`);
}

export function threeModulesInUse(): Plugin {
  return {
    name: 'craniolab:three-modules-in-use',
    enforce: 'pre',
    load(id) {
      const file = threeSourcePath(id);
      return file !== null && file in STAND_INS ? { code: STAND_INS[file], map: null } : null;
    },
    transform(code, id) {
      const file = threeSourcePath(id);
      if (file === null) return null;
      const out = withoutUnusedParts(code, file);
      return out === code ? null : { code: out, map: null };
    },
  };
}
