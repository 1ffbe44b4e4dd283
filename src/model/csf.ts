// The CSF compartment (Marmarou 1978; Ursino & Lodi 1997): one lumped intracranial space whose
// pressure rises exponentially with the volume it holds, P = P_ref exp(k V_ex), k = ln10 / PVI.
// CSF is formed at I_f and absorbed through the outflow resistance R_out into the venous sinus
// at P_d, so at rest P = P_d + I_f R_out. The heartbeat, breathing, Mayer waves and slow waves
// enter as blood volume added to the space; the skull, flexing outward under pressure, gives
// some of it back (its compliance s comes from the mechanics).
//
// Excess volume:  V_ex = W + V_vasc(t) - (F c_t + (P - P_rest) s)
//   W: CSF volume above rest, dW/dt = I_f - (P - P_d) / R_out
//   F c_t: skull volume change the touch causes (c_t from the mechanics, m^3/N)
// With y = ln(P / P_ref) the pressure solves g(y) = y/k + B e^y - C = 0, g increasing in y, so
// the root is unique; backward Euler for W adds dt P / R_out to B, which makes the step
// unconditionally stable at any stiffness.

import { mLPerMinToM3PerS, mLToM3, mmHgToPa, outflowResistanceToSI } from './units';
import type { ParamValues } from './subjects';

export interface CsfConstants {
  restPa: number;
  sinusPa: number;
  formationM3PerS: number;
  /** Pa s / m^3 */
  outflowResistance: number;
  /** elastance coefficient, 1/m^3 */
  k: number;
}

export function csfConstants(p: ParamValues): CsfConstants {
  const sinusPa = mmHgToPa(p.sinusPressure);
  const formationM3PerS = mLPerMinToM3PerS(p.formation);
  const outflowResistance = outflowResistanceToSI(p.outflowResistance);
  return {
    sinusPa,
    formationM3PerS,
    outflowResistance,
    restPa: sinusPa + formationM3PerS * outflowResistance,
    k: Math.LN10 / mLToM3(p.pvi),
  };
}

/**
 * Pressure after one backward-Euler step, as y = ln(P / P_ref): the one place the CSF balance is
 * written, shared by the time loop, the held-touch response (dt = 0) and the bolus test.
 *   w            CSF volume above rest at the start of the step, m^3
 *   extraVolume  volume pushed into the space now (blood from the rhythms minus the touch's
 *                skull volume change), m^3
 *   extraInflowM3PerS  inflow besides formation during the step (a bolus injection), m^3/s
 *   s            skull volume compliance, m^3/Pa
 */
export function stepLogPressure(
  c: CsfConstants,
  s: number,
  w: number,
  extraVolume: number,
  extraInflowM3PerS: number,
  dt: number,
  y0: number,
): number {
  const B = c.restPa * s + (dt * c.restPa) / c.outflowResistance;
  const C =
    w + extraVolume + c.restPa * s + dt * (c.formationM3PerS + extraInflowM3PerS) + (dt * c.sinusPa) / c.outflowResistance;
  return solveLogPressure(c.k, B, C, y0);
}

/** Change of the CSF volume above rest over a step that ends at pressure P, m^3. */
export function csfVolumeChange(c: CsfConstants, pressurePa: number, extraInflowM3PerS: number, dt: number): number {
  return dt * (c.formationM3PerS + extraInflowM3PerS - (pressurePa - c.sinusPa) / c.outflowResistance);
}

const Y_MIN = -700;
const Y_MAX = 700;

/** Root of y/k + B e^y = C, starting from y0. Newton, with a bracketed bisection fallback so that
 *  any finite input gives a finite answer. */
export function solveLogPressure(k: number, B: number, C: number, y0: number): number {
  const g = (y: number): number => y / k + B * Math.exp(y) - C;
  let y = Number.isFinite(y0) ? y0 : 0;
  for (let i = 0; i < 6; i++) {
    const e = Math.exp(y);
    const dy = (y / k + B * e - C) / (1 / k + B * e);
    y -= dy;
    // relative convergence: near rest y itself is tiny (P close to P_ref)
    if (Math.abs(dy) <= 1e-14 * Math.abs(y) + 1e-300 && y > Y_MIN && y < Y_MAX) return y;
  }
  // Robust path: a tight bracket, then Newton guarded by bisection. g is increasing, and
  // y/k <= C - B e^y < C gives y < kC; B e^y <= C - y/k gives y < ln(C/B) when the root is
  // positive; B e^y < B for y < 0 gives y > k(C - B).
  let lo = Math.max(Y_MIN, Math.min(0, k * (C - B)));
  let hi = Math.min(Y_MAX, Math.max(0, k * C));
  if (C > B) hi = Math.min(hi, Math.max(0, Math.log(C / B)));
  if (g(lo) >= 0) return lo;
  if (g(hi) <= 0) return hi;
  y = hi;
  for (let i = 0; i < 400; i++) {
    const gy = g(y);
    if (gy > 0) hi = y;
    else lo = y;
    let next = y - gy / (1 / k + B * Math.exp(y));
    // every third step bisects, so the bracket at least halves every three steps
    if (!(next > lo && next < hi) || i % 3 === 2) next = 0.5 * (lo + hi);
    if (Math.abs(next - y) <= 1e-14 * Math.abs(y) + 1e-300 || hi - lo <= 1e-15 * Math.abs(y) + 1e-300) return next;
    y = next;
  }
  return y;
}
