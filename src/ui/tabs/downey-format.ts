// How the Rabbit study tab writes its numbers: loads as a list, lengths in mm as a caliper reads
// them (smaller ones in µm or nm), pressures in mmHg, F and p as the paper gives them.

import type { AnovaTable } from '../../model/contrasts';
import { formatLength, formatNumber, formatPressure } from '../format';

/** "5, 10, 15 and 20": the protocol's loads from the study record, not retyped */
export const loadList = (loads: readonly number[]): string =>
  loads.length < 2 ? loads.join('') : `${loads.slice(0, -1).join(', ')} and ${loads[loads.length - 1]}`;

/** a length given in mm: in mm down to 0.01 mm (the caliper's scale), below that in µm or nm */
export const mm = (x: number, opts: { signed?: boolean } = {}): string =>
  x === 0 ? '0 mm' : Math.abs(x) >= 0.01 ? `${formatNumber(x, { sig: 2, ...opts })} mm` : formatLength(x * 1e-3, { sciBelow: 1e-3, ...opts });
/** a caliper reading: always mm with its two decimals, as the caliper shows it */
export const reading = (x: number): string => `${x.toFixed(2)} mm`;
export const mmHg = (x: number, decimals = 2): string => formatPressure(x, { decimals });
export const dmmHg = (x: number): string => formatPressure(x, { signed: true, sciBelow: 1e-3 });

/** F to 2 significant figures (3 below 0.1, as the paper's 0.045); the degenerate case in words */
export function fText(t: Pick<AnovaTable, 'F' | 'degenerate'>): string {
  if (t.degenerate === 'zero-residual') return t.F === 0 ? '0 (no variation at all)' : 'not defined (zero residual variance)';
  return formatNumber(t.F, { sig: t.F < 0.1 ? 3 : 2, sciBelow: 1e-3 });
}
export function pText(p: number): string {
  if (p < 0.001) return '< 0.001';
  return formatNumber(p, { sig: 2, sciBelow: 1e-3 });
}
