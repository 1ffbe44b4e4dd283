// How the Rabbit study tab writes its numbers: loads as a list, lengths in mm as a caliper reads
// them (smaller ones in µm or nm), pressures in mmHg, F and p as the paper gives them.

import type { AnovaTable } from '../../model/contrasts';
import { numberFormat, t } from '../../i18n';
import { formatLength, formatNumber, formatPressure } from '../format';

/** "5, 10, 15 and 20": the protocol's loads from the study record, not retyped, listed as the locale lists */
export const loadList = (loads: readonly number[]): string => {
  const n = loads.map((g) => formatNumber(g, { sig: 6 }));
  return n.length < 2 ? n.join('') : t('tabs.downey.listAnd', { rest: n.slice(0, -1).join(', '), last: n[n.length - 1] });
};

/** a number with exactly `decimals` decimals in the locale's notation ("0.30", "0,30") */
export const fixed = (x: number, decimals: number): string =>
  numberFormat({ minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }).format(x);

/** a length given in mm: in mm down to 0.01 mm (the caliper's scale), below that in µm or nm */
export const mm = (x: number, opts: { signed?: boolean } = {}): string =>
  x === 0 ? '0 mm' : Math.abs(x) >= 0.01 ? `${formatNumber(x, { sig: 2, ...opts })} mm` : formatLength(x * 1e-3, { sciBelow: 1e-3, ...opts });
/** a caliper reading: always mm with its two decimals, as the caliper shows it */
export const reading = (x: number): string => `${fixed(x, 2)} mm`;
export const mmHg = (x: number, decimals = 2): string => formatPressure(x, { decimals });
export const dmmHg = (x: number): string => formatPressure(x, { signed: true, sciBelow: 1e-3 });

/** F to 2 significant figures (3 below 0.1, as the paper's 0.045); the degenerate case in words */
export function fText(a: Pick<AnovaTable, 'F' | 'degenerate'>): string {
  if (a.degenerate === 'zero-residual') return a.F === 0 ? t('tabs.downey.fNoVariation') : t('tabs.downey.fUndefined');
  return formatNumber(a.F, { sig: a.F < 0.1 ? 3 : 2, sciBelow: 1e-3 });
}
export function pText(p: number): string {
  if (p < 0.001) return `< ${formatNumber(0.001, { sciBelow: 1e-4 })}`;
  return formatNumber(p, { sig: 2, sciBelow: 1e-3 });
}

/** a p as the paper prints it ("> 0.05"), its numbers in the locale's notation */
export const publishedP = (p: string): string => p.replace(/\d+\.\d+/g, (m) => formatNumber(Number(m), { sig: 6 }));
