// The model's public face. Names and units here are contracts: the scene, the embed API and
// outside checks rely on them. SI inside; names say the unit where it is not SI.

import { csfConstants, csfVolumeChange, stepLogPressure } from './csf';
import { fontanelleIndentPerNewton } from './fontanelle';
import { boneApproachPerNewton, buildMechanics, techniqueToeGapM, techniqueResponse } from './mechanics';
import { scalpCompressionM } from './scalp';
import { checkForce, checkSubject, checkSubjectTechnique, Simulation, DEFAULT_STEP_S } from './simulation';
import { paramValues, type ParamValues } from './subjects';
import type { SubjectId, TechniqueId, Vec3 } from './types';
import { m3ToML, mLToM3, PA_PER_MMHG } from './units';

export { SUBJECTS, SUBJECT_IDS, paramValues } from './subjects';
export type { Subject, SubjectParams, ParamValues } from './subjects';
export { TECHNIQUES, TECHNIQUE_IDS, watchedContact } from './techniques';
export type { Technique } from './techniques';
export { Simulation, DEFAULT_STEP_S, DEFAULT_RAMP_S, INSTRUMENTS, cardiacPulseMmHg } from './simulation';
export type { SimulationOptions } from './simulation';
export { HEAD_SHAPES, regionAt, BONE_IDS, SUTURE_IDS, surfacePoint, surfaceNormal } from './geometry';
export * from './types';
export * as units from './units';
// The Downey 2006 study (and the F distribution it needs) is exported from './contrasts', not
// here: this module is on the first view's path, and the bundler cannot drop a CommonJS package.
export type { DowneyStudy, DowneyAnimal, DowneySingleAnimal, DowneyStudyAnova } from './contrasts/downey-study';
export type { AnovaTable, AnovaSource } from './contrasts/anova';

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
  /** how far the watched contact sinks into the scalp, m (what a practitioner's fingertip feels
   *  give; 0 for Downey's plates, screwed to the bone) */
  scalpCompressionM: number;
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
  // No CSF has been absorbed yet (W = 0) and the rhythms are averaged out (V_vasc = 0).
  const y = stepLogPressure(c, 0, -forceN * r.volumePerNewton, 0, 0, 0);
  const dP = c.restPa * Math.expm1(y);
  return {
    boneDisplacementM: forceN * r.watchedPerNewton + dP * r.watchedPerPascal,
    sutureGapChangeM: forceN * r.gapPerNewton + dP * r.gapPerPascal + techniqueToeGapM(r, p, forceN),
    volumeChangeML: m3ToML(forceN * r.volumePerNewton + dP * mech.skullComplianceM3PerPa),
    icpChangeMmHg: dP / PA_PER_MMHG,
    scalpCompressionM: scalpCompressionM(forceN * r.watchedNormalPerNewton, r.watchedContactRadiusM, p),
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
  checkSubject(subject);
  if (!(volumeML > 0) || !Number.isFinite(volumeML)) throw new Error(`volumeML must be a positive finite number, got ${volumeML}`);
  const p = paramValues(subject, params);
  const c = csfConstants(p);
  const dt = DEFAULT_STEP_S;
  const injectS = 1;
  const rate = mLToM3(volumeML) / injectS;
  let w = 0;
  let y = 0;
  let peak = c.restPa;
  for (let t = 0; t < injectS - 1e-12; t += dt) {
    // the simulation's own step, with the injection as an extra inflow
    y = stepLogPressure(c, w, 0, rate, dt, y);
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


export type IndentSite = 'vertex' | 'frontal' | 'parietal' | 'occipital' | 'fontanelle';

/** Where each indentation site lies on the unit head (x right, y up, z forward): on the bone the
 *  name says, in every subject's partition (tested). The fontanelle is found from the geometry. */
export const INDENT_SITES: Readonly<Record<Exclude<IndentSite, 'fontanelle'>, Vec3>> = {
  vertex: [0, 1, 0],
  frontal: [0, 0.45, 0.89],
  parietal: [0.8, 0.55, -0.2],
  occipital: [0, 0.25, -0.97],
};
export const INDENT_SITE_IDS: readonly IndentSite[] = ['vertex', 'frontal', 'parietal', 'occipital', 'fontanelle'];
/** a fingertip pad through the scalp, m (model assumption) */
export const DEFAULT_CONTACT_RADIUS_M = 0.005;

export interface IndentInput {
  subject: SubjectId;
  site: IndentSite;
  /** force pushing inward along the surface normal, N */
  forceN: number;
  /** radius of the rigid round contact, m (default 0.005, a fingertip pad) */
  contactRadiusM?: number;
  params?: Partial<ParamValues>;
}

export interface IndentResult {
  /** the bone under the contact moving toward the support, inward positive, m: the skull's own
   *  deformation between contact and support, no soft tissue (at the fontanelle: the membrane) */
  boneDisplacementM: number;
  /** the soft tissue squeezed under the contact, m */
  scalpCompressionM: number;
  /** the contact's travel relative to the support: scalp at the contact + bone + scalp at the
   *  support, m */
  surfaceDisplacementM: number;
}

/** A quasi-static indentation of the head through a rigid round contact, the head resting on a
 *  rigid support of the same size opposite the site (as in Yoganandan 1995's whole-head tests). */
export function indent({ subject, site, forceN, contactRadiusM = DEFAULT_CONTACT_RADIUS_M, params }: IndentInput): IndentResult {
  checkSubject(subject);
  checkForce(forceN);
  if (!(contactRadiusM > 0) || !Number.isFinite(contactRadiusM) || contactRadiusM > 0.05) {
    throw new Error(`contactRadiusM must be a radius in metres between 0 and 0.05, got ${contactRadiusM}`);
  }
  const p = paramValues(subject, params);
  const mech = buildMechanics(subject, p);
  let bone: number;
  if (site === 'fontanelle') {
    if (!mech.fontanelle) throw new Error(`site 'fontanelle' needs an open fontanelle: only the infant has one, not the ${subject}`);
    bone = forceN * fontanelleIndentPerNewton(mech.fontanelle, contactRadiusM);
  } else {
    const u = INDENT_SITES[site];
    if (!u) throw new Error(`unknown site '${String(site)}': use one of ${INDENT_SITE_IDS.join(', ')}`);
    const l = Math.hypot(u[0], u[1], u[2]);
    bone = forceN * boneApproachPerNewton(mech, [u[0] / l, u[1] / l, u[2] / l], contactRadiusM, contactRadiusM);
  }
  const scalp = scalpCompressionM(forceN, contactRadiusM, p);
  return { boneDisplacementM: bone, scalpCompressionM: scalp, surfaceDisplacementM: scalp + bone + scalp };
}

export interface InfusionInput {
  subject: SubjectId;
  rateMLPerMin: number;
  durationS: number;
  params?: Partial<ParamValues>;
  seed?: number;
}

export interface InfusionResult {
  /** mean ICP over the minute before the infusion starts, mmHg */
  baselineMmHg: number;
  /** mean ICP over the last minute of the infusion, mmHg */
  plateauMmHg: number;
  /** (plateau - baseline) / rate, mmHg/(mL/min) */
  outflowResistance: number;
}

/** A constant-rate infusion test (Katzman & Hussey 1970): fluid infused at a fixed rate until
 *  the pressure levels off, where absorption takes the extra inflow: P_plateau = P_0 + I R_out.
 *  The rhythms run, as they do in a patient; pressures are means over a minute. */
export function infusionTest({ subject, rateMLPerMin, durationS, params, seed = 1 }: InfusionInput): InfusionResult {
  checkSubject(subject);
  if (!(rateMLPerMin > 0) || !Number.isFinite(rateMLPerMin) || rateMLPerMin > 100) {
    throw new Error(`rateMLPerMin must be a positive rate up to 100 mL/min, got ${rateMLPerMin}`);
  }
  if (!(durationS >= 60) || !Number.isFinite(durationS) || durationS > 24 * 3600) {
    throw new Error(`durationS must be at least 60 s (the plateau is a one-minute mean) and at most a day, got ${durationS}`);
  }
  const meanOver = (sim: Simulation, seconds: number): number => {
    let sum = 0;
    const n = Math.round(seconds / sim.stepS);
    for (let i = 0; i < n; i++) {
      sim.step();
      sum += sim.pressurePa;
    }
    return sum / n / PA_PER_MMHG;
  };
  const base = new Simulation({ subject, technique: 'vault-hold', forceN: 0, seed, params, stepS: 0.01 });
  const baselineMmHg = meanOver(base, 60);
  const sim = new Simulation({ subject, technique: 'vault-hold', forceN: 0, seed, params, stepS: 0.01, infusionMLPerMin: rateMLPerMin });
  sim.advance(durationS - 60);
  const plateauMmHg = meanOver(sim, 60);
  return { baselineMmHg, plateauMmHg, outflowResistance: (plateauMmHg - baselineMmHg) / rateMLPerMin };
}

/** The force at which Downey's rabbit plate-and-suture construct fails (the plates pull out or
 *  the suture tears), N; Infinity for subjects without that construct. */
export function sutureFailureForceN(params?: Partial<ParamValues>): number {
  return paramValues('rabbit', params).distractionFailure;
}

/** How the skull's compliance splits, m^3/Pa, and what share of the whole craniospinal
 *  compliance at rest (1 / (k P), measured in vivo) it is. */
export function skullCompliance(subject: SubjectId, params?: Partial<ParamValues>) {
  const p = paramValues(subject, params);
  const m = buildMechanics(subject, p);
  const c = csfConstants(p);
  const total = 1 / (c.k * c.restPa);
  return {
    rigidM3PerPa: m.rigidComplianceM3PerPa,
    shellM3PerPa: m.shellComplianceM3PerPa,
    fontanelleM3PerPa: m.fontanelleComplianceM3PerPa,
    skullM3PerPa: m.skullComplianceM3PerPa,
    craniospinalM3PerPa: total,
    skullShare: m.skullComplianceM3PerPa / total,
    fontanelle: m.fontanelle,
  };
}
