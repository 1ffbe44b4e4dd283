// Reference forces for the Force finder and the Scale view: a 5 g touch, the Downey 2006 loads, an
// adult skull fracture. A file of its own, re-exported by reference-scales.ts, because the side panel's
// force finder (the force a fingertip would feel, src/ui/app-ui.ts) needs these four and not the
// Scale view's lengths and pressures, so the first view loads only them (issue 12).

import { gramsToNewtons } from '../units';
import type { Reference } from './reference-scales';

/** Reference forces for the Force finder (N). */
export const REFERENCE_FORCES: readonly Reference[] = [
  {
    id: 'nickel-touch',
    label: 'CST touch (5 g, a nickel)',
    phrase: 'the weight of a nickel',
    valueSI: gramsToNewtons(5),
    rangeSI: { min: gramsToNewtons(5), max: gramsToNewtons(5) },
    display: { value: 5, min: 5, max: 5, unit: 'g' },
    sourceIds: ['upledger1983'],
    basis: 'a US nickel weighs 5.000 g (US Mint, recalled); CST describes its touch as about this',
    confidence: 'recalled',
  },
  {
    id: 'downey-loads',
    label: 'Downey 2006 loads (5-20 g)',
    phrase: 'the loads of the 2006 rabbit study',
    valueSI: gramsToNewtons(20),
    rangeSI: { min: gramsToNewtons(5), max: gramsToNewtons(20) },
    display: { value: 20, min: 5, max: 20, unit: 'g' },
    sourceIds: ['downey2006'],
    confidence: 'read',
  },
  {
    id: 'downey-first-movement',
    label: 'First suture movement in one rabbit (500 g)',
    phrase: 'the load that first moved a rabbit coronal suture',
    valueSI: gramsToNewtons(500),
    rangeSI: { min: gramsToNewtons(100), max: gramsToNewtons(500) },
    display: { value: 500, min: 100, max: 500, unit: 'g' },
    sourceIds: ['downey2006'],
    basis: 'nothing seen at 100 g, 0.30 mm at 500 g, so the true onset lies between',
    confidence: 'read',
  },
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
