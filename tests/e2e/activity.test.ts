// Guided activities (issue 14) in the built app: each of the three completes by keyboard alone
// through the markup contract and shows its score in role="status", with CSV and print; axe finds
// no serious violation on an activity; an unknown id is a notice and no panel; the panel's chunk
// is loaded only when asked for. Inside an LMS and an embedding page: tests/e2e/scorm.test.ts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITIES, ACTIVITY_IDS } from '../../src/model/activities';
import { completeByKeyboard } from './activity-keys';
import { seriousViolations } from './axe';
import { expectClean, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const READY = '.activity-host[aria-busy="false"] .activity';

describe('guided activities', () => {
  for (const id of ACTIVITY_IDS) {
    it(`${id}: completes by keyboard alone, results in role=status, locked predictions, a printable, downloadable summary`, async () => {
      // a small window: the scene, rendered in software beside the key presses, costs less
      const app = await openApp(browser, `?activity=${id}&ea`, { width: 1000, height: 640 });
      const p = app.page;
      try {
        await p.waitForSelector(READY, { timeout: 60_000 });
        // axe on one activity (they share their markup), before any check
        if (id === 'rhythm') expect(await seriousViolations(p)).toEqual([]);
        const n = ACTIVITIES[id].items.length;
        // second choice of each group, three arrow steps on sliders
        await completeByKeyboard(p, p, ({ kind }) => (kind === 'radio' ? 1 : 3));
        const status = p.locator('.activity [role="status"]');
        await expect.poll(() => status.textContent()).toMatch(new RegExp(`Your score: \\d of ${n}`));
        // every prediction is locked, and beside it the model's answer
        expect(await p.locator('fieldset.activity-item input:not([disabled])').count()).toBe(0);
        expect(await p.locator('.activity-results-table tbody tr').count()).toBe(n);
        // focus went to the score
        expect(await p.evaluate(() => document.activeElement?.className)).toBe('activity-results-title');
        const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download results (CSV)' }).click()]);
        const csv = await (await download.createReadStream()).toArray();
        const text = Buffer.concat(csv).toString('utf8');
        expect(text.split('\n')[0]).toContain('model value (in the unit column)');
        expect(text).not.toMatch(/NaN/);
        // print keeps the activity and drops the scene
        await p.emulateMedia({ media: 'print' });
        expect(await p.locator('#scene').isVisible()).toBe(false);
        expect(await p.locator('.activity-results-table').isVisible()).toBe(true);
        await p.emulateMedia({ media: 'screen' });
        await app.screenshot(`activity-${id}-done`);
        // ... and after: answers, links, results table
        if (id === 'rhythm') expect(await seriousViolations(p)).toEqual([]);
        if (id === 'downey') {
          // a checked item sets up its scene, and its source opens in the Sources view beside the activity
          await p.locator('fieldset.activity-item').first().getByRole('button', { name: 'Set up the scene' }).click();
          const s = await p.evaluate(() => (window as unknown as { __craniolab: { store: { getState(): Record<string, unknown> } } }).__craniolab.store.getState());
          expect(s).toMatchObject({ subject: 'rabbit', technique: 'downey-distraction', forceG: 20 });
          await p.locator('fieldset.activity-item .source-link').first().click();
          await p.waitForSelector('[role="tab"][data-view="sources"][aria-selected="true"]');
          expect(await p.locator('.activity-results-table').isVisible()).toBe(true);
        }
        expectClean(app);
      } finally {
        await app.close();
      }
    }, 300_000);
  }

  it('an unknown activity is a notice and no panel; without ?activity= the chunk is never loaded', async () => {
    const app = await openApp(browser, '?activity=quiz');
    try {
      await expect.poll(() => app.page.locator('#notices').textContent()).toContain('activity=quiz is not one of nickel, rhythm, downey');
      expect(await app.page.locator('.activity-host').count()).toBe(0);
      const scripts = await app.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(scripts.filter((u) => /\/activity-[^/]*\.js$/.test(u))).toEqual([]);
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});
