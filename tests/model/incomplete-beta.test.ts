// The F tail the Downey ANOVA reports (src/model/contrasts/incomplete-beta.ts, anova.ts) against
// @stdlib/stats-base-dists-f-cdf, the maintained implementation the app used before (kept as a
// dev dependency to check ours), and against closed forms.
import fCdf from '@stdlib/stats-base-dists-f-cdf';
import { describe, expect, it } from 'vitest';
import { fUpperTailP } from '../../src/model/contrasts';
import { lnGamma, regularizedBeta } from '../../src/model/contrasts/incomplete-beta';

describe('incomplete beta and the F tail', () => {
  it('ln Gamma matches factorials and Gamma(1/2) = sqrt(pi) to 1e-13', () => {
    let fact = 1;
    for (let n = 1; n <= 25; n++) {
      expect(lnGamma(n + 1) - Math.log((fact *= n))).toBeCloseTo(0, 12);
    }
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(lnGamma(1)).toBeCloseTo(0, 14);
  });

  it('I_x(a, 1) = x^a and I_x(1, b) = 1 - (1 - x)^b (closed forms), to 1e-13', () => {
    for (const x of [0.01, 0.3, 0.5, 0.77, 0.99]) {
      for (const a of [0.5, 1, 2.5, 7, 30]) {
        expect(regularizedBeta(x, a, 1)).toBeCloseTo(x ** a, 13);
        expect(regularizedBeta(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 13);
      }
    }
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedBeta(0.5, 0, 3)).toThrow(/a, b > 0/);
  });

  it('the F upper tail agrees with 1 - stdlib F CDF to 1e-12 over the degrees of freedom an ANOVA of a few animals has', () => {
    // treatment df 1-12 (loads), residual df 1-120 (animals x loads); F from 0.01 to 200
    let worst = 0;
    for (const d1 of [1, 2, 3, 4, 5, 8, 12]) {
      for (const d2 of [1, 2, 5, 10, 24, 36, 48, 120]) {
        for (const F of [0.01, 0.1, 0.5, 0.9, 1, 1.5, 2.565, 4, 10, 30, 200]) {
          worst = Math.max(worst, Math.abs(fUpperTailP(F, d1, d2) - (1 - fCdf(F, d1, d2))));
        }
      }
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it('a tail below double precision next to 1 keeps its digits (1 - CDF would be 0): d1 = 2 has the closed form (1 + 2F/d2)^(-d2/2), matched to 1e-10 relative', () => {
    for (const [F, d2] of [[400, 48], [200, 36], [1000, 120]]) {
      const exact = (1 + (2 * F) / d2) ** (-d2 / 2);
      expect(exact).toBeLessThan(1e-16);
      expect(Math.abs(fUpperTailP(F, 2, d2) / exact - 1)).toBeLessThan(1e-10);
    }
  });
});
