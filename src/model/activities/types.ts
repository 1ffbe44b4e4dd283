// What an activity is made of: items that ask for a prediction (a choice, an order of magnitude,
// or a slider estimate), say how to set up the scene to see the answer, and compute that answer
// from the model at run time. Pure data and types: no DOM, no store.

import type { DowneySingleAnimal, DowneyStudyAnova } from '../contrasts/downey-study';
import type { RhythmPeaks } from '../contrasts/spectrum';
import type { ReliabilityStudy } from '../content/reliability';
import type { SourceId } from '../content/sources';
import type { TouchResponse } from '../index';
import type { SubjectId, TechniqueId } from '../types';
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
  label: string;
}

/** A slider estimate: on a log scale the slider moves in powers of ten and `tolerance` is a factor. */
export interface EstimateQuestion {
  kind: 'estimate';
  unit: string;
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
  /** the model's value as shown beside the prediction, with its unit */
  shown: string;
  /** the model's value as a number when there is one (CSV), in `unit`; null for a word answer */
  value: number | null;
  unit: string;
  /** one or two sentences: why, from the model's numbers */
  reason: string;
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
  /** the question, one sentence; the fieldset's legend */
  prompt: string;
  question: Question;
  /** what "Set up the scene" does */
  setup: SceneSetup;
  /** where the numbers behind the answer come from (links into the Sources view) */
  sourceIds: readonly SourceId[];
  answer(model: ActivityModel): Answer;
}

export interface ActivityDef {
  id: ActivityId;
  title: string;
  /** one paragraph: what the student will find out */
  intro: string;
  items: readonly ItemDef[];
}
