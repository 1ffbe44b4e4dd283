// What an activity is made of: items that ask for a prediction (a choice, an order of magnitude,
// or a slider estimate), say how to set up the scene to see the answer, and compute that answer
// from the model at run time. Pure data and types: no DOM, no store.

import type { DowneySingleAnimal, DowneyStudyAnova } from '../contrasts/downey-study';
import type { RhythmPeaks } from '../contrasts/spectrum';
import type { ReliabilityStudy } from '../content/reliability';
import type { SourceId } from '../content/sources';
import type { TouchResponse } from '../index';
import type { BoneId, Contact, SubjectId, TechniqueId } from '../types';
import type { ActivityId } from './ids';

/** The contrast views an item may open (the app's `?view=` words). */
export type SetupView = 'sim' | 'scale' | 'rhythm' | 'downey' | 'finder';

/** What an item sets in the app when the student sets up the scene (store fields by key). */
export interface SceneSetup {
  subject?: SubjectId;
  technique?: TechniqueId;
  forceG?: number;
  view?: SetupView;
}

export interface Choice {
  id: string;
  /** the choice in English (ICU source, `activity.<id>.<item>.choice.<choice>`); magnitude choices have none: the UI words their decade */
  label?: string;
  /** the figures the label quotes (besides the item's `args`) */
  args?: Figures;
}

/**
 * A figure the words quote, as the model computes it; the UI formats it in the reader's language
 * (src/ui/activity/words.ts): decimal comma in de/es, lengths in the unit the readouts use.
 */
export type Figure =
  /** a word for an ICU select ('yes'/'no', a rhythm's id) */
  | string
  /** a count or a load, in the locale's digits */
  | number
  /** a model value, 2 significant figures (scientific outside 0.001 to 999 999) */
  | { kind: 'number'; x: number }
  /** a length in metres, shown in the unit of the length ladder */
  | { kind: 'length'; m: number }
  /** a factor as people say it: 7, 45 000 */
  | { kind: 'factor'; x: number }
  /** a length (m) compared with a familiar object: "about 1/130 of the width of a red blood cell" */
  | { kind: 'likeLength'; m: number }
  /** the Scale view's sentence on how far the fingertip sinks into the scalp */
  | { kind: 'scalp'; scalpM: number; boneM: number; contact: Contact['kind'] }
  /** a subject's name, as the panel shows it */
  | { kind: 'subject'; id: SubjectId }
  /** a bone's name, as the readouts say it ("right parietal bone") */
  | { kind: 'bone'; id: BoneId }
  /** a list, each entry worded by the item's message `part` with its figures */
  | { kind: 'list'; part: string; items: readonly Figures[] };
export type Figures = Readonly<Record<string, Figure>>;

/**
 * The English of an item's answer (ICU MessageFormat, `{name}` for each figure of
 * Answer.figures): `shown` beside the prediction, `reason` one or two sentences why, and any
 * `part` a list figure words its entries with. The catalogs key them activity.<id>.<item>.<name>.
 */
export interface AnswerWords {
  readonly shown: string;
  readonly reason: string;
  readonly [part: string]: string;
}

/** The units an answer or a slider is in: symbols, and two words the catalogs word (`activity.unit`). */
export type AnswerUnit = 'm' | 'Pa' | 'p' | 'g' | 'ICC' | 'mmHg' | 'perMin' | 'times';

/** A slider estimate: on a log scale the slider moves in powers of ten and `tolerance` is a factor. */
export interface EstimateQuestion {
  kind: 'estimate';
  unit: AnswerUnit;
  min: number;
  max: number;
  /** where the slider starts (a neutral guess, not the answer) */
  start: number;
  scale: 'linear' | 'log';
  /** linear: the prediction counts if within +/- tolerance (in `unit`); log: within a factor */
  tolerance: number;
}

/** A choice among words, or among decades of a length ("between 1 and 10 nm"). */
export interface ChoiceQuestion {
  kind: 'choice' | 'magnitude';
  choices: readonly Choice[];
}

export type Question = ChoiceQuestion | EstimateQuestion;

/** The model's answer to one item. */
export interface Answer {
  /** the right choice's id (choice and magnitude questions) or the model's value in the question's unit (estimates) */
  key: string | number;
  /** the model's value as a number when there is one (CSV), in `unit`; null for a word answer */
  value: number | null;
  unit: AnswerUnit;
  /** the model's figures that the item's `says` words (shown beside the prediction, and why) */
  figures: Figures;
}

/** The model, as the items ask it. The real one is `activityModel()`; tests pass fixtures. */
export interface ActivityModel {
  touch(subject: SubjectId, technique: TechniqueId, forceG: number): TouchResponse;
  /** the heartbeat's peak-to-peak ICP pulse, mmHg */
  pulseMmHg(subject: SubjectId): number;
  /** the rhythms found in the spectrum of the subject's resting ICP */
  rhythms(subject: SubjectId): RhythmPeaks;
  /** the simulated 13-rabbit study's ANOVA */
  studyAnova(): DowneyStudyAnova;
  /** the one rabbit loaded to 10 000 g */
  singleAnimal(): DowneySingleAnimal;
  /** the studies of whether two examiners palpate the same rhythm */
  reliability(): readonly ReliabilityStudy[];
}

export interface ItemDef {
  id: string;
  /** the question, one sentence in English (ICU source, `{name}` for each of `args`); the fieldset's legend */
  prompt: string;
  /** the figures the prompt and the choices quote */
  args?: Figures;
  question: Question;
  /** the English of the model's answer, filled with its figures */
  says: AnswerWords;
  /** what "Set up the scene" does */
  setup: SceneSetup;
  /** where the numbers behind the answer come from (links into the Sources view) */
  sourceIds: readonly SourceId[];
  answer(model: ActivityModel): Answer;
}

export interface ActivityDef {
  id: ActivityId;
  /** English; the catalogs key it activity.<id>.title */
  title: string;
  /** one paragraph: what the student will find out (English, activity.<id>.intro) */
  intro: string;
  items: readonly ItemDef[];
}
