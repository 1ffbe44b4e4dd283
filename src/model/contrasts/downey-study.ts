// Downey et al. 2006 as a study: 13 simulated rabbits, each drawn from the rabbit parameter
// ranges, each taken through the protocol in the time simulation (settle, baseline, then 5, 10,
// 15 and 20 g held and read), the study's two-way ANOVA (load x animal, no replication) on the
// simulated instruments' readings, and the one animal loaded to 10 000 g. Pure model code: no
// DOM, no three, no store.
//
// Choices (model assumptions, stated here and in the view):
// - Animals: every parameter of SUBJECTS.rabbit.params is drawn from a normal centred on its
//   `value` with sd = (max - min) / 4, truncated to [min, max] by redrawing (a parameter whose
//   value sits at an end of its range, such as slowWave = 0 in [0, 0.2] mmHg, is then half-normal).
//   The draws use SeededRandom (random.ts), parameters in the order SUBJECTS lists them, so the
//   same seed gives the same animals.
// - Radiographs: the caliper reads the absolute plate separation, not its change. Each animal
//   gets its own baseline separation (where the surgeon happened to screw the plates):
//   normal, mean 3 mm, sd 0.5 mm, truncated to 2-4 mm (model assumption: 1.2 mm plates on either
//   side of a suture a fraction of a millimetre wide). A reading is that separation plus the
//   suture's opening at that moment in the time simulation (touch plus the pressure pulse) plus
//   the caliper's noise (INSTRUMENTS.caliperNoiseM, 0.03 mm), rounded to the caliper's 0.01 mm
//   reading step (INSTRUMENTS.caliperReadingM). The noise is drawn from the study's seeded
//   generator: Simulation.frame().measured.caliperGapM rounds the *change* to 0.01 mm, and a
//   caliper on a radiograph rounds the absolute separation. trueGapMM is the quasi-static
//   opening (touchResponse with the animal's parameters), 0 at baseline by definition.
// - ICP: the epidural transducer's readings (Simulation.frame().measured: 0.3 mmHg noise, whole
//   mmHg) averaged over a 10 s window every 0.1 s, as the study read them. Each reading is
//   a whole mmHg, so the mean of the 100 readings is a multiple of 0.01 mmHg. The true ICP is the
//   mean of the simulation's true pressure at the same instants.
// - Time step: 5 ms (DOWNEY_STUDY_STEP_S), not the default 2 ms. The rabbit's heart beats at
//   ~4 Hz (250 bpm), so a beat still has ~50 steps; the CSF step is unconditionally stable
//   (backward Euler), and the 13-animal study runs in a few hundred ms in Node.
// - Failure (sutureFailureForceN): at and past the failure force the opening is not defined;
//   those loads report the values at the failure force (finite, never NaN).
// - ANOVA: the study's two-way ANOVA without replication (anova.ts).

import { csfConstants } from '../csf';
import { sutureFailureForceN, touchResponse } from '../index';
import { SeededRandom } from '../random';
import { INSTRUMENTS, Simulation } from '../simulation';
import { paramValues, SUBJECTS, type ParamValues, type SubjectParams } from '../subjects';
import { DOWNEY_2006 } from '../content/reliability';
import { gramsToNewtons, PA_PER_MMHG } from '../units';
import { twoWayAnova, type AnovaTable } from './anova';
import { csvCell, DOWNEY_HOLD_S, DOWNEY_ICP_SAMPLE_S, DOWNEY_ICP_WINDOW_S, DOWNEY_SETTLE_S, runProtocol } from './downey-protocol';

/** the study's loads, g: 0 = the baseline radiograph and ICP, then the protocol's 5-20 g */
export const DOWNEY_STUDY_LOADS_G: readonly number[] = [0, ...DOWNEY_2006.mainSeries.map((s) => s.loadG)];
/** the one animal's loads, g: baseline, then 100 g to 10 000 g */
export const DOWNEY_SINGLE_LOADS_G: readonly number[] = [0, ...DOWNEY_2006.singleAnimal.map((s) => s.loadG)];
/** time step of the study's simulations, s (see the header) */
export const DOWNEY_STUDY_STEP_S = 0.005;
/** baseline plate separation on the radiographs, mm (model assumption, see the header) */
export const DOWNEY_PLATE_SEPARATION_MM = { mean: 3, sd: 0.5, min: 2, max: 4 } as const;

const CALIPER_READING_MM = INSTRUMENTS.caliperReadingM * 1e3;
/** caliper reading steps per mm (100): readings are written as n / 100 mm, the nearest double */
const CALIPER_STEPS_PER_MM = Math.round(1 / CALIPER_READING_MM);
const ICP_SAMPLES = Math.round(DOWNEY_ICP_WINDOW_S / DOWNEY_ICP_SAMPLE_S);

export interface DowneyAnimal {
  /** [0, 5, 10, 15, 20]; every array below is aligned with it (index 0 = baseline) */
  loadsG: number[];
  /** model, quasi-static: the coronal suture's opening from baseline, mm (0 at baseline) */
  trueGapMM: number[];
  /** simulated radiograph + caliper: absolute plate separation, mm, in 0.01 mm steps */
  measuredGapMM: number[];
  /** true ICP, mean over the reading window, mmHg */
  trueIcpMmHg: number[];
  /** simulated epidural transducer, mean of its whole-mmHg readings over the window, mmHg */
  measuredIcpMmHg: number[];
  /** this animal's drawn parameters (display units, as in SUBJECTS) */
  params: ParamValues;
  /** this animal's true plate separation at baseline, mm (before the caliper's noise and step) */
  baselinePlateSeparationMM: number;
  /** seed of this animal's time simulation (rhythm phases, transducer noise) */
  simSeed: number;
}

export interface DowneyStudyAnova {
  gap: { F: number; p: number };
  icp: { F: number; p: number };
}

export interface DowneySingleAnimal {
  /** [0, 100, 500, 1000, 2000, 5000, 10000] */
  loadsG: number[];
  /** model, quasi-static (touchResponse, default rabbit): suture opening from baseline, mm.
   *  At and past failure the opening is not defined: those loads report the opening at the
   *  failure force (finite, never NaN). */
  trueGapMM: number[];
  /** resting ICP plus the quasi-static change the load causes, mmHg (rhythms averaged out, no
   *  CSF absorbed yet); at and past failure, the value at the failure force, as for the gap */
  trueIcpMmHg: number[];
  /** the first load whose true opening reaches the caliper's 0.1 mm, g; null if none */
  firstMovementG: number | null;
  /** the first load at or above the suture/plate failure force, g; null if none */
  failureG: number | null;
  /** the failure force of the suture law, N (Infinity: the law has none) */
  failureForceN: number;
}

export interface DowneyStudy {
  seed: number;
  animals: DowneyAnimal[];
  anova: DowneyStudyAnova;
  anovaTable: { gap: AnovaTable; icp: AnovaTable };
  published: {
    gap: { F: number; p: string };
    icp: { F: number; p: string };
    /** the paper gives p only as "> 0.05": this is that bound */
    pGreaterThan: number;
  };
  singleAnimal: DowneySingleAnimal;
  protocol: {
    stepS: number;
    settleS: number;
    holdS: number;
    icpWindowS: number;
    icpSamplesPerReading: number;
    caliperReadingMM: number;
    caliperNoiseMM: number;
    caliperResolutionMM: number;
    icpResolutionMmHg: number;
    icpNoiseMmHg: number;
  };
}

// ------------------------------------------------------------------ the animals

/** A normal draw centred on `centre`, sd `sd`, redrawn until it falls in [min, max]. */
function truncatedNormal(rng: SeededRandom, centre: number, sd: number, min: number, max: number): number {
  if (!(max > min) || !(sd > 0)) return Math.min(max, Math.max(min, centre));
  for (let i = 0; i < 1000; i++) {
    const v = centre + sd * rng.gaussian();
    if (v >= min && v <= max) return v;
  }
  // unreachable in practice (the centre lies in the range, so at least ~1 draw in 2 is kept)
  return Math.min(max, Math.max(min, centre));
}

/** One rabbit: every parameter drawn from its range (normal on `value`, sd = range / 4,
 *  truncated to the range), in the order SUBJECTS lists them. */
export function drawRabbitParams(rng: SeededRandom): ParamValues {
  const ps = SUBJECTS.rabbit.params;
  const out = {} as ParamValues;
  for (const key of Object.keys(ps) as (keyof SubjectParams)[]) {
    const { value, min, max } = ps[key]!;
    out[key] = truncatedNormal(rng, value, (max - min) / 4, min, max);
  }
  return out;
}

interface TrueAtLoad {
  gapMM: number;
  icpChangeMmHg: number;
}

/** Quasi-static truth at each load (touchResponse), with the failure convention: at and past
 *  the failure force the values at the failure force. */
function truthAtLoads(
  loadsG: readonly number[],
  params: ParamValues,
  failureForceN: number,
): { values: TrueAtLoad[]; failureForceN: number; failureG: number | null } {
  const at = (forceN: number): TrueAtLoad => {
    const r = touchResponse({ subject: 'rabbit', technique: 'downey-distraction', forceN, params });
    return { gapMM: r.sutureGapChangeM * 1e3, icpChangeMmHg: r.icpChangeMmHg };
  };
  const base = at(0);
  const failed = Number.isFinite(failureForceN) ? at(failureForceN) : null;
  let failureG: number | null = null;
  const values = loadsG.map((g) => {
    const forceN = gramsToNewtons(g);
    const broken = failed !== null && g > 0 && forceN >= failureForceN;
    if (broken && failureG === null) failureG = g;
    const v = broken ? failed : at(forceN);
    return { gapMM: v.gapMM - base.gapMM, icpChangeMmHg: v.icpChangeMmHg };
  });
  return { values, failureForceN, failureG };
}

function runAnimal(params: ParamValues, simSeed: number, baselinePlateSeparationMM: number, rng: SeededRandom): DowneyAnimal {
  const loadsG = [...DOWNEY_STUDY_LOADS_G];
  const truth = truthAtLoads(loadsG, params, sutureFailureForceN(params)).values;
  const sim = new Simulation({ subject: 'rabbit', technique: 'downey-distraction', forceN: 0, seed: simSeed, params, stepS: DOWNEY_STUDY_STEP_S });
  sim.advance(DOWNEY_SETTLE_S);
  const windows = runProtocol(sim, loadsG.map(gramsToNewtons));
  const sum = (xs: number[]): number => xs.reduce((acc, x) => acc + x, 0);
  return {
    loadsG,
    trueGapMM: truth.map((t) => t.gapMM),
    measuredGapMM: windows.map((w) => caliperReadingMM(baselinePlateSeparationMM, w.gapM, rng)),
    trueIcpMmHg: windows.map((w) => sum(w.trueMmHg) / ICP_SAMPLES),
    // readings are whole mmHg: their sum is an integer, so this mean is exact in 1/ICP_SAMPLES steps
    measuredIcpMmHg: windows.map((w) => Math.round(sum(w.readMmHg)) / ICP_SAMPLES),
    params,
    baselinePlateSeparationMM,
    simSeed,
  };
}

/** The radiograph, at the end of the window: plates + opening now + caliper noise (a draw from
 *  `rng`), in the caliper's 0.01 mm steps, mm. */
export function caliperReadingMM(baselinePlateSeparationMM: number, gapM: number, rng: SeededRandom): number {
  const plateMM = baselinePlateSeparationMM + gapM * 1e3 + INSTRUMENTS.caliperNoiseM * 1e3 * rng.gaussian();
  return Math.round(plateMM * CALIPER_STEPS_PER_MM) / CALIPER_STEPS_PER_MM;
}

/** The one animal to 10 000 g: default rabbit parameters (or `params`), quasi-static truth.
 *  `failureForceN` defaults to the suture law's (sutureFailureForceN); passing one shows the
 *  failure convention whatever the law. */
export function downeySingleAnimal(params?: Partial<ParamValues>, opts: { failureForceN?: number } = {}): DowneySingleAnimal {
  const p = paramValues('rabbit', params);
  const loadsG = [...DOWNEY_SINGLE_LOADS_G];
  const restMmHg = csfConstants(p).restPa / PA_PER_MMHG;
  const fail = opts.failureForceN ?? sutureFailureForceN(p);
  if (Number.isNaN(fail) || fail < 0) throw new Error(`failure force must be a non-negative number of newtons or Infinity, got ${fail}`);
  const { values, failureForceN, failureG } = truthAtLoads(loadsG, p, fail);
  const trueGapMM = values.map((v) => v.gapMM);
  const caliperMM = INSTRUMENTS.caliperResolutionM * 1e3;
  const first = loadsG.find((g, i) => g > 0 && trueGapMM[i] >= caliperMM - 1e-12);
  return {
    loadsG,
    trueGapMM,
    trueIcpMmHg: values.map((v) => restMmHg + v.icpChangeMmHg),
    firstMovementG: first ?? null,
    failureG,
    failureForceN,
  };
}

/**
 * Downey et al. 2006 as a study in the model: 13 rabbits drawn from the parameter ranges, each
 * through the protocol in the time simulation, the two-way ANOVA (load x animal) on the simulated
 * readings, the published F and p beside it, and the one animal loaded to 10 000 g. The same seed
 * gives the same study (deep-equal); a non-finite seed is taken as 1.
 */
export function downeyStudy({ seed = 1 }: { seed?: number } = {}): DowneyStudy {
  const s = Number.isFinite(seed) ? Math.floor(seed) : 1;
  const rng = new SeededRandom(s);
  const animals: DowneyAnimal[] = [];
  for (let i = 0; i < DOWNEY_2006.animals; i++) {
    const params = drawRabbitParams(rng);
    const plate = DOWNEY_PLATE_SEPARATION_MM;
    const baseline = truncatedNormal(rng, plate.mean, plate.sd, plate.min, plate.max);
    const simSeed = Math.floor(rng.next() * 0x100000000);
    animals.push(runAnimal(params, simSeed, baseline, rng));
  }
  const gap = twoWayAnova(animals.map((a) => a.measuredGapMM));
  const icp = twoWayAnova(animals.map((a) => a.measuredIcpMmHg));
  const R = DOWNEY_2006.results;
  return {
    seed: s,
    animals,
    anova: { gap: { F: gap.F, p: gap.p }, icp: { F: icp.F, p: icp.p } },
    anovaTable: { gap, icp },
    published: { gap: { F: R.sutureSeparation.F, p: R.sutureSeparation.p }, icp: { F: R.icp.F, p: R.icp.p }, pGreaterThan: 0.05 },
    singleAnimal: downeySingleAnimal(),
    protocol: {
      stepS: DOWNEY_STUDY_STEP_S,
      settleS: DOWNEY_SETTLE_S,
      holdS: DOWNEY_HOLD_S,
      icpWindowS: DOWNEY_ICP_WINDOW_S,
      icpSamplesPerReading: ICP_SAMPLES,
      caliperReadingMM: CALIPER_READING_MM,
      caliperNoiseMM: INSTRUMENTS.caliperNoiseM * 1e3,
      caliperResolutionMM: INSTRUMENTS.caliperResolutionM * 1e3,
      icpResolutionMmHg: INSTRUMENTS.icpResolutionMmHg,
      icpNoiseMmHg: INSTRUMENTS.icpNoiseMmHg,
    },
  };
}

// ------------------------------------------------------------------ CSV

const STUDY_CSV_HEADER = [
  'series',
  'animal',
  'seed',
  'load (g)',
  'load (N)',
  'simulated caliper: plate separation (mm)',
  'simulated caliper: change from baseline (mm)',
  'model true suture opening from baseline (mm)',
  'simulated transducer: ICP mean (mmHg)',
  'model true ICP mean (mmHg)',
];

/** The study as CSV, one line per animal and load (long format, ready for a spreadsheet's or a
 *  stats package's two-way ANOVA), then the one animal's loads (true values only: the model
 *  gives no simulated readings for it). Header with units; never NaN; no CR. */
export function downeyStudyCsv(study: DowneyStudy): string {
  const lines = [STUDY_CSV_HEADER.map(csvCell).join(',')];
  const line = (cells: Array<string | number>): number => lines.push(cells.map(csvCell).join(','));
  study.animals.forEach((a, i) =>
    a.loadsG.forEach((g, j) =>
      line([
        '13 animals',
        i + 1,
        study.seed,
        g,
        gramsToNewtons(g),
        a.measuredGapMM[j],
        // difference of two 0.01 mm readings: round away float noise ("0.03", not "0.02999")
        Math.round((a.measuredGapMM[j] - a.measuredGapMM[0]) * CALIPER_STEPS_PER_MM) / CALIPER_STEPS_PER_MM,
        a.trueGapMM[j],
        a.measuredIcpMmHg[j],
        a.trueIcpMmHg[j],
      ]),
    ),
  );
  const s = study.singleAnimal;
  s.loadsG.forEach((g, j) => line(['one animal to 10 kg', 'default rabbit', study.seed, g, gramsToNewtons(g), '', '', s.trueGapMM[j], '', s.trueIcpMmHg[j]]));
  return `${lines.join('\n')}\n`;
}
