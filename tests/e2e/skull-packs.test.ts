// The skulls are meshed when the app is built (scripts/skull-meshes.ts): the page fetches the
// packed skull it shows and meshes nothing itself; where the fetch fails it meshes the skull in
// the page as before (src/view/skull-loader.ts), and the scene still appears.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectClean, launchBrowser, measureDetails, openApp, pixelStats } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where each skull the page loaded came from: the skull loader's performance measures. */
const skullSources = (page: Page) => measureDetails<{ subject: string; where: string }>(page, 'craniolab:skull-mesh');

describe('skulls meshed at build time', () => {
  it('the default page fetches the adult skull and starts no mesher of its own', async () => {
    const workers: string[] = [];
    const packs: string[] = [];
    const app = await openApp(browser, '', {
      beforeGoto: (page) => {
        page.on('worker', (w) => workers.push(w.url()));
        page.on('request', (r) => {
          if (/\/skull-\w+-[\w-]+\.bin$/.test(r.url())) packs.push(new URL(r.url()).pathname.split('/').pop()!);
        });
      },
    });
    try {
      expect(await skullSources(app.page)).toEqual([{ subject: 'adult', where: 'pack' }]);
      expect(packs).toHaveLength(1);
      expect(packs[0]).toMatch(/^skull-adult-/);
      // no skull worker: the mesher's code is not even loaded (the one worker builds the model's
      // anatomy, tests/e2e/anatomy-worker.test.ts)
      expect(workers.filter((u) => !/\/anatomy-worker-[\w-]+\.js$/.test(u))).toEqual([]);
      expect((await pixelStats(app.page, '#scene canvas')).distinct).toBeGreaterThan(20);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('a skull that cannot be fetched is meshed in the page instead, and the scene appears', async () => {
    const warnings: string[] = [];
    const app = await openApp(browser, '?subject=rabbit', {
      beforeGoto: async (page) => {
        page.on('console', (m) => {
          if (m.type() === 'warning') warnings.push(m.text());
        });
        await page.route(/\/skull-rabbit-[\w-]+\.bin$/, (route) => route.abort());
      },
    });
    try {
      expect(await skullSources(app.page)).toEqual([{ subject: 'rabbit', where: 'worker' }]);
      expect(warnings.some((w) => /rabbit skull could not be fetched.*meshing it here instead/.test(w))).toBe(true);
      expect((await pixelStats(app.page, '#scene canvas')).distinct).toBeGreaterThan(20);
      // the aborted request is the only error the console saw
      expect(app.consoleErrors.every((e) => /Failed to load resource/.test(e))).toBe(true);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('where no worker starts either, the page meshes it with the worker\'s own file, loaded as a module', async () => {
    const scripts: string[] = [];
    const app = await openApp(browser, '?subject=rabbit', {
      beforeGoto: async (page) => {
        // a browser (or a policy) without workers: the anatomy falls back too (anatomy-early.ts)
        await page.addInitScript(() => {
          delete (window as { Worker?: unknown }).Worker;
        });
        page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop()!);
        });
        await page.route(/\/skull-rabbit-[\w-]+\.bin$/, (route) => route.abort());
      },
    });
    try {
      expect(await skullSources(app.page)).toEqual([{ subject: 'rabbit', where: 'main' }]);
      expect((await pixelStats(app.page, '#scene canvas')).distinct).toBeGreaterThan(20);
      // one copy of the mesher: the worker's file, and no chunk of its own for the page
      expect(scripts.filter((f) => /^skull-worker-[\w-]+\.js$/.test(f))).toHaveLength(1);
      expect(scripts.filter((f) => /^skull-arrays/.test(f))).toEqual([]);
      // on this software renderer the low-detail skull is made a few seconds later: here too, on
      // the main thread (skull-loader.ts loadLowDetailIndex, with the builders from the worker's
      // file, the only file that has the simplifier: tests/view/skull-builders.test.ts)
      await app.page.waitForFunction(() => performance.getEntriesByName('craniolab:skull-low-detail').length > 0, null, { timeout: 30_000 });
      expect(await measureDetails(app.page, 'craniolab:skull-low-detail')).toEqual([{ where: 'main' }]);
      expect(app.consoleErrors.every((e) => /Failed to load resource/.test(e))).toBe(true);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
