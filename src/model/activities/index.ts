// The guided activities (`?activity=<id>`): definitions and the model's answers to their items.
// Pure: the panel in src/ui/activity/ shows them, src/state/activity-session.ts scores them.
import { DOWNEY } from './downey';
import type { ActivityId } from './ids';
import { NICKEL } from './nickel';
import { RHYTHM } from './rhythm';
import type { ActivityDef, ActivityModel, Answer } from './types';

export * from './ids';
export * from './types';
export * from './questions';
export { activityModel, type ActivityModelOptions } from './model';

export const ACTIVITIES: Readonly<Record<ActivityId, ActivityDef>> = { nickel: NICKEL, rhythm: RHYTHM, downey: DOWNEY };

/** Every item's answer from `model`, in item order. */
export const answersOf = (def: ActivityDef, model: ActivityModel): Answer[] => def.items.map((item) => item.answer(model));
