// "Replay Downey 2006": 5-20 g across a rabbit's coronal suture. What the radiograph with a
// caliper and the epidural transducer could see, where the one animal loaded to 10 kg first moved,
// and what the two-way ANOVA of 13 simulated rabbits says. Answers from the model, computed when asked.

import { DOWNEY_SINGLE_LOADS_G } from '../contrasts/downey-study';
import { DETECTORS, detectability, type DetectorId } from '../content/detectors';
import { DOWNEY_2006 } from '../content/reliability';
import { formatLengthM, formatNumber2 } from '../content/reference-scales';
import { mmHgToPa } from '../units';
import { choices, decadeOf, lengthDecades } from './questions';
import type { ActivityDef, ActivityModel, Answer } from './types';

const PULL = 'downey-distraction' as const;
/** The study's largest load in the main series. */
const TOP_G = Math.max(...DOWNEY_2006.mainSeries.map((s) => s.loadG));
const DECADES = lengthDecades(-12, -3);
const YES_NO = choices(['yes', 'Yes'], ['no', 'No']);
const SIGNIFICANT = 0.05;

const gapM = (m: ActivityModel) => Math.abs(m.touch('rabbit', PULL, TOP_G).sutureGapChangeM);
const icpPa = (m: ActivityModel) => Math.abs(mmHgToPa(m.touch('rabbit', PULL, TOP_G).icpChangeMmHg));

function seen(id: DetectorId, predictedSI: number, shown: string, threshold: string): Answer {
  const d = detectability(id, predictedSI);
  const label = DETECTORS[id].label.charAt(0).toLowerCase() + DETECTORS[id].label.slice(1);
  return {
    key: d.detectable ? 'yes' : 'no',
    shown: `${d.detectable ? 'yes' : 'no'}: ${shown} against ${threshold}`,
    value: predictedSI,
    unit: DETECTORS[id].quantity === 'pressure' ? 'Pa' : 'm',
    reason: `The ${label} resolves about ${threshold}; at ${TOP_G} g the model gives ${shown}, ${formatNumber2(d.ratio)} times what it can resolve.`,
  };
}

function anovaAnswer(what: string, r: { F: number; p: number }, published: { F: number; p: string }): Answer {
  const sig = r.p < SIGNIFICANT;
  return {
    key: sig ? 'yes' : 'no',
    shown: `${sig ? 'yes' : 'no'}: F = ${formatNumber2(r.F)}, p = ${formatNumber2(r.p)}`,
    value: r.p,
    unit: 'p',
    reason: `The two-way ANOVA (load x animal) of the simulated ${what} gives F = ${formatNumber2(r.F)}, p = ${formatNumber2(r.p)}; Downey 2006 reported F = ${published.F}, p ${published.p}. ${sig ? "The load's effect stands out from the readings' noise." : "Whatever the load does is lost in the readings' noise and step."}`,
  };
}

export const DOWNEY: ActivityDef = {
  id: 'downey',
  title: 'Replay Downey 2006',
  intro:
    'Downey and colleagues pulled across the coronal suture of 13 anaesthetised rabbits with 5-20 g and looked for movement on radiographs and for a change in ICP. Predict what they could see, then replay the study in the model.',
  items: [
    {
      id: 'gap-20g',
      prompt: `With ${TOP_G} g pulling the plates apart, how far does the rabbit's coronal suture open?`,
      question: DECADES,
      setup: { subject: 'rabbit', technique: PULL, forceG: TOP_G, view: 'sim' },
      sourceIds: ['downey2006', 'losken1999'],
      answer: (m) => ({
        key: decadeOf(DECADES, gapM(m)),
        shown: formatLengthM(gapM(m)),
        value: gapM(m),
        unit: 'm',
        reason: `In the model, ${TOP_G} g opens the rabbit's coronal suture, plates and screws included, by ${formatLengthM(gapM(m))}.`,
      }),
    },
    {
      id: 'caliper',
      prompt: `Could a radiograph read with a digital caliper see that ${TOP_G} g opening?`,
      question: YES_NO,
      setup: { subject: 'rabbit', technique: PULL, forceG: TOP_G, view: 'scale' },
      sourceIds: DETECTORS['radiograph-caliper'].sourceIds,
      answer: (m) => seen('radiograph-caliper', gapM(m), formatLengthM(gapM(m)), formatLengthM(DETECTORS['radiograph-caliper'].thresholdSI)),
    },
    {
      id: 'transducer',
      prompt: `Could the epidural ICP transducer see the change in ICP that ${TOP_G} g makes?`,
      question: YES_NO,
      setup: { subject: 'rabbit', technique: PULL, forceG: TOP_G, view: 'scale' },
      sourceIds: DETECTORS['icp-transducer'].sourceIds,
      answer: (m) =>
        seen('icp-transducer', icpPa(m), `${formatNumber2(icpPa(m) / mmHgToPa(1))} mmHg`, `${formatNumber2(DETECTORS['icp-transducer'].display.value)} mmHg`),
    },
    {
      id: 'first-movement',
      prompt: 'One rabbit was loaded far harder. At which load does the suture first open by 0.1 mm, enough for the caliper?',
      question: choices(...DOWNEY_SINGLE_LOADS_G.filter((g) => g > 0).map((g): [string, string] => [String(g), `${g} g`]), ['none', 'Not even at 10 000 g']),
      setup: { subject: 'rabbit', technique: PULL, view: 'downey' },
      sourceIds: ['downey2006', 'downey2005'],
      answer: (m) => {
        const a = m.singleAnimal();
        const g = a.firstMovementG;
        const i = g === null ? -1 : a.loadsG.indexOf(g);
        return {
          key: g === null ? 'none' : String(g),
          shown: g === null ? 'none up to 10 000 g' : `${g} g (${formatLengthM(a.trueGapMM[i] * 1e-3)})`,
          value: g,
          unit: 'g',
          reason: `In the model the suture opens ${a.loadsG
            .filter((x) => x > 0)
            .map((x) => `${formatLengthM(a.trueGapMM[a.loadsG.indexOf(x)] * 1e-3)} at ${x} g`)
            .join(', ')}. Downey saw the first movement, ${DOWNEY_2006.firstMovement.separationMm} mm, at ${DOWNEY_2006.firstMovement.loadG} g.`,
        };
      },
    },
    {
      id: 'anova-gap',
      prompt: `Across 13 simulated rabbits at 0-${TOP_G} g, does the ANOVA find that the load changed the measured plate separation (p < ${SIGNIFICANT})?`,
      question: YES_NO,
      setup: { subject: 'rabbit', technique: PULL, view: 'downey' },
      sourceIds: ['downey2006'],
      answer: (m) => anovaAnswer('plate separations', m.studyAnova().gap, DOWNEY_2006.results.sutureSeparation),
    },
    {
      id: 'anova-icp',
      prompt: `And does it find that the load changed the measured ICP (p < ${SIGNIFICANT})?`,
      question: YES_NO,
      setup: { subject: 'rabbit', technique: PULL, view: 'downey' },
      sourceIds: ['downey2006', 'czosnyka1996'],
      answer: (m) => anovaAnswer('ICP readings', m.studyAnova().icp, DOWNEY_2006.results.icp),
    },
  ],
};
