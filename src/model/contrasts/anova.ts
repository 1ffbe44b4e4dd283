// The statistics of Downey et al. 2006's analysis: a two-way ANOVA without replication (load x
// animal; each animal is its own block) and the F distribution's upper tail for its p. Pure:
// numbers in, numbers out.
//
// p is the F distribution's upper tail, the regularised incomplete beta I_{d2/(d2 + d1 F)}(d2/2,
// d1/2) (incomplete-beta.ts), taken as the tail itself, not as 1 - CDF, so a small p keeps its
// digits. Zero residual variance gives F = 0, p = 1 if
// the treatments do not differ either, else F = Number.MAX_VALUE, p = 0, flagged degenerate:
// 'zero-residual' (see AnovaTable).

import { regularizedBeta } from './incomplete-beta';

export interface AnovaSource {
  SS: number;
  df: number;
  MS: number;
}

/** Two-way ANOVA without replication: treatment (columns) x block (rows). */
export interface AnovaTable {
  treatment: AnovaSource;
  block: AnovaSource;
  residual: AnovaSource;
  total: { SS: number; df: number };
  /** MS_treatment / MS_residual, >= 0 and finite */
  F: number;
  /** upper tail of F(df_treatment, df_residual) at F, in [0, 1] */
  p: number;
  /** the block (animal) effect, for completeness */
  blockF: number;
  blockP: number;
  /**
   * 'zero-residual': the residual variance is zero (to rounding), so F = MS/0 is not defined.
   * Reported as F = 0, p = 1 when the treatment means do not differ either (nothing varies with
   * the treatment), else F = Number.MAX_VALUE, p = 0 (the treatment explains everything left).
   * The same rule applies to blockF/blockP. 'none' otherwise.
   */
  degenerate: 'none' | 'zero-residual';
}

/** Upper tail of the F distribution with (d1, d2) degrees of freedom at x: the ANOVA's p.
 *  x = +Infinity or Number.MAX_VALUE gives 0; x <= 0 gives 1. */
export function fUpperTailP(x: number, d1: number, d2: number): number {
  if (!(d1 > 0) || !(d2 > 0)) throw new Error(`degrees of freedom must be positive, got (${d1}, ${d2})`);
  if (Number.isNaN(x)) throw new Error('F must be a number');
  if (x <= 0) return 1;
  // so large that d1 x overflows (the degenerate F = Number.MAX_VALUE): the tail is empty
  if (!Number.isFinite(d1 * x + d2)) return 0;
  const p = regularizedBeta(d2 / (d2 + d1 * x), d2 / 2, d1 / 2, (d1 * x) / (d2 + d1 * x));
  return Math.min(1, Math.max(0, p));
}

/** Two-way ANOVA without replication. `y[b][t]`: block b (a row: one animal), treatment t (a
 *  column: one load). Needs at least 2 blocks and 2 treatments; every value finite. */
export function twoWayAnova(y: readonly (readonly number[])[]): AnovaTable {
  const b = y.length;
  const t = b > 0 ? y[0].length : 0;
  if (b < 2 || t < 2) throw new Error(`two-way ANOVA needs at least 2 blocks and 2 treatments, got ${b} x ${t}`);
  for (const row of y) {
    if (row.length !== t) throw new Error('two-way ANOVA needs every block to have every treatment');
    for (const v of row) if (!Number.isFinite(v)) throw new Error(`two-way ANOVA needs finite values, got ${v}`);
  }
  let grand = 0;
  const rowMean = y.map((row) => row.reduce((s, v) => s + v, 0) / t);
  const colMean = new Array<number>(t).fill(0);
  for (const row of y) row.forEach((v, j) => (colMean[j] += v / b));
  for (const m of rowMean) grand += m / b;
  let ssTreat = 0;
  let ssBlock = 0;
  let ssRes = 0;
  let ssTotal = 0;
  for (const m of colMean) ssTreat += b * (m - grand) ** 2;
  for (const m of rowMean) ssBlock += t * (m - grand) ** 2;
  y.forEach((row, i) =>
    row.forEach((v, j) => {
      ssTotal += (v - grand) ** 2;
      // residual computed directly (not by difference): exact to rounding when it is tiny
      ssRes += (v - rowMean[i] - colMean[j] + grand) ** 2;
    }),
  );
  const dfT = t - 1;
  const dfB = b - 1;
  const dfR = dfT * dfB;
  const msT = ssTreat / dfT;
  const msB = ssBlock / dfB;
  const msR = ssRes / dfR;
  // "zero" relative to the data's own spread (and exactly zero when nothing varies at all)
  const tiny = 1e-12 * ssTotal;
  const degenerate = ssRes <= tiny;
  const ratio = (ss: number, ms: number, df: number): { F: number; p: number } => {
    if (!degenerate) {
      const F = ms / msR;
      return { F, p: fUpperTailP(F, df, dfR) };
    }
    return ss <= tiny ? { F: 0, p: 1 } : { F: Number.MAX_VALUE, p: 0 };
  };
  const treat = ratio(ssTreat, msT, dfT);
  const block = ratio(ssBlock, msB, dfB);
  return {
    treatment: { SS: ssTreat, df: dfT, MS: msT },
    block: { SS: ssBlock, df: dfB, MS: msB },
    residual: { SS: ssRes, df: dfR, MS: msR },
    total: { SS: ssTotal, df: b * t - 1 },
    F: treat.F,
    p: treat.p,
    blockF: block.F,
    blockP: block.p,
    degenerate: degenerate ? 'zero-residual' : 'none',
  };
}
