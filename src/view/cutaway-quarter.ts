// The quarter of the head the cutaway removes, declared once. The shaders discard what lies in it
// (removedByCutaway in shaders/cutaway.glsl, which reads the CUTAWAY_QUARTER define the materials
// prepend), and the layers drawn only in the cutaway leave out the triangles it removes whole
// (withoutCutAway, head-geometry.ts): both from the signs below, so the two cannot disagree.

/**
 * The removed quarter: the head-frame points whose x has the sign `x` and whose z has the sign
 * `z`. The subject's left (x < 0) and front (z > 0): the quarter that faces the default camera
 * (orbit-camera.ts), so every layer shows its section towards the viewer.
 */
export const CUTAWAY_QUARTER = { x: -1, z: 1 } as const;

/** True for a head-frame point the cutaway removes (when it is open). */
export function inCutawayQuarter(x: number, z: number): boolean {
  return x * CUTAWAY_QUARTER.x > 0 && z * CUTAWAY_QUARTER.z > 0;
}

/** GLSL preamble for every shader that includes cutaway.glsl (see materials.ts). */
export const CUTAWAY_QUARTER_DEFINE = `#define CUTAWAY_QUARTER vec2(${CUTAWAY_QUARTER.x.toFixed(1)}, ${CUTAWAY_QUARTER.z.toFixed(1)})`;
