// doc/model.md's robustness sentence, tested: at each end of each parameter's range (one at a
// time), a 5 g touch stays below what a fingertip feels in bone (20 um) and below what an ICP
// transducer resolves (1 mmHg), for every subject and technique.
import { describe, expect, it } from 'vitest';
import { SUBJECTS, TECHNIQUES, touchResponse, type SubjectId, type TechniqueId } from '../../src/model/index';
import { DETECTORS } from '../../src/model/content/detectors';
import { gramsToNewtons } from '../../src/model/units';

const NICKEL_N = gramsToNewtons(5);
const FINGERTIP_M = DETECTORS.fingertip.thresholdSI; // 20 um of bone (Bolanowski 1988 channels)
const TRANSDUCER_MMHG = 1;

describe('robustness: 5 g stays undetectable at every range end', () => {
  for (const subject of Object.keys(SUBJECTS) as SubjectId[]) {
    it(`${subject}: every parameter at its min and at its max, every technique`, () => {
      const params: Record<string, { min: number; max: number }> = { ...SUBJECTS[subject].params };
      let checked = 0;
      for (const [key, range] of Object.entries(params)) {
        for (const v of [range.min, range.max]) {
          for (const technique of Object.keys(TECHNIQUES) as TechniqueId[]) {
            const r = touchResponse({ subject, technique, forceN: NICKEL_N, params: { [key]: v } });
            const where = `${subject} ${technique} ${key}=${v}`;
            expect(Math.abs(r.boneDisplacementM), where).toBeLessThan(FINGERTIP_M);
            expect(Math.abs(r.icpChangeMmHg), where).toBeLessThan(TRANSDUCER_MMHG);
            checked++;
          }
        }
      }
      expect(FINGERTIP_M).toBeCloseTo(20e-6, 12);
      expect(checked).toBe(Object.keys(params).length * 2 * Object.keys(TECHNIQUES).length);
    });
  }
});
