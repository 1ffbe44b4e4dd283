// The timing of Downey et al. 2006 as the model runs it (downey-study.ts), and the CSV cell
// writer the study's export uses. Readings, as the study took them: ICP is the mean of the
// transducer's readings over a window (monitors show a mean; a single sample would catch the
// heartbeat's pulse), the gap is one radiograph per step. runProtocol takes a simulation through
// those steps (the study, downey-study.ts, and its replay, downey-replay.ts, both use it).

import { DEFAULT_RAMP_S, type Simulation } from '../simulation';
import type { SimFrame } from '../types';
import { PA_PER_MMHG } from '../units';

/** model time before the baseline reading, s: lets the rhythms' phases and CSF settle */
export const DOWNEY_SETTLE_S = 30;
/** hold at each load before reading, s (the 1 s ramp plus time for the CSF to respond) */
export const DOWNEY_HOLD_S = 20;
/** ICP averaging window, s, sampled every DOWNEY_ICP_SAMPLE_S */
export const DOWNEY_ICP_WINDOW_S = 10;
/** ICP transducer sampling interval within the window, s */
export const DOWNEY_ICP_SAMPLE_S = 0.1;

/** One CSV cell: numbers to 4 significant figures a spreadsheet reads (never NaN: empty), text
 *  quoted when it holds a comma, quote or line break. */
export function csvCell(v: string | number): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return '';
    return v === 0 ? '0' : String(Number(v.toPrecision(4)));
  }
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The replay's frames through each load's ramp are this far apart, s (10 over the 1 s ramp). */
export const DOWNEY_RAMP_FRAME_S = 0.1;

/** One load of the protocol as the instruments saw it. */
export interface ProtocolWindow {
  /** true ICP at each reading instant of the window, mmHg */
  trueMmHg: number[];
  /** the epidural transducer's reading at the same instants (whole mmHg, with noise), mmHg */
  readMmHg: number[];
  /** the suture's opening now (touch, pressure, plates' toe) at the radiograph's instant, m */
  gapM: number;
  /** the model's frame at the radiograph's instant (bone displacements for a 3-D view) */
  frame: SimFrame;
  /** frames through the ramp to this load, every DOWNEY_RAMP_FRAME_S (empty unless asked for,
   *  and at the first load, which is read without a ramp) */
  ramp: SimFrame[];
}

/**
 * Takes a settled simulation through the protocol: at each force (the first is read as it stands,
 * the baseline) it ramps to the force, holds DOWNEY_HOLD_S, then reads ICP every
 * DOWNEY_ICP_SAMPLE_S for DOWNEY_ICP_WINDOW_S; the radiograph is taken at the window's end. The
 * hold is advanced in the same pieces whether or not ramp frames are kept, so the study and its
 * replay see the same numbers.
 */
export function runProtocol(sim: Simulation, forcesN: readonly number[], opts: { rampFrames?: boolean } = {}): ProtocolWindow[] {
  const samples = Math.round(DOWNEY_ICP_WINDOW_S / DOWNEY_ICP_SAMPLE_S);
  const rampSteps = Math.round(DEFAULT_RAMP_S / DOWNEY_RAMP_FRAME_S);
  return forcesN.map((forceN, j) => {
    const ramp: SimFrame[] = [];
    if (j > 0) {
      sim.setForce(forceN);
      for (let k = 0; k < rampSteps; k++) {
        sim.advance(DOWNEY_RAMP_FRAME_S);
        if (opts.rampFrames) ramp.push(sim.frame());
      }
      sim.advance(DOWNEY_HOLD_S - rampSteps * DOWNEY_RAMP_FRAME_S);
    }
    const trueMmHg: number[] = [];
    const readMmHg: number[] = [];
    for (let k = 0; k < samples; k++) {
      sim.advance(DOWNEY_ICP_SAMPLE_S);
      trueMmHg.push(sim.pressurePa / PA_PER_MMHG);
      readMmHg.push(sim.frame().measured.icpMmHg);
    }
    return { trueMmHg, readMmHg, gapM: sim.watchedGapM(), frame: sim.frame(), ramp };
  });
}
