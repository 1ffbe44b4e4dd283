// The line chart's arithmetic (src/ui/line-chart.ts): tick steps, ticks, data extent and the
// padded y range. The drawing itself is checked in the browser (tests/e2e/sim.test.ts: the
// charts are not blank, also without WebGL).
import { describe, expect, it } from 'vitest';
import { extent, isFlat, niceStep, paddedRange, ticks } from '../../src/ui/line-chart';

describe('niceStep', () => {
  it('takes the smallest 1, 2, 2.5 or 5 x 10^n at or above the least gap', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(1)).toBe(1);
    expect(niceStep(1.1)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(6)).toBe(10);
    expect(niceStep(0.00031)).toBeCloseTo(0.0005, 15);
    expect(niceStep(4.2e-9)).toBeCloseTo(5e-9, 20);
  });
  it('answers 1 for a gap that is not a positive number', () => {
    for (const g of [0, -1, Number.NaN, Infinity]) expect(niceStep(g)).toBe(1);
  });
});

describe('ticks', () => {
  it('puts every multiple of the step inside the range, at least the gap apart', () => {
    // 30 s of model time on a ~400 px plot, 50 px apart: 8 ticks at most, so a step of 5 s
    expect(ticks(12.3, 42.3, (30 * 50) / 400)).toEqual([15, 20, 25, 30, 35, 40]);
    // a range across zero keeps zero itself (no -0)
    expect(ticks(-1, 1, 0.5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(Object.is(ticks(-1, 1, 0.5)[2], 0)).toBe(true);
  });
  it('reads decimal steps without binary noise (0.3, not 0.30000000000000004)', () => {
    expect(ticks(0, 0.5, 0.1)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });
  it('gives no ticks for an empty or broken range', () => {
    expect(ticks(1, 1, 0.1)).toEqual([]);
    expect(ticks(2, 1, 0.1)).toEqual([]);
    expect(ticks(Number.NaN, 1, 0.1)).toEqual([]);
  });
});

describe('extent and paddedRange', () => {
  it('skips gaps (null) and non-finite values', () => {
    expect(extent([3, null, -2, Number.NaN, 7, Infinity])).toEqual([-2, 7]);
    expect(extent([null, Number.NaN])).toBeNull();
    expect(extent([])).toBeNull();
  });
  it('leaves room around the data and ends on the grid', () => {
    // ICP 8.3-11.8 mmHg on a 150 px plot, ticks 30 px apart
    const [lo, hi] = paddedRange(8.3, 11.8, 150, 30);
    expect(lo).toBeLessThan(8.3 - 0.1 * 3.5 + 1e-9);
    expect(hi).toBeGreaterThan(11.8 + 0.1 * 3.5 - 1e-9);
    expect(lo).toBe(7);
    expect(hi).toBe(13);
  });
  it('opens a flat or broken series into a range around it', () => {
    expect(paddedRange(10, 10, 150, 30)).toEqual([9, 11]);
    expect(paddedRange(0, 0, 150, 30)).toEqual([-1, 1]);
    expect(paddedRange(Number.NaN, 1, 150, 30)).toEqual([0, 1]);
  });
});

describe('ranges too narrow to draw apart', () => {
  it('gives no ticks rather than counting steps the values cannot tell apart', () => {
    // 3.6e-15 on top of 10 is a few float steps: a tick step that small never advances from 10
    expect(ticks(10, 10 + 3.6e-15, 1e-16)).toEqual([]);
    // more ticks than an axis can hold
    expect(ticks(0, 1, 1e-6)).toEqual([]);
    expect(niceStep(1e-320)).toBeGreaterThan(0);
  });
  it('calls a span under a billionth of its size flat, and opens it like a constant series', () => {
    expect(isFlat(10, 10 + 1e-12)).toBe(true);
    expect(isFlat(10, 10.001)).toBe(false);
    expect(isFlat(0, 0)).toBe(true);
    expect(isFlat(Number.NaN, 1)).toBe(true);
    // 10 % of the value each side, as for a constant series
    const [lo, hi] = paddedRange(10, 10 + 1e-12, 150, 30);
    expect(lo).toBeCloseTo(9, 9);
    expect(hi).toBeCloseTo(11, 9);
  });
});
