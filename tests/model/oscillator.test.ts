// The time loop's rhythms run by recurrence (oscillator.ts) instead of Math.sin per step; these
// tests hold them to the direct formulas within 1e-9 relative, so speed never changes results.
import { describe, expect, it } from 'vitest';
import { Oscillator } from '../../src/model/oscillator';
import { RSA_DEPTH, Simulation } from '../../src/model/simulation';

describe('Oscillator', () => {
  it('a million fixed rotations stay on the direct sin/cos within 1e-9', () => {
    const phase0 = 1.234;
    const step = 2 * Math.PI * 1.17 * 0.002; // a 70 bpm heartbeat at the 2 ms step
    const o = new Oscillator(phase0, step);
    let worst = 0;
    for (let n = 1; n <= 1_000_000; n++) {
      o.advance();
      if (n % 997 === 0) worst = Math.max(worst, Math.abs(o.s - Math.sin(phase0 + n * step)), Math.abs(o.c - Math.cos(phase0 + n * step)));
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('a rotation by the step plus a small extra angle equals one direct rotation by their sum', () => {
    for (const extra of [-0.09, -1e-3, 0, 1e-7, 0.05, 0.099]) {
      const o = new Oscillator(0.3, 0.6);
      o.extraRad = extra;
      o.advanceByExtra();
      expect(o.s).toBeCloseTo(Math.sin(0.3 + 0.6 + extra), 14);
      expect(o.c).toBeCloseTo(Math.cos(0.3 + 0.6 + extra), 14);
    }
  });
});

describe('Simulation rhythms by recurrence', () => {
  it('the blood volume the rhythms add matches the direct formulas over 10 minutes within 1e-9 of the pulse volume', () => {
    const sim = new Simulation({ subject: 'adult', technique: 'vault-hold', forceN: 0, seed: 7 });
    const r = sim.rhythms();
    const dt = sim.stepS;
    const wave = (p: number) => Math.sin(p) + 0.45 * Math.sin(2 * p + 0.7) + 0.18 * Math.sin(3 * p + 1.4);
    let heart = r.cardiac.phase0;
    let worst = 0;
    for (let n = 0; n < 300_000; n++) {
      const t = n * dt;
      if (n % 101 === 0) {
        const direct =
          r.cardiac.amp * wave(heart) +
          r.breathing.amp * Math.sin(2 * Math.PI * r.breathing.freqHz * t + r.breathing.phase0) +
          r.mayer.amp * Math.sin(2 * Math.PI * r.mayer.freqHz * t + r.mayer.phase0) +
          r.slow.amp * Math.sin(2 * Math.PI * r.slow.freqHz * t + r.slow.phase0);
        worst = Math.max(worst, Math.abs(sim.vascularVolume() - direct) / r.cardiac.amp);
      }
      // the heart speeds up on the in-breath (respiratory sinus arrhythmia)
      heart += 2 * Math.PI * r.cardiac.freqHz * dt * (1 + RSA_DEPTH * Math.sin(2 * Math.PI * r.breathing.freqHz * t + r.breathing.phase0));
      sim.step();
    }
    expect(worst).toBeLessThan(1e-9);
  });
});
