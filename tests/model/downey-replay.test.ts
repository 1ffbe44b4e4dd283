// The Rabbit study tab's replay: one animal's steps through the protocol, then the one animal to
// 10 kg. What the replay shows must be the study's own numbers (the table a student reads beside
// it), so each expectation ties a replayed value to the study.
import { describe, expect, it } from 'vitest';
import { downeyReplay, downeyStudy } from '../../src/model/contrasts';

const study = downeyStudy({ seed: 1 });
const replay = downeyReplay(study, 2);

describe('downeyReplay', () => {
  it('steps through baseline, 5-20 g, then the one animal from 100 g to 10 kg', () => {
    expect(replay.steps.map((s) => s.loadG)).toEqual([0, 5, 10, 15, 20, 100, 500, 1000, 2000, 5000, 10000]);
    expect(replay.steps.map((s) => s.series)).toEqual([...Array(5).fill('study'), ...Array(6).fill('single')]);
    expect(replay.animalIndex).toBe(2);
  });

  it("the 13-animal steps are the study's numbers for that animal: caliper, true opening, ICP mean", () => {
    const a = study.animals[2];
    const steps = replay.steps.slice(0, 5);
    expect(steps.map((s) => s.caliperMM)).toEqual(a.measuredGapMM);
    expect(steps.map((s) => s.trueGapMM)).toEqual(a.trueGapMM);
    // the trace is the animal's own simulation re-run: its readings average to the table's mean
    expect(steps.map((s) => s.icpMeanReadMmHg)).toEqual(a.measuredIcpMmHg);
    // 10 s window read every 0.1 s: 100 readings, each a whole mmHg (the transducer's step)
    for (const s of steps) {
      expect(s.icpReadMmHg).toHaveLength(100);
      for (const r of s.icpReadMmHg) expect(Number.isInteger(Math.round(r * 1e9) / 1e9)).toBe(true);
    }
  });

  it("the one animal's true openings are the study's; its caliper sees 500 g and above", () => {
    const single = replay.steps.slice(5);
    expect(single.map((s) => s.trueGapMM)).toEqual(study.singleAnimal.trueGapMM.slice(1));
    // below the caliper's 0.1 mm at 100 g (0.08 mm true, 0.03 mm blur), clearly above it at 10 kg
    expect(Math.abs(single[0].caliperChangeMM)).toBeLessThan(0.2);
    expect(single[5].caliperChangeMM).toBeGreaterThan(0.6);
  });

  it('ramp frames lead into each loaded step; the load cell pulls harder at each step', () => {
    expect(replay.steps[0].ramp).toHaveLength(0);
    for (const s of replay.steps.slice(1)) expect(s.ramp).toHaveLength(10);
    const forces = replay.steps.slice(1).map((s) => s.forceN);
    for (let i = 1; i < forces.length; i++) expect(forces[i]).toBeGreaterThan(forces[i - 1]);
    // the opening in the time simulation grows with the pull (the toe, then the suture)
    expect(replay.steps[10].gapNowM).toBeGreaterThan(replay.steps[4].gapNowM);
  });

  it('the same study gives the same replay; an out-of-range animal is clamped', () => {
    expect(downeyReplay(study, 2)).toEqual(replay);
    expect(downeyReplay(study, 99).animalIndex).toBe(12);
    expect(downeyReplay(study, Number.NaN).animalIndex).toBe(0);
  });
});
