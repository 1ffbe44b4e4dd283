// Sinusoids by recurrence: the time loop's rhythms advance a unit vector (cos, sin) by a rotation
// each step instead of calling Math.sin, which made up most of a step's cost. Rounding drift is
// removed every step by a first-order renormalisation, so the phase error stays at the level of
// double-precision rounding (tests/model/oscillator.test.ts compares with direct evaluation).

export class Oscillator {
  /** cos and sin of the current phase */
  c = 1;
  s = 0;
  private cd = 1;
  private sd = 0;

  /** Start at phase0 (rad) and advance by stepRad per `advance()`. */
  constructor(phase0 = 0, stepRad = 0) {
    this.reset(phase0, stepRad);
  }

  reset(phase0: number, stepRad: number): void {
    this.c = Math.cos(phase0);
    this.s = Math.sin(phase0);
    this.cd = Math.cos(stepRad);
    this.sd = Math.sin(stepRad);
  }

  /** Rotate by the fixed step. */
  advance(): void {
    const c = this.c;
    this.c = c * this.cd - this.s * this.sd;
    this.s = this.s * this.cd + c * this.sd;
    this.normalise();
  }

  /** The extra angle advanceByExtra() adds to the fixed step, rad: |extraRad| < 0.1 (a Taylor
   *  series to x^7 is exact to double precision there). A field rather than an argument, so the
   *  time step passes no number through a call V8 may not inline (csf.ts, LogPressureStep). */
  extraRad = 0;

  /** Rotate by the fixed step plus extraRad. */
  advanceByExtra(): void {
    const x = this.extraRad;
    const x2 = x * x;
    const se = x * (1 - (x2 / 6) * (1 - (x2 / 20) * (1 - x2 / 42)));
    const ce = 1 - (x2 / 2) * (1 - (x2 / 12) * (1 - (x2 / 30) * (1 - x2 / 56)));
    const cd = this.cd * ce - this.sd * se;
    const sd = this.sd * ce + this.cd * se;
    const c = this.c;
    this.c = c * cd - this.s * sd;
    this.s = this.s * cd + c * sd;
    this.normalise();
  }

  private normalise(): void {
    // one Newton step toward |(c, s)| = 1: exact to rounding when the error is already tiny
    const k = 1.5 - 0.5 * (this.c * this.c + this.s * this.s);
    this.c *= k;
    this.s *= k;
  }
}
