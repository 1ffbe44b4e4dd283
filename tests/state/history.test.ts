// Chart history: the charts must always receive samples oldest-first, only the last window,
// and never a NaN; memory must not grow with lecture length.

import { describe, expect, it } from 'vitest';
import { ChartHistory } from '../../src/state/history';
import { HISTORY_SAMPLE_HZ, HISTORY_WINDOW_S } from '../../src/state/ranges';

describe('ChartHistory', () => {
  it('default capacity holds 30 s at 50 Hz = 1500 samples (issue 3: charts of the last 10-30 s)', () => {
    expect(new ChartHistory().capacity).toBe(HISTORY_WINDOW_S * HISTORY_SAMPLE_HZ);
    expect(new ChartHistory().capacity).toBe(1500);
  });

  it('before wrapping, samples come back in insertion order', () => {
    const h = new ChartHistory(5);
    for (let i = 0; i < 3; i++) h.push(i, 10 + i, 1e-9 * i);
    const o = h.ordered();
    expect(o.length).toBe(3);
    expect([...o.timeS]).toEqual([0, 1, 2]);
    expect([...o.icpMmHg]).toEqual([10, 11, 12]);
    expect([...o.boneDisplacementM]).toEqual([0, 1e-9, 2e-9]);
  });

  it('after wrapping, only the newest `capacity` samples remain, oldest first', () => {
    const h = new ChartHistory(4);
    for (let i = 0; i < 11; i++) h.push(i, 100 + i, -i);
    const o = h.ordered();
    // 11 pushes into 4 slots: 7, 8, 9, 10 survive
    expect([...o.timeS]).toEqual([7, 8, 9, 10]);
    expect([...o.icpMmHg]).toEqual([107, 108, 109, 110]);
    expect([...o.boneDisplacementM]).toEqual([-7, -8, -9, -10]);
    expect(h.latestTimeS).toBe(10);
  });

  it('wraps correctly at every head position (off-by-one guard)', () => {
    const h = new ChartHistory(7);
    for (let n = 1; n <= 30; n++) {
      h.push(n, n, n);
      const t = [...h.ordered().timeS];
      const expected = Array.from({ length: Math.min(n, 7) }, (_, i) => n - Math.min(n, 7) + 1 + i);
      expect(t, `after ${n} pushes`).toEqual(expected);
    }
  });

  it('ordered() reuses its arrays once full (no allocation per frame for the charts)', () => {
    const h = new ChartHistory(3);
    for (let i = 0; i < 5; i++) h.push(i, i, i);
    const a = h.ordered();
    h.push(5, 5, 5);
    const b = h.ordered();
    expect(b.timeS).toBe(a.timeS); // same view object, new contents
    expect([...b.timeS]).toEqual([3, 4, 5]);
    expect(h.ordered()).toBe(b); // nothing new: nothing recomputed
  });

  it('refuses NaN and Infinity samples so a chart never draws one', () => {
    const h = new ChartHistory(4);
    expect(h.push(0, NaN, 0)).toBe(false);
    expect(h.push(Infinity, 1, 0)).toBe(false);
    expect(h.push(0, 1, -Infinity)).toBe(false);
    expect(h.length).toBe(0);
  });

  it('clear() empties it; a time going backwards (model rewound) restarts it', () => {
    const h = new ChartHistory(4);
    h.push(1, 1, 1);
    h.push(2, 2, 2);
    h.clear();
    expect(h.ordered().length).toBe(0);
    expect(h.latestTimeS).toBeNaN();
    h.push(5, 5, 5);
    h.push(0, 0, 0); // rewound
    expect([...h.ordered().timeS]).toEqual([0]);
  });

  it('rejects a capacity that cannot hold a line', () => {
    expect(() => new ChartHistory(1)).toThrow(RangeError);
  });
});
