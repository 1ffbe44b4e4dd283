// SimLoop: model time must follow wall time x speed exactly, independent of frame rate, bounded
// after a hidden tab, and every input change must reach the model (input -> store -> model ->
// store). A fake Simulation records what the loop asks of it, so these tests do not depend on the
// model's numbers.

import { describe, expect, it } from 'vitest';
import type { BoneId, SimFrame, SutureId } from '../../src/model/types';
import { DEFAULT_STEP_S, Simulation, TECHNIQUES, touchResponse } from '../../src/model/index';
import { N_PER_GRAM_FORCE } from '../../src/model/units';
import { ChartHistory } from '../../src/state/history';
import { MAX_WALL_DT_S, STEP_BUTTON_S } from '../../src/state/ranges';
import { SimLoop, type SimulationFactory, type SimulationInit, type SimulationLike } from '../../src/state/sim-loop';
import { createAppStore, createSimStore, resetAll, setField } from '../../src/state/store';

const BONES: BoneId[] = ['frontal', 'parietal-left', 'parietal-right', 'occipital', 'temporal-left', 'temporal-right'];

class FakeSimulation implements SimulationLike {
  readonly stepS = 1e-3;
  t = 0;
  advanced: number[] = [];
  forces: number[] = [];
  constructor(readonly init: SimulationInit) {}
  advance(d: number) {
    this.advanced.push(d);
    this.t += d;
  }
  setForce(n: number) {
    this.forces.push(n);
  }
  reset() {
    this.t = 0;
  }
  frame(): SimFrame {
    // each bone's displacement encodes the bone's index, so the test can tell which one the chart took
    const bone = Object.fromEntries(BONES.map((b, i) => [b, (i + 1) * 1e-9])) as Record<BoneId, number>;
    return {
      timeS: this.t,
      appliedForceN: this.init.forceN,
      icpMmHg: 10 + this.t,
      icpTouchMmHg: 0,
      boneDisplacementM: bone,
      touchDisplacementM: -1,
      scalpCompressionM: 0,
      // encodes the technique the simulation was built for, so the test can tell it was rebuilt
      watchedDisplacementM: (Object.keys(TECHNIQUES).indexOf(this.init.technique) + 1) * 1e-6,
      watchedGapM: 0,
      sutureGapChangeM: {} as Record<SutureId, number>,
      measured: { icpMmHg: 10, caliperGapM: 0 },
    };
  }
}

function setup(opts: { sampleHz?: number; history?: ChartHistory } = {}) {
  const app = createAppStore();
  const out = createSimStore();
  const made: FakeSimulation[] = [];
  const loop = new SimLoop(app, out, {
    createSimulation: (init) => {
      const s = new FakeSimulation(init);
      made.push(s);
      return s;
    },
    touchResponse: ({ forceN }) => ({ boneDisplacementM: forceN * 1e-6, sutureGapChangeM: 0, volumeChangeML: 0, icpChangeMmHg: 0, scalpCompressionM: 0 }),
    ...opts,
  });
  const sim = () => made[made.length - 1];
  const total = () => sim().advanced.reduce((a, b) => a + b, 0);
  return { app, out, loop, made, sim, total };
}

describe('SimLoop timing', () => {
  it('one 60 Hz frame at speed 1 advances the model by exactly 1/60 s', () => {
    const { loop, total } = setup();
    expect(loop.tick(1 / 60)).toBe(1 / 60);
    expect(loop.timeS).toBe(1 / 60);
    // the advance pieces (split at chart-sample instants) must add up to the frame's time
    expect(total()).toBeCloseTo(1 / 60, 14);
  });

  it('speed 2 doubles the model time per frame', () => {
    const { app, loop, total } = setup();
    setField(app, 'speed', 2);
    loop.tick(1 / 60);
    expect(loop.timeS).toBe(2 / 60);
    expect(total()).toBeCloseTo(2 / 60, 14);
  });

  it('frame rate does not change model time: 60 frames at 60 Hz and 30 at 30 Hz both give 1 s', () => {
    const a = setup();
    const b = setup();
    for (let i = 0; i < 60; i++) a.loop.tick(1 / 60);
    for (let i = 0; i < 30; i++) b.loop.tick(1 / 30);
    expect(a.loop.timeS).toBeCloseTo(1, 12);
    expect(b.loop.timeS).toBeCloseTo(1, 12);
  });

  it(`a tab returning after 5 minutes hidden runs at most ${MAX_WALL_DT_S} s x speed, not 5 minutes`, () => {
    const { app, loop, total } = setup();
    setField(app, 'speed', 10);
    expect(loop.tick(300)).toBe(MAX_WALL_DT_S * 10);
    expect(total()).toBeCloseTo(2.5, 12);
  });

  it('paused, or a zero, negative or NaN delta, advances nothing', () => {
    const { app, loop, sim } = setup();
    for (const dt of [0, -1, NaN]) expect(loop.tick(dt)).toBe(0);
    setField(app, 'playing', false);
    expect(loop.tick(1 / 60)).toBe(0);
    expect(sim().advanced).toEqual([]);
  });

  it(`Step advances ${STEP_BUTTON_S} s of model time even while paused`, () => {
    const { app, loop, total } = setup();
    setField(app, 'playing', false);
    loop.stepOnce();
    expect(loop.timeS).toBe(STEP_BUTTON_S);
    expect(total()).toBeCloseTo(STEP_BUTTON_S, 14);
  });
});

describe('SimLoop data flow', () => {
  it('samples the chart at exact multiples of 1/50 s of model time, oldest first', () => {
    const { loop } = setup();
    // 0.25 s is exact in binary: 4 frames reach 1 s exactly, so the sample at t = 1 s is included
    for (let i = 0; i < 4; i++) loop.tick(0.25);
    const h = loop.history.ordered();
    expect(h.length).toBe(51); // t = 0, 0.02, ..., 1.00
    expect(h.timeS[1]).toBeCloseTo(0.02, 14);
    expect(h.timeS[50]).toBe(1);
    expect(h.icpMmHg[50]).toBe(11); // fake ICP = 10 + t: the sample reads the frame at its instant
  });

  it('the chart plots the watched contact along the hand\'s push (as the readout), not a bone normal or the touch alone', () => {
    const { app, loop } = setup();
    // fake: bone normals are (index + 1) nm, touch-only is -1 m, the watched value encodes the
    // technique in um; only the watched value passes, and it follows a technique change
    const expected = (t: 'vault-hold' | 'cv4') => (Object.keys(TECHNIQUES).indexOf(t) + 1) * 1e-6;
    expect(loop.history.ordered().boneDisplacementM[0]).toBe(expected('vault-hold'));
    setField(app, 'technique', 'cv4');
    expect(loop.history.ordered().boneDisplacementM[0]).toBe(expected('cv4'));
  });

  it('publishes the latest frame to the sim store each frame', () => {
    const { out, loop } = setup();
    expect(out.getState().frame?.timeS).toBe(0); // a frame exists before the first tick
    loop.tick(0.1);
    expect(out.getState().frame?.timeS).toBeCloseTo(0.1, 14);
  });

  it('a force change reaches the model in newtons (5 g -> 10 g = 0.0981 N)', () => {
    const { app, out, sim } = setup();
    setField(app, 'forceG', 10);
    expect(sim().forces).toEqual([10 * N_PER_GRAM_FORCE]);
    expect(sim().forces[0]).toBeCloseTo(0.0980665, 10);
    // and the touch summary follows: fake response = forceN x 1e-6
    expect(out.getState().touch?.boneDisplacementM).toBeCloseTo(10 * N_PER_GRAM_FORCE * 1e-6, 15);
  });

  it('a new subject, technique or seed builds a new model and clears the charts', () => {
    const { app, loop, made } = setup();
    loop.tick(0.2);
    expect(loop.history.length).toBeGreaterThan(1);
    setField(app, 'subject', 'rabbit');
    expect(made).toHaveLength(2);
    expect(made[1].init).toMatchObject({ subject: 'rabbit', technique: 'vault-hold', seed: 1 });
    expect(loop.timeS).toBe(0);
    expect(loop.history.length).toBe(1); // only the t = 0 sample of the new model
    setField(app, 'technique', 'cv4');
    setField(app, 'seed', 7);
    expect(made.map((m) => m.init.technique + m.init.seed)).toEqual(['vault-hold1', 'vault-hold1', 'cv41', 'cv47']);
  });

  it('a speed or play change does not rebuild the model (only experiment inputs do)', () => {
    const { app, made } = setup();
    setField(app, 'speed', 3);
    setField(app, 'playing', false);
    expect(made).toHaveLength(1);
  });

  it('Reset All rewinds the model clock and the charts, even with no input changed', () => {
    const { app, loop, made } = setup();
    loop.tick(0.2);
    resetAll(app);
    expect(loop.timeS).toBe(0);
    expect(loop.history.length).toBe(1);
    expect(made[made.length - 1].t).toBe(0);
  });

  it('Reset All after a force change builds the model at the initial force, without a ramp from the old one', () => {
    const { app, made } = setup();
    setField(app, 'forceG', 500);
    resetAll(app);
    const last = made[made.length - 1];
    expect(last.init.forceN).toBeCloseTo(5 * N_PER_GRAM_FORCE, 12);
  });

  it('dispose() stops listening: later store changes build nothing and ticks do nothing', () => {
    const { app, loop, made } = setup();
    loop.dispose();
    setField(app, 'subject', 'infant');
    expect(made).toHaveLength(1);
    expect(loop.tick(0.1)).toBe(0);
  });

  it('a long run keeps chart memory fixed (capacity) while model time grows', () => {
    const { loop } = setup({ history: new ChartHistory(100) });
    for (let i = 0; i < 400; i++) loop.tick(0.25); // 100 s of model time
    expect(loop.history.length).toBe(100);
    expect(loop.history.latestTimeS).toBeCloseTo(100, 9);
  });
});

describe('SimLoop with the real model (src/model/index.ts)', () => {
  function realSetup() {
    const app = createAppStore();
    const out = createSimStore();
    const factory: SimulationFactory = (init) => new Simulation(init); // also a compile-time contract check
    const loop = new SimLoop(app, out, { createSimulation: factory, touchResponse });
    return { app, out, loop };
  }

  it('one second of 60 Hz frames gives finite frames, adult ICP in a physiological band, full charts', () => {
    const { out, loop } = realSetup();
    for (let i = 0; i < 60; i++) loop.tick(1 / 60);
    const f = out.getState().frame!;
    // the model steps in fixed 2 ms steps and carries the remainder: within one step of 1 s
    expect(Math.abs(f.timeS - 1)).toBeLessThanOrEqual(DEFAULT_STEP_S + 1e-9);
    // adult resting ICP 10 mmHg with a 1-4 mmHg pulse (science.md): anything outside 0-30 is a wiring bug
    expect(f.icpMmHg).toBeGreaterThan(0);
    expect(f.icpMmHg).toBeLessThan(30);
    const h = loop.history.ordered();
    // samples at 0, 0.02, ..., 0.98, and 1.00 if the float sum of 60 x 1/60 reaches 1.0
    expect(h.length).toBeGreaterThanOrEqual(50);
    expect(h.length).toBeLessThanOrEqual(51);
    for (let i = 0; i < h.length; i++) {
      expect(Number.isFinite(h.icpMmHg[i])).toBe(true);
      expect(Number.isFinite(h.boneDisplacementM[i])).toBe(true);
    }
  });

  it('the touch summary for a nickel on an adult is tiny (nanometres), and grows with force', () => {
    const { app, out } = realSetup();
    const at5g = Math.abs(out.getState().touch!.boneDisplacementM);
    // science.md: 0.049 N on an ~812 N/mm skull is ~60 nm; a micrometre would mean wrong units
    expect(at5g).toBeGreaterThan(1e-10);
    expect(at5g).toBeLessThan(1e-6);
    setField(app, 'forceG', 500);
    expect(Math.abs(out.getState().touch!.boneDisplacementM)).toBeGreaterThan(at5g * 50);
  });

  it('switching through every subject and technique never throws and always publishes a finite frame', () => {
    const { app, out, loop } = realSetup();
    for (const s of ['adult', 'child', 'infant', 'rabbit'] as const) {
      setField(app, 'subject', s);
      for (const t of Object.keys(TECHNIQUES) as (keyof typeof TECHNIQUES)[]) {
        setField(app, 'technique', t);
        loop.tick(0.05);
        expect(Number.isFinite(out.getState().frame!.icpMmHg), `${s} ${t}`).toBe(true);
      }
    }
  });
});
