// The model's longest one-off step, the first subject's anatomy, is built in a worker while the
// app loads (src/state/anatomy-early.ts) and handed to the model: the page shows the same numbers
// as when it is built on the main thread, which is what happens when the worker cannot start.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectClean, launchBrowser, measureDetails, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The anatomy worker's measure: which subject it built (none when it did not answer). */
const anatomySources = (page: Page) => measureDetails<{ subject: string; where: string }>(page, 'craniolab:anatomy');

/** Every readout's text, paused at the start (the model's numbers as the student reads them). */
function readouts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-readout]')].map((el) => [el.dataset.readout!, el.innerText])));
}

describe("the first subject's anatomy", () => {
  it('is built in a worker, and the readouts are those of an anatomy built on the main thread', async () => {
    const query = '?subject=infant&paused=1&force=20';
    const viaWorker = await openApp(browser, query);
    let fromWorker: Record<string, string>;
    try {
      expect(await anatomySources(viaWorker.page)).toEqual([{ subject: 'infant', where: 'worker' }]);
      fromWorker = await readouts(viaWorker.page);
      expectClean(viaWorker);
    } finally {
      await viaWorker.close();
    }
    // the worker's script cannot load: the model builds the anatomy itself, and the page works
    const withoutWorker = await openApp(browser, query, {
      beforeGoto: async (page) => {
        await page.route(/\/anatomy-worker-[\w-]+\.js$/, (route) => route.abort());
      },
    });
    try {
      expect(await anatomySources(withoutWorker.page)).toEqual([]);
      const here = await readouts(withoutWorker.page);
      expect(Object.keys(here).length).toBeGreaterThan(3);
      for (const text of Object.values(here)) expect(text).not.toMatch(/NaN|undefined/);
      expect(here).toEqual(fromWorker);
      expect(withoutWorker.pageErrors).toEqual([]);
    } finally {
      await withoutWorker.close();
    }
  });
});
