// The evidence for the Rhythm and Downey views as plain data: the claimed cranial rhythmic
// impulse (CRI) rates, clearly labelled as claims; the rate examiners report when they palpate it
// (Sergueef 2011, a palpation report, not a measurement of the skull); the studies that asked
// whether two examiners feel the same rhythm (interrater ICC per study, for a small chart);
// Nelson 2001's Traube-Hering-Mayer explanation in one sentence; and what Downey et al. 2006
// reported.
// Pure data: no DOM, no three.

import { gramsToNewtons } from '../units';
import type { Confidence, SourceId } from './sources';

// ------------------------------------------------------------------ the claimed rhythm

export interface RhythmClaim {
  id: 'craniosacral-therapy' | 'cranial-osteopathy';
  label: string;
  /** claimed rate band, cycles per minute */
  minPerMin: number;
  maxPerMin: number;
  /** always true: these are practitioners' descriptions, not measurements */
  isClaim: true;
  sourceIds: readonly SourceId[];
  confidence: Confidence;
  note: string;
}

export const CRI_CLAIMS: readonly RhythmClaim[] = [
  {
    id: 'craniosacral-therapy',
    label: 'Claimed craniosacral rhythm (Upledger)',
    minPerMin: 6,
    maxPerMin: 12,
    isClaim: true,
    sourceIds: ['upledger1983'],
    confidence: 'recalled',
    note: 'Rate practitioners of craniosacral therapy say they feel; the book was not re-read in this pass.',
  },
  {
    id: 'cranial-osteopathy',
    label: 'Claimed cranial rhythmic impulse (cranial osteopathy)',
    minPerMin: 10,
    maxPerMin: 14,
    isClaim: true,
    sourceIds: ['nelson2001'],
    confidence: 'read',
    note: 'Nelson 2001: "most authors identifying the normal rate as 10 to 14 cycles per minute".',
  },
];

/** The band the Rhythm view shades: the Upledger claim, 6-12 per minute. */
export const CRI_BAND_PER_MIN = { min: 6, max: 12 } as const;
/** The same band in Hz for the spectrum's frequency axis (0.1-0.2 Hz). */
export const CRI_BAND_HZ = { min: CRI_BAND_PER_MIN.min / 60, max: CRI_BAND_PER_MIN.max / 60 } as const;

// ------------------------------------------------------------------ the palpated rate

/** A rate examiners report when they palpate the CRI: what hands say, not an instrument. */
export interface PalpatedRate {
  id: string;
  label: string;
  sourceId: SourceId;
  /** mean palpated rate across subjects and its standard deviation, cycles per minute */
  meanPerMin: number;
  sdPerMin: number;
  /** subjects examined, and those with a valid reading */
  subjects: number;
  validSubjects: number;
  /** mean rate by the examiner's experience, in the order the study reports it */
  byExperience: readonly { experience: string; meanPerMin: number }[];
  /** always true: examiners' reports of what they feel */
  isPalpationReport: true;
  confidence: Confidence;
}

/**
 * Sergueef, Greer, Nelson & Glonek 2011 (abstract and first page read): the CRI palpated on 734
 * subjects (727 valid) at 6.88 +/- 4.45 per minute; the rate reported fell as examiners gained
 * experience, from 7.39 per minute at one year to 4.78 per minute at 3-25 years.
 */
export const SERGUEEF_2011: PalpatedRate = {
  id: 'sergueef-2011',
  label: 'Palpated CRI rate (Sergueef 2011)',
  sourceId: 'sergueef2011',
  meanPerMin: 6.88,
  sdPerMin: 4.45,
  subjects: 734,
  validSubjects: 727,
  byExperience: [
    { experience: '1 year', meanPerMin: 7.39 },
    { experience: '3-25 years', meanPerMin: 4.78 },
  ],
  isPalpationReport: true,
  confidence: 'read',
};

/**
 * Nelson et al. 2001 in one sentence. Nelson is an osteopath who accepts the CRI; the last clause
 * is our reading of what his finding implies, and the wording keeps it a possibility, not a verdict.
 */
export const NELSON_THM_SENTENCE =
  'Nelson and colleagues (2001) recorded skin blood flow by laser-Doppler while examiners palpated, and found the rhythm the examiners reported rose and fell with Traube-Hering-Mayer waves: slow swings of blood pressure and blood flow, about 6 per minute in people, driven by the nervous system, which offers a way to feel a 6-12 per minute rhythm without the skull bones having to move.';

// ------------------------------------------------------------------ palpation reliability

/** How agreement between examiners was reported. */
export type InterraterResult =
  | {
      kind: 'icc';
      /** single reported value: min === max; a reported range: the bar spans it */
      min: number;
      max: number;
    }
  | {
      kind: 'not-beyond-chance';
      /** what the study reported instead of an ICC */
      text: string;
    };

export interface ReliabilityStudy {
  id: string;
  /** chart label, e.g. "Rogers 1998 (head)" */
  label: string;
  sourceId: SourceId;
  interrater: InterraterResult;
  /** intrarater (same examiner, twice) ICC range when reported: usually higher, see note */
  intrarater?: { min: number; max: number };
  subjects: number;
  examiners: number;
  examinerTraining: string;
  site: string;
  confidence: Confidence;
  note?: string;
}

/**
 * Interrater reliability of palpating the cranial rhythm. ICC: 1 = perfect agreement, 0 = what
 * chance alone gives; below about 0.4 is usually called poor. Ordered by year.
 */
export const RELIABILITY_STUDIES: readonly ReliabilityStudy[] = [
  {
    id: 'wirth-pattullo-1994',
    label: 'Wirth-Pattullo & Hayes 1994',
    sourceId: 'wirthPattullo1994',
    interrater: { kind: 'icc', min: -0.02, max: -0.02 },
    subjects: 12,
    examiners: 3,
    examinerTraining: 'physical therapists with expertise in craniosacral therapy',
    site: 'head',
    confidence: 'read',
    note: "Rates were not related to subjects' or examiners' heart or breathing rates.",
  },
  {
    id: 'rogers-1998-head',
    label: 'Rogers 1998 (head)',
    sourceId: 'rogers1998',
    interrater: { kind: 'icc', min: 0.08, max: 0.08 },
    intrarater: { min: 0.18, max: 0.3 },
    subjects: 28,
    examiners: 2,
    examinerTraining: 'two craniosacral examiners, blinded by a curtain',
    site: 'head',
    confidence: 'read',
    note: 'Rates palpated at the same moment at head and feet differed.',
  },
  {
    id: 'rogers-1998-feet',
    label: 'Rogers 1998 (feet)',
    sourceId: 'rogers1998',
    interrater: { kind: 'icc', min: 0.19, max: 0.19 },
    intrarater: { min: 0.18, max: 0.3 },
    subjects: 28,
    examiners: 2,
    examinerTraining: 'two craniosacral examiners, blinded by a curtain',
    site: 'feet',
    confidence: 'read',
  },
  {
    id: 'hanten-1998',
    label: 'Hanten 1998',
    sourceId: 'hanten1998',
    interrater: { kind: 'icc', min: 0.22, max: 0.22 },
    intrarater: { min: 0.78, max: 0.83 },
    subjects: 40,
    examiners: 2,
    examinerTraining: 'two examiners (training not re-checked)',
    site: 'not stated in the abstract',
    confidence: 'read',
    note:
      'Each examiner agreed well with their own earlier readings (0.78, 0.83) but not with each other; the authors write that "it is possible that the perception of CSR is illusory".',
  },
  {
    id: 'moran-gibbons-2001',
    label: 'Moran & Gibbons 2001',
    sourceId: 'moranGibbons2001',
    interrater: { kind: 'icc', min: -0.09, max: 0.31 },
    intrarater: { min: 0.52, max: 0.73 },
    subjects: 11,
    examiners: 2,
    examinerTraining: 'registered osteopaths with postgraduate cranial training',
    site: 'head and sacrum, palpated simultaneously',
    confidence: 'read',
  },
  {
    id: 'sommerfeld-2004',
    label: 'Sommerfeld 2004',
    sourceId: 'sommerfeld2004',
    interrater: {
      kind: 'not-beyond-chance',
      text: 'agreement no better than chance: the 95 % limits of agreement spanned the whole range of rates reported',
    },
    subjects: 49,
    examiners: 2,
    examinerTraining: 'two experienced examiners (osteopathy, cranial concept)',
    site: 'head and pelvis',
    confidence: 'read',
    note: "The examiners' own breathing significantly shifted the rates they reported.",
  },
];

/** The review that collects these studies. */
export const RELIABILITY_REVIEW_SOURCE: SourceId = 'guillaud2016';

// ------------------------------------------------------------------ Downey et al. 2006

export interface DowneyLoadStep {
  loadG: number;
  loadN: number;
  /** what the study reports for this step (abstract level), never a made-up number */
  reportedSutureMovement: string;
  reportedIcpChange: string;
  /** reported separation, mm, when the study gives one; null when it gives none */
  reportedSeparationMm: number | null;
}

const step = (loadG: number, movement: string, icp: string, mm: number | null): DowneyLoadStep => ({
  loadG,
  loadN: gramsToNewtons(loadG),
  reportedSutureMovement: movement,
  reportedIcpChange: icp,
  reportedSeparationMm: mm,
});

const NONE_MOVE = 'no significant separation (F = 0.045, p > 0.05)';
const NONE_ICP = 'no significant ICP change (F = 0.279, p > 0.05)';

export const DOWNEY_2006 = {
  sourceIds: ['downey2006', 'downey2005'] as const satisfies readonly SourceId[],
  animals: 13,
  species: 'adult New Zealand White rabbit (Oryctolagus cuniculus), anaesthetised',
  technique: 'simulated craniosacral "frontal lift": distraction across the coronal suture',
  plates: '1.2 mm Y-shaped microplates fixed with 4 mm screws to frontal and parietal bones on each side of the coronal suture',
  loading: 'Instron load cell pulling the plates apart at 0.5 mm/min',
  rateMmPerMin: 0.5,
  icpMethod: 'continuous epidural ICP, NeuroMonitor transducer through a parietal burr hole',
  movementMethod: 'plate separation measured on baseline and distraction radiographs with a digital caliper',
  analysis: 'two-way ANOVA; correlations among load, plate movement and ICP',
  /** the main series, all 13 animals: baseline then 5, 10, 15, 20 g in sequence */
  mainSeries: [
    step(5, NONE_MOVE, NONE_ICP, null),
    step(10, NONE_MOVE, NONE_ICP, null),
    step(15, NONE_MOVE, NONE_ICP, null),
    step(20, NONE_MOVE, NONE_ICP, null),
  ] as readonly DowneyLoadStep[],
  results: {
    sutureSeparation: { F: 0.045, p: '> 0.05' },
    icp: { F: 0.279, p: '> 0.05' },
    correlations: 'no significant correlations among load, plate movement and ICP (p > 0.05)',
  },
  /**
   * One animal, higher loads. The abstract reports only where movement began (500 g, 0.30 mm) and
   * that ICP did not change; it gives no separations for the other loads, so those are null.
   */
  singleAnimal: [
    step(100, 'no movement seen', 'no change reported', null),
    step(500, 'first movement: 0.30 mm separation', 'no corresponding ICP change', 0.3),
    step(1000, 'not given in the abstract', 'no ICP change reported', null),
    step(2000, 'not given in the abstract', 'no ICP change reported', null),
    step(5000, 'not given in the abstract', 'no ICP change reported', null),
    step(10000, 'not given in the abstract', 'no ICP change reported', null),
  ] as readonly DowneyLoadStep[],
  firstMovement: { loadG: 500, separationMm: 0.3 },
  /**
   * Inferred, not reported: if the suture were linear, 500 g (4.9 N) over 0.30 mm is ~16 N/mm.
   * Nothing was seen at 100 g, so this is an upper-end estimate of the compliance. The model no
   * longer calibrates a linear suture to it: the rabbit suture modulus comes from Losken 1999 and
   * the plate construct's toe is bounded by the study's two outcomes (subjects.ts distractionToe).
   */
  impliedStiffnessNPerM: gramsToNewtons(500) / 0.3e-3,
  summary:
    'Loads of 5-20 g across the coronal suture of 13 anaesthetised rabbits produced no measurable suture movement and no ICP change; in one animal the suture first moved, by 0.30 mm, at 500 g, and ICP still did not change.',
} as const;
