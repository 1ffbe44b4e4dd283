// The Rabbit study tab's replay (issue 11): Downey 2006 on a rabbit in 3-D. A real Play button
// (keyboard operable) steps through the study's loads; at each step the caliper reading and the
// true opening are the study's numbers for that animal, a live region says so once, the 3-D
// canvas draws a rabbit, and without WebGL the replay still runs on the radiograph and the trace.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downeyStudy } from '../../src/model/contrasts';
import { CHROMIUM, CHROMIUM_ARGS, expectClean, launchBrowser, openApp, pixelStats } from './browser';

const SEED = 1;
const study = downeyStudy({ seed: SEED });
/** the first animal's caliper readings as the replay writes them ("3.69 mm") */
const caliper = study.animals[0].measuredGapMM.map((v) => `${v.toFixed(2)} mm`);
/** baseline, 5-20 g, then the one animal's 100 g-10 kg */
const STEPS = study.animals[0].loadsG.length + study.singleAnimal.loadsG.length - 1;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const text = (p: Page, id: string): Promise<string> => p.locator(`[data-testid="${id}"]`).innerText();

/** waits until the tab, its study and its replay have mounted (the fuzzer's aria-busy contract) */
async function replayReady(p: Page): Promise<void> {
  await p.waitForSelector('[data-testid="downey-play"]', { timeout: 90_000 });
  await p.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, null, { timeout: 90_000, polling: 100 });
}

describe('Downey replay', () => {
  it('Play is reachable by Tab and starts with Enter; each step shows the study numbers and is announced once', async () => {
    const app = await openApp(browser, `?view=downey&randomSeed=${SEED}`);
    const p = app.page;
    try {
      await replayReady(p);
      expect(await text(p, 'downey-step-label')).toMatch(new RegExp(`^Step 1 of ${STEPS}: baseline, animal 1 of 13`));
      expect(await text(p, 'downey-caliper')).toContain(caliper[0]);
      // the live region stays quiet until the viewer acts
      expect(await text(p, 'downey-announce')).toBe('');

      // keyboard: from the last link before the replay, Tab lands on Play; Enter starts it
      await p.locator('.view-context a, .view-context button').last().focus();
      await p.keyboard.press('Tab');
      expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('downey-play');
      // count what the live region says while playing: once per step, never per frame
      await p.evaluate(() => {
        const live = document.querySelector('[data-testid="downey-announce"]')!;
        const w = window as unknown as { __said: string[] };
        w.__said = [];
        new MutationObserver(() => w.__said.push(live.textContent ?? '')).observe(live, { childList: true, characterData: true, subtree: true });
      });
      await p.keyboard.press('Enter');
      await expect.poll(() => text(p, 'downey-step-label')).toMatch(new RegExp(`^Step 2 of ${STEPS}: 5 g`));
      expect(await text(p, 'downey-caliper')).toContain(caliper[1]);
      expect(await text(p, 'downey-play')).toBe('Pause');
      // playing moves on by itself (each step is held under 2 s)
      await expect.poll(() => text(p, 'downey-step-label'), { timeout: 15_000 }).toMatch(new RegExp(`^Step 3 of ${STEPS}: 10 g`));
      expect(await text(p, 'downey-caliper')).toContain(caliper[2]);
      await p.keyboard.press('Enter'); // focus stayed on the button: pause
      expect(await text(p, 'downey-play')).toBe('Play');
      const said = await p.evaluate(() => (window as unknown as { __said: string[] }).__said);
      const at = said.length;
      // one announcement per step reached, with the caliper reading and the true opening in units
      expect(new Set(said).size).toBe(said.length);
      expect(said[0]).toMatch(new RegExp(`^Step 2 of ${STEPS}: 5 g\\. Caliper reads ${caliper[1]}; true opening [0-9.]+ (µm|mm)\\.$`));
      expect(said[1]).toMatch(new RegExp(`^Step 3 of ${STEPS}: 10 g\\. Caliper reads ${caliper[2]};`));
      // paused: nothing more is said
      await p.waitForTimeout(2500);
      expect(await p.evaluate(() => (window as unknown as { __said: string[] }).__said.length)).toBe(at);

      // Step forward and back by button
      await p.locator('[data-testid="downey-step"]').click();
      expect(await text(p, 'downey-step-label')).toMatch(new RegExp(`^Step 4 of ${STEPS}: 15 g`));
      expect(await text(p, 'downey-caliper')).toContain(caliper[3]);
      const trueAt15 = await text(p, 'downey-true-gap');
      await p.locator('[data-testid="downey-step-back"]').click();
      expect(await text(p, 'downey-step-label')).toMatch(new RegExp(`^Step 3 of ${STEPS}: 10 g`));
      expect(await text(p, 'downey-true-gap')).not.toBe(trueAt15);
      expect(await p.locator('svg.downey-radiograph').count()).toBe(1);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('draws the rabbit in a visible 3-D canvas, stating the exaggeration, and frees it when the tab closes', async () => {
    const app = await openApp(browser, `?view=downey&randomSeed=${SEED}`);
    const p = app.page;
    try {
      await replayReady(p);
      const canvas = p.locator('[data-testid="downey-stage"] canvas');
      expect(await canvas.isVisible()).toBe(true);
      const box = (await canvas.boundingBox())!;
      // a picture, not a thumbnail: at 1280x720 the stage is over 400 px wide
      expect(box.width).toBeGreaterThan(400);
      // skull, plates and arrows on a gradient: many colours, no single colour over 90 % of it
      await expect.poll(async () => (await pixelStats(p, '[data-testid="downey-stage"] canvas')).distinct, { timeout: 30_000 }).toBeGreaterThan(40);
      expect((await pixelStats(p, '[data-testid="downey-stage"] canvas')).dominantShare).toBeLessThan(0.9);
      // and the rabbit itself before Play is pressed: its lit bone covers a tenth of the stage or
      // more (~20 % at the replay's view); the dark backdrop alone has no pixel that bright
      await expect.poll(async () => (await pixelStats(p, '[data-testid="downey-stage"] canvas')).brightShare, { timeout: 30_000 }).toBeGreaterThan(0.1);
      await expect(p.locator('[data-testid="downey-stage"] .craniolab-exaggeration').innerText()).resolves.toMatch(/motion shown × 200/);
      // the one animal's steps are enlarged less (its openings are 100 times larger): said so
      for (let i = 0; i < 5; i++) await p.locator('[data-testid="downey-step"]').click();
      expect(await text(p, 'downey-step-label')).toMatch(/^Step 6 of \d+: 100 g, the one animal/);
      await expect.poll(() => p.locator('[data-testid="downey-stage"] .craniolab-exaggeration').innerText()).toMatch(/motion shown × 5$/);
      // leaving the tab disposes its renderer: only the main scene's canvas is left
      await p.locator('#tab-scale').click();
      await expect.poll(() => p.locator('#view-host canvas').count()).toBe(0);
      expect(await p.locator('canvas.craniolab-scene-canvas').count()).toBe(1);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('with reduced motion a step shows its whole reading window at once', async () => {
    const app = await openApp(browser, `?view=downey&randomSeed=${SEED}`);
    const p = app.page;
    try {
      await p.emulateMedia({ reducedMotion: 'reduce' });
      await p.reload();
      await replayReady(p);
      await p.locator('[data-testid="downey-step"]').click();
      // both windows finished: each has its mean bar, drawn without waiting for the animation
      expect(await p.locator('svg.downey-trace .trace-mean').count()).toBe(2);
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});

/** A box as [left, top, right, bottom], px. */
type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box): boolean => a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;

/** the replay's parts and the study's results, as laid out (boxes in page coordinates) */
async function layoutBoxes(p: Page): Promise<Record<string, Box>> {
  const parts: Record<string, string> = {
    stage: '[data-testid="downey-stage"]',
    radiograph: '.replay-radiograph',
    readings: '.replay-readings',
    trace: '.replay-trace',
    results: '[data-testid="downey-results"]',
    anova: '.downey-results .downey-anova',
    gapTable: '.downey-results table.downey-gap',
    icpTable: '.downey-results table.downey-icp',
  };
  const out: Record<string, Box> = {};
  for (const [name, sel] of Object.entries(parts)) {
    const b = await p.locator(sel).first().boundingBox();
    if (!b) throw new Error(`${name} (${sel}) is not laid out`);
    const y = await p.evaluate(() => window.scrollY);
    out[name] = [b.x, b.y + y, b.x + b.width, b.y + b.height + y];
  }
  return out;
}

describe('Downey tab layout', () => {
  it('at 1920x1080 the 13-animal tables and the ANOVA sit beside the replay; at 1280x720 nothing overlaps or scrolls sideways', async () => {
    for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
      const app = await openApp(browser, `?view=downey&randomSeed=${SEED}`, { width, height });
      const p = app.page;
      try {
        await replayReady(p);
        const box = await layoutBoxes(p);
        if (width === 1920) {
          // beside: the results column starts right of the stage, and the two share a vertical band
          // (the ANOVA is level with the replay's heading, the first table with the stage)
          expect(box.results[0]).toBeGreaterThanOrEqual(box.stage[2]);
          expect(box.results[1]).toBeLessThan(box.stage[3]);
          expect(box.results[3]).toBeGreaterThan(box.stage[1]);
          expect(box.gapTable[1]).toBeLessThan(box.stage[3]);
        }
        // side by side at both sizes: the results right of every part of the replay
        for (const part of ['stage', 'radiograph', 'readings', 'trace'] as const) expect(box.results[0]).toBeGreaterThanOrEqual(box[part][2]);
        // no two parts of the replay overlap, nor two of the results, nor the replay the results
        const pairs = (names: readonly string[]): [string, string][] => names.flatMap((n, i) => names.slice(i + 1).map((m): [string, string] => [n, m]));
        const replay = ['stage', 'radiograph', 'readings', 'trace'];
        for (const [a, b] of [...pairs(replay), ...pairs(['anova', 'gapTable', 'icpTable']), ...replay.map((n): [string, string] => [n, 'results'])]) {
          expect(overlaps(box[a], box[b]), `${a} and ${b} at ${width}x${height}`).toBe(false);
        }
        // nothing cut off: every table fits its column (no sideways scrolling), the page no wider
        // than the window, and the 3-D stage still a picture (over 400 px wide)
        const scrolls = await p.locator('.downey-results .table-scroll').evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
        expect(scrolls).toEqual([0, 0]);
        expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(box.stage[2] - box.stage[0]).toBeGreaterThan(400);
        expectClean(app);
      } finally {
        await app.close();
      }
    }
  });
});

describe('Downey tab in lecture mode', () => {
  it('at 1280x720 the lecture caption stays in its bar, over none of the tab, and the replay is laid out without overlaps', async () => {
    // lecture step 6 is the 2006 replay (src/ui/lecture/lecture-steps.ts)
    const app = await openApp(browser, `?lecture=1&step=6&randomSeed=${SEED}`);
    const p = app.page;
    try {
      await replayReady(p);
      const caption = (await p.locator('.lecture-caption').boundingBox())!;
      const host = (await p.locator('#view-host').boundingBox())!;
      expect(caption.height).toBeGreaterThan(0);
      expect(caption.y + caption.height).toBeLessThanOrEqual(host.y + 1);
      const box = await layoutBoxes(p);
      for (const n of ['stage', 'radiograph', 'readings', 'trace']) expect(overlaps(box[n], box.results), `${n} and the results`).toBe(false);
      const scrolls = await p.locator('.downey-results .table-scroll').evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
      expect(scrolls).toEqual([0, 0]);
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});

describe('Downey replay without WebGL', () => {
  let noGl: Browser;
  beforeAll(async () => {
    noGl = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'], headless: true });
  });
  afterAll(async () => {
    await noGl?.close();
  });

  it('says why the 3-D view is missing, and Play still runs the radiograph and the trace', async () => {
    const app = await openApp(noGl, `?view=downey&randomSeed=${SEED}`);
    const p = app.page;
    try {
      await replayReady(p);
      expect(await text(p, 'downey-no-webgl')).toMatch(/WebGL/);
      expect(await p.locator('#view-host canvas').count()).toBe(0);
      await p.locator('[data-testid="downey-play"]').click();
      await expect.poll(() => text(p, 'downey-step-label')).toMatch(/^Step 2 of \d+: 5 g/);
      expect(await text(p, 'downey-caliper')).toContain(caliper[1]);
      expect(await p.locator('svg.downey-radiograph').count()).toBe(1);
      expect(await p.locator('svg.downey-trace').count()).toBe(1);
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});
