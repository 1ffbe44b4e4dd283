// CSF v2: one-way absorption, a pulse the PV curve produces, Katzman's infusion test. Each
// number is a physical expectation with its reason; sources in doc/model.md.
import { describe, expect, it } from 'vitest';
import { cardiacPulseMmHg, infusionTest, Simulation, SUBJECTS, type SubjectId } from '../../src/model/index';
import { absorption, csfConstants } from '../../src/model/csf';
import { paramValues } from '../../src/model/subjects';
import { PA_PER_MMHG } from '../../src/model/units';

const SUBJECT_IDS = Object.keys(SUBJECTS) as SubjectId[];

describe('absorption is one-way (arachnoid granulations are valves)', () => {
  it('nothing flows back into the CSF space below sinus pressure', () => {
    const c = csfConstants(paramValues('rabbit'));
    expect(absorption(c, c.sinusPa * 0.5)).toBe(0);
    expect(absorption(c, c.sinusPa)).toBe(0);
    expect(absorption(c, c.restPa)).toBeGreaterThan(0);
  });

  it('rabbit, a 10 kg parietal lift drops ICP below the 3.5 mmHg sinus: formation alone refills it, it never sinks further', () => {
    const sim = new Simulation({ subject: 'rabbit', technique: 'parietal-lift', forceN: 98, seed: 1 });
    const means: number[] = [];
    for (let k = 0; k < 6; k++) {
      let sum = 0;
      for (let i = 0; i < 5000; i++) {
        sim.step();
        sum += sim.pressurePa;
      }
      means.push(sum / 5000 / PA_PER_MMHG);
    }
    expect(means[0]).toBeLessThan(paramValues('rabbit').sinusPressure);
    // 10 s means rise monotonically (v1 absorbed backwards and fell further)
    for (let i = 1; i < means.length; i++) expect(means[i]).toBeGreaterThan(means[i - 1]);
  });
});

describe('the pulse is produced, not imposed', () => {
  it.each(SUBJECT_IDS)('%s: the heartbeat\'s arterial volume gives an ICP pulse of the measured size', (s) => {
    const pulse = cardiacPulseMmHg(s);
    // adults 1-4 mmHg (Czosnyka & Pickard 2004); the others sized from it, a fraction to a few mmHg
    if (s === 'adult') {
      expect(pulse).toBeGreaterThan(1);
      expect(pulse).toBeLessThan(4);
    }
    expect(pulse).toBeGreaterThan(0.2);
    expect(pulse).toBeLessThan(4);
  });

  it('raising the outflow resistance raises mean ICP and the pulse with it (Avezaat 1979; Czosnyka)', () => {
    const meanOf = (rOut: number) => 7 + 0.35 * rOut; // P_d + I_f R_out, adult defaults, mmHg
    const low = cardiacPulseMmHg('adult', { outflowResistance: 8.6 });
    const high = cardiacPulseMmHg('adult', { outflowResistance: 13 });
    expect(high).toBeGreaterThan(low * 1.1);
    // the exponential PV curve makes amplitude proportional to mean pressure for a fixed volume
    expect(high / low).toBeCloseTo(meanOf(13) / meanOf(8.6), 1);
  });

  it('the simulated ICP trace carries the same pulse: heartbeat-band swing within 10 % of cardiacPulseMmHg', () => {
    // slow rhythms at their smallest, measured over one beat at a time and averaged
    const params = { respiratoryWave: 0.5, mayerWave: 0.2, slowWave: 0 };
    const sim = new Simulation({ subject: 'adult', technique: 'vault-hold', forceN: 0, seed: 4, params });
    const beatS = 60 / paramValues('adult').heartRate;
    const swings: number[] = [];
    for (let b = 0; b < 20; b++) {
      let lo = Infinity;
      let hi = -Infinity;
      const n = Math.round(beatS / sim.stepS);
      for (let i = 0; i < n; i++) {
        sim.step();
        lo = Math.min(lo, sim.pressurePa);
        hi = Math.max(hi, sim.pressurePa);
      }
      swings.push((hi - lo) / PA_PER_MMHG);
    }
    const mean = swings.reduce((a, b) => a + b, 0) / swings.length;
    const pulse = cardiacPulseMmHg('adult', params);
    expect(mean / pulse).toBeGreaterThan(0.9);
    expect(mean / pulse).toBeLessThan(1.25); // a beat's window also catches a little breathing drift
  });
});

describe('constant-rate infusion (Katzman & Hussey 1970)', () => {
  it('adult: 1.5 mL/min for 40 min reaches the plateau P_0 + I R_out and gives back R_out within 2 %', () => {
    const r = infusionTest({ subject: 'adult', rateMLPerMin: 1.5, durationS: 2400 });
    const p = paramValues('adult');
    expect(r.baselineMmHg).toBeCloseTo(p.sinusPressure + p.formation * p.outflowResistance, 0);
    expect(r.outflowResistance / p.outflowResistance).toBeGreaterThan(0.98);
    expect(r.outflowResistance / p.outflowResistance).toBeLessThan(1.02);
  });

  it('stopped after 5 min, before the plateau (time constant R_out C ~ 10 min), it underestimates R_out', () => {
    const r = infusionTest({ subject: 'adult', rateMLPerMin: 1.5, durationS: 300 });
    expect(r.outflowResistance).toBeLessThan(0.8 * paramValues('adult').outflowResistance);
    expect(r.plateauMmHg).toBeGreaterThan(r.baselineMmHg);
  });

  it('rabbit: the derived R_out (about 295 mmHg/(mL/min)) is what an infusion measures', () => {
    const r = infusionTest({ subject: 'rabbit', rateMLPerMin: 0.01, durationS: 2400 });
    expect(r.outflowResistance / paramValues('rabbit').outflowResistance).toBeGreaterThan(0.97);
    expect(r.outflowResistance / paramValues('rabbit').outflowResistance).toBeLessThan(1.03);
  });

  it('refuses rates and durations it cannot use, with a message', () => {
    expect(() => infusionTest({ subject: 'adult', rateMLPerMin: -1, durationS: 600 })).toThrow(/rateMLPerMin/);
    expect(() => infusionTest({ subject: 'adult', rateMLPerMin: 1, durationS: 10 })).toThrow(/durationS/);
    expect(() => infusionTest({ subject: 'adult', rateMLPerMin: NaN, durationS: 600 })).toThrow(/rateMLPerMin/);
  });
});
