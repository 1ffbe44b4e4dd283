// The model's public face. Names and units here are contracts: the scene, the embed API and
// outside checks rely on them. SI inside; names say the unit where it is not SI.

import { csfConstants, csfVolumeChange, stepLogPressure } from './csf';
import { buildMechanics, techniqueResponse } from './mechanics';
import { checkForce, checkSubjectTechnique, Simulation, DEFAULT_STEP_S } from './simulation';
import { paramValues, SUBJECTS, type ParamValues } from './subjects';
import { TECHNIQUES } from './techniques';
import type { SubjectId, TechniqueId } from './types';
import { m3ToML, mLToM3, PA_PER_MMHG } from './units';

export { SUBJECTS, SUBJECT_IDS, paramValues } from './subjects';
export type { Subject, SubjectParams, ParamValues } from './subjects';
export { TECHNIQUES, TECHNIQUE_IDS } from './techniques';
export type { Technique } from './techniques';
export { Simulation, DEFAULT_STEP_S, DEFAULT_RAMP_S, INSTRUMENTS } from './simulation';
export type { SimulationOptions } from './simulation';
export { HEAD_SHAPES, regionAt, BONE_IDS, SUTURE_IDS, surfacePoint, surfaceNormal } from './geometry';
export * from './types';
export * as units from './units';
// PLACEHOLDER until the nonlinear rabbit suture law lands from main (see suture-law.ts)
export { sutureFailureForceN } from './suture-law';
export { downeyStudy } from './contrasts/downey-study';
export type { DowneyStudy, DowneyAnimal, DowneySingleAnimal, DowneyStudyAnova, AnovaTable, AnovaSource } from './contrasts/downey-study';

export interface TouchInput {
  subject: SubjectId;
  technique: TechniqueId;
  /** total force of each hand (or plate pull), N */
  forceN: number;
  params?: Partial<ParamValues>;
}

export interface TouchResponse {
  /** the watched bone at the contact, along the applied force, m */
  boneDisplacementM: number;
  /** opening of the technique's watched suture, m (positive = wider) */
  sutureGapChangeM: number;
  /** change of cranial cavity volume from bone motion, mL (positive = larger) */
  volumeChangeML: number;
  /** change of ICP, mmHg */
  icpChangeMmHg: number;
}

/** The response to a touch held until the mechanics settle, before CSF absorption brings the
 *  pressure back (minutes later: the outflow time constant is ~10 min in adults). */
export function touchResponse({ subject, technique, forceN, params }: TouchInput): TouchResponse {
  checkSubjectTechnique(subject, technique);
  checkForce(forceN);
  const p = paramValues(subject, params);
  const mech = buildMechanics(subject, p);
  const r = techniqueResponse(mech, technique);
  const c = csfConstants(p);
  const s = mech.skullComplianceM3PerPa;
  // No CSF has been absorbed yet (W = 0) and the rhythms are averaged out (V_vasc = 0).
  const y = stepLogPressure(c, s, 0, -forceN * r.volumePerNewton, 0, 0, 0);
  const dP = c.restPa * Math.expm1(y);
  return {
    boneDisplacementM: forceN * r.watchedPerNewton + dP * r.watchedPerPascal,
    sutureGapChangeM: forceN * r.gapPerNewton + dP * r.gapPerPascal,
    volumeChangeML: m3ToML(forceN * r.volumePerNewton + dP * s),
    icpChangeMmHg: dP / PA_PER_MMHG,
  };
}

export interface SimulateInput extends TouchInput {
  durationS: number;
  seed: number;
  stepS?: number;
  /** keep every n-th step (default 1) */
  every?: number;
}

export interface SimulateOutput {
  timeS: Float64Array;
  /** true ICP, mmHg */
  icpMmHg: Float64Array;
  /** watched bone at the contact along the applied force (touch + pressure pulse), m */
  boneDisplacementM: Float64Array;
  /** watched suture opening, m */
  sutureGapChangeM: Float64Array;
  /** force applied at each sample, N (the touch ramps on over the first second) */
  forceN: Float64Array;
}

/** A run from rest: the touch ramps on over the first second and is held. True values only. */
export function simulate({ subject, technique, forceN, durationS, seed, stepS, every, params }: SimulateInput): SimulateOutput {
  if (!(durationS > 0) || !Number.isFinite(durationS) || durationS > 24 * 3600) {
    throw new Error(`durationS must be a positive number of seconds up to one day, got ${durationS}`);
  }
  const sim = new Simulation({ subject, technique, forceN, seed, stepS, params, startTouched: false });
  const keep = Math.max(1, Math.floor(every ?? 1));
  const steps = Math.round(durationS / sim.stepS);
  const n = Math.floor(steps / keep) + 1;
  const out: SimulateOutput = {
    timeS: new Float64Array(n),
    icpMmHg: new Float64Array(n),
    boneDisplacementM: new Float64Array(n),
    sutureGapChangeM: new Float64Array(n),
    forceN: new Float64Array(n),
  };
  const record = (k: number): void => {
    out.timeS[k] = sim.timeS;
    out.icpMmHg[k] = sim.pressurePa / PA_PER_MMHG;
    out.boneDisplacementM[k] = sim.watchedDisplacementM();
    out.sutureGapChangeM[k] = sim.watchedGapM();
    out.forceN[k] = sim.appliedForceN;
  };
  record(0);
  for (let i = 1, k = 1; i <= steps; i++) {
    sim.step();
    if (i % keep === 0) record(k++);
  }
  return out;
}

export interface BolusResult {
  baselineMmHg: number;
  peakMmHg: number;
  /** PVI = dV / log10(P_peak / P_0), mL */
  pviML: number;
}

/** A simulated bolus test (Marmarou 1978): volumeML of fluid injected over one second at rest,
 *  rhythms off, pressure read at the peak. */
export function bolusTest({ subject, volumeML, params }: { subject: SubjectId; volumeML: number; params?: Partial<ParamValues> }): BolusResult {
  checkSubjectTechnique(subject, 'vault-hold');
  if (!(volumeML > 0) || !Number.isFinite(volumeML)) throw new Error(`volumeML must be a positive finite number, got ${volumeML}`);
  const p = paramValues(subject, params);
  const c = csfConstants(p);
  const s = buildMechanics(subject, p).skullComplianceM3PerPa;
  const dt = DEFAULT_STEP_S;
  const injectS = 1;
  const rate = mLToM3(volumeML) / injectS;
  let w = 0;
  let y = 0;
  let peak = c.restPa;
  for (let t = 0; t < injectS - 1e-12; t += dt) {
    // the simulation's own step, with the injection as an extra inflow
    y = stepLogPressure(c, s, w, 0, rate, dt, y);
    const P = c.restPa * Math.exp(y);
    w += csfVolumeChange(c, P, rate, dt);
    peak = Math.max(peak, P);
  }
  return {
    baselineMmHg: c.restPa / PA_PER_MMHG,
    peakMmHg: peak / PA_PER_MMHG,
    pviML: volumeML / Math.log10(peak / c.restPa),
  };
}

