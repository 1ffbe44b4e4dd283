// 'auto' exaggeration (#15, finding 8): x1,000,000 for every head started the infant and the
// rabbit "largest motion clipped", the first thing a student saw. The fitted factor must show each
// subject's own motion at the factory set-up unclipped, be the largest nice factor that does, and
// leave the adult on the x1,000,000 the captions and lessons use.
import { describe, expect, it } from 'vitest';
import { HEAD_SHAPES, SUBJECT_IDS, Simulation } from '../../src/model/index';
import { gramsToNewtons } from '../../src/model/units';
import { AUTO_FILL, fittedExaggeration, peakBoneMotionM, shownExaggeration } from '../../src/state/exaggeration';
import { EXAGGERATION_RANGE, FORCE_RANGE_G, MAX_SHOWN_FRACTION } from '../../src/state/ranges';
import { DEFAULT_STATE } from '../../src/state/store';
import { FrameMapper } from '../../src/view/frame-mapping';
import { createHeadUniforms } from '../../src/view/uniforms';

const headSizeM = (s: (typeof SUBJECT_IDS)[number]) => Math.max(...HEAD_SHAPES[s].semiAxesM);
const NICE = (x: number) => {
  const m = x / 10 ** Math.floor(Math.log10(x) + 1e-9);
  return [1, 2, 5].some((n) => Math.abs(m - n) < 1e-9);
};

describe("'auto' exaggeration fitted to the subject", () => {
  it('is the default state, so a bare link opens with the fitted factor', () => {
    expect(DEFAULT_STATE.exaggeration).toBe('auto');
  });

  it('keeps the adult on x1,000,000: its vault moves ~4 nm with the heartbeat and a 5 g touch, 4 mm shown of a 24 mm limit', () => {
    const peak = peakBoneMotionM('adult');
    expect(peak).toBeGreaterThan(1e-9);
    expect(peak).toBeLessThan(1e-8);
    expect(fittedExaggeration('adult')).toBe(1e6);
  });

  it('gives the infant and the rabbit a smaller factor: their bones move tens of times more than the adult\'s', () => {
    for (const s of ['infant', 'rabbit'] as const) {
      expect(peakBoneMotionM(s) / peakBoneMotionM('adult')).toBeGreaterThan(10);
      expect(fittedExaggeration(s)).toBeLessThan(1e5);
    }
  });

  it.each(SUBJECT_IDS)('%s: the largest nice factor (1, 2 or 5 x 10^n) whose shown peak stays within the fill fraction of the limit', (s) => {
    const x = fittedExaggeration(s);
    const limit = AUTO_FILL * MAX_SHOWN_FRACTION * headSizeM(s);
    expect(NICE(x)).toBe(true);
    expect(x).toBeGreaterThanOrEqual(EXAGGERATION_RANGE.min);
    expect(x).toBeLessThanOrEqual(EXAGGERATION_RANGE.default);
    expect(peakBoneMotionM(s) * x).toBeLessThanOrEqual(limit);
    // the next nice factor up would overfill (or the cap was reached)
    const next = x * (NICE(x * 2) ? 2 : 2.5); // 1 -> 2, 2 -> 5, 5 -> 10
    if (x < EXAGGERATION_RANGE.default) expect(peakBoneMotionM(s) * next).toBeGreaterThan(limit);
  });

  it.each(SUBJECT_IDS)('%s: a minute of the factory set-up in the scene is never clipped', (s) => {
    const sim = new Simulation({ subject: s, technique: 'vault-hold', forceN: gramsToNewtons(FORCE_RANGE_G.default), seed: 7, startTouched: true });
    const mapper = new FrameMapper(createHeadUniforms());
    let clipped = false;
    for (let i = 0; i < 30_000 && !clipped; i++) {
      sim.step();
      if (i % 25 !== 0) continue;
      mapper.map({ frame: sim.frame(), exaggeration: fittedExaggeration(s), icpRangeMmHg: [0, 20] }, headSizeM(s));
      clipped = mapper.clipped;
    }
    expect(clipped).toBe(false);
  });

  it('the scene states what it shows: true scale is 1, a chosen factor is kept, auto follows the subject', () => {
    expect(shownExaggeration({ trueScale: true, exaggeration: 'auto', subject: 'rabbit' })).toBe(1);
    expect(shownExaggeration({ trueScale: false, exaggeration: 1000, subject: 'rabbit' })).toBe(1000);
    expect(shownExaggeration({ trueScale: false, exaggeration: 'auto', subject: 'rabbit' })).toBe(fittedExaggeration('rabbit'));
  });
});
