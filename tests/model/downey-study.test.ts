// Downey et al. 2006 as a study: 13 simulated rabbits through the protocol, the two-way ANOVA on
// the simulated readings, the one animal to 10 000 g. Each expectation says the physics, the
// statistics or the study it stands for.
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, SUBJECTS, touchResponse } from '../../src/model/index';
import { downeyStudy, downeySingleAnimal, downeyStudyCsv, drawRabbitParams, fUpperTailP, twoWayAnova } from '../../src/model/contrasts';
import type { SubjectParams } from '../../src/model/index';
import { SeededRandom } from '../../src/model/random';
import { gramsToNewtons } from '../../src/model/units';

const study = downeyStudy({ seed: 1 });
const CALIPER_MM = INSTRUMENTS.caliperResolutionM * 1e3; // 0.1 mm
const PROTOCOL_LOADS = [0, 5, 10, 15, 20];

/** every number in a value, with its path, for the NaN/Infinity sweep */
function numbers(v: unknown, path = ''): Array<[string, number]> {
  if (typeof v === 'number') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => numbers(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => numbers(x, `${path}.${k}`));
  return [];
}

describe('downeyStudy: the animals', () => {
  it('13 animals (as the study had), each read at baseline and 5, 10, 15, 20 g', () => {
    expect(study.animals).toHaveLength(13);
    for (const a of study.animals) {
      expect(a.loadsG).toEqual(PROTOCOL_LOADS);
      for (const k of ['trueGapMM', 'measuredGapMM', 'trueIcpMmHg', 'measuredIcpMmHg'] as const) expect(a[k]).toHaveLength(5);
      // the true gap is a change from baseline: zero there by definition
      expect(a.trueGapMM[0]).toBe(0);
    }
  });

  it('each animal is drawn from the rabbit parameter ranges, and the animals differ', () => {
    const ranges = SUBJECTS.rabbit.params;
    for (const a of study.animals) {
      for (const key of Object.keys(ranges) as (keyof SubjectParams)[]) {
        expect(a.params[key]).toBeGreaterThanOrEqual(ranges[key]!.min);
        expect(a.params[key]).toBeLessThanOrEqual(ranges[key]!.max);
      }
    }
    // continuous draws: no two animals share a heart rate or a baseline plate separation
    expect(new Set(study.animals.map((a) => a.params.heartRate)).size).toBe(13);
    expect(new Set(study.animals.map((a) => a.baselinePlateSeparationMM)).size).toBe(13);
  });

  it('the draws centre on the published values (normal, sd = range/4, truncated)', () => {
    // 2000 rabbits: the median heart rate sits near 250 bpm, and about 95 % of the draws fall
    // within +/-2 sd (the truncation removes the rest)
    const rng = new SeededRandom(7);
    const hr = Array.from({ length: 2000 }, () => drawRabbitParams(rng).heartRate).sort((x, y) => x - y);
    expect(hr[1000]).toBeGreaterThan(245);
    expect(hr[1000]).toBeLessThan(255);
    expect(hr[0]).toBeGreaterThanOrEqual(200);
    expect(hr[1999]).toBeLessThanOrEqual(300);
  });

  it('the same seed gives the same study; another seed another', () => {
    expect(downeyStudy({ seed: 1 })).toEqual(study);
    const other = downeyStudy({ seed: 2 });
    expect(other.animals[0].params).not.toEqual(study.animals[0].params);
    expect(other.animals.map((a) => a.measuredGapMM)).not.toEqual(study.animals.map((a) => a.measuredGapMM));
    expect(other.anova).not.toEqual(study.anova);
  });

  it('measured values come in the instruments\' steps: 0.01 mm caliper, means of whole-mmHg readings', () => {
    const n = study.protocol.icpSamplesPerReading;
    expect(n).toBe(100); // 10 s window, a reading every 0.1 s
    for (const a of study.animals) {
      for (const g of a.measuredGapMM) expect(Math.abs(g * 100 - Math.round(g * 100))).toBeLessThan(1e-9);
      // the mean of n whole-mmHg readings is a whole number of 1/n mmHg
      for (const p of a.measuredIcpMmHg) expect(Math.abs(p * n - Math.round(p * n))).toBeLessThan(1e-9);
    }
  });

  it('no NaN anywhere; every number finite except the placeholder law\'s "no failure" (Infinity)', () => {
    for (const [path, v] of numbers(study)) {
      expect(Number.isNaN(v), path).toBe(false);
      if (path !== '.singleAnimal.failureForceN') expect(Number.isFinite(v), path).toBe(true);
    }
  });

  it('at 5-20 g the true suture opening stays far below the caliper\'s 0.1 mm in every animal', () => {
    // The calibrated rabbit suture opens 0.30 mm at 500 g, so about 0.012 mm at 20 g; even the
    // softest corner of the parameter ranges opens about 0.05 mm. Nothing a radiograph could show.
    for (const a of study.animals) for (const g of a.trueGapMM) expect(Math.abs(g)).toBeLessThan(CALIPER_MM / 2);
    const P = SUBJECTS.rabbit.params;
    const softest = {
      sutureModulus: P.sutureModulus.min,
      sutureOssification: P.sutureOssification.min,
      sutureWidth: P.sutureWidth.max,
      boneThickness: P.boneThickness.min,
      boneModulus: P.boneModulus.min,
    };
    const r = touchResponse({ subject: 'rabbit', technique: 'downey-distraction', forceN: gramsToNewtons(20), params: softest });
    expect(r.sutureGapChangeM * 1e3).toBeLessThan(CALIPER_MM);
  });

  it('the plates read a few mm apart, and 5-20 g moves the readings by no more than caliper noise', () => {
    for (const a of study.animals) {
      for (const g of a.measuredGapMM) {
        expect(g).toBeGreaterThan(1.5);
        expect(g).toBeLessThan(4.5);
      }
      // readings scatter about the baseline with the caliper's 0.03 mm noise: 5 sd is 0.15 mm
      for (const g of a.measuredGapMM) expect(Math.abs(g - a.baselinePlateSeparationMM)).toBeLessThan(0.15);
    }
  });

  it('the true ICP means at 5-20 g stay within the transducer\'s 1 mmHg of baseline in every animal', () => {
    // the touch lowers ICP by hundredths of a mmHg; what else moves a 10 s mean is breathing,
    // Mayer and slow waves (a few tenths of a mmHg peak to peak at most)
    for (const a of study.animals) {
      for (const p of a.trueIcpMmHg) {
        expect(Math.abs(p - a.trueIcpMmHg[0])).toBeLessThan(INSTRUMENTS.icpResolutionMmHg);
        // resting rabbit ICP, anaesthetised: a few mmHg (model P_d + I_f R_out within the ranges)
        expect(p).toBeGreaterThan(2);
        expect(p).toBeLessThan(10);
      }
    }
  });
});

describe('downeyStudy: the ANOVA', () => {
  it('F >= 0, p in [0, 1], df (4, 48) for load (5 levels) x animal (13 blocks) without replication', () => {
    for (const k of ['gap', 'icp'] as const) {
      const { F, p } = study.anova[k];
      expect(F).toBeGreaterThanOrEqual(0);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      const t = study.anovaTable[k];
      expect(t.treatment.df).toBe(4);
      expect(t.block.df).toBe(12);
      expect(t.residual.df).toBe(48);
      expect(t.total.df).toBe(64);
      expect(t.treatment.SS + t.block.SS + t.residual.SS).toBeCloseTo(t.total.SS, 9);
      expect(t.F).toBe(F);
    }
  });

  it('with the default seed, neither gap nor ICP differs by load (p > 0.05), as the paper found', () => {
    expect(study.anova.gap.p).toBeGreaterThan(0.05);
    expect(study.anova.icp.p).toBeGreaterThan(0.05);
    // the animals differ from each other (plate placement, resting ICP): the blocking matters
    expect(study.anovaTable.gap.blockP).toBeLessThan(0.001);
  });

  it('carries the published F and p', () => {
    expect(study.published.gap.F).toBe(0.045);
    expect(study.published.icp.F).toBe(0.279);
    expect(study.published.gap.p).toBe('> 0.05');
    expect(study.published.pGreaterThan).toBe(0.05);
  });

  it('twoWayAnova matches a table worked by hand', () => {
    // blocks (rows) x treatments (columns):
    //   b1:  2  4  9   mean 5
    //   b2:  3  6  6   mean 5
    //   b3:  4  8 12   mean 8
    // column means 3, 6, 9; grand mean 6
    // SS_treatment = 3 [(3-6)^2 + 0 + (9-6)^2] = 54, df 2, MS 27
    // SS_block     = 3 [(5-6)^2 + (5-6)^2 + (8-6)^2] = 18, df 2, MS 9
    // SS_total     = (16+4+9) + (9+0+0) + (4+4+36) = 82, df 8
    // SS_residual  = 82 - 54 - 18 = 10, df 4, MS 2.5
    // F = 27 / 2.5 = 10.8; for F(2, d2) the upper tail is (1 + 2F/d2)^(-d2/2) = 6.4^-2 = 0.0244140625
    const t = twoWayAnova([
      [2, 4, 9],
      [3, 6, 6],
      [4, 8, 12],
    ]);
    expect(t.treatment).toEqual({ SS: 54, df: 2, MS: 27 });
    expect(t.block.SS).toBeCloseTo(18, 12);
    expect(t.block.MS).toBeCloseTo(9, 12);
    expect(t.residual.SS).toBeCloseTo(10, 12);
    expect(t.residual.df).toBe(4);
    expect(t.total).toEqual({ SS: 82, df: 8 });
    expect(t.F).toBeCloseTo(10.8, 12);
    expect(t.p).toBeCloseTo(0.0244140625, 10);
    expect(t.blockF).toBeCloseTo(3.6, 12);
    expect(t.blockP).toBeCloseTo(2.8 ** -2, 10); // (1 + 2 * 3.6 / 4)^-2
    expect(t.degenerate).toBe('none');
  });

  it('the F distribution\'s upper tail: F(4, 48) = 2.565 is the 5 % critical value', () => {
    expect(fUpperTailP(2.565, 4, 48)).toBeCloseTo(0.05, 3);
    // closed form for d1 = 2: (1 + 2F/d2)^(-d2/2)
    for (const [F, d2] of [[0.5, 10], [3, 7], [20, 48]]) expect(fUpperTailP(F, 2, d2)).toBeCloseTo((1 + (2 * F) / d2) ** (-d2 / 2), 12);
    expect(fUpperTailP(0, 4, 48)).toBe(1);
    expect(fUpperTailP(Number.MAX_VALUE, 4, 48)).toBe(0);
    expect(() => fUpperTailP(1, 0, 48)).toThrow(/degrees of freedom/);
  });

  it('zero residual variance gives a clear, finite answer, never NaN or Infinity', () => {
    // nothing varies at all: no evidence of a load effect
    const flat = twoWayAnova([
      [3, 3, 3],
      [3, 3, 3],
    ]);
    expect(flat).toMatchObject({ F: 0, p: 1, blockF: 0, blockP: 1, degenerate: 'zero-residual' });
    // perfectly additive (animal + load, no noise): the load explains everything left
    const additive = twoWayAnova([
      [1, 2, 3],
      [11, 12, 13],
    ]);
    expect(additive).toMatchObject({ F: Number.MAX_VALUE, p: 0, blockF: Number.MAX_VALUE, blockP: 0, degenerate: 'zero-residual' });
    // animals differ, loads do not
    expect(twoWayAnova([[1, 1], [5, 5]])).toMatchObject({ F: 0, p: 1, degenerate: 'zero-residual' });
    for (const [, v] of numbers([flat, additive])) expect(Number.isFinite(v)).toBe(true);
  });

  it('refuses a table it cannot analyse, with a clear message', () => {
    expect(() => twoWayAnova([[1, 2, 3]])).toThrow(/at least 2 blocks/);
    expect(() => twoWayAnova([[1, 2], [3]])).toThrow(/every block/);
    expect(() => twoWayAnova([[1, NaN], [3, 4]])).toThrow(/finite/);
  });
});

describe('downeyStudy: the one animal to 10 000 g', () => {
  const single = study.singleAnimal;
  it('loads from baseline to 10 kg; the suture first passes 0.1 mm at 500 g', () => {
    expect(single.loadsG).toEqual([0, 100, 500, 1000, 2000, 5000, 10000]);
    expect(single.trueGapMM[0]).toBe(0);
    // Downey's animal first moved at 500 g (0.30 mm); the model's suture is calibrated to it, so
    // this agreement is by construction, not a test of the model against the study
    expect(single.firstMovementG).toBe(500);
    expect(single.trueGapMM[1]).toBeLessThan(CALIPER_MM); // nothing at 100 g, as in the study
    expect(single.trueGapMM[2]).toBeCloseTo(0.3, 1);
    // opening the cranium gives the CSF room: the quasi-static ICP falls as the load rises
    for (let i = 1; i < single.loadsG.length; i++) expect(single.trueIcpMmHg[i]).toBeLessThan(single.trueIcpMmHg[i - 1]);
  });

  it('the suture law decides failure; with none, failureG is null', () => {
    if (Number.isFinite(single.failureForceN)) {
      const first = single.loadsG.find((g) => g > 0 && gramsToNewtons(g) >= single.failureForceN) ?? null;
      expect(single.failureG).toBe(first);
    } else {
      expect(single.failureG).toBeNull();
    }
  });

  it('past failure the gap is not defined: those loads report the gap at failure, finite', () => {
    // a failure force of 9 N (about 920 g): 1000 g (9.8 N) and above have failed
    const s = downeySingleAnimal(undefined, { failureForceN: 9 });
    expect(s.failureG).toBe(1000);
    const atFailure = touchResponse({ subject: 'rabbit', technique: 'downey-distraction', forceN: 9 }).sutureGapChangeM * 1e3;
    expect(s.trueGapMM.slice(3)).toEqual([atFailure, atFailure, atFailure, atFailure]);
    expect(s.trueGapMM[2]).toBeLessThan(atFailure);
    for (const v of [...s.trueGapMM, ...s.trueIcpMmHg]) expect(Number.isFinite(v)).toBe(true);
    // failure at zero force: every loaded step has failed
    expect(downeySingleAnimal(undefined, { failureForceN: 0 }).failureG).toBe(100);
    expect(() => downeySingleAnimal(undefined, { failureForceN: NaN })).toThrow(/failure force/);
  });
});

describe('downeyStudy: cost', () => {
  it('runs the 13-animal study in well under the time a student waits (5 ms step)', () => {
    // ~0.3-0.6 s in Node on the 2-core machine; 5 s leaves room for a busy CI
    const t0 = performance.now();
    const s = downeyStudy({ seed: 3 });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(s.protocol.stepS).toBe(0.005);
  });
});

describe('downeyStudyCsv', () => {
  it('one line per animal and load, then the one animal; units in the header; no NaN', () => {
    const csv = downeyStudyCsv(study);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toMatch(/load \(g\).*plate separation \(mm\).*ICP mean \(mmHg\)/);
    expect(lines).toHaveLength(1 + 13 * 5 + 7);
    expect(csv).not.toMatch(/NaN|Infinity|undefined|\r/);
    // animal 1 at 20 g: its caliper reading and the transducer's mean, as in the study
    const a1 = lines[5].split(',');
    expect(a1.slice(0, 4)).toEqual(['13 animals', '1', '1', '20']);
    expect(Number(a1[5])).toBe(study.animals[0].measuredGapMM[4]);
    expect(Number(a1[8])).toBe(study.animals[0].measuredIcpMmHg[4]);
    // the change from baseline is a whole number of 0.01 mm caliper steps
    for (const l of lines.slice(1, 66)) {
      const d = Number(l.split(',')[6]);
      expect(Math.abs(d * 100 - Math.round(d * 100))).toBeLessThan(1e-9);
    }
    // the one animal: true values only, measured columns empty
    expect(lines[lines.length - 1].split(',').slice(0, 8)).toEqual(['one animal to 10 kg', 'default rabbit', '1', '10000', '98.07', '', '', String(Number(study.singleAnimal.trueGapMM[6].toPrecision(4)))]);
  });
});
