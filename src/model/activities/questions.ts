// Question helpers shared by the activities: decades of a length as choices, the decade a model
// value falls in, and whether a prediction matches the model's answer. Pure.

import type { Answer, Choice, ChoiceQuestion, EstimateQuestion, Question } from './types';

/** The choice id of the decade [10^e, 10^(e+1)) m. */
export const decadeId = (e: number): string => `1e${e}`;

/** The decade's lower end, metres: '1e-9' -> 1e-9 (the UI words it "between 1 and 10 nm"). */
export const decadeStartM = (id: string): number => 10 ** Number(id.slice(2));

/** Decades of length from 10^fromExp to 10^toExp metres (the UI words each "between 1 and 10 nm"). */
export function lengthDecades(fromExp: number, toExp: number): ChoiceQuestion {
  const choices: Choice[] = [];
  for (let e = fromExp; e < toExp; e++) choices.push({ id: decadeId(e) });
  return { kind: 'magnitude', choices };
}

/** The decade choice a length falls in (sign ignored), clamped to the question's ends. */
export function decadeOf(q: ChoiceQuestion, lengthM: number): string {
  const ids = q.choices.map((c) => c.id);
  const a = Math.abs(lengthM);
  if (!(a > 0) || !Number.isFinite(a)) return ids[0];
  const e = Math.floor(Math.log10(a) + 1e-9);
  const exps = ids.map((id) => Math.round(Math.log10(decadeStartM(id))));
  if (e < exps[0]) return ids[0];
  if (e > exps[exps.length - 1]) return ids[ids.length - 1];
  return decadeId(e);
}

/** A choice question from words. */
export const choices = (...list: [id: string, label: string][]): ChoiceQuestion => ({
  kind: 'choice',
  choices: list.map(([id, label]) => ({ id, label })),
});

/** Whether a prediction (a choice id, or a slider value in the question's unit) matches the answer. */
export function isCorrect(q: Question, answer: Answer, prediction: string | number | null): boolean {
  if (prediction === null) return false;
  if (q.kind !== 'estimate') return prediction === answer.key;
  if (typeof prediction !== 'number' || typeof answer.key !== 'number' || !Number.isFinite(prediction)) return false;
  if (q.scale === 'log') {
    if (!(prediction > 0) || !(answer.key > 0)) return false;
    return Math.abs(Math.log10(prediction / answer.key)) <= Math.log10(q.tolerance) + 1e-12;
  }
  return Math.abs(prediction - answer.key) <= q.tolerance + 1e-12;
}

/** The slider position (0..SLIDER_STEPS: an arrow key moves 1 % of the range) of a value and back; log sliders move in powers of ten. */
export const SLIDER_STEPS = 100;
export function toSlider(q: EstimateQuestion, v: number): number {
  const f = q.scale === 'log' ? (Math.log10(v) - Math.log10(q.min)) / (Math.log10(q.max) - Math.log10(q.min)) : (v - q.min) / (q.max - q.min);
  return Math.round(Math.min(1, Math.max(0, Number.isFinite(f) ? f : 0)) * SLIDER_STEPS);
}
export function fromSlider(q: EstimateQuestion, pos: number): number {
  const f = Math.min(1, Math.max(0, pos / SLIDER_STEPS));
  const v = q.scale === 'log' ? 10 ** (Math.log10(q.min) + f * (Math.log10(q.max) - Math.log10(q.min))) : q.min + f * (q.max - q.min);
  // two significant figures: what the student reads is what is recorded
  return Number(v.toPrecision(2));
}

export type { EstimateQuestion };
