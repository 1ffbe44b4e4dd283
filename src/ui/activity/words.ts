// The activities in the reader's language: each question, choice and answer through t() by the
// keys src/i18n/activity-catalog.ts derives from the activities' English, with the model's figures
// (src/model/activities Figure) formatted for the locale: lengths in the readouts' unit, decimal
// comma in de/es, comparisons and the scalp sentence as the Scale view words them.

import type { ActivityDef, AnswerUnit, Answer, Choice, Figure, Figures, ItemDef, Question } from '../../model/activities';
import { decadeStartM } from '../../model/activities/questions';
import { compareLength } from '../../model/content';
import { loadArea, t, type Args } from '../../i18n';
import type { ActivityWords } from '../../state/activity-session';
import { formatLength, formatNumber } from '../format';
import { boneName, subjectLabel } from '../tabs/content-text';
import { comparisonWords, factorWords, scalpSentence } from '../tabs/scale-words';

/** The catalogs the activity words use: its own, and the Scale view's comparisons and the model's prose. */
export const loadActivityWords = (): Promise<unknown> => Promise.all([loadArea('activity'), loadArea('tabs'), loadArea('content')]);

/** A model value with two significant figures, scientific outside 0.001 to 999 999, in the locale's digits. */
const value2 = (x: number): string => formatNumber(x, { sig: 2, sciBelow: 1e-3 });

function figureText(f: Figure, at: string): string | number {
  if (typeof f === 'string' || typeof f === 'number') return f;
  switch (f.kind) {
    case 'number':
      return value2(f.x);
    case 'length':
      return formatLength(f.m);
    case 'factor':
      return factorWords(f.x);
    case 'likeLength':
      return comparisonWords(compareLength(f.m));
    case 'scalp':
      return scalpSentence({ contactKind: f.contact, scalpCompressionM: f.scalpM, displacementM: f.boneM });
    case 'subject':
      return subjectLabel(f.id);
    case 'bone':
      return boneName(f.id);
    case 'list':
      return listWords(f.items.map((item) => t(`${at}.says.${f.part}`, argsOf(item, at))));
  }
}

/** "a, b, and c" / "a, b und c" / "a, b y c": the conjunction from the catalog (activity.list), so every word is a catalog's. */
function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('activity.list', { rest: items.slice(0, -1).join(', '), last: items[items.length - 1], two: items.length === 2 ? 'yes' : 'no' });
}

const argsOf = (figures: Figures | undefined, at: string): Args =>
  Object.fromEntries(Object.entries(figures ?? {}).map(([k, f]) => [k, figureText(f, at)]));

const keyOf = (def: ActivityDef, item: ItemDef) => `activity.${def.id}.${item.id}`;

/** A number and its unit symbol never part at a line end in the narrow panel ("0,95 nm", "5 g"). */
const UNIT_GAP = /(\d) (?=(?:pm|nm|µm|mm|m|g|kg|mmHg|Hz|N)(?![\p{L}]))/gu;
const nobreak = (text: string): string => text.replace(UNIT_GAP, '$1\u00a0');
/** t() for the activity's own words, numbers kept with their units. */
const say = (key: string, args?: Args): string => nobreak(t(key, args));

export const activityTitle = (def: ActivityDef): string => t(`activity.${def.id}.title`);
export const activityIntro = (def: ActivityDef): string => t(`activity.${def.id}.intro`);
export const promptText = (def: ActivityDef, item: ItemDef): string => say(`${keyOf(def, item)}.prompt`, argsOf(item.args, keyOf(def, item)));

/** A word choice through its catalog key; a decade "between 1 and 10 nm" in the readouts' units. */
export function choiceText(def: ActivityDef, item: ItemDef, c: Choice): string {
  if (c.label !== undefined) return say(`${keyOf(def, item)}.choice.${c.id}`, argsOf({ ...item.args, ...c.args }, keyOf(def, item)));
  const from = decadeStartM(c.id);
  return say('activity.decade', { from: formatLength(from), to: formatLength(from * 10) });
}

/** A value in an answer's or a slider's unit: "14 per min", "0,95 mmHg". */
export const quantityText = (x: number, unit: AnswerUnit): string => say('activity.quantity', { value: value2(x), unit });
export const unitText = (unit: AnswerUnit): string => t('activity.unit', { unit });

/** A prediction as text, with its unit: the choice's words, or the slider's value. */
export function predictionWords(def: ActivityDef, item: ItemDef, prediction: string | number | null): string {
  const q: Question = item.question;
  if (prediction === null) return t('activity.noPrediction');
  if (q.kind === 'estimate') return typeof prediction === 'number' ? quantityText(prediction, q.unit) : t('activity.noPrediction');
  const c = q.choices.find((x) => x.id === prediction);
  return c ? choiceText(def, item, c) : t('activity.noPrediction');
}

export const shownText = (def: ActivityDef, item: ItemDef, a: Answer): string => say(`${keyOf(def, item)}.says.shown`, argsOf(a.figures, keyOf(def, item)));
export const reasonText = (def: ActivityDef, item: ItemDef, a: Answer): string => say(`${keyOf(def, item)}.says.reason`, argsOf(a.figures, keyOf(def, item)));

/** What the results, the CSV and the activityCompleted payload say, in the reader's language. */
export const ACTIVITY_WORDS: ActivityWords = {
  title: activityTitle,
  prompt: promptText,
  prediction: predictionWords,
  shown: shownText,
  unit: unitText,
};
