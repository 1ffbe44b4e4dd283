// Accessibility of the contrast views (issue 6): axe-core finds no serious or critical violation
// on each view opened from its URL (?view=scale|rhythm|downey|finder|sources).
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core on the contrast views', () => {
  for (const view of ['scale', 'rhythm', 'downey', 'finder', 'sources']) {
    it(`finds no serious or critical violation on ?view=${view}`, async () => {
      const app = await openApp(browser, `?view=${view}`);
      const p = app.page;
      try {
        // the view is really showing: its tab is selected
        await p.waitForSelector(`[role="tab"][data-view="${view}"][aria-selected="true"]`, { timeout: 30_000 });
        await p.waitForTimeout(500);
        await p.addScriptTag({ path: AXE_PATH });
        const v = (await p.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown[] }> } }).axe;
          return (await axe.run(document, { resultTypes: ['violations'] })).violations;
        })) as { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[];
        const serious = v
          .filter((x) => x.impact === 'serious' || x.impact === 'critical')
          .map((x) => `${x.impact} ${x.id}: ${x.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} - ${n.failureSummary ?? ''}`).join(' | ')}`);
        expect(serious).toEqual([]);
        expect(app.consoleErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
