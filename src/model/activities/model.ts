// The real model behind the activities, with optional parameter overrides per subject (the
// tests' fixture subjects). Each answer is computed once per model and kept: the spectrum and
// the 13-rabbit study take about a second each, and an activity asks for them several times.

import { RELIABILITY_STUDIES } from '../content/reliability';
import { downeySingleAnimal, downeyStudy } from '../contrasts/downey-study';
import { icpSpectrum, rhythmPeaks, type RhythmPeaks } from '../contrasts/spectrum';
import { cardiacPulseMmHg, touchResponse, type TouchResponse } from '../index';
import { memoize } from '../memo';
import type { ParamValues } from '../subjects';
import type { SubjectId, TechniqueId } from '../types';
import { gramsToNewtons } from '../units';
import type { ActivityModel } from './types';

export interface ActivityModelOptions {
  /** parameter overrides by subject (display units, as in SUBJECTS) */
  params?: Partial<Record<SubjectId, Partial<ParamValues>>>;
  /** simulated seconds of resting ICP for the spectrum (default 600, the Rhythm view's) */
  spectrumS?: number;
  /** seed of the simulated study (default 1, the Rabbit study view's) */
  studySeed?: number;
}

export function activityModel(opts: ActivityModelOptions = {}): ActivityModel {
  const params = (s: SubjectId): Partial<ParamValues> | undefined => opts.params?.[s];
  const touch = memoize(
    (subject: SubjectId, technique: TechniqueId, forceG: number): TouchResponse =>
      touchResponse({ subject, technique, forceN: gramsToNewtons(forceG), params: params(subject) }),
    (subject, technique, forceG) => `${subject}|${technique}|${forceG}`,
  );
  const rhythms = memoize((s: SubjectId): RhythmPeaks => rhythmPeaks(icpSpectrum({ subject: s, durationS: opts.spectrumS, params: params(s) })));
  let anova: ReturnType<ActivityModel['studyAnova']> | null = null;
  let single: ReturnType<ActivityModel['singleAnimal']> | null = null;
  return {
    touch,
    pulseMmHg: memoize((s: SubjectId) => cardiacPulseMmHg(s, params(s))),
    rhythms,
    studyAnova: () => (anova ??= downeyStudy({ seed: opts.studySeed ?? 1 }).anova),
    singleAnimal: () => (single ??= downeySingleAnimal(params('rabbit'))),
    reliability: () => RELIABILITY_STUDIES,
  };
}
