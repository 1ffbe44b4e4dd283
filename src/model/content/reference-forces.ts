// Reference forces for the Force finder and the Scale view: a 5 g touch, the Downey 2006 loads, an
// adult skull fracture. A file of its own, re-exported by reference-scales.ts, because the side panel's
// force finder (the force a fingertip would feel, src/ui/app-ui.ts) needs these four and not the
// Scale view's lengths and pressures, so the first view loads only them (issue 12).

import { gramsToNewtons } from '../units';
import type { Reference } from './reference-scales';

/**
 * A reference given in a display unit, as the papers give it: `[value, min, max]` in that unit,
 * converted to SI by `toSI`. Here, not in reference-scales.ts, so that the first view's force
 * finder loads it without the Scale view's tables (reference-scales.ts uses it for pressures).
 */
export const referenceIn =
  (toSI: (x: number) => number, unit: string) =>
  (
    id: string,
    label: string,
    phrase: string,
    [value, min, max]: [number, number, number],
    rest: Pick<Reference, 'sourceIds' | 'confidence'> & { basis?: string },
  ): Reference => ({
    id,
    label,
    phrase,
    valueSI: toSI(value),
    rangeSI: { min: toSI(min), max: toSI(max) },
    display: { value, min, max, unit },
    ...rest,
  });

/** A load given in grams: its value and range in newtons, shown in g. */
const grams = referenceIn(gramsToNewtons, 'g');

/** Reference forces for the Force finder (N). */
export const REFERENCE_FORCES: readonly Reference[] = [
  grams('nickel-touch', 'CST touch (5 g, a nickel)', 'the weight of a nickel', [5, 5, 5], {
    sourceIds: ['upledger1983'],
    basis: 'a US nickel weighs 5.000 g (US Mint, recalled); CST describes its touch as about this',
    confidence: 'recalled',
  }),
  grams('downey-loads', 'Downey 2006 loads (5-20 g)', 'the loads of the 2006 rabbit study', [20, 5, 20], {
    sourceIds: ['downey2006'],
    confidence: 'read',
  }),
  grams('downey-first-movement', 'First suture movement in one rabbit (500 g)', 'the load that first moved a rabbit coronal suture', [500, 100, 500], {
    sourceIds: ['downey2006'],
    basis: 'nothing seen at 100 g, 0.30 mm at 500 g, so the true onset lies between',
    confidence: 'read',
  }),
  {
    id: 'skull-fracture',
    label: 'Adult skull fracture (quasi-static)',
    phrase: 'the load that fractures an adult skull',
    valueSI: 6.4e3,
    rangeSI: { min: 4.5e3, max: 14.1e3 },
    display: { value: 6.4, min: 4.5, max: 14.1, unit: 'kN' },
    sourceIds: ['yoganandan1995'],
    basis: 'mean quasi-static failure load 6.4 kN; all tests 4.5-14.1 kN',
    confidence: 'read',
  },
];
