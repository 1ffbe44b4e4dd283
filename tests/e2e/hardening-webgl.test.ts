// WebGL faults (issue 6): a GPU reset (the context lost, then restored) brings the skull back, and
// a browser started with WebGL switched off (--disable-webgl, as some school machines are set up)
// shows the fallback message while readouts and charts keep updating from the model.
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser, openApp, pixelStats } from './browser';
import { BAD_NUMBER_TEXT, probeScript, readProbe, readoutTexts } from './hardening-probes';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A drawn skull: hundreds of quantised colours and no single colour covering the canvas (see sim.test.ts). */
const DRAWN_MIN_COLOURS = 50;
const DRAWN_MAX_DOMINANT = 0.9;

describe('WebGL context lost and restored', () => {
  it('draws the skull again after the context comes back, with no error', async () => {
    const app = await openApp(browser, '?ea', { initScript: probeScript() });
    const p = app.page;
    try {
      const before = await pixelStats(p, '#scene canvas');
      expect(before.distinct).toBeGreaterThan(DRAWN_MIN_COLOURS);

      // the same extension a driver reset goes through; keep it to restore with
      await p.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('#scene canvas')!;
        const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
        (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
        ext.loseContext();
      });
      await p.waitForFunction(() => window.__craniolab!.contextLost(), null, { timeout: 30_000, polling: 100 });
      // while lost, the model, readouts and charts go on (the page does not freeze or throw)
      await p.waitForTimeout(1000);
      for (const t of await readoutTexts(p)) expect(t).not.toMatch(BAD_NUMBER_TEXT);

      await p.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
      await p.waitForFunction(() => !window.__craniolab!.contextLost(), null, { timeout: 30_000, polling: 100 });
      // a few frames for three to re-upload buffers and recompile programs
      await p.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => ok())))));
      await p.waitForTimeout(500);
      const after = await pixelStats(p, '#scene canvas');
      await app.screenshot('webgl-restored');
      expect(after.distinct).toBeGreaterThan(DRAWN_MIN_COLOURS);
      expect(after.dominantShare).toBeLessThan(DRAWN_MAX_DOMINANT);
      // and it keeps working: a new subject builds and draws in the restored context
      await p.evaluate(() => window.__craniolab!.store.setState({ subject: 'rabbit', cutaway: true }));
      await p.waitForTimeout(1000);
      expect((await pixelStats(p, '#scene canvas')).distinct).toBeGreaterThan(DRAWN_MIN_COLOURS);
      const info = await p.evaluate(() => window.__craniolab!.renderInfo());
      expect(info?.programs).toBeGreaterThan(0);
      expect(app.consoleErrors).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      expect((await readProbe(p)).errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('WebGL switched off in the browser', () => {
  let noGl: Browser;
  beforeAll(async () => {
    noGl = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'], headless: true });
  });
  afterAll(async () => {
    await noGl?.close();
  });

  it('shows the fallback message, and readouts and charts keep updating', async () => {
    const app = await openApp(noGl, '?ea&speed=10');
    const p = app.page;
    try {
      await expect(p.locator('.scene-fallback').isVisible()).resolves.toBe(true);
      expect(await p.locator('.scene-fallback').textContent()).toMatch(/cannot be shown/);
      expect(await p.locator('#scene canvas').count()).toBe(0);
      // readouts update: the ICP readout follows the heartbeat, so its text changes within seconds
      const icp = () => p.locator('[data-readout="icp"]').textContent();
      const first = await icp();
      await p.waitForFunction(
        (t) => document.querySelector('[data-readout="icp"]')?.textContent !== t,
        first,
        { timeout: 30_000, polling: 200 },
      );
      expect(await icp()).toMatch(/mmHg$/);
      // charts update: after 5 more model seconds the ICP chart's pixels are not the same
      const chart = p.locator('#charts .chart-host').first();
      expect((await pixelStats(p, '#charts .chart-host')).distinct).toBeGreaterThan(3);
      const shot0 = await chart.screenshot();
      const t0 = await p.evaluate(() => window.__craniolab!.sim.getState().frame?.timeS ?? 0);
      await p.waitForFunction((t) => (window.__craniolab!.sim.getState().frame?.timeS ?? 0) > t + 5, t0, { timeout: 30_000, polling: 200 });
      await p.waitForTimeout(300);
      expect((await chart.screenshot()).equals(shot0)).toBe(false);
      for (const t of await readoutTexts(p)) expect(t).not.toMatch(BAD_NUMBER_TEXT);
      expect(await p.evaluate(() => window.__craniolab!.renderInfo())).toBeNull();
      await app.screenshot('webgl-disabled');
      expect(app.consoleErrors).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
