// The English `activity` catalog, derived from the activities' own English (src/model/activities),
// so each question and answer is worded once, beside the model code that computes its figures.
// Keys are stable ids:
//   activity.<id>.title | .intro
//   activity.<id>.<item>.prompt
//   activity.<id>.<item>.choice.<choice>        (word choices; decades are worded by activity.decade)
//   activity.<id>.<item>.says.shown | .reason   (the model's answer) | .says.<part> (a list's entries)
// The words shared by every activity (units, decades, "no prediction") are in catalogs/en/activity.ts.
import { ACTIVITIES, ACTIVITY_IDS } from '../model/activities';

export function activityCatalog(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ACTIVITY_IDS) {
    const def = ACTIVITIES[id];
    out[`activity.${id}.title`] = def.title;
    out[`activity.${id}.intro`] = def.intro;
    for (const item of def.items) {
      const at = `activity.${id}.${item.id}`;
      out[`${at}.prompt`] = item.prompt;
      if (item.question.kind !== 'estimate') for (const c of item.question.choices) if (c.label !== undefined) out[`${at}.choice.${c.id}`] = c.label;
      for (const [name, text] of Object.entries(item.says)) out[`${at}.says.${name}`] = text;
    }
  }
  return out;
}
