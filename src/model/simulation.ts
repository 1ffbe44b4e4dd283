// Time simulation: the CSF compartment driven by the body's rhythms, coupled to the skull
// mechanics under a touch that ramps on, holds and releases. Fixed step, backward Euler for the
// slow CSF volume (see csf.ts); the mechanics is quasi-static and exact at every step.

import { csfConstants, csfVolumeChange, LogPressureStep, stepLogPressure, type CsfConstants } from './csf';
import { BONE_IDS, SUTURE_IDS } from './geometry';
import {
  boneNormalDisplacements,
  buildMechanics,
  techniqueToeGapM,
  sutureOpening,
  techniqueResponse,
  type SkullMechanics,
  type TechniqueResponse,
} from './mechanics';
import { scalpCompressionM } from './scalp';
import { Oscillator } from './oscillator';
import { hashedGaussian, SeededRandom } from './random';
import { paramValues, SUBJECTS, type ParamValues } from './subjects';
import { TECHNIQUES } from './techniques';
import type { BoneId, SimFrame, SubjectId, SutureId, TechniqueId } from './types';
import { mLPerMinToM3PerS, mLToM3, mmHgToPa, PA_PER_MMHG } from './units';

/** default step: 2 ms, 120 steps per heartbeat even at a rabbit's 250 bpm */
export const DEFAULT_STEP_S = 0.002;
/** a practitioner eases into and out of a hold (model assumption) */
export const DEFAULT_RAMP_S = 1;

/** Simulated instruments (model assumptions: doc/model.md section 6). */
export const INSTRUMENTS = {
  /** epidural transducer: reads whole mmHg, with ~0.3 mmHg noise (model assumption) */
  icpResolutionMmHg: 1,
  icpNoiseMmHg: 0.3,
  /** radiograph + digital caliper: reads 0.01 mm, plate edges blur ~0.03 mm (model assumption);
   *  the smallest movement it can tell apart is about 0.1 mm (Downey saw none at 100 g) */
  caliperReadingM: 1e-5,
  caliperNoiseM: 3e-5,
  caliperResolutionM: 1e-4,
} as const;

export interface SimulationOptions {
  subject: SubjectId;
  technique: TechniqueId;
  forceN: number;
  seed?: number;
  stepS?: number;
  params?: Partial<ParamValues>;
  /** true: the touch is already applied at t = 0; false: it ramps on from zero */
  startTouched?: boolean;
  /** constant-rate infusion into the CSF space (Katzman & Hussey 1970), mL/min; default 0 */
  infusionMLPerMin?: number;
}

export function checkForce(forceN: number): void {
  if (typeof forceN !== 'number' || Number.isNaN(forceN)) throw new Error(`force must be a number of newtons, got ${String(forceN)}`);
  if (!Number.isFinite(forceN)) throw new Error(`force must be finite, got ${forceN} N`);
  if (forceN < 0) throw new Error(`force must not be negative (got ${forceN} N): a hand pushes or pulls with a magnitude; the technique sets the direction`);
}

export function checkSubject(subject: SubjectId): void {
  if (!Object.prototype.hasOwnProperty.call(SUBJECTS, subject)) {
    throw new Error(`unknown subject '${String(subject)}': use one of ${Object.keys(SUBJECTS).join(', ')}`);
  }
}

export function checkSubjectTechnique(subject: SubjectId, technique: TechniqueId): void {
  checkSubject(subject);
  if (!Object.prototype.hasOwnProperty.call(TECHNIQUES, technique)) {
    throw new Error(`unknown technique '${String(technique)}': use one of ${Object.keys(TECHNIQUES).join(', ')}`);
  }
}

// Cardiac blood volume waveform: a fundamental with two harmonics gives the familiar
// P1 > P2 > P3 shape (model assumption, shape only; its size is the subject's arterial pulse
// volume, and the pressure pulse is what the PV curve makes of it).
// The second and third harmonics' amplitudes (the fundamental's is 1) and phases, rad.
const H2 = 0.45;
const PHI2 = 0.7;
const H3 = 0.18;
const PHI3 = 1.4;
const cardiacWave = (phase: number): number => Math.sin(phase) + H2 * Math.sin(2 * phase + PHI2) + H3 * Math.sin(3 * phase + PHI3);
const [COS_PHI2, SIN_PHI2, COS_PHI3, SIN_PHI3] = [Math.cos(PHI2), Math.sin(PHI2), Math.cos(PHI3), Math.sin(PHI3)];
const CARDIAC_RANGE = (() => {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < 4096; i++) {
    const v = cardiacWave((2 * Math.PI * i) / 4096);
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return { lo, hi };
})();
const CARDIAC_P2P = CARDIAC_RANGE.hi - CARDIAC_RANGE.lo;

/** Peak-to-peak ICP pulse the heartbeat's blood volume makes at resting pressure, mmHg: the
 *  arterial pulse volume passed through the exponential PV curve (so it grows with mean ICP,
 *  Avezaat 1979). */
export function cardiacPulseMmHg(subject: SubjectId, params?: Partial<ParamValues>): number {
  const p = paramValues(subject, params);
  const c = csfConstants(p);
  const amp = mLToM3(p.arterialPulseVolume) / CARDIAC_P2P;
  return (c.restPa * (Math.exp(c.k * amp * CARDIAC_RANGE.hi) - Math.exp(c.k * amp * CARDIAC_RANGE.lo))) / PA_PER_MMHG;
}

/** Respiratory sinus arrhythmia: heart rate swings about +/-5 % with breathing (model assumption). */
export const RSA_DEPTH = 0.05;

export interface Rhythm {
  freqHz: number;
  /** volume amplitude, m^3 (half peak-to-peak for sinusoids) */
  amp: number;
  phase0: number;
}

export class Simulation {
  readonly stepS: number;
  readonly subject: SubjectId;
  readonly technique: TechniqueId;
  readonly params: ParamValues;
  readonly mech: SkullMechanics;
  readonly resp: TechniqueResponse;
  readonly csf: CsfConstants;
  private readonly seed: number;
  private rng!: SeededRandom;
  private cardiac!: Rhythm;
  private breathing!: Rhythm;
  private mayer!: Rhythm;
  private slow!: Rhythm;
  /** phases as rotating unit vectors (oscillator.ts): no trigonometry in the step */
  private readonly heart = new Oscillator();
  private readonly breath = new Oscillator();
  private readonly mayerOsc = new Oscillator();
  private readonly slowOsc = new Oscillator();
  private pressure = 0;
  private t = 0;
  private w = 0;
  private y = 0;
  /** blood volume the rhythms add now, m^3 (updateVascular) */
  private vascularM3 = 0;
  /** y one and two steps earlier: with y, where the next step's pressure solve starts */
  private yPrev = 0;
  private yPrev2 = 0;
  private force = 0;
  private rampFrom = 0;
  private rampTo = 0;
  private rampStart = 0;
  private carry = 0;
  private stepCount = 0;
  private readonly initialForceN: number;
  private readonly startTouched: boolean;
  private readonly infusionM3PerS: number;
  /** the time loop's pressure solve, reused every step (csf.ts: why it is an object) */
  private readonly csfStep: LogPressureStep;

  constructor(opts: SimulationOptions) {
    checkSubjectTechnique(opts.subject, opts.technique);
    checkForce(opts.forceN);
    const stepS = opts.stepS ?? DEFAULT_STEP_S;
    if (!(stepS > 0 && stepS <= 0.02)) throw new Error(`step must be in (0, 0.02] s, got ${stepS}`);
    this.stepS = stepS;
    this.subject = opts.subject;
    this.technique = opts.technique;
    this.params = paramValues(opts.subject, opts.params);
    this.mech = buildMechanics(opts.subject, this.params);
    this.resp = techniqueResponse(this.mech, opts.technique);
    this.csf = csfConstants(this.params);
    this.csfStep = new LogPressureStep(this.csf);
    this.seed = Number.isFinite(opts.seed) ? (opts.seed as number) : 1;
    this.initialForceN = opts.forceN;
    this.startTouched = opts.startTouched ?? true;
    const infusion = opts.infusionMLPerMin ?? 0;
    if (!(infusion >= 0) || !Number.isFinite(infusion)) throw new Error(`infusion must be a finite, non-negative rate in mL/min, got ${infusion}`);
    this.infusionM3PerS = mLPerMinToM3PerS(infusion);
    this.reset();
  }

  /** Back to rest: time zero, CSF at its resting volume, the same seed's noise and phases. */
  reset(): void {
    this.rng = new SeededRandom(this.seed);
    const p = this.params;
    // The slower rhythms are stated as ICP swings at the subject's default rest; they are turned
    // into fixed blood volumes with the default elastance, so that, like the heartbeat's, their
    // pressure swings grow when mean ICP rises.
    const nominal = csfConstants(paramValues(this.subject));
    const nominalElastance = nominal.k * nominal.restPa; // Pa per m^3
    const vol = (p2pMmHg: number): number => mmHgToPa(p2pMmHg) / nominalElastance / 2;
    const phase = (): number => 2 * Math.PI * this.rng.next();
    this.cardiac = { freqHz: p.heartRate / 60, amp: mLToM3(p.arterialPulseVolume) / CARDIAC_P2P, phase0: phase() };
    this.breathing = { freqHz: p.breathingRate / 60, amp: vol(p.respiratoryWave), phase0: phase() };
    this.mayer = { freqHz: p.mayerFrequency, amp: vol(p.mayerWave), phase0: phase() };
    this.slow = { freqHz: p.slowWaveRate / 60, amp: vol(p.slowWave), phase0: phase() };
    const dt = this.stepS;
    const turn = (r: Rhythm): number => 2 * Math.PI * r.freqHz * dt;
    this.heart.reset(this.cardiac.phase0, turn(this.cardiac));
    this.breath.reset(this.breathing.phase0, turn(this.breathing));
    this.mayerOsc.reset(this.mayer.phase0, turn(this.mayer));
    this.slowOsc.reset(this.slow.phase0, turn(this.slow));
    this.t = 0;
    this.w = 0;
    this.y = 0;
    this.yPrev = 0;
    this.yPrev2 = 0;
    this.carry = 0;
    this.stepCount = 0;
    this.force = this.startTouched ? this.initialForceN : 0;
    this.rampFrom = this.force;
    this.rampTo = this.initialForceN;
    this.rampStart = 0;
    this.solvePressure(0);
  }

  /** Ramp the touch to a new force over DEFAULT_RAMP_S. */
  setForce(forceN: number): void {
    checkForce(forceN);
    this.rampFrom = this.force;
    this.rampTo = forceN;
    this.rampStart = this.t;
  }

  get timeS(): number {
    return this.t;
  }
  get appliedForceN(): number {
    return this.force;
  }
  get pressurePa(): number {
    return this.pressure;
  }

  /** Advance by a duration; steps are fixed, and a remainder shorter than a step carries over. */
  advance(durationS: number): void {
    if (!(durationS >= 0) || !Number.isFinite(durationS)) throw new Error(`duration must be a finite, non-negative number of seconds, got ${durationS}`);
    this.carry += durationS;
    const n = Math.floor(this.carry / this.stepS + 1e-9);
    this.carry -= n * this.stepS;
    for (let i = 0; i < n; i++) this.step();
  }

  /** Blood volume added to the cranium now by the rhythms, m^3. */
  vascularVolume(): number {
    this.updateVascular();
    return this.vascularM3;
  }

  /**
   * Sets vascularM3 from the rhythms' phases. The step reads it from the field: a number
   * returned from a call V8 has not inlined comes back in a new heap box, and this one was the
   * step's last allocation (16 B a step; csf.ts, LogPressureStep).
   */
  private updateVascular(): void {
    // the cardiac waveform (cardiacWave) from the cosine and sine of the heart's phase, by the
    // double- and triple-angle formulas
    const c1 = this.heart.c;
    const s1 = this.heart.s;
    const c2 = c1 * c1 - s1 * s1;
    const s2 = 2 * s1 * c1;
    const c3 = c1 * c2 - s1 * s2;
    const s3 = s1 * c2 + c1 * s2;
    const cardiac = s1 + H2 * (s2 * COS_PHI2 + c2 * SIN_PHI2) + H3 * (s3 * COS_PHI3 + c3 * SIN_PHI3);
    this.vascularM3 =
      this.cardiac.amp * cardiac +
      this.breathing.amp * this.breath.s +
      this.mayer.amp * this.mayerOsc.s +
      this.slow.amp * this.slowOsc.s;
  }

  /** The rhythms as defined at reset: frequency (Hz), volume amplitude (m^3), starting phase. */
  rhythms(): Readonly<Record<'cardiac' | 'breathing' | 'mayer' | 'slow', Readonly<Rhythm>>> {
    return { cardiac: this.cardiac, breathing: this.breathing, mayer: this.mayer, slow: this.slow };
  }

  step(): void {
    const dt = this.stepS;
    // respiratory sinus arrhythmia: the heart's phase advances faster on the in-breath
    this.heart.extraRad = 2 * Math.PI * this.cardiac.freqHz * dt * RSA_DEPTH * this.breath.s;
    this.heart.advanceByExtra();
    this.breath.advance();
    this.mayerOsc.advance();
    this.slowOsc.advance();
    this.t += dt;
    this.stepCount++;
    this.updateForce();
    this.solvePressure(dt);
    this.w += csfVolumeChange(this.csf, this.pressure, this.infusionM3PerS, dt);
  }

  private updateForce(): void {
    const u = (this.t - this.rampStart) / DEFAULT_RAMP_S;
    if (u >= 1) this.force = this.rampTo;
    else {
      const s = u * u * (3 - 2 * u); // smoothstep: no jerk at the start or end of the ramp
      this.force = this.rampFrom + (this.rampTo - this.rampFrom) * s;
    }
  }

  /** Pressure for the current state; dt > 0 includes the implicit absorption of this step. */
  private solvePressure(dt: number): void {
    const s = this.csfStep;
    s.w = this.w;
    this.updateVascular();
    s.extraVolume = this.vascularM3 - this.force * this.resp.volumePerNewton;
    s.extraInflowM3PerS = this.infusionM3PerS;
    s.dt = dt;
    // start from the parabola through the last three steps: usually one Newton iteration
    s.y = 3 * (this.y - this.yPrev) + this.yPrev2;
    s.solve();
    if (dt > 0) {
      this.yPrev2 = this.yPrev;
      this.yPrev = this.y;
    } else this.yPrev2 = this.yPrev = s.y;
    this.y = s.y;
    this.pressure = this.csf.restPa * Math.exp(this.y);
  }

  /** ICP change the touch causes now: pressure with the touch minus pressure without it. */
  touchPressurePa(): number {
    const v = this.vascularVolume();
    const y0 = stepLogPressure(this.csf, this.w, v, 0, 0, this.y);
    const y1 = stepLogPressure(this.csf, this.w, v - this.force * this.resp.volumePerNewton, 0, 0, this.y);
    return this.csf.restPa * (Math.exp(y1) - Math.exp(y0));
  }

  /** displacement of the watched contact along its force, m (touch + pressure) */
  watchedDisplacementM(): number {
    return this.force * this.resp.watchedPerNewton + (this.pressurePa - this.csf.restPa) * this.resp.watchedPerPascal;
  }

  watchedGapM(): number {
    return (
      this.force * this.resp.gapPerNewton +
      (this.pressurePa - this.csf.restPa) * this.resp.gapPerPascal +
      techniqueToeGapM(this.resp, this.params, this.force)
    );
  }

  /** how far the watched contact sinks into the scalp now, m (0 for screwed plates) */
  scalpCompressionM(): number {
    return scalpCompressionM(this.force * this.resp.watchedNormalPerNewton, this.resp.watchedContactRadiusM, this.params);
  }

  /** The state now, as plain data for the store and the view. Free of side effects: the
   *  measurement noise depends only on the seed and the step, so however often a frame is read,
   *  the same seed gives the same readings at the same model time. */
  frame(): SimFrame {
    const dP = this.pressurePa - this.csf.restPa;
    const n = this.resp.touchShape.length;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = this.force * this.resp.touchShape[i] + dP * this.mech.pressureShape[i];
    const bones = boneNormalDisplacements(this.mech, x);
    const sutures = {} as Record<SutureId, number>;
    for (const id of SUTURE_IDS) sutures[id] = sutureOpening(this.mech, id, x);
    const icpMmHg = this.pressurePa / PA_PER_MMHG;
    const gap = this.watchedGapM();
    const I = INSTRUMENTS;
    return {
      timeS: this.t,
      appliedForceN: this.force,
      icpMmHg,
      icpTouchMmHg: this.touchPressurePa() / PA_PER_MMHG,
      boneDisplacementM: bones as Record<BoneId, number>,
      touchDisplacementM: this.force * this.resp.watchedPerNewton,
      scalpCompressionM: this.scalpCompressionM(),
      watchedDisplacementM: this.watchedDisplacementM(),
      watchedGapM: gap,
      sutureGapChangeM: sutures,
      measured: {
        icpMmHg: quantize(icpMmHg + I.icpNoiseMmHg * hashedGaussian(this.seed, this.stepCount, 0), I.icpResolutionMmHg),
        caliperGapM: quantize(gap + I.caliperNoiseM * hashedGaussian(this.seed, this.stepCount, 1), I.caliperReadingM),
      },
    };
  }
}

export function quantize(v: number, q: number): number {
  return Math.round(v / q) * q;
}

export { BONE_IDS };
