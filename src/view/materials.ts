// Materials of the head and the uniforms they share. Every material reads the same uniform
// objects (one per meaning), so a frame's numbers are written once, in place, and reach bone, CSF
// and brain together: no per-frame allocation, no per-material copies to forget.

import {
  BackSide,
  Color,
  DoubleSide,
  MeshStandardMaterial,
  ShaderMaterial,
  Vector2,
  Vector3,
  Vector4,
  type IUniform,
} from 'three';
import boneVert from '../../shaders/bone.vert.glsl?raw';
import boneFrag from '../../shaders/bone.frag.glsl?raw';
import cutawayGlsl from '../../shaders/cutaway.glsl?raw';
import csfVert from '../../shaders/csf.vert.glsl?raw';
import csfFrag from '../../shaders/csf.frag.glsl?raw';
import brainVert from '../../shaders/brain.vert.glsl?raw';
import brainFrag from '../../shaders/brain.frag.glsl?raw';
import { colormapUniformArray } from './colormap';

export interface HeadUniforms {
  uBoneDisplacementM: IUniform<Float32Array>;
  uDisplacementScale: IUniform<number>;
  uMaxShownM: IUniform<number>;
  uSemiAxesM: IUniform<Vector3>;
  uInnerSemiAxesM: IUniform<Vector3>;
  uCutaway: IUniform<number>;
  uTintAtShownM: IUniform<number>;
  uTintColor: IUniform<Color>;
  uCapColor: IUniform<Color>;
  uSutureColor: IUniform<Color>;
  uSutureStrength: IUniform<number>;
  uSutureHalfWidth: IUniform<number>;
  uCoronalLambdoid: IUniform<Vector4>;
  uSquamousBase: IUniform<Vector4>;
  uFontanelle: IUniform<Vector4>;
  uHoleCentreM: IUniform<Float32Array>;
  uHoleRadiiM: IUniform<Float32Array>;
  uFaceRecess: IUniform<number>;
  uPressureMmHg: IUniform<number>;
  uPressureRangeMmHg: IUniform<Vector2>;
  uTime: IUniform<number>;
  uColormap: IUniform<Float32Array>;
  uFoldScale: IUniform<number>;
  uGyrusColor: IUniform<Color>;
  uSulcusColor: IUniform<Color>;
  uCutColor: IUniform<Color>;
  uLight: IUniform<number>;
}

export function createHeadUniforms(): HeadUniforms {
  return {
    uBoneDisplacementM: { value: new Float32Array(7) },
    uDisplacementScale: { value: 1 },
    uMaxShownM: { value: 0.01 },
    uSemiAxesM: { value: new Vector3(0.075, 0.085, 0.095) },
    uInnerSemiAxesM: { value: new Vector3(0.069, 0.079, 0.089) },
    uCutaway: { value: 0 },
    uTintAtShownM: { value: 0.005 },
    uTintColor: { value: new Color(0xe8793a) },
    uCapColor: { value: new Color(0xd9c39c) },
    uSutureColor: { value: new Color(0x5a4630) },
    uSutureStrength: { value: 0.85 },
    uSutureHalfWidth: { value: 0.006 },
    uCoronalLambdoid: { value: new Vector4() },
    uSquamousBase: { value: new Vector4() },
    uFontanelle: { value: new Vector4() },
    uHoleCentreM: { value: new Float32Array(9) },
    uHoleRadiiM: { value: new Float32Array(9) },
    uFaceRecess: { value: 0 },
    uPressureMmHg: { value: 10 },
    uPressureRangeMmHg: { value: new Vector2(0, 20) },
    uTime: { value: 0 },
    uColormap: { value: colormapUniformArray() },
    uFoldScale: { value: 1 },
    uGyrusColor: { value: new Color(0xe2b5aa) },
    uSulcusColor: { value: new Color(0x9a6260) },
    uCutColor: { value: new Color(0xeadbd0) },
    uLight: { value: 1 },
  };
}

const BONE_UNIFORM_NAMES = [
  'uBoneDisplacementM',
  'uDisplacementScale',
  'uMaxShownM',
  'uSemiAxesM',
  'uInnerSemiAxesM',
  'uCutaway',
  'uTintAtShownM',
  'uTintColor',
  'uCapColor',
  'uSutureColor',
  'uSutureStrength',
  'uSutureHalfWidth',
  'uCoronalLambdoid',
  'uSquamousBase',
  'uFontanelle',
  'uHoleCentreM',
  'uHoleRadiiM',
  'uFaceRecess',
] as const;

export interface BoneMaterialOptions {
  color: number;
  /** vault bones: sutures, fontanelle and motion tint; off for the fixed face and base */
  vault: boolean;
  /** facial parts: hidden where they would poke into the cranial cavity, never cut away */
  face?: boolean;
  /** the dark bowl of an orbit or the nasal aperture, seen from inside through its hole */
  socket?: boolean;
  roughness?: number;
}

/**
 * Bone: MeshStandardMaterial (so it stays lit like the rest of three's scene) extended with the
 * per-bone displacement, the sutures, the motion tint and the cutaway.
 */
export function createBoneMaterial(u: HeadUniforms, o: BoneMaterialOptions): MeshStandardMaterial {
  const m = new MeshStandardMaterial({
    color: o.color,
    roughness: o.roughness ?? 0.72,
    metalness: 0,
    side: DoubleSide,
  });
  if (o.vault) m.defines = { VAULT: '' };
  else if (o.socket) m.defines = { FACE: '', SOCKET: '' };
  else if (o.face) m.defines = { FACE: '' };
  if (o.socket) m.side = BackSide;
  const key = `craniolab-bone-${o.vault ? 'vault' : o.socket ? 'socket' : o.face ? 'face' : 'fixed'}`;
  m.customProgramCacheKey = () => key;
  m.onBeforeCompile = (shader) => {
    for (const name of BONE_UNIFORM_NAMES) shader.uniforms[name] = u[name];
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${boneVert}`)
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
        vShownM = shownDisplacementM();
        transformed += headOutwardNormal() * vShownM;
        vUnit = aUnit;
        vHeadPosM = position;`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${cutawayGlsl}\n${boneFrag}`)
      .replace(
        '#include <clipping_planes_fragment>',
        `#include <clipping_planes_fragment>
        #ifdef FACE
        // simple overlapping shapes: keep them out of the cranial cavity, and cut them only
        // where they overlap the vault's bone, so the face stays whole in the cutaway
        vec3 plainPos = unrecess(vHeadPosM);
        #ifndef SOCKET
        if (length(plainPos / uInnerSemiAxesM) < 1.0) discard;
        #endif
        if (removedByCutaway(vHeadPosM) && length(plainPos / uSemiAxesM) < 1.0) discard;
        #else
        if (removedByCutaway(vHeadPosM)) discard;
        #endif
        #if defined(VAULT) || (defined(FACE) && !defined(SOCKET))
        if (inFaceHole(vHeadPosM)) discard;
        #endif
        #ifdef VAULT
        vec3 headU = normalize(vUnit);
        float fontanelle = fontanelleCoord(headU);
        if (fontanelle < 1.0) discard;
        #endif`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        #ifdef VAULT
        float motion = clamp(abs(vShownM) / uTintAtShownM, 0.0, 1.0);
        diffuseColor.rgb = mix(diffuseColor.rgb, uTintColor, 0.45 * motion);
        float suture = max(sutureMask(headU), 0.8 * (1.0 - smoothstep(1.0, 1.12, fontanelle)));
        diffuseColor.rgb = mix(diffuseColor.rgb, uSutureColor, suture * uSutureStrength);
        #endif`,
      )
      .replace(
        '#include <dithering_fragment>',
        `#include <dithering_fragment>
        #ifndef SOCKET
        if (!gl_FrontFacing) gl_FragColor = vec4(uCapColor, 1.0);
        #endif`,
      );
  };
  return m;
}

const CSF_UNIFORM_NAMES = [
  'uBoneDisplacementM',
  'uDisplacementScale',
  'uMaxShownM',
  'uSemiAxesM',
  'uCutaway',
  'uPressureMmHg',
  'uPressureRangeMmHg',
  'uTime',
  'uColormap',
] as const;

export type CsfVariant = 'layer' | 'ventricle' | 'membrane';

/** CSF coloured by pressure: the subarachnoid layer, the ventricles, the fontanelle membrane. */
export function createCsfMaterial(u: HeadUniforms, variant: CsfVariant): ShaderMaterial {
  const uniforms: Record<string, IUniform> = { uOpacity: { value: variant === 'membrane' ? 0.72 : 1 } };
  for (const name of CSF_UNIFORM_NAMES) uniforms[name] = u[name];
  const defines: Record<string, string> = {};
  if (variant === 'layer') defines.FOLLOWS_BONES = '';
  if (variant === 'membrane') defines.MEMBRANE = '';
  return new ShaderMaterial({
    uniforms,
    defines,
    vertexShader: csfVert,
    fragmentShader: `${cutawayGlsl}\n${csfFrag}`,
    side: DoubleSide,
    transparent: variant === 'membrane',
    depthWrite: variant !== 'membrane',
  });
}

export function createBrainMaterial(u: HeadUniforms): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: {
      uCutaway: u.uCutaway,
      uFoldScale: u.uFoldScale,
      uGyrusColor: u.uGyrusColor,
      uSulcusColor: u.uSulcusColor,
      uCutColor: u.uCutColor,
      uLight: u.uLight,
    },
    vertexShader: brainVert,
    fragmentShader: `${cutawayGlsl}\n${brainFrag}`,
    side: DoubleSide,
  });
}
