// The page as a student and a lecture-hall projector see it: screenshots at 1280x720 and
// 1920x1080 kept in test-artifacts/, the force control and the readouts visible without
// scrolling, and no horizontal overflow down to an 800 px wide window.
import type { Browser } from 'playwright-core';
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

/** `UPDATE_DOC_SCREENSHOT=1 npm run test:e2e -- layout` refreshes the README's doc/screenshot.png. */
const UPDATE_DOC = process.env.UPDATE_DOC_SCREENSHOT === '1';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** true when the element's box lies fully inside the viewport */
async function inViewport(page: import('playwright-core').Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  }, selector);
}

/** Pairs of page regions whose boxes intersect (text drawn over text). */
async function overlappingRegions(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = ['scene', 'panel', 'charts', 'notices'];
    const boxes = ids.map((id) => [id, document.getElementById(id)?.getBoundingClientRect()] as const);
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, ra] = boxes[i];
        const [b, rb] = boxes[j];
        if (!ra || !rb || ra.height === 0 || rb.height === 0) continue;
        // 1 px tolerance for shared borders
        const ix = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const iy = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (ix > 1 && iy > 1) out.push(`${a}/${b}`);
      }
    }
    return out;
  });
}

// English, German and Spanish, whose words run about a third longer (issue 13): the same layout must hold.
for (const [lang, query] of [
  ['en', ''],
  ['de', '?locale=de'],
  ['es', '?locale=es'],
] as const)
describe(`layout (${lang})`, () => {
  const tag = lang === 'en' ? '' : `-${lang}`;
  for (const [w, hgt] of [
    [1280, 720],
    [1366, 768],
    [1920, 1080],
  ] as const) {
    it(`shows slider and readouts without scrolling at ${w}x${hgt}`, async () => {
      const app = await openApp(browser, query, { width: w, height: hgt });
      try {
        await app.page.waitForTimeout(1500); // let charts fill with a second of model time
        const shot = await app.screenshot(`app-${w}x${hgt}${tag}`);
        if (UPDATE_DOC && w === 1280 && lang === 'en') copyFileSync(shot, resolve(import.meta.dirname, '../../doc/screenshot.png'));
        expect(await inViewport(app.page, 'input[type=range]')).toBe(true);
        expect(await inViewport(app.page, '[data-readout="icpTouch"]')).toBe(true);
        expect(await inViewport(app.page, '[data-readout="bone"]')).toBe(true);
        expect(await inViewport(app.page, '#charts')).toBe(true);
        expect(await overlappingRegions(app.page)).toEqual([]);
        expect(app.consoleErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }

  for (const [w, hgt] of [
    [800, 900],
    [390, 844],
  ] as const)
  it(`stacks into one column at ${w} px with no overflow or overlap`, async () => {
    const app = await openApp(browser, query, { width: w, height: hgt });
    try {
      await app.screenshot(`app-${w}x${hgt}${tag}`);
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // one column: scene, panel and charts stacked, none drawn over another, and each region
      // tall enough for its content (a squeezed region spills its text over the next one)
      expect(await overlappingRegions(app.page)).toEqual([]);
      const spill = await app.page.evaluate(() =>
        ['panel', 'charts'].filter((id) => {
          const el = document.getElementById(id)!;
          return el.scrollHeight > el.clientHeight + 1;
        }),
      );
      expect(spill).toEqual([]);
      // every header button and every tab lies fully inside the window: none cut off
      const clipped = await app.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.app-header button, [role="tab"]')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.left < 0 || r.right > innerWidth);
          })
          .map((el) => el.textContent),
      );
      expect(clipped).toEqual([]);
      await app.page.screenshot({ path: app.screenshotPath(`app-${w}x${hgt}${tag}-full`), fullPage: true });
    } finally {
      await app.close();
    }
  });
});
