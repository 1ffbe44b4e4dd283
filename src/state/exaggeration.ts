// The exaggeration the scene shows, from the state: 1 at true scale, the chosen factor, or, for
// 'auto' (the default), the factor that fits the subject. One x1,000,000 for every head would
// start the infant and the rabbit "clipped" (their bones move 40-50 times more than the adult's),
// so 'auto' takes the largest of 1, 2 or 5 x 10^n that shows the subject's largest bone motion at
// the factory set-up (the default force and technique, heartbeat and breathing included) at no
// more than AUTO_FILL of the scene's limit, and never above x1,000,000 (EXAGGERATION_RANGE's
// default), so every subject but the smaller ones keeps the factor students know.
// The motion comes from the model (a short seeded run); nothing here is physics of its own.

import { BONE_IDS, HEAD_SHAPES, Simulation } from '../model/index';
import { memoize } from '../model/memo';
import type { SubjectId } from '../model/types';
import { gramsToNewtons } from '../model/units';
import type { AppState } from './app-state';
import { EXAGGERATION_RANGE, FORCE_RANGE_G, MAX_SHOWN_FRACTION } from './ranges';
import { optionNamed } from './url-schema';

/** 'auto' fills at most this fraction of the scene's limit, leaving room for a firmer touch. */
export const AUTO_FILL = 0.5;
/** Seconds of model time searched for the largest motion: ~35 heartbeats, 5 breaths, half a slow wave. */
const AUTO_RUN_S = 30;
/**
 * Largest |bone displacement| of any bone, m, over AUTO_RUN_S at the factory set-up (seed 1).
 * With the force held, each bone's displacement is linear in the pressure change (model/
 * simulation.ts `frame`), so its extremes fall where the pressure is extreme: a frame is read
 * only when the pressure reaches a new high or low (a few dozen frames, not 15,000).
 */
export const peakBoneMotionM = memoize((subject: SubjectId): number => {
  const technique = optionNamed('technique')!.default as AppState['technique'];
  const sim = new Simulation({ subject, technique, forceN: gramsToNewtons(FORCE_RANGE_G.default), seed: 1, startTouched: true });
  const steps = Math.round(AUTO_RUN_S / sim.stepS);
  let peak = 0;
  let hi = -Infinity;
  let lo = Infinity;
  for (let i = 0; i <= steps; i++) {
    if (i > 0) sim.step();
    const p = sim.pressurePa;
    if (p <= hi && p >= lo) continue;
    hi = Math.max(hi, p);
    lo = Math.min(lo, p);
    const d = sim.frame().boneDisplacementM;
    for (const b of BONE_IDS) peak = Math.max(peak, Math.abs(d[b] ?? 0));
  }
  return peak;
});

/** The largest 1, 2 or 5 x 10^n not above `x` (x >= 1). */
function niceFloor(x: number): number {
  const decade = 10 ** Math.floor(Math.log10(x));
  const m = x / decade;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * decade;
}

/** The factor 'auto' gives this subject. */
export const fittedExaggeration = memoize((subject: SubjectId): number => {
  const limitM = AUTO_FILL * MAX_SHOWN_FRACTION * Math.max(...HEAD_SHAPES[subject].semiAxesM);
  const peak = peakBoneMotionM(subject);
  const fit = peak > 0 ? limitM / peak : EXAGGERATION_RANGE.default;
  return Math.min(EXAGGERATION_RANGE.default, Math.max(EXAGGERATION_RANGE.min, niceFloor(Math.max(1, fit))));
});

/** The factor the scene, the captions and the exports state (1 = true scale). */
export function shownExaggeration(s: Pick<AppState, 'trueScale' | 'exaggeration' | 'subject'>): number {
  if (s.trueScale) return 1;
  return s.exaggeration === 'auto' ? fittedExaggeration(s.subject) : s.exaggeration;
}
