// Model frame -> pixels, once per frame: the bones' true displacements (m) and the display
// exaggeration into the shared uniforms, the shown (exaggerated, clipped) motion per bone slot
// for the contacts to follow, the CSF pressure and its legend range. No physics, and no
// allocation per frame: everything is written in place.

import { BONE_IDS } from '../model/geometry';
import type { SimFrame } from '../model/types';
import { MAX_SHOWN_FRACTION } from '../state/ranges';
import { BONE_SLOTS, FIXED_BONE_INDEX } from './bone-slots';
import type { HeadUniforms } from './uniforms';

/** Shown motion giving the full warm tint, as a fraction of the largest semi-axis. */
const TINT_FULL_FRACTION = MAX_SHOWN_FRACTION;
/** Legend range used when the one asked for is unusable, mmHg. */
export const FALLBACK_ICP_RANGE_MMHG: readonly [number, number] = [0, 20];

export interface FrameInput {
  /** latest model frame (bone displacements m, icpMmHg, timeS), null before the first */
  frame: SimFrame | null;
  /** display factor, 1 = true scale */
  exaggeration: number;
  /** the colour map's and legend's range, mmHg */
  icpRangeMmHg: readonly [number, number];
}

type FrameUniforms = Pick<
  HeadUniforms,
  'uBoneDisplacementM' | 'uDisplacementScale' | 'uMaxShownM' | 'uTintAtShownM' | 'uPressureMmHg' | 'uPressureRangeMmHg' | 'uTime'
>;

const finiteOr = (v: number | undefined, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export class FrameMapper {
  /** shown outward displacement per bone slot, m (exaggerated, clipped) */
  readonly shownM = new Float32Array(BONE_SLOTS);
  /** the exaggeration in use (1 when the input's is unusable) */
  exaggeration = 1;
  /** some bone's shown motion was clipped to fit the view */
  clipped = false;
  /** ICP now, mmHg, or null without a usable frame */
  icpMmHg: number | null = null;
  /** the legend range in use, mmHg */
  readonly rangeMmHg: [number, number] = [...FALLBACK_ICP_RANGE_MMHG];

  constructor(private readonly u: FrameUniforms) {}

  /** `headSizeM`: the head's largest semi-axis, m (sets the clipping and tint scale). */
  map(input: FrameInput, headSizeM: number): void {
    const u = this.u;
    const x = Number.isFinite(input.exaggeration) && input.exaggeration > 0 ? input.exaggeration : 1;
    this.exaggeration = x;
    const maxShown = MAX_SHOWN_FRACTION * headSizeM;
    u.uDisplacementScale.value = x;
    u.uMaxShownM.value = maxShown;
    u.uTintAtShownM.value = TINT_FULL_FRACTION * headSizeM;

    const frame = input.frame;
    const disp = u.uBoneDisplacementM.value;
    let maxAbsM = 0;
    for (let i = 0; i < BONE_IDS.length; i++) {
      const d = frame ? finiteOr(frame.boneDisplacementM[BONE_IDS[i]], 0) : 0;
      disp[i] = d;
      maxAbsM = Math.max(maxAbsM, Math.abs(d));
    }
    disp[FIXED_BONE_INDEX] = 0;
    for (let i = 0; i < BONE_SLOTS; i++) this.shownM[i] = Math.min(maxShown, Math.max(-maxShown, disp[i] * x));
    this.clipped = maxAbsM * x > maxShown;

    let lo = input.icpRangeMmHg?.[0];
    let hi = input.icpRangeMmHg?.[1];
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi > lo)) [lo, hi] = FALLBACK_ICP_RANGE_MMHG;
    this.rangeMmHg[0] = lo;
    this.rangeMmHg[1] = hi;
    u.uPressureRangeMmHg.value.set(lo, hi);
    this.icpMmHg = frame && Number.isFinite(frame.icpMmHg) ? frame.icpMmHg : null;
    u.uPressureMmHg.value = this.icpMmHg ?? lo;
    u.uTime.value = frame ? finiteOr(frame.timeS, 0) : 0;
  }
}
