// Downey et al. 2006 replayed in the model: the rabbit, the plates across the right coronal
// suture, the load cell. Step by step as the study did it (baseline, then 5, 10, 15, 20 g; then,
// in one animal, 100 g to 10 000 g), each step with the model's true values (touchResponse), what
// the simulated instruments would have read (Simulation frames: transducer noise and 1 mmHg
// resolution, caliper noise and reading step, INSTRUMENTS) and what the study reported.
//
// Readings, as the study took them: ICP is the mean of the transducer's readings over a window
// (monitors show a mean; a single sample would catch the heartbeat's pulse), the gap is one
// radiograph per step, compared with the baseline radiograph.

import { INSTRUMENTS, Simulation, touchResponse } from '../index';
import { DOWNEY_2006, type DowneyLoadStep } from '../content/reliability';
import { gramsToNewtons } from '../units';

/** the study's loading rate, kept for the table; the model's ramp is its own (1 s, quasi-static) */
export const DOWNEY_RATE_MM_PER_MIN = DOWNEY_2006.rateMmPerMin;
/** model time before the baseline reading, s: lets the rhythms' phases and CSF settle */
export const DOWNEY_SETTLE_S = 30;
/** hold at each load before reading, s (the 1 s ramp plus time for the CSF to respond) */
export const DOWNEY_HOLD_S = 20;
/** ICP averaging window, s, sampled every DOWNEY_ICP_SAMPLE_S */
export const DOWNEY_ICP_WINDOW_S = 10;
/** ICP transducer sampling interval within the window, s */
export const DOWNEY_ICP_SAMPLE_S = 0.1;

export interface DowneyRow {
  series: 'main' | 'single-animal';
  /** 'baseline' or e.g. '5 g' */
  step: string;
  loadG: number;
  loadN: number;
  /** model, quasi-static: plate (coronal suture) separation from baseline, mm; ICP change, mmHg */
  trueGapMm: number;
  trueIcpChangeMmHg: number;
  /** simulated instruments */
  measuredIcpMmHg: number;
  measuredIcpChangeMmHg: number;
  measuredGapMm: number;
  measuredGapChangeMm: number;
  /** the model's true gap reaches the caliper's resolution (0.1 mm) */
  trueAboveCaliper: boolean;
  /** the simulated radiograph shows a change of at least the caliper's resolution */
  measuredAboveCaliper: boolean;
  /** the simulated ICP mean moved by at least the transducer's resolution (1 mmHg) */
  measuredIcpChanged: boolean;
  /** what Downey 2006 reported for this step */
  studyMovement: string;
  studyIcp: string;
  studySeparationMm: number | null;
}

export interface DowneyReplay {
  seed: number;
  rows: DowneyRow[];
  /** first load (g) whose true gap reaches caliper resolution in the model; null if none */
  modelFirstAboveCaliperG: number | null;
  /** the same from the simulated radiographs */
  measuredFirstAboveCaliperG: number | null;
  studyFirstMovementG: number;
  studyFirstSeparationMm: number;
  caliperResolutionMm: number;
  icpResolutionMmHg: number;
}

function read(sim: Simulation): { icpMmHg: number; gapM: number } {
  let sum = 0;
  let n = 0;
  for (let t = 0; t < DOWNEY_ICP_WINDOW_S - 1e-9; t += DOWNEY_ICP_SAMPLE_S) {
    sim.advance(DOWNEY_ICP_SAMPLE_S);
    sum += sim.frame().measured.icpMmHg;
    n++;
  }
  return { icpMmHg: sum / n, gapM: sim.frame().measured.caliperGapM };
}

function runSeries(series: DowneyRow['series'], steps: readonly DowneyLoadStep[], seed: number): DowneyRow[] {
  const sim = new Simulation({ subject: 'rabbit', technique: 'downey-distraction', forceN: 0, seed });
  sim.advance(DOWNEY_SETTLE_S);
  const base = read(sim);
  const caliperMm = INSTRUMENTS.caliperResolutionM * 1e3;
  const row = (label: string, loadG: number, r: { icpMmHg: number; gapM: number }, study: Pick<DowneyRow, 'studyMovement' | 'studyIcp' | 'studySeparationMm'>): DowneyRow => {
    const loadN = gramsToNewtons(loadG);
    const truth = touchResponse({ subject: 'rabbit', technique: 'downey-distraction', forceN: loadN });
    const trueGapMm = truth.sutureGapChangeM * 1e3;
    const measuredGapChangeMm = (r.gapM - base.gapM) * 1e3;
    const measuredIcpChangeMmHg = r.icpMmHg - base.icpMmHg;
    return {
      series,
      step: label,
      loadG,
      loadN,
      trueGapMm,
      trueIcpChangeMmHg: truth.icpChangeMmHg,
      measuredIcpMmHg: r.icpMmHg,
      measuredIcpChangeMmHg,
      measuredGapMm: r.gapM * 1e3,
      measuredGapChangeMm,
      trueAboveCaliper: Math.abs(trueGapMm) >= caliperMm,
      measuredAboveCaliper: Math.abs(measuredGapChangeMm) >= caliperMm - 1e-9,
      measuredIcpChanged: Math.abs(measuredIcpChangeMmHg) >= INSTRUMENTS.icpResolutionMmHg,
      ...study,
    };
  };
  const rows = [
    row('baseline', 0, base, { studyMovement: 'baseline radiograph', studyIcp: 'baseline ICP', studySeparationMm: null }),
  ];
  for (const s of steps) {
    sim.setForce(s.loadN);
    sim.advance(DOWNEY_HOLD_S);
    rows.push(
      row(`${s.loadG} g`, s.loadG, read(sim), {
        studyMovement: s.reportedSutureMovement,
        studyIcp: s.reportedIcpChange,
        studySeparationMm: s.reportedSeparationMm,
      }),
    );
  }
  return rows;
}

/** The whole replay; the same seed gives the same numbers. The single animal is a second
 *  simulated rabbit (seed + 1), as the study's was one of its animals. */
export function downeyReplay(seed = 1): DowneyReplay {
  const s = Number.isFinite(seed) ? Math.floor(seed) : 1;
  const rows = [...runSeries('main', DOWNEY_2006.mainSeries, s), ...runSeries('single-animal', DOWNEY_2006.singleAnimal, s + 1)];
  const loaded = rows.filter((r) => r.loadG > 0);
  return {
    seed: s,
    rows,
    modelFirstAboveCaliperG: loaded.find((r) => r.trueAboveCaliper)?.loadG ?? null,
    measuredFirstAboveCaliperG: loaded.find((r) => r.measuredAboveCaliper)?.loadG ?? null,
    studyFirstMovementG: DOWNEY_2006.firstMovement.loadG,
    studyFirstSeparationMm: DOWNEY_2006.firstMovement.separationMm,
    caliperResolutionMm: INSTRUMENTS.caliperResolutionM * 1e3,
    icpResolutionMmHg: INSTRUMENTS.icpResolutionMmHg,
  };
}

/** CSV columns: header text (with units) and how each cell is written. */
const CSV_COLUMNS: Array<[string, (r: DowneyRow) => string | number]> = [
  ['series', (r) => r.series],
  ['step', (r) => r.step],
  ['load (g)', (r) => r.loadG],
  ['load (N)', (r) => r.loadN],
  ['model true gap change (mm)', (r) => r.trueGapMm],
  ['model true ICP change (mmHg)', (r) => r.trueIcpChangeMmHg],
  ['simulated radiograph gap change (mm)', (r) => r.measuredGapChangeMm],
  ['simulated ICP mean (mmHg)', (r) => r.measuredIcpMmHg],
  ['simulated ICP change (mmHg)', (r) => r.measuredIcpChangeMmHg],
  ['model gap >= caliper resolution 0.1 mm', (r) => (r.trueAboveCaliper ? 'yes' : 'no')],
  ['study: suture movement', (r) => r.studyMovement],
  ['study: ICP', (r) => r.studyIcp],
  ['study: separation (mm)', (r) => (r.studySeparationMm === null ? '' : r.studySeparationMm)],
];

/** One CSV cell: numbers to 4 significant figures (never NaN: non-finite is empty), text quoted
 *  when it holds a comma, quote or newline. */
export function csvCell(v: string | number): string {
  if (typeof v === 'number') {
    // 4 significant figures, plain decimal or e-notation a spreadsheet reads; never NaN
    if (!Number.isFinite(v)) return '';
    return v === 0 ? '0' : String(Number(v.toPrecision(4)));
  }
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The replay as CSV: a header with units, one line per step, CRLF-free, no NaN. */
export function toCsv(rows: readonly DowneyRow[]): string {
  const lines = [CSV_COLUMNS.map(([h]) => csvCell(h)).join(',')];
  for (const r of rows) lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(r))).join(','));
  return `${lines.join('\n')}\n`;
}
