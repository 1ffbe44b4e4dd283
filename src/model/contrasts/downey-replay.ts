// Downey et al. 2006 replayed step by step for one animal: what a viewer of the Rabbit study tab
// watches (the rabbit's bones and plates, the radiograph, the epidural ICP trace) at baseline and
// 5, 10, 15, 20 g, then the one animal's 100 g to 10 kg. Pure model code, no DOM.
//
// - The 13-animal steps re-run the chosen animal's own time simulation (its parameters and seed,
//   runProtocol as the study ran it), so its trace has exactly the readings whose mean the study's
//   table shows; the caliper readings and the true openings are the study's own numbers.
// - The one animal (default rabbit) was analysed quasi-statically in the study; the replay runs
//   it through the same protocol in the time simulation for its ICP trace, its bones and its
//   radiographs. Model assumptions: its simulation seed is the study's seed; its plates sit the
//   mean separation apart (DOWNEY_PLATE_SEPARATION_MM.mean); its caliper noise is drawn from a
//   generator seeded with the study's seed + 1 (the study's own draws stay as they were). The true
//   opening is the study's quasi-static one; loads at and past failure are held at the failure
//   force (the study's convention).

import { DOWNEY_STUDY_STEP_S, DOWNEY_PLATE_SEPARATION_MM, caliperReadingMM, type DowneyStudy } from './downey-study';
import { DOWNEY_ICP_SAMPLE_S, DOWNEY_SETTLE_S, runProtocol, type ProtocolWindow } from './downey-protocol';
import { SeededRandom } from '../random';
import { Simulation } from '../simulation';
import type { SimFrame } from '../types';
import { gramsToNewtons } from '../units';

export interface DowneyReplayStep {
  /** 'study': the chosen one of the 13 animals; 'single': the one animal loaded to 10 kg */
  series: 'study' | 'single';
  loadG: number;
  /** the force the load cell pulls with (held at the failure force past failure), N */
  forceN: number;
  /** the caliper's reading of the plate separation on this step's radiograph, mm (0.01 mm steps) */
  caliperMM: number;
  /** that reading minus the same series' baseline reading, mm */
  caliperChangeMM: number;
  /** the model's true (quasi-static) suture opening from baseline, mm */
  trueGapMM: number;
  /** the suture's opening at the radiograph's instant in the time simulation, m (what the 3-D
   *  view shows the plates part by) */
  gapNowM: number;
  /** the plates' true separation on this radiograph (where they were screwed plus gapNowM), mm */
  plateSeparationMM: number;
  /** the epidural ICP over the reading window: true and transducer, one value per sample, mmHg */
  icpTrueMmHg: number[];
  icpReadMmHg: number[];
  /** the window's mean transducer reading, mmHg (the study's table value for the 13 animals) */
  icpMeanReadMmHg: number;
  /** the model frame at the radiograph's instant, and frames through the ramp to this load */
  frame: SimFrame;
  ramp: SimFrame[];
  /** the load is at or past the suture's failure force */
  failed: boolean;
}

export interface DowneyReplay {
  /** the 13-animal steps' animal, 0-based */
  animalIndex: number;
  /** seconds between the trace's samples */
  sampleS: number;
  steps: DowneyReplayStep[];
}

function stepsOf(series: DowneyReplayStep['series'], baselineMM: number, loadsG: readonly number[], forcesN: readonly number[], windows: ProtocolWindow[], caliperMM: readonly number[], trueGapMM: readonly number[], failureG: number | null): DowneyReplayStep[] {
  return windows.map((w, j) => ({
    series,
    loadG: loadsG[j],
    forceN: forcesN[j],
    caliperMM: caliperMM[j],
    // a difference of two 0.01 mm readings, rounded back onto the caliper's steps
    caliperChangeMM: Math.round((caliperMM[j] - caliperMM[0]) * 100) / 100,
    trueGapMM: trueGapMM[j],
    gapNowM: w.gapM,
    plateSeparationMM: baselineMM + w.gapM * 1e3,
    icpTrueMmHg: w.trueMmHg,
    icpReadMmHg: w.readMmHg,
    icpMeanReadMmHg: Math.round(w.readMmHg.reduce((a, x) => a + x, 0)) / w.readMmHg.length,
    frame: w.frame,
    ramp: w.ramp,
    failed: failureG !== null && loadsG[j] >= failureG,
  }));
}

/** The study's steps for one animal (0-based `animalIndex`, clamped to the study's animals), then
 *  the one animal's loads to 10 kg. */
export function downeyReplay(study: DowneyStudy, animalIndex = 0): DowneyReplay {
  const i = Math.min(study.animals.length - 1, Math.max(0, Math.floor(Number.isFinite(animalIndex) ? animalIndex : 0)));
  const a = study.animals[i];
  const simOf = (params: DowneyStudy['animals'][number]['params'] | undefined, seed: number): Simulation => {
    const sim = new Simulation({ subject: 'rabbit', technique: 'downey-distraction', forceN: 0, seed, params, stepS: DOWNEY_STUDY_STEP_S });
    sim.advance(DOWNEY_SETTLE_S);
    return sim;
  };
  const studyForces = a.loadsG.map(gramsToNewtons);
  const studyWindows = runProtocol(simOf(a.params, a.simSeed), studyForces, { rampFrames: true });
  const s = study.singleAnimal;
  const singleForces = s.loadsG.map((g) => Math.min(gramsToNewtons(g), s.failureForceN));
  const singleWindows = runProtocol(simOf(undefined, study.seed), singleForces, { rampFrames: true });
  const rng = new SeededRandom(study.seed + 1);
  const singleCaliper = singleWindows.map((w) => caliperReadingMM(DOWNEY_PLATE_SEPARATION_MM.mean, w.gapM, rng));
  return {
    animalIndex: i,
    sampleS: DOWNEY_ICP_SAMPLE_S,
    steps: [
      ...stepsOf('study', a.baselinePlateSeparationMM, a.loadsG, studyForces, studyWindows, a.measuredGapMM, a.trueGapMM, null),
      ...stepsOf('single', DOWNEY_PLATE_SEPARATION_MM.mean, s.loadsG.slice(1), singleForces.slice(1), singleWindows.slice(1), singleCaliper.slice(1), s.trueGapMM.slice(1), s.failureG).map((st) => ({
        ...st,
        caliperChangeMM: Math.round((st.caliperMM - singleCaliper[0]) * 100) / 100,
      })),
    ],
  };
}
