// The page loads in real Chromium with no console error, no uncaught exception and no request to
// any other origin (the app must work offline in a classroom and leak nothing to third parties).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('page load', () => {
  it('loads with no console error, no page error and no foreign request', async () => {
    const app = await openApp(browser);
    try {
      await expect(app.page.title()).resolves.toContain('CranioLab');
      // the student's main control exists and is a native, labelled range input
      const slider = app.page.getByRole('slider', { name: 'Touch force' });
      await expect(slider.count()).resolves.toBe(1);
      // the instructor panel starts closed, so students see their own controls first
      await expect(app.page.locator('.details-gui').getAttribute('class')).resolves.toMatch(/\blil-closed\b/);
      // the live region is polite and quiet on load: it speaks the state in words when the
      // student changes something (first-ten-minutes.test.ts, finding 5)
      expect(await app.page.getAttribute('#live', 'aria-live')).toBe('polite');
      await slider.focus();
      await app.page.keyboard.press('ArrowRight');
      await app.page.waitForFunction(() => /5\.6 grams/.test(document.getElementById('live')?.textContent ?? ''), null, { timeout: 10_000 });
      // give the loop a second of frames so late errors surface too
      await app.page.waitForTimeout(1000);
      expect(app.consoleErrors).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
