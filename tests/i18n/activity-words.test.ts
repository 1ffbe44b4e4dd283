// The activities in every language: each question, choice and answer of the three activities,
// worded from the model's figures through the catalogs, leaves no ICU argument unfilled, no key
// and no NaN on screen; German and Spanish write the model's numbers with a decimal comma and are
// translations (no English sentence left); English reads as the activities' own source text.
import { afterAll, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/index';
import { LOCALE_IDS } from '../../src/i18n/locales';
import { ACTIVITIES, ACTIVITY_IDS, activityModel, answersOf } from '../../src/model/activities';
import { choiceText, loadActivityWords, promptText, reasonText, shownText } from '../../src/ui/activity/words';

// 200 s of resting ICP finds the same peaks as the view's 600 s (tests/model/activities.test.ts)
const MODEL = activityModel({ spectrumS: 200 });
const ANSWERS = Object.fromEntries(ACTIVITY_IDS.map((id) => [id, answersOf(ACTIVITIES[id], MODEL)]));

/** Every text an activity shows: prompts, choices, and the model's answers and reasons. */
function allTexts(): { where: string; text: string }[] {
  return ACTIVITY_IDS.flatMap((id) =>
    ACTIVITIES[id].items.flatMap((item, i) => {
      const def = ACTIVITIES[id];
      const a = ANSWERS[id][i];
      const choices = item.question.kind === 'estimate' ? [] : item.question.choices.map((c) => choiceText(def, item, c));
      return [promptText(def, item), ...choices, shownText(def, item, a), reasonText(def, item, a)].map((text) => ({ where: `${id}/${item.id}`, text }));
    }),
  );
}

describe('activity words', () => {
  afterAll(() => setLocale('en'));
  for (const locale of LOCALE_IDS) {
    it(`${locale}: every question, choice and answer is filled in, with no key, brace or NaN left`, async () => {
      await setLocale(locale);
      await loadActivityWords();
      for (const { where, text } of allTexts()) {
        expect(text, where).not.toMatch(/[{}]|NaN|Infinity|undefined|activity\.[a-z]/);
        expect(text.trim().length, where).toBeGreaterThan(0);
      }
    });
  }

  it('English matches the model source: the adult bone item says how far 5 g moves the right parietal bone', async () => {
    await setLocale('en');
    await loadActivityWords();
    const def = ACTIVITIES.nickel;
    // a number keeps its unit on the line (a no-break space)
    expect(promptText(def, def.items[0])).toBe('An adult, a vault hold with 5\u00a0g. How far does the right parietal bone under the hand move?');
    // the model moves the adult's bone by under a nanometre (doc/model.md), worded as the Scale view words it
    expect(reasonText(def, def.items[0], ANSWERS.nickel[0])).toMatch(/^In the model, 5\u00a0g moves the adult right parietal bone about .+ \(\d[\d.]*\u00a0(pm|nm)\)\.$/);
  });

  it('German and Spanish: the model figures take a decimal comma, and no sentence is left in English', async () => {
    await setLocale('en');
    const english = new Set(allTexts().map((x) => x.text));
    for (const locale of ['de', 'es'] as const) {
      await setLocale(locale);
      const texts = allTexts();
      // the ANOVA's p of the simulated study and the ICC of 0.75 are fractions: a comma, never a point
      const anova = reasonText(ACTIVITIES.downey, ACTIVITIES.downey.items[4], ANSWERS.downey[4]);
      expect(anova, locale).toMatch(/p = \d+,\d+/);
      expect(anova, locale).not.toMatch(/\d\.\d/);
      expect(choiceText(ACTIVITIES.rhythm, ACTIVITIES.rhythm.items[5], { id: 'good', label: '' }), locale).toContain('0,75');
      // sentences (more than three words) that are the same as English were not translated
      const same = texts.filter((x) => x.text.split(' ').length > 3 && english.has(x.text));
      expect(same.map((x) => `${x.where}: ${x.text}`), locale).toEqual([]);
    }
  });
});
