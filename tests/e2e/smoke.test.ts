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
