// Tests for src/ui/format.ts: what students read must carry units, honest precision, readable
// tiny values, and never "NaN"/"Infinity".
import { describe, expect, it } from 'vitest';
import {
  forceWords,
  formatForceG,
  formatForceN,
  formatLength,
  formatNumber,
  formatPressure,
  formatTimeS,
  spokenLength,
  ratioWords,
  spokenPressure,
} from '../../src/ui/format';

describe('formatNumber', () => {
  it('keeps 2 significant figures and drops trailing zeros', () => {
    expect(formatNumber(0.06)).toBe('0.06');
    expect(formatNumber(1.234)).toBe('1.2');
    expect(formatNumber(1234)).toBe('1200');
    expect(formatNumber(500)).toBe('500');
  });
  it('uses scientific notation with superscripts below 0.01', () => {
    expect(formatNumber(3e-5)).toBe('3 × 10⁻⁵');
    expect(formatNumber(3.26e-5)).toBe('3.3 × 10⁻⁵');
  });
  it('carries a mantissa that rounds up to 10 into the exponent', () => {
    // 9.96e-5 at 2 s.f. is 1.0e-4, not "10 × 10⁻⁵"
    expect(formatNumber(9.96e-5)).toBe('1 × 10⁻⁴');
  });
  it('signs changes and uses the true minus sign', () => {
    expect(formatNumber(2e-3, { signed: true })).toBe('+2 × 10⁻³');
    expect(formatNumber(-0.5)).toBe('\u22120.5');
    expect(formatNumber(0, { signed: true })).toBe('0');
  });
  it('supports fixed decimals for values read to a resolution (ICP now)', () => {
    expect(formatNumber(10.26, { decimals: 1 })).toBe('10.3');
  });
  it('never prints NaN or Infinity', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const s = formatNumber(bad);
      expect(s).not.toMatch(/NaN|Infinity/);
      expect(s.startsWith('\u2014')).toBe(true);
    }
  });
});

describe('formatLength', () => {
  it('shows the nickel-touch adult displacement (~60 nm, science.md section 1) in nm, the unit whose number reads 0.1-99', () => {
    expect(formatLength(6e-8)).toBe('60 nm');
  });
  it('shows Downey\'s 0.30 mm suture opening in mm', () => {
    expect(formatLength(3.0e-4)).toBe('0.3 mm');
    expect(formatLength(4.2e-5)).toBe('42 µm');
    expect(formatLength(1.2e-3)).toBe('1.2 mm');
  });
  it('shows the model\'s ~1 nm adult nickel displacement in nanometres, not powers of ten of µm', () => {
    expect(formatLength(9.2e-10)).toBe('0.92 nm');
  });
  it('goes scientific for sub-picometre-scale values instead of printing 0', () => {
    // "3 × 10⁻³ nm" was hard to read: 3 pm; below 0.1 pm, still pm in powers of ten
    expect(formatLength(3e-12)).toBe('3 pm');
    expect(formatLength(-7.5e-12)).toBe('\u22127.5 pm');
    expect(formatLength(2e-16)).toBe('2 × 10⁻⁴ pm');
  });
  it('prints a reason for missing values', () => {
    expect(formatLength(NaN)).toBe('\u2014 (not a number)');
    expect(formatLength(undefined as unknown as number)).toBe('\u2014 (no data yet)');
  });
});

describe('formatPressure / formatForce / formatTime', () => {
  it('formats ICP and its tiny touch change', () => {
    expect(formatPressure(10.04, { decimals: 1 })).toBe('10.0 mmHg');
    expect(formatPressure(3e-5, { signed: true })).toBe('+3 × 10⁻⁵ mmHg');
    expect(formatPressure(Infinity)).toBe('\u2014 (out of range)');
  });
  it('formats forces across the slider range 0.1 g .. 10 kg', () => {
    expect(formatForceG(0.1)).toBe('0.1 g');
    expect(formatForceG(5.0119)).toBe('5 g');
    expect(formatForceG(500)).toBe('500 g');
    expect(formatForceG(2000)).toBe('2 kg');
    expect(formatForceG(10000)).toBe('10 kg');
    // 5 g x 9.80665 m/s^2 = 0.049 N (science.md section 1)
    expect(formatForceN(0.04903)).toBe('0.049 N');
  });
  it('formats simulated time to 0.1 s', () => {
    expect(formatTimeS(12.345)).toBe('12.3 s');
  });
});

describe('words for screen readers', () => {
  it('names the landmarks of the force slider', () => {
    expect(forceWords(5)).toBe('5 grams, the weight of a nickel');
    expect(forceWords(4.99)).toBe('5 grams, the weight of a nickel');
    expect(forceWords(500)).toMatch(/^500 grams, .*Downey 2006/);
    expect(forceWords(2000)).toBe('2 kilograms');
    expect(forceWords(1)).toBe('1 gram');
    expect(forceWords(12)).toBe('12 grams');
  });
  it('speaks scientific notation in words', () => {
    expect(spokenPressure(3e-5)).toBe('3 times 10 to the minus 5 millimetres of mercury');
    expect(spokenLength(6e-8)).toBe('60 nanometres');
    expect(spokenLength(-2e-3)).toBe('minus 2 millimetres');
  });
});

describe('ratios in words (issue 15 finding 3: "1/2.1 × 10⁶ of threshold" was hard to read)', () => {
  it('says a small ratio as "1 in N", with millions in words, and a large one as times', () => {
    expect(ratioWords(1 / 21_000)).toBe('about 1 in 21,000 of the threshold');
    expect(ratioWords(1 / 2.1e6)).toBe('about 1 in 2.1 million of the threshold');
    expect(ratioWords(0.5, 'what a fingertip can feel')).toBe('about 50% of what a fingertip can feel');
    expect(ratioWords(4.7)).toBe('about 4.7 times the threshold');
    expect(ratioWords(21_000)).toBe('about 21,000 times the threshold');
    expect(ratioWords(NaN)).toBe('\u2014 (no ratio)');
  });
});
