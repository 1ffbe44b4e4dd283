// The timing of Downey et al. 2006 as the model runs it (downey-study.ts), and the CSV cell
// writer the study's export uses. Readings, as the study took them: ICP is the mean of the
// transducer's readings over a window (monitors show a mean; a single sample would catch the
// heartbeat's pulse), the gap is one radiograph per step.

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
