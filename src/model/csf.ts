// The CSF compartment (Marmarou 1978; Ursino & Lodi 1997): one lumped craniospinal space whose
// pressure rises exponentially with the volume it holds, P = P_ref exp(k V_ex), k = ln10 / PVI.
// CSF is formed at I_f and absorbed through the arachnoid granulations into the venous sinus at
// P_d. Absorption is one-way: the granulations act as valves, so nothing flows back below sinus
// pressure (outflow = max(0, P - P_d) / R_out). At rest P = P_d + I_f R_out.
//
// The PVI is measured in living people with the skull in place, so the PV curve already holds
// the skull's own give; the skull's compliance is therefore not added on top (it is reported as
// a fraction of the whole, and used to move the bones under the pressure). What a touch does
// is push volume: the skull volume change F c_t (c_t from the mechanics, m^3/N).
//
// Excess volume:  V_ex = W + V_vasc(t) - F c_t
//   W: CSF volume above rest, dW/dt = I_f + I_inf - max(0, P - P_d) / R_out
//   V_vasc: blood volume the heartbeat, breathing, Mayer and slow waves add
// With y = ln(P / P_ref), backward Euler for W gives one scalar equation per step,
//   y / k + (dt / R_out) max(0, P_ref e^y - P_d) = W + V_extra + dt (I_f + I_inf),
// whose left side increases with y, so the root is unique and the step is unconditionally stable.

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
  /** ln(P_d / P_ref): below this y nothing drains */
  yAtSinus: number;
}

export function csfConstants(p: ParamValues): CsfConstants {
  const sinusPa = mmHgToPa(p.sinusPressure);
  const formationM3PerS = mLPerMinToM3PerS(p.formation);
  const outflowResistance = outflowResistanceToSI(p.outflowResistance);
  const restPa = sinusPa + formationM3PerS * outflowResistance;
  return {
    sinusPa,
    formationM3PerS,
    outflowResistance,
    restPa,
    k: Math.LN10 / mLToM3(p.pvi),
    yAtSinus: Math.log(sinusPa / restPa),
  };
}

/** Absorption into the venous sinus at pressure P, m^3/s: one-way. */
export function absorption(c: CsfConstants, pressurePa: number): number {
  return pressurePa > c.sinusPa ? (pressurePa - c.sinusPa) / c.outflowResistance : 0;
}

/**
 * One backward-Euler step of the CSF balance, solved for the pressure as y = ln(P / P_ref): the
 * one place the balance is written, shared by the time loop, the held-touch response (dt = 0),
 * the bolus and the infusion tests.
 *
 * Its inputs and answer are fields, so the time loop keeps one of these and reuses it every step:
 * V8 hands a number to or from a function it has not inlined in a freshly allocated box, while an
 * object's number fields are updated in place (issue 12: no allocation in the step; which calls
 * V8 inlines changes with the subject and the run).
 */
export class LogPressureStep {
  /** CSF volume above rest at the start of the step, m^3 */
  w = 0;
  /** volume pushed into the space now (blood from the rhythms minus the touch's skull volume
   *  change), m^3 */
  extraVolume = 0;
  /** inflow besides formation during the step (an injection or infusion), m^3/s */
  extraInflowM3PerS = 0;
  /** step, s (0: the instantaneous response, no flow) */
  dt = 0;
  /** in: where the search starts (any finite value; the closer, the fewer iterations);
   *  out: the answer */
  y = 0;

  constructor(readonly c: CsfConstants) {}

  solve(): void {
    const c = this.c;
    const dt = this.dt;
    const C = this.w + this.extraVolume + dt * (c.formationM3PerS + this.extraInflowM3PerS);
    // without absorption the pressure would be P_ref exp(k C); if that is at or below the sinus
    // pressure, nothing drains during the step
    const yFree = c.k * C;
    if (dt === 0 || yFree <= c.yAtSinus) {
      this.y = clampY(yFree);
      return;
    }
    // with absorption (P - P_d)/R over the step: y/k = C - dt (P_ref e^y - P_d)/R
    const root = this.root;
    root.k = c.k;
    root.B = (dt * c.restPa) / c.outflowResistance;
    root.C = C + (dt * c.sinusPa) / c.outflowResistance;
    root.y = this.y;
    root.solve();
    this.y = root.y;
  }

  private readonly root = new LogRoot();
}

/** LogPressureStep with its fields as arguments, for callers outside the time loop. */
export function stepLogPressure(
  c: CsfConstants,
  w: number,
  extraVolume: number,
  extraInflowM3PerS: number,
  dt: number,
  y0: number,
): number {
  const s = Object.assign(new LogPressureStep(c), { w, extraVolume, extraInflowM3PerS, dt, y: y0 });
  s.solve();
  return s.y;
}

/** Change of the CSF volume above rest over a step that ends at pressure P, m^3. */
export function csfVolumeChange(c: CsfConstants, pressurePa: number, extraInflowM3PerS: number, dt: number): number {
  return dt * (c.formationM3PerS + extraInflowM3PerS - absorption(c, pressurePa));
}

function clampY(y: number): number {
  return Math.min(Y_MAX, Math.max(Y_MIN, y));
}

const Y_MIN = -700;
const Y_MAX = 700;

/**
 * Root of y/k + B e^y = C (k > 0, B >= 0), fields in and out like LogPressureStep. Newton from
 * the y it holds, with a bracketed bisection fallback so that any finite input gives a finite
 * answer.
 *
 * When to stop: g(y) = y/k + B e^y - C is increasing and convex, and a Newton step from y_n
 * leaves an error of at most (g''/g')/2 times the square of the error before it, with
 * g''/g' = B e^y / (1/k + B e^y) < 1 (evaluated at y_n, within e^|error| of its largest value
 * between y_n and the root). A step |dy| is never much smaller than the error it corrects (by
 * convexity: at least the error below the root, at least 1 - e^-error above it). So once
 * 0.6 (g''/g') dy^2 <= ROOT_TOLERANCE, with |dy| < 1e-3, y is within ROOT_TOLERANCE of the root.
 * In the CSF balance 1/k dominates B e^y (g''/g' ~ 4e-6 in the adult at a 2 ms step), so from
 * the time loop's extrapolated start one step is usually enough.
 */
class LogRoot {
  k = 1;
  B = 0;
  C = 0;
  y = 0;

  solve(): void {
    const { k, B, C } = this;
    let y = Number.isFinite(this.y) ? this.y : 0;
    for (let i = 0; i < 6; i++) {
      const e = Math.exp(y);
      const slope = 1 / k + B * e;
      const dy = (y / k + B * e - C) / slope;
      y -= dy;
      // the error left is at most ~(curvature / slope) dy^2 / 2 (see above)
      if (0.6 * ((B * e) / slope) * dy * dy <= ROOT_TOLERANCE && Math.abs(dy) < 1e-3 && y > Y_MIN && y < Y_MAX) {
        this.y = y;
        return;
      }
    }
    this.y = solveBracketed(k, B, C);
  }
}
/** How close to the root LogRoot stops, in y = ln(P / P_ref): P to 1e-16 relative, the level of
 *  double rounding. */
const ROOT_TOLERANCE = 1e-16;

/** Root of y/k + B e^y = C, starting from y0 (LogRoot with arguments). */
export function solveLogPressure(k: number, B: number, C: number, y0: number): number {
  const r = Object.assign(new LogRoot(), { k, B, C, y: y0 });
  r.solve();
  return r.y;
}

/** The robust path of solveLogPressure, kept out of the hot loop. */
function solveBracketed(k: number, B: number, C: number): number {
  const g = (y: number): number => y / k + B * Math.exp(y) - C;
  // Robust path: a tight bracket, then Newton guarded by bisection. g is increasing, and
  // y/k <= C - B e^y < C gives y < kC; B e^y <= C - y/k gives y < ln(C/B) when the root is
  // positive; B e^y < B for y < 0 gives y > k(C - B).
  let lo = Math.max(Y_MIN, Math.min(0, k * (C - B)));
  let hi = Math.min(Y_MAX, Math.max(0, k * C));
  if (C > B) hi = Math.min(hi, Math.max(0, Math.log(C / B)));
  if (g(lo) >= 0) return lo;
  if (g(hi) <= 0) return hi;
  let y = hi;
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
