// One student's way through an activity: the prediction for each item, which items are checked
// (a checked prediction is locked), the score against the model's answers, the results as rows
// and CSV, the `activityCompleted` payload, and the progress as a short text an LMS keeps in
// cmi.suspend_data (SCORM 1.2 allows 4096 characters). Pure: no DOM, no LMS.

import type { ActivityDef, Answer, AnswerUnit, ItemDef, Question } from '../model/activities';
import { isCorrect } from '../model/activities/questions';
import { csvCell } from '../model/contrasts/downey-protocol';
import { t } from '../i18n/index';

export type Prediction = string | number | null;

export interface ActivitySession {
  activity: ActivityDef['id'];
  predictions: Prediction[];
  /** checked[i]: item i's prediction is locked and its answer shown */
  checked: boolean[];
}

export const newSession = (def: ActivityDef): ActivitySession => ({
  activity: def.id,
  predictions: def.items.map(() => null),
  checked: def.items.map(() => false),
});

/** The first item not yet checked; items.length when all are. */
export const currentItem = (s: ActivitySession): number => {
  const i = s.checked.indexOf(false);
  return i === -1 ? s.checked.length : i;
};

export const isFinished = (s: ActivitySession): boolean => s.checked.every(Boolean);

/** Whether a value is a prediction the question can take (a listed choice, a number in range). */
export function validPrediction(q: Question, v: unknown): v is string | number {
  if (q.kind === 'estimate') return typeof v === 'number' && Number.isFinite(v) && v >= q.min && v <= q.max;
  return typeof v === 'string' && q.choices.some((c) => c.id === v);
}

/** The session with item i's prediction set; a checked (locked) item or a bad value changes nothing. */
export function predict(def: ActivityDef, s: ActivitySession, i: number, v: unknown): ActivitySession {
  const item = def.items[i];
  if (!item || s.checked[i] || !validPrediction(item.question, v)) return s;
  const predictions = [...s.predictions];
  predictions[i] = v;
  return { ...s, predictions };
}

/** The session with item i checked: only the current item, only with a prediction. */
export function check(s: ActivitySession, i: number): ActivitySession {
  if (i !== currentItem(s) || s.predictions[i] === null) return s;
  const checked = [...s.checked];
  checked[i] = true;
  return { ...s, checked };
}

export interface ResultRow {
  id: string;
  prompt: string;
  prediction: string;
  /** the prediction as a number in the answer's unit, when it is one (slider estimates) */
  predictionValue: number | null;
  model: string;
  modelValue: number | null;
  unit: string;
  correct: boolean;
}

export interface ActivityResults {
  activity: ActivityDef['id'];
  title: string;
  score: number;
  maxScore: number;
  /** score / maxScore in percent, rounded: what an LMS compares with the mastery score */
  percent: number;
  rows: ResultRow[];
}

/** How the results word an activity in the reader's language (src/ui/activity/words.ts has the one the app uses). */
export interface ActivityWords {
  title(def: ActivityDef): string;
  prompt(def: ActivityDef, item: ItemDef): string;
  prediction(def: ActivityDef, item: ItemDef, p: Prediction): string;
  shown(def: ActivityDef, item: ItemDef, a: Answer): string;
  unit(u: AnswerUnit): string;
}

/** One point per item whose checked prediction matches the model's answer; the texts as `words` has them. */
export function resultsOf(def: ActivityDef, answers: readonly Answer[], s: ActivitySession, words: ActivityWords): ActivityResults {
  const rows = def.items.map((item, i): ResultRow => {
    const p = s.checked[i] ? s.predictions[i] : null;
    return {
      id: item.id,
      prompt: words.prompt(def, item),
      prediction: words.prediction(def, item, p),
      predictionValue: item.question.kind === 'estimate' && typeof p === 'number' ? p : null,
      model: words.shown(def, item, answers[i]),
      modelValue: answers[i].value,
      unit: words.unit(answers[i].unit),
      correct: s.checked[i] && isCorrect(item.question, answers[i], p),
    };
  });
  const score = rows.filter((r) => r.correct).length;
  const maxScore = rows.length;
  return { activity: def.id, title: words.title(def), score, maxScore, percent: maxScore > 0 ? Math.round((100 * score) / maxScore) : 0, rows };
}

const CSV_HEADER = ['item', 'question', 'prediction', 'estimate', 'model', 'modelValue', 'unit', 'correct'] as const;

/** The results as CSV in the reader's language: a header with units, one line per item, then the score. Never NaN. */
export function resultsCsv(r: ActivityResults): string {
  const lines = [CSV_HEADER.map((c) => csvCell(t(`activity.csv.${c}`))).join(',')];
  r.rows.forEach((row, i) =>
    lines.push(
      [String(i + 1), row.prompt, row.prediction, row.predictionValue ?? '', row.model, row.modelValue ?? '', row.unit, row.correct ? '1' : '0']
        .map((c) => (c === '' ? '' : csvCell(c)))
        .join(','),
    ),
  );
  lines.push([t('activity.csv.score'), t('activity.csv.scoreOf', { score: r.score, max: r.maxScore }), '', '', '', '', '', ''].map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

/** The `activityCompleted` event's payload (doc/embed.md). */
export interface ActivityCompletedPayload {
  activity: ActivityDef['id'];
  score: number;
  maxScore: number;
  items: { id: string; prediction: Prediction; model: string; correct: boolean }[];
}

export function completedPayload(r: ActivityResults, s: ActivitySession): ActivityCompletedPayload {
  return {
    activity: r.activity,
    score: r.score,
    maxScore: r.maxScore,
    items: r.rows.map((row, i) => ({ id: row.id, prediction: s.predictions[i], model: row.model, correct: row.correct })),
  };
}

/** SCORM 1.2's limit for cmi.suspend_data, characters. */
export const SUSPEND_DATA_MAX_CHARS = 4096;

/** Progress as compact JSON for cmi.suspend_data. */
export function encodeSession(s: ActivitySession): string {
  return JSON.stringify({ v: 1, a: s.activity, p: s.predictions, c: s.checked.map((c) => (c ? 1 : 0)) });
}

/**
 * Progress back from cmi.suspend_data: null when the text is not ours or not for this activity.
 * Each prediction is checked against its question, and checks must run in order with a
 * prediction, so a hand-edited record cannot unlock or score anything.
 */
export function decodeSession(def: ActivityDef, text: unknown): ActivitySession | null {
  if (typeof text !== 'string' || text === '' || text.length > SUSPEND_DATA_MAX_CHARS) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const r = raw as { v?: unknown; a?: unknown; p?: unknown; c?: unknown };
  if (typeof raw !== 'object' || raw === null || r.v !== 1 || r.a !== def.id || !Array.isArray(r.p) || !Array.isArray(r.c)) return null;
  let s = newSession(def);
  def.items.forEach((_, i) => {
    if ((r.p as unknown[])[i] !== null) s = predict(def, s, i, (r.p as unknown[])[i]);
  });
  for (let i = 0; i < def.items.length && (r.c as unknown[])[i] === 1; i++) s = check(s, i);
  return s;
}

/** The score (percent) a student needs to pass, written into the SCORM manifest as each SCO's
 *  adlcp:masteryscore; an LMS that sends cmi.student_data.mastery_score overrides it. */
export const MASTERY_SCORE_PERCENT = 70;
