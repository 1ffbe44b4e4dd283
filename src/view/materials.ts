// Materials of the head. Every material reads the same uniform objects (uniforms.ts), every
// shader that indexes bones gets the BONE_SLOTS define (bone-slots.ts) prepended here, so the
// GLSL carries no bone count of its own, and every shader the cutaway cuts gets cutaway.glsl with
// the CUTAWAY_QUARTER define (cutaway-quarter.ts) before it.

import { DoubleSide, MeshStandardMaterial, ShaderMaterial, type IUniform } from 'three';
import boneVert from '../../shaders/bone.vert.glsl?raw';
import boneFrag from '../../shaders/bone.frag.glsl?raw';
import cutawayRule from '../../shaders/cutaway.glsl?raw';
import csfVert from '../../shaders/csf.vert.glsl?raw';
import csfFrag from '../../shaders/csf.frag.glsl?raw';
import brainVert from '../../shaders/brain.vert.glsl?raw';
import brainFrag from '../../shaders/brain.frag.glsl?raw';
import { BONE_SLOTS_DEFINE } from './bone-slots';
import { CUTAWAY_QUARTER_DEFINE } from './cutaway-quarter';
import { FIXED_COLORS, PROFILES } from './color-profiles';
import type { HeadUniforms } from './uniforms';

/** The cutaway's rule with the quarter it removes (cutaway.glsl needs the define). */
const cutawayGlsl = `${CUTAWAY_QUARTER_DEFINE}\n${cutawayRule}`;

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
  'uFaceRecess',
] as const;

export interface BoneMaterialOptions {
  color: number;
  /** vault bones: sutures, fontanelle and motion tint; off for the fixed face and base */
  vault: boolean;
  /** the sculpted skull (skull-mesh.ts): vault bones move, the face and jaw stay; shaded by its
   *  per-vertex occlusion colour; cut away only where it is vault */
  skull?: boolean;
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
  if (o.skull) {
    m.defines = { VAULT: '', SKULL: '' };
    m.vertexColors = true;
  } else if (o.vault) m.defines = { VAULT: '' };
  const key = `craniolab-bone-${o.skull ? 'skull' : o.vault ? 'vault' : 'fixed'}`;
  m.customProgramCacheKey = () => key;
  m.onBeforeCompile = (shader) => {
    for (const name of BONE_UNIFORM_NAMES) shader.uniforms[name] = u[name];
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${BONE_SLOTS_DEFINE}\n${boneVert}`)
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
        #ifdef SKULL
        // one surface for vault and face: the cutaway opens the vault (and hides orbit walls
        // that reach into the cranial cavity); the face and jaw in front of it stay whole
        vec3 plainPos = unrecess(vHeadPosM);
        float vaultExtent = length(plainPos / uSemiAxesM);
        #ifndef SKULL_CLOSED
        if (uCutaway > 0.5 && length(plainPos / uInnerSemiAxesM) < 1.0) discard;
        if (removedByCutaway(vHeadPosM) && vaultExtent < 1.06 && normalize(plainPos / uSemiAxesM).y > uSquamousBase.z - 0.32) discard;
        #endif
        #else
        if (removedByCutaway(vHeadPosM)) discard;
        #endif
        // SKULL_CLOSED: nothing cuts the closed skull (no cutaway, no open fontanelle, and it
        // carves its own orbits), and a shader without discard keeps the early depth test, which
        // a software renderer needs to skip the face's hidden layers
        #ifdef VAULT
        vec3 headU = normalize(vUnit);
        float fontanelle = fontanelleCoord(headU);
        #ifndef SKULL_CLOSED
        if (fontanelle < 1.0) discard;
        #endif
        #endif`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        #ifdef VAULT
        float motion = clamp(abs(vShownM) / uTintAtShownM, 0.0, 1.0);
        diffuseColor.rgb = mix(diffuseColor.rgb, uTintColor, 0.45 * motion);
        float suture = max(sutureMask(headU), 0.8 * (1.0 - smoothstep(1.0, 1.12, fontanelle)));
        #ifdef SKULL
        // sutures belong to the vault surface, not to the face or jaw below it
        suture *= 1.0 - smoothstep(0.04, 0.08, abs(vaultExtent - 1.0));
        #endif
        diffuseColor.rgb = mix(diffuseColor.rgb, uSutureColor, suture * uSutureStrength);
        #endif`,
      )
      .replace(
        '#include <dithering_fragment>',
        `#include <dithering_fragment>
        if (!gl_FrontFacing) gl_FragColor = vec4(uCapColor, 1.0);`,
      );
  };
  return m;
}

/**
 * The scalp: translucent skin over the vault that rides on the bones beneath it (the bone
 * vertex additions, so at any exaggeration the bone never shows through it).
 */
function createScalpMaterial(u: HeadUniforms): MeshStandardMaterial {
  const m = new MeshStandardMaterial({ color: FIXED_COLORS.skin, roughness: 0.6, transparent: true, opacity: 0.32, depthWrite: false });
  m.customProgramCacheKey = () => 'craniolab-scalp';
  m.onBeforeCompile = (shader) => {
    for (const name of ['uBoneDisplacementM', 'uDisplacementScale', 'uMaxShownM', 'uSemiAxesM'] as const) shader.uniforms[name] = u[name];
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${BONE_SLOTS_DEFINE}\n${boneVert}`)
      .replace('#include <begin_vertex>', `#include <begin_vertex>\n        vShownM = shownDisplacementM();\n        transformed += headOutwardNormal() * vShownM;\n        vUnit = aUnit;\n        vHeadPosM = position;`);
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
    vertexShader: `${BONE_SLOTS_DEFINE}\n${csfVert}`,
    fragmentShader: `${cutawayGlsl}\n${csfFrag}`,
    side: DoubleSide,
    transparent: variant === 'membrane',
    depthWrite: variant !== 'membrane',
  });
}

function createBrainMaterial(u: HeadUniforms): ShaderMaterial {
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

/** One set per scene; every head mesh uses one of these, whatever the subject. */
export interface HeadMaterials {
  skull: MeshStandardMaterial;
  vault: MeshStandardMaterial;
  fixed: MeshStandardMaterial;
  csf: ShaderMaterial;
  ventricle: ShaderMaterial;
  membrane: ShaderMaterial;
  brain: ShaderMaterial;
  scalp: MeshStandardMaterial;
}

export function createHeadMaterials(u: HeadUniforms): HeadMaterials {
  const bone = PROFILES.default.bone;
  return {
    skull: createBoneMaterial(u, { color: bone, vault: true, skull: true }),
    vault: createBoneMaterial(u, { color: bone, vault: true }),
    fixed: createBoneMaterial(u, { color: bone, vault: false }),
    csf: createCsfMaterial(u, 'layer'),
    ventricle: createCsfMaterial(u, 'ventricle'),
    membrane: createCsfMaterial(u, 'membrane'),
    brain: createBrainMaterial(u),
    scalp: createScalpMaterial(u),
  };
}
