// "Replay Downey 2006": 5-20 g across a rabbit's coronal suture. What the radiograph with a
// caliper and the epidural transducer could see, where the one animal loaded to 10 kg first moved,
// and what the two-way ANOVA of 13 simulated rabbits says. Answers from the model, computed when asked.

import { DOWNEY_SINGLE_LOADS_G } from '../contrasts/downey-study';
import { DETECTORS, detectability, type DetectorId } from '../content/detectors';
import { DOWNEY_2006 } from '../content/reliability';
import { mmHgToPa } from '../units';
import { choices, decadeOf, lengthDecades } from './questions';
import type { ActivityDef, ActivityModel, Answer, AnswerWords, Figure } from './types';

const PULL = 'downey-distraction' as const;
/** The study's largest load in the main series. */
const TOP_G = Math.max(...DOWNEY_2006.mainSeries.map((s) => s.loadG));
const DECADES = lengthDecades(-12, -3);
const YES_NO = choices(['yes', 'Yes'], ['no', 'No']);
const SIGNIFICANT = 0.05;
const ARGS = { load: TOP_G, alpha: SIGNIFICANT };

const gapM = (m: ActivityModel) => Math.abs(m.touch('rabbit', PULL, TOP_G).sutureGapChangeM);
const icpPa = (m: ActivityModel) => Math.abs(mmHgToPa(m.touch('rabbit', PULL, TOP_G).icpChangeMmHg));
const length = (m: number) => ({ kind: 'length', m }) as const;
const num = (x: number) => ({ kind: 'number', x }) as const;

/** Whether a detector resolves the model's value: `value` and `threshold` as the item words them. */
function seen(id: DetectorId, predictedSI: number, value: Figure, threshold: Figure): Answer {
  const d = detectability(id, predictedSI);
  return {
    key: d.detectable ? 'yes' : 'no',
    value: predictedSI,
    unit: DETECTORS[id].quantity === 'pressure' ? 'Pa' : 'm',
    figures: { seen: d.detectable ? 'yes' : 'no', value, threshold, ratio: num(d.ratio), load: TOP_G },
  };
}
/** `what` names the instrument ("the radiograph with a caliper"); `unit` follows each figure. */
const seenWords = (what: string, unit: string): AnswerWords => ({
  shown: `{seen, select, yes {yes} other {no}}: {value}${unit} against {threshold}${unit}`,
  reason: `${what} resolves about {threshold}${unit}; at {load} g the model gives {value}${unit}, {ratio} times what it can resolve.`,
});

/** A published p as written ('> 0.05'): its relation and its number, so the number takes the locale's digits. */
function publishedP(p: string): { rel: string; p: number } {
  const m = /^\s*([<>=≤≥]+)\s*([\d.]+)\s*$/.exec(p);
  return m ? { rel: m[1], p: Number(m[2]) } : { rel: '=', p: Number.NaN };
}

const ANOVA_WORDS = (what: string): AnswerWords => ({
  shown: '{sig, select, yes {yes} other {no}}: F = {F}, p = {p}',
  reason: `The two-way ANOVA (load x animal) of the simulated ${what} gives F = {F}, p = {p}; Downey 2006 reported F = {pubF}, p {pubRel} {pubP}. {sig, select, yes {The load's effect stands out from the readings' noise.} other {Whatever the load does is lost in the readings' noise and step.}}`,
});

function anovaAnswer(r: { F: number; p: number }, published: { F: number; p: string }): Answer {
  const sig = r.p < SIGNIFICANT;
  const pub = publishedP(published.p);
  return {
    key: sig ? 'yes' : 'no',
    value: r.p,
    unit: 'p',
    figures: { sig: sig ? 'yes' : 'no', F: num(r.F), p: num(r.p), pubF: published.F, pubRel: pub.rel, pubP: pub.p },
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
      prompt: "With {load} g pulling the plates apart, how far does the rabbit's coronal suture open?",
      args: ARGS,
      question: DECADES,
      says: { shown: '{length}', reason: "In the model, {load} g opens the rabbit's coronal suture, plates and screws included, by {length}." },
      setup: { subject: 'rabbit', technique: PULL, forceG: TOP_G, view: 'sim' },
      sourceIds: ['downey2006', 'losken1999'],
      answer: (m) => ({ key: decadeOf(DECADES, gapM(m)), value: gapM(m), unit: 'm', figures: { load: TOP_G, length: length(gapM(m)) } }),
    },
    {
      id: 'caliper',
      prompt: 'Could a radiograph read with a digital caliper see that {load} g opening?',
      args: ARGS,
      question: YES_NO,
      says: seenWords('The radiograph read with a digital caliper', ''),
      setup: { subject: 'rabbit', technique: PULL, forceG: TOP_G, view: 'scale' },
      sourceIds: DETECTORS['radiograph-caliper'].sourceIds,
      answer: (m) => seen('radiograph-caliper', gapM(m), length(gapM(m)), length(DETECTORS['radiograph-caliper'].thresholdSI)),
    },
    {
      id: 'transducer',
      prompt: 'Could the epidural ICP transducer see the change in ICP that {load} g makes?',
      args: ARGS,
      question: YES_NO,
      says: seenWords('The epidural ICP transducer', ' mmHg'),
      setup: { subject: 'rabbit', technique: PULL, forceG: TOP_G, view: 'scale' },
      sourceIds: DETECTORS['icp-transducer'].sourceIds,
      answer: (m) => seen('icp-transducer', icpPa(m), num(icpPa(m) / mmHgToPa(1)), num(DETECTORS['icp-transducer'].display.value)),
    },
    {
      id: 'first-movement',
      prompt: 'One rabbit was loaded far harder. At which load does the suture first open by {mm} mm, enough for the caliper?',
      args: { mm: 0.1, top: Math.max(...DOWNEY_SINGLE_LOADS_G) },
      question: {
        kind: 'choice',
        choices: [...DOWNEY_SINGLE_LOADS_G.filter((g) => g > 0).map((g) => ({ id: String(g), label: '{g} g', args: { g } })), { id: 'none', label: 'Not even at {top} g' }],
      },
      says: {
        shown: '{moved, select, yes {{load} g ({length})} other {none up to {top} g}}',
        reason: 'In the model the suture opens {gaps}. Downey saw the first movement, {downeyMm} mm, at {downeyG} g.',
        gap: '{length} at {load} g',
      },
      setup: { subject: 'rabbit', technique: PULL, view: 'downey' },
      sourceIds: ['downey2006', 'downey2005'],
      answer: (m) => {
        const a = m.singleAnimal();
        const g = a.firstMovementG;
        const i = g === null ? -1 : a.loadsG.indexOf(g);
        const gaps = a.loadsG.flatMap((x, j) => (x > 0 ? [{ length: length(a.trueGapMM[j] * 1e-3), load: x }] : []));
        return {
          key: g === null ? 'none' : String(g),
          value: g,
          unit: 'g',
          figures: {
            moved: g === null ? 'no' : 'yes',
            ...(g === null ? {} : { load: g, length: length(a.trueGapMM[i] * 1e-3) }),
            top: Math.max(...a.loadsG),
            gaps: { kind: 'list', part: 'gap', items: gaps },
            downeyMm: DOWNEY_2006.firstMovement.separationMm,
            downeyG: DOWNEY_2006.firstMovement.loadG,
          },
        };
      },
    },
    {
      id: 'anova-gap',
      prompt: 'Across 13 simulated rabbits at 0-{load} g, does the ANOVA find that the load changed the measured plate separation (p < {alpha})?',
      args: ARGS,
      question: YES_NO,
      says: ANOVA_WORDS('plate separations'),
      setup: { subject: 'rabbit', technique: PULL, view: 'downey' },
      sourceIds: ['downey2006'],
      answer: (m) => anovaAnswer(m.studyAnova().gap, DOWNEY_2006.results.sutureSeparation),
    },
    {
      id: 'anova-icp',
      prompt: 'And does it find that the load changed the measured ICP (p < {alpha})?',
      args: ARGS,
      question: YES_NO,
      says: ANOVA_WORDS('ICP readings'),
      setup: { subject: 'rabbit', technique: PULL, view: 'downey' },
      sourceIds: ['downey2006', 'czosnyka1996'],
      answer: (m) => anovaAnswer(m.studyAnova().icp, DOWNEY_2006.results.icp),
    },
  ],
};
