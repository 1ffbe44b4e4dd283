// A student's session: a checked prediction is locked, items are checked in order, the score is
// the number of predictions the model agrees with, and progress survives cmi.suspend_data.
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, activityModel, answersOf } from '../../src/model/activities';
import {
  SUSPEND_DATA_MAX_CHARS,
  check,
  completedPayload,
  currentItem,
  decodeSession,
  encodeSession,
  isFinished,
  newSession,
  predict,
  resultsCsv,
  resultsOf,
  type ActivitySession,
} from '../../src/state/activity-session';
import { parseUrlOptions } from '../../src/state/url-options';
import { ACTIVITY_WORDS, loadActivityWords } from '../../src/ui/activity/words';

await loadActivityWords();

const def = ACTIVITIES.nickel;
const answers = answersOf(def, activityModel());

/** Predict the model's answer for the first `right` items and a wrong one after, checking each. */
function play(right: number): ActivitySession {
  let s = newSession(def);
  def.items.forEach((item, i) => {
    const q = item.question;
    const good = answers[i].key;
    const bad = q.kind === 'estimate' ? (good === q.max ? q.min : q.max) : q.choices.find((c) => c.id !== good)!.id;
    s = check(predict(def, s, i, i < right ? good : bad), i);
  });
  return s;
}

describe('activity session', () => {
  it('a checked prediction is locked; only the current item with a prediction can be checked', () => {
    let s = newSession(def);
    expect(currentItem(s)).toBe(0);
    expect(check(s, 0)).toBe(s); // no prediction yet
    s = predict(def, s, 0, def.items[0].question.kind === 'estimate' ? 1 : (def.items[0].question.choices[0].id as string));
    expect(check(s, 1)).toBe(s); // not the current item
    s = check(s, 0);
    expect(currentItem(s)).toBe(1);
    const locked = predict(def, s, 0, (def.items[0].question as { choices: readonly { id: string }[] }).choices[1].id);
    expect(locked).toBe(s);
    expect(predict(def, s, 1, 'not a choice')).toBe(s);
  });

  it('scores one point per prediction the model agrees with', () => {
    for (const right of [0, 3, def.items.length]) {
      const s = play(right);
      expect(isFinished(s)).toBe(true);
      const r = resultsOf(def, answers, s, ACTIVITY_WORDS);
      expect(r.score).toBe(right);
      expect(r.maxScore).toBe(def.items.length);
      expect(r.percent).toBe(Math.round((100 * right) / def.items.length));
    }
  });

  it('CSV: header with units, one line per item beside the model value, then the score; no NaN', () => {
    const r = resultsOf(def, answers, play(2), ACTIVITY_WORDS);
    const lines = resultsCsv(r).trimEnd().split('\n');
    expect(lines[0]).toContain('model value (in the unit column)');
    expect(lines[0]).toContain('unit');
    expect(lines).toHaveLength(def.items.length + 2);
    // the first item's model value is the bone's movement in metres
    expect(lines[1]).toContain(',m,');
    expect(lines.at(-1)).toContain(`2 of ${def.items.length}`);
    expect(resultsCsv(r)).not.toMatch(/NaN|undefined/);
  });

  it('the activityCompleted payload carries activity, score, maxScore and items', () => {
    const s = play(4);
    const p = completedPayload(resultsOf(def, answers, s, ACTIVITY_WORDS), s);
    expect(p).toMatchObject({ activity: 'nickel', score: 4, maxScore: def.items.length });
    expect(p.items.map((i) => i.id)).toEqual(def.items.map((i) => i.id));
    expect(JSON.parse(JSON.stringify(p))).toEqual(p); // postMessage-clonable
  });

  it('progress round-trips through suspend data, well under SCORM 1.2 limit', () => {
    let s = play(3);
    const text = encodeSession(s);
    expect(text.length).toBeLessThan(SUSPEND_DATA_MAX_CHARS / 10);
    expect(decodeSession(def, text)).toEqual(s);
    // half-way: two checked, one predicted but not checked
    s = predict(def, check(predict(def, newSession(def), 0, answers[0].key), 0), 1, answers[1].key);
    expect(decodeSession(def, encodeSession(s))).toEqual(s);
  });

  it('suspend data from elsewhere, for another activity or tampered with, resumes nothing', () => {
    for (const bad of ['', 'garbage', '{"v":2}', encodeSession(newSession(ACTIVITIES.rhythm)), 'x'.repeat(5000), null, 42]) {
      expect(decodeSession(def, bad)).toBeNull();
    }
    // a check without a prediction, or out of order, is dropped
    const forged = JSON.stringify({ v: 1, a: 'nickel', p: [null, answers[1].key], c: [1, 1] });
    expect(decodeSession(def, forged)?.checked.every((c) => !c)).toBe(true);
  });

  it('?activity= takes a shipped id; an unknown one is a notice and no activity', () => {
    expect(parseUrlOptions('?activity=rhythm').page.activity).toBe('rhythm');
    const bad = parseUrlOptions('?activity=quiz');
    expect(bad.page.activity).toBeNull();
    expect(bad.warnings).toEqual(['activity=quiz is not one of nickel, rhythm, downey; using the default none']);
  });
});
