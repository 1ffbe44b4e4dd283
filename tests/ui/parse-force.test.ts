// Finding 6 of "a student's first ten minutes": typed forces are never silently misread.
import { describe, expect, it } from 'vitest';
import { parseForce } from '../../src/ui/parse-force';

const grams = (t: string) => {
  const r = parseForce(t);
  if (!r.ok) throw new Error(r.message);
  return r.grams;
};

describe('parseForce', () => {
  it('reads plain grams and a decimal comma the same way, and says when it read a comma', () => {
    expect(grams('5')).toBe(5);
    expect(grams('0.5')).toBe(0.5);
    expect(grams('0,5')).toBe(0.5); // was read as 5 g: a tenfold error
    const r = parseForce('0,5 g');
    expect(r.ok && r.note).toMatch(/decimal comma/);
  });

  it('converts kg, mg, N and mN to grams and says so', () => {
    expect(grams('50 kg')).toBe(50000); // was read as 50 g
    expect(grams('50kg')).toBe(50000);
    expect(grams('2 N')).toBeCloseTo(2 / 0.00980665, 9); // 1 gram-force = 9.80665 mN
    expect(grams('300 mN')).toBeCloseTo(0.3 / 0.00980665, 9);
    expect(grams('500 mg')).toBeCloseTo(0.5, 12);
    const r = parseForce('2 N');
    expect(r.ok && r.note).toMatch(/2 N = 203\.9 g/);
  });

  it('reads thousands separators when both marks appear, and spaces between groups', () => {
    expect(grams('1,000.5 g')).toBe(1000.5);
    expect(grams('1.000,5 g')).toBe(1000.5);
    expect(grams('10 000 g')).toBe(10000);
  });

  it('refuses what it cannot read with a message, never a guess', () => {
    for (const t of ['', 'abc', '5 lb', '1.2.3', '1,2,3', '5 g g', '--5', 'NaN', 'Infinity']) {
      const r = parseForce(t);
      expect(r.ok, t).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    }
  });
});
