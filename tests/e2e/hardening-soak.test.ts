// Soak (issue 6): an instructor's demo must not slow down or run out of memory in the 50th minute.
// Ten minutes of simulated lecture time, run fast (the `?ea` hook steps the model and draws the
// scene on demand; the page also plays at speed 10), with 100 subject switches, technique changes, cutaway toggles and lecture
// steps in between. After a warm-up (every subject, technique and material drawn once, so shaders
// and caches exist), the garbage-collected JS heap must not grow beyond HEAP_TOLERANCE_BYTES, and
// three.js's live GPU resources (renderer.info: geometries, textures, shader programs) must come
// back to exactly the warm-up counts: anything not disposed on a switch would add up here.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './browser';
import type { AppState } from '../../src/state/app-state';
import { probeScript, readProbe } from './hardening-probes';

/** Model seconds of lecture: 10 minutes. */
const LECTURE_S = 600;
const SWITCHES = 100;
const SUBJECTS = ['adult', 'child', 'infant', 'rabbit'] as const;
const TECHNIQUES = ['vault-hold', 'frontal-lift', 'parietal-lift', 'fronto-occipital-hold', 'cv4', 'downey-distraction'] as const;
/**
 * Allowed heap growth after warm-up, bytes. One subject's head is ~0.5 MB of vertex arrays and the
 * chart history ~1 MB at most (3 x 1500 samples in Float64Arrays is 36 kB; the charts draw from it without keeping paths),
 * so a leak of even one head per switch would add ~50 MB over 100 switches; 2 MB leaves room for
 * JIT code and V8's own bookkeeping, which settle slowly, and still catches any per-switch leak
 * larger than 20 kB.
 */
const HEAP_TOLERANCE_BYTES = 2 * 1024 * 1024;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Info {
  geometries: number;
  textures: number;
  programs: number;
}
// In the page, window.__craniolab is the `?ea` handle (src/ui/qa-hooks.ts declares its type).

/** Draw the current state now with the app's own frame callback (no waiting for vsync). */
const draw = (p: Page) => p.evaluate(() => window.__craniolab!.renderNow());

async function heapUsed(cdp: CDPSession): Promise<number> {
  // twice: the first pass may only finalise what the second frees
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function renderInfo(p: Page): Promise<Info> {
  const i = await p.evaluate(() => window.__craniolab!.renderInfo());
  if (!i) throw new Error('no renderer: the soak test needs WebGL');
  return { geometries: i.geometries, textures: i.textures, programs: i.programs };
}

describe('soak', () => {
  it(`10 min of lecture time and ${SWITCHES} subject switches: heap and GPU resources stay flat`, async () => {
    // A small window: resources and heap do not depend on its size, and a software renderer on a
    // busy machine draws it several times faster than 1280x720.
    const app = await openApp(browser, '?ea&speed=10', { initScript: probeScript(), width: 640, height: 400 });
    const p = app.page;
    try {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('HeapProfiler.enable');
      const set = (patch: Partial<AppState>) => p.evaluate((x) => window.__craniolab!.store.setState(x), patch);

      // Warm-up: every subject, every technique, cutaway and lecture once, so every shader program,
      // cache and lazily built thing exists before the baseline.
      await set({ lecture: true });
      for (const subject of SUBJECTS) {
        for (const technique of TECHNIQUES) {
          await set({ subject, technique, cutaway: true });
          await draw(p);
          // a new subject's skull is built in a worker: the scene is busy until it is in place
          await p.waitForFunction(() => !document.querySelector('#scene[aria-busy="true"]'), null, { timeout: 60_000 });
          await draw(p);
        }
        await set({ cutaway: false });
        await draw(p);
      }
      await set({ lecture: false, subject: 'adult', technique: 'vault-hold', cutaway: false });
      await p.evaluate(() => window.__craniolab!.step(30));
      await draw(p);
      const info0 = await renderInfo(p);
      const heap0 = await heapUsed(cdp);

      // The soak: each switch is followed by LECTURE_S / SWITCHES of model time.
      const stepS = LECTURE_S / SWITCHES;
      let heapMid = 0;
      for (let i = 1; i <= SWITCHES; i++) {
        if (i % 10 === 1) await set({ lecture: true, step: ((i - 1) / 10) % 8 + 1 });
        if (i % 10 === 6) await set({ lecture: false });
        // the switch goes through the Subject control, as a teacher's would; the rest through the store
        await p.evaluate(
          ({ subject, patch, stepS }) => {
            const label = [...document.querySelectorAll('#panel label')].find((l) => l.textContent === 'Subject');
            const select = (label as HTMLLabelElement | undefined)?.control as HTMLSelectElement | null;
            if (!select) throw new Error('no Subject control');
            select.value = subject;
            select.dispatchEvent(new Event('change', { bubbles: true }));
            const qa = window.__craniolab!;
            qa.store.setState(patch);
            qa.step(stepS);
            qa.renderNow();
          },
          {
            subject: SUBJECTS[i % SUBJECTS.length],
            patch: { technique: TECHNIQUES[i % TECHNIQUES.length], cutaway: i % 7 === 0, forceG: 1 + (i % 50) * 10 },
            stepS,
          },
        );
        // one real frame now and then, so the browser composites what was drawn
        if (i % 10 === 0) await p.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => ok())));
        if (i === SWITCHES / 2) heapMid = await heapUsed(cdp);
      }
      // back to the baseline's set-up, then measure
      await set({ lecture: false, subject: 'adult', technique: 'vault-hold', cutaway: false, forceG: 5 });
      await p.evaluate((s) => window.__craniolab!.step(s), stepS);
      await draw(p);
      const info1 = await renderInfo(p);
      const heap1 = await heapUsed(cdp);
      const probe = await readProbe(p);
      const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
      console.log(
        `soak: heap after warm-up ${mb(heap0)}, at ${SWITCHES / 2} switches ${mb(heapMid)}, at the end ${mb(heap1)} ` +
          `(growth ${mb(heap1 - heap0)}); renderer ${JSON.stringify(info0)} -> ${JSON.stringify(info1)}`,
      );

      // the model really ran: the last subject's simulation holds the model time stepped since its switch
      const t = await p.evaluate(() => window.__craniolab!.sim.getState().frame?.timeS ?? -1);
      expect(t).toBeGreaterThanOrEqual(stepS - 1e-6);
      expect(info1).toEqual(info0);
      expect(heap1 - heap0).toBeLessThan(HEAP_TOLERANCE_BYTES);
      expect(heap1 - heapMid).toBeLessThan(HEAP_TOLERANCE_BYTES);
      expect(app.consoleErrors).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      expect(probe.errors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 420_000);
});
