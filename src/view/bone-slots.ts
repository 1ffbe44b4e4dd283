// The slots of the per-bone displacement array that geometry, uniforms and shaders share: one per
// moving bone in the model's BONE_IDS order, then one for everything that never moves (skull
// base, face, ventricles). Derived from the model, so a bone added there reaches every shader;
// the shaders size their arrays with the BONE_SLOTS define the materials prepend.

import { BONE_IDS } from '../model/geometry';

/** Slot of the parts that never move; its displacement is always 0. */
export const FIXED_BONE_INDEX = BONE_IDS.length;

/** Moving bones plus the fixed slot. */
export const BONE_SLOTS = BONE_IDS.length + 1;

/** GLSL preamble for every shader that reads uBoneDisplacementM (see materials.ts). */
export const BONE_SLOTS_DEFINE = `#define BONE_SLOTS ${BONE_SLOTS}`;
