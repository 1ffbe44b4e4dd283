// Keyboard-only use: Tab reaches every student control in reading order, each shows a visible
// focus ring, and the skip link jumps straight to the controls.
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

describe('keyboard', () => {
  it('tabs through the controls in order, each with a visible focus ring', async () => {
    const app = await openApp(browser);
    const p = app.page;
    try {
      const seen: string[] = [];
      const rings: string[] = [];
      for (let i = 0; i < 25; i++) {
        await p.keyboard.press('Tab');
        const info = await p.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const labels = (el as HTMLInputElement).labels;
          const name =
            el.getAttribute('aria-label') ??
            (labels && labels.length > 0 ? labels[0].textContent?.trim() : null) ??
            el.textContent?.trim() ??
            '';
          const cs = getComputedStyle(el);
          return { name, ring: `${cs.outlineStyle} ${cs.outlineWidth}` };
        });
        if (!info) break;
        seen.push(info.name);
        rings.push(info.ring);
      }
      expect(seen[0]).toBe('Skip to the controls');
      // Reading order of the student panel; Step is disabled while playing, so it is skipped.
      // Other focusable things (header tools, the scene canvas) may come between the skip link
      // and the panel: compare the panel's own run of controls.
      const start = seen.indexOf('Exact force in grams');
      expect(start).toBeGreaterThan(0);
      const expected = [
        'Exact force in grams',
        'Touch force',
        'Subject',
        'Technique',
        'Pause the simulation',
        'Speed',
        'True scale',
        'Cutaway (CSF)',
        'Reset All',
      ];
      expect(seen.slice(start, start + expected.length)).toEqual(expected);
      // every focused control drew an outline of at least 2 px (styles.css: 3px solid)
      for (const r of rings.slice(start, start + expected.length)) {
        expect(r).toMatch(/^solid (\d+(\.\d+)?)px$/);
        expect(parseFloat(r.split(' ')[1])).toBeGreaterThanOrEqual(2);
      }
      await p.getByRole('slider', { name: 'Touch force' }).focus();
      await app.screenshot('focus-slider');

      // the skip link jumps past everything before the panel
      await p.locator('.skip-link').focus();
      await p.keyboard.press('Enter');
      await p.keyboard.press('Tab');
      expect(await p.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe(
        'Exact force in grams',
      );
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
