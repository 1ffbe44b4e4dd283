// English, area 'activity' (the guided activities, `?activity=`): loaded with the activity's chunk.
// The questions and answers are the activities' own English, derived by activity-catalog.ts; the
// words every activity shares are written here. ICU MessageFormat (src/i18n/icu.ts).
import { activityCatalog } from '../../activity-catalog';

export default {
  ...activityCatalog(),
  'activity.decade': 'between {from} and {to}',
  'activity.list': '{two, select, yes {{rest} and {last}} other {{rest}, and {last}}}',
  'activity.noPrediction': 'no prediction',
  'activity.quantity': '{unit, select, perMin {{value} per min} times {{value} times} other {{value} {unit}}}',
  'activity.unit': '{unit, select, perMin {per min} times {times} other {{unit}}}',
  'activity.verdict': 'You predicted {prediction}; the model: {model}.',
  'activity.source': 'Source:',
  'activity.csv.item': 'item',
  'activity.csv.question': 'question',
  'activity.csv.prediction': 'your prediction',
  'activity.csv.estimate': 'your estimate (in the unit column)',
  'activity.csv.model': 'model answer',
  'activity.csv.modelValue': 'model value (in the unit column)',
  'activity.csv.unit': 'unit',
  'activity.csv.correct': 'correct (1 = yes, 0 = no)',
  'activity.csv.score': 'score (points)',
  'activity.csv.scoreOf': '{score} of {max}',
};
