// The charts' text alternative: a summary and about one row per second of model time.
import { describe, expect, it } from 'vitest';
import { chartText } from '../../src/ui/charts';

describe('chartText', () => {
  it('summarises range and mean, skips gaps, and keeps about one sample per second', () => {
    const x = [0, 0.5, 1, 1.5, 2, 2.5, 3];
    const y = [10, 12, null, 8, 9, 11, 10];
    const { summary, rows } = chartText(x, y);
    expect(summary).toEqual({ min: 8, max: 12, mean: 10, spanS: 3 });
    expect(rows.map(([t]) => t)).toEqual([0, 1.5, 2, 3]);
  });
  it('says nothing is there rather than inventing numbers', () => {
    expect(chartText([], []).summary).toBeNull();
    expect(chartText([0, 1], [null, NaN]).summary).toBeNull();
  });
});
