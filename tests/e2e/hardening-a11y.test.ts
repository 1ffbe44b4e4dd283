// Accessibility (issue 6): axe-core (from npm, injected from node_modules: no CDN) finds no serious
// or critical violation on the simulation, in lecture mode and on each contrast view; and every
// control on the page is reachable with Tab, shows a visible focus indicator, and works from the
// keyboard (tests/e2e/keyboard.test.ts checks the student panel's exact order; this checks the
// whole page, header tools and scene included).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core', () => {
  for (const [name, query] of [
    ['the simulation', ''],
    ['the simulation with the projector colours and the cutaway', '?colorProfile=projector&cutaway=1'],
    ['lecture mode', '?lecture=1&step=2'],
    // German (issue 13): longer words, the same rules
    ['the simulation in German', '?locale=de'],
    ['lecture mode in German', '?locale=de&lecture=1&step=2'],
  ] as const) {
    it(`finds no serious or critical violation on ${name}`, async () => {
      const app = await openApp(browser, query);
      try {
        await app.page.waitForTimeout(500);
        expect(await seriousViolations(app.page)).toEqual([]);
        expect(app.consoleErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});

interface Focused {
  key: string;
  name: string;
  tag: string;
  /** a visible indicator: outline width in px, or a box-shadow */
  outlinePx: number;
  boxShadow: string;
  focusVisible: boolean;
}

/** Every element a keyboard user should be able to reach: visible, enabled, not inert. */
async function focusableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), canvas[tabindex]';
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => {
        if ((el as HTMLButtonElement).disabled || el.tabIndex < 0 || el.closest('[inert], [hidden], dialog:not([open])')) return false;
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden';
      })
      .map((el, i) => {
        el.dataset.a11yKey = String(i);
        return String(i);
      });
  });
}

describe('keyboard', () => {
  it('reaches every control on the page with Tab, each with a visible focus indicator', async () => {
    const app = await openApp(browser);
    const p = app.page;
    try {
      const all = await focusableControls(p);
      expect(all.length).toBeGreaterThan(8);
      const seen: Focused[] = [];
      // a generous bound: each control once, plus lil-gui's inner parts
      for (let i = 0; i < all.length + 20; i++) {
        await p.keyboard.press('Tab');
        const f = await p.evaluate((): Focused | null => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const cs = getComputedStyle(el);
          const labels = (el as HTMLInputElement).labels;
          return {
            key: el.dataset.a11yKey ?? '',
            name: (el.getAttribute('aria-label') ?? (labels?.[0]?.textContent || el.textContent) ?? '').trim().slice(0, 40),
            tag: el.tagName.toLowerCase(),
            outlinePx: cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth),
            boxShadow: cs.boxShadow,
            focusVisible: el.matches(':focus-visible'),
          };
        });
        if (!f) break;
        if (seen.some((s) => s.key !== '' && s.key === f.key)) break; // wrapped around
        seen.push(f);
      }
      const reached = new Set(seen.map((s) => s.key));
      const missed = all.filter((k) => !reached.has(k));
      const missedNames = await p.evaluate(
        (keys) => keys.map((k) => document.querySelector(`[data-a11y-key="${k}"]`)?.outerHTML.slice(0, 120)),
        missed,
      );
      expect(missedNames).toEqual([]);
      // the skip link comes first: keyboard users can jump past the header
      expect(seen[0].name).toBe('Skip to the controls');
      for (const f of seen) {
        expect(f.focusVisible, `${f.tag} "${f.name}" matches :focus-visible`).toBe(true);
        // 2 px is the least WCAG 2.2 (2.4.13) counts as a visible focus indicator
        const visible = f.outlinePx >= 2 || (f.boxShadow !== 'none' && f.boxShadow !== '');
        expect(visible, `${f.tag} "${f.name}" has a focus outline (${f.outlinePx}px) or ring (${f.boxShadow})`).toBe(true);
      }
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('operates the controls from the keyboard alone', async () => {
    const app = await openApp(browser, '?ea');
    const p = app.page;
    const state = () => p.evaluate(() => window.__craniolab!.store.getState());
    try {
      // buttons: Space and Enter
      await p.getByRole('button', { name: 'Pause the simulation' }).focus();
      await p.keyboard.press('Space');
      expect((await state()).playing).toBe(false);
      await p.keyboard.press('Enter');
      expect((await state()).playing).toBe(true);
      // selects: arrow keys change the choice without a mouse
      await p.getByLabel('Subject', { exact: true }).focus();
      await p.keyboard.press('ArrowDown');
      expect((await state()).subject).toBe('child');
      await p.getByLabel('Technique', { exact: true }).focus();
      await p.keyboard.press('ArrowDown');
      expect((await state()).technique).not.toBe('vault-hold');
      // switch: Space toggles it
      await p.getByRole('switch', { name: 'True scale' }).focus();
      await p.keyboard.press('Space');
      expect((await state()).trueScale).toBe(true);
      // the scene: arrow keys turn the camera (the canvas is focusable and says so in its label)
      const canvas = p.locator('#scene canvas');
      await canvas.focus();
      const before = await canvas.screenshot();
      await p.keyboard.press('ArrowLeft');
      await p.keyboard.press('ArrowLeft');
      // at a few frames per second in software, the turned view arrives when a frame does
      await expect
        .poll(async () => (await canvas.screenshot()).equals(before), { timeout: 20_000, interval: 300 })
        .toBe(false);
      // Reset All from the keyboard
      await p.getByRole('button', { name: 'Reset All' }).focus();
      await p.keyboard.press('Enter');
      const s = await state();
      expect([s.subject, s.technique, s.trueScale]).toEqual(['adult', 'vault-hold', false]);
      expect(app.consoleErrors).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
