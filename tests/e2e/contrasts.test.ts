// The contrast views in real Chromium: each opens from its own URL (?view=...), shows its numbers
// with units and never "NaN", "Infinity" or "undefined"; the tab bar follows and drives the
// store's view; the Downey study's data download as CSV from a same-page Blob URL; a source link opens
// the Sources view at its entry; the sim view shows the compact detectability list.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES, SOURCE_IDS } from '../../src/model/content';
import { downeyStudy, forceFinder, scaleComparison } from '../../src/model/contrasts';
import { gramsToNewtons } from '../../src/model/units';
import { formatForceG } from '../../src/ui/format';
import { launchBrowser, openApp, expectClean } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


/** A number followed by a unit, as every view must show (e.g. "950 pm", "3.7 × 10⁻⁶ mmHg"). */
const NUMBER_WITH_UNIT = /\d(?:[\d.,]*)(?: × 10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)? ?(?:pm|nm|µm|mm|mmHg|N|g|kg|Hz|\/min|bpm|cm²|s)\b/g;
const BAD_TEXT = /NaN|Infinity|undefined/;

/** view id, a selector that exists once the view has computed, the least number of numbers-with-units it shows */
const VIEWS: Array<[string, string, number]> = [
  ['scale', '[data-testid="scale-sentence"]', 20],
  ['rhythm', 'svg.spectrum', 10],
  ['downey', '[data-testid="downey-verdict"]', 40],
  ['finder', '[data-testid="finder-sentence"]', 8],
  ['sources', '#source-downey2006', 1],
];

describe('contrast views open from their URL', () => {
  for (const [view, ready, minNumbers] of VIEWS) {
    it(`?view=${view} shows numbers with units and no NaN`, async () => {
      const app = await openApp(browser, `?view=${view}`);
      try {
        const { page } = app;
        await page.waitForSelector(`#view-host ${ready}`, { timeout: 30_000 });
        await expect(page.locator(`#tab-${view}`).getAttribute('aria-selected')).resolves.toBe('true');
        // the scene and the live charts give way to the view; the panel stays
        await expect(page.locator('#scene').isVisible()).resolves.toBe(false);
        await expect(page.locator('#panel').isVisible()).resolves.toBe(true);
        const text = await page.locator('#view-host').innerText();
        expect(text).not.toMatch(BAD_TEXT);
        expect((text.match(NUMBER_WITH_UNIT) ?? []).length).toBeGreaterThanOrEqual(minNumbers);
        if (view !== 'sources') {
          // numbers link to their sources (links into the Sources view) or say they are assumptions
          await expect(page.locator('#view-host a.source-link').count()).resolves.toBeGreaterThan(0);
        }
        await app.screenshot(`contrasts-${view}`);
        expectClean(app);
      } finally {
        await app.close();
      }
    });
  }

  it('scale: the sentence compares the adult 5 g movement with something familiar, in pm or nm', async () => {
    const app = await openApp(browser, '?view=scale&subject=adult&technique=vault-hold&force=5');
    try {
      const s = await app.page.locator('[data-testid="scale-sentence"]').innerText();
      expect(s).toMatch(/^This touch moves the right parietal bone about .+ \([\d.]+ (pm|nm)\)\.$/);
      // beside it, what the fingertip feels: the model's scalp compression, tens of µm, and how
      // many times the bone's movement that is
      const c = scaleComparison({ subject: 'adult', technique: 'vault-hold', forceN: gramsToNewtons(5) });
      const scalp = await app.page.locator('[data-testid="scale-scalp-sentence"]').innerText();
      expect(scalp).toBe(c.scalpSentence);
      expect(scalp).toMatch(/^Your fingertip sinks about \d+ µm into the scalp, about [\d,]+ times further than the bone moves/);
      // and the length strip marks both
      const strip = await app.page.locator('.scale-view svg.log-strip').first().textContent();
      expect(strip).toContain('Bone moves: ');
      expect(strip).toMatch(/Your fingertip sinks into the scalp: \d+ µm/);
      // the detectability table has one row per detector, all "not detectable" at 5 g
      const verdicts = await app.page.locator('.detectability-table tbody tr .verdict').allInnerTexts();
      expect(verdicts).toHaveLength(4);
      for (const v of verdicts) expect(v).toMatch(/^not detectable/);
    } finally {
      await app.close();
    }
  });

  it('rhythm: the three peaks are marked, the claim is labelled, and the rabbit toggle redraws', async () => {
    const app = await openApp(browser, '?view=rhythm&subject=adult');
    try {
      const { page } = app;
      await page.waitForSelector('svg.spectrum');
      const labels = await page.locator('svg.spectrum .peak-label').allTextContents();
      expect(labels.map((l) => l.split(' ')[0])).toEqual(['Mayer', 'Breathing', 'Heartbeat']);
      await expect(page.locator('svg.spectrum .claim-label').textContent()).resolves.toMatch(/claim/);
      await expect(page.locator('.claim-box').innerText()).resolves.toMatch(/not a measurement/);
      // the rates side by side: the claims, the palpation reports (Sergueef 2011, with its source
      // link and its figures from model/content) and the Mayer-wave band
      const palp = page.locator('.rate-chart .rate-row.palpation');
      await expect(palp.innerText()).resolves.toMatch(/Palpation reports[\s\S]*6\.88 ± 4\.45\/min; 7\.39\/min after 1 year, 4\.78\/min after 3-25 years of experience/);
      await expect(palp.locator('a.source-link[data-source="sergueef2011"]').count()).resolves.toBe(1);
      await expect(page.locator('.rate-chart .rate-row.claim').count()).resolves.toBe(2);
      await expect(page.locator('.rate-chart .rate-row.mayer').innerText()).resolves.toMatch(/4\.8–7\.2\/min/);
      // ICC chart: one row per reliability study
      await expect(page.locator('.icc-chart .icc-row:not(.icc-scale)').count()).resolves.toBe(6);
      await page.locator('.segmented [data-subject="rabbit"]').click();
      await page.waitForFunction(() => /Rabbit/.test(document.querySelector('.peak-table caption')?.textContent ?? ''));
      const heart = await page.locator('.peak-table tbody tr').first().innerText();
      // a rabbit's heart (200-300 bpm) beats at 3.3-5 Hz
      const hz = Number(/([\d.]+) Hz/.exec(heart)?.[1]);
      expect(hz).toBeGreaterThan(3.3);
      expect(hz).toBeLessThan(5.1);
      await app.screenshot('contrasts-rhythm-rabbit');
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});

describe('Force finder', () => {
  it('finds the few grams at which a fingertip feels the scalp give, and says the plates press none', async () => {
    const app = await openApp(browser, '?view=finder&subject=adult&technique=vault-hold');
    try {
      const { page } = app;
      await page.waitForSelector('[data-testid="finder-scalp-sentence"]');
      const f = forceFinder({ subject: 'adult', technique: 'vault-hold' }).targets.find((t) => t.id === 'fingertip-scalp')!;
      const sentence = await page.locator('[data-testid="finder-scalp-sentence"]').innerText();
      // the model's force (about 2.3 g), under the nickel's 5 g
      expect(sentence).toContain(`at ${formatForceG(f.forceG!)} (`);
      expect(sentence).toMatch(/less than the 5 g touch\. A nickel's touch is felt, as scalp, not bone\.$/);
      const first = await page.locator('.finder-table tbody tr').first().innerText();
      expect(first).toMatch(/^fingertip feels the scalp give/);
      expect(first).toContain(formatForceG(f.forceG!));
      // the plates: the same row, in words, with no number
      await page.locator('#panel').getByLabel('Subject', { exact: true }).selectOption('rabbit');
      await page.locator('#panel').getByLabel('Technique', { exact: true }).selectOption('downey-distraction');
      await page.waitForFunction(() => /not applicable/.test(document.querySelector('[data-testid="finder-scalp-sentence"]')?.textContent ?? ''));
      const row = await page.locator('.finder-table tbody tr').first().innerText();
      expect(row).toMatch(/not applicable: Downey's plates are screwed to bone, so no scalp lies under them to give/);
      expect(await page.locator('#view-host').innerText()).not.toMatch(BAD_TEXT);
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});

describe('Downey study', () => {
  it('13 animals, the ANOVA beside the paper, the one-animal curve, and the data as CSV', async () => {
    const seed = 7;
    const app = await openApp(browser, `?view=downey&randomSeed=${seed}`);
    try {
      const { page } = app;
      await page.waitForSelector('[data-testid="downey-csv"]', { timeout: 60_000 });
      // the page runs the same study the model gives in Node for that seed
      const study = downeyStudy({ seed });
      await expect(page.locator('[data-testid="downey-verdict"]').innerText()).resolves.toContain(`seed ${seed}`);
      // 13 animals in each readings table, the baseline and four loads as columns
      for (const cls of ['downey-gap', 'downey-icp']) {
        await expect(page.locator(`table.${cls} tbody tr`).count()).resolves.toBe(13);
        await expect(page.locator(`table.${cls} thead th`).count()).resolves.toBe(1 + 5);
      }
      const firstGap = await page.locator('table.downey-gap tbody tr').first().locator('td .measured').allInnerTexts();
      expect(firstGap).toEqual(study.animals[0].measuredGapMM.map((v) => `${v.toFixed(2)} mm`));
      // true values appear on request
      await expect(page.locator('table.downey-gap .true-val').first().isVisible()).resolves.toBe(false);
      await page.locator('[data-testid="downey-show-true"]').check();
      await expect(page.locator('table.downey-gap .true-val').first().isVisible()).resolves.toBe(true);
      // the ANOVA: the model's p for each reading beside the paper's F
      for (const key of ['gap', 'icp'] as const) {
        const row = page.locator(`.downey-anova tr[data-anova="${key}"]`);
        const p = study.anova[key].p;
        const shown = await row.locator('td.model-p').innerText();
        if (p >= 0.001) expect(Number(shown.replace(/ .*/, ''))).toBeCloseTo(p, 1);
        await expect(row.innerText()).resolves.toContain(String(study.published[key].F));
      }
      // the single-animal curve: an SVG with the caliper line and the load axis in grams
      await expect(page.locator('svg.downey-curve .caliper-line').count()).resolves.toBe(1);
      await expect(page.locator('svg.downey-curve').textContent()).resolves.toMatch(/100 g.*10 kg/);
      // the model's first step above caliper resolution is flagged in the one-animal table
      await expect(page.locator('.downey-table .flag-first').count()).resolves.toBe(1);
      // CSV: a header with units, 13 animals x 5 readings, then the one animal's 7 loads
      const href = await page.locator('[data-testid="downey-csv"]').getAttribute('href');
      expect(href).toMatch(/^blob:http:\/\/127\.0\.0\.1/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="downey-csv"]').click()]);
      expect(download.suggestedFilename()).toBe(`downey2006-study-seed${seed}.csv`);
      const csv = readFileSync(await download.path(), 'utf8');
      const lines = csv.trimEnd().split('\n');
      expect(lines[0]).toMatch(/load \(g\).*\(mm\).*\(mmHg\)/);
      expect(lines).toHaveLength(1 + 13 * 5 + 7);
      expect(csv).not.toMatch(BAD_TEXT);
      // the same text is on the page for copying
      await expect(page.locator('[data-testid="downey-csv-text"]').textContent()).resolves.toBe(csv);
      const text = await page.locator('#view-host').innerText();
      expect(text).not.toMatch(BAD_TEXT);
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});

describe('tabs and links', () => {
  it('a tab click switches the view and the URL follows; Simulation brings the scene back', async () => {
    const app = await openApp(browser, '');
    try {
      const { page } = app;
      await expect(page.locator('#tab-sim').getAttribute('aria-selected')).resolves.toBe('true');
      await page.locator('#tab-finder').click();
      await page.waitForSelector('[data-testid="finder-sentence"]');
      await page.waitForFunction(() => location.search.includes('view=finder'), undefined, { timeout: 5000 });
      // keyboard: arrow right moves to the next tab
      await page.locator('#tab-finder').press('ArrowRight');
      await page.waitForSelector('#source-downey2006');
      await page.locator('#tab-sim').click();
      await expect(page.locator('#scene').isVisible()).resolves.toBe(true);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('a source link opens the Sources view at that entry', async () => {
    const app = await openApp(browser, '?view=finder');
    try {
      const { page } = app;
      await page.waitForSelector('[data-testid="finder-sentence"]');
      await page.locator('#view-host a.source-link[data-source="yoganandan1995"]').first().click();
      await page.waitForSelector('#source-yoganandan1995');
      await expect(page.locator('#tab-sources').getAttribute('aria-selected')).resolves.toBe('true');
      await expect(page.locator('#source-yoganandan1995').isVisible()).resolves.toBe(true);
      // the nine article sources are marked
      await expect(page.locator('.source-item.article').count()).resolves.toBe(9);
      // the evidence pass's working notes (sources.ts 'note') are for maintainers, not printed
      const entries = await page.locator('.sources-view').innerText();
      for (const id of SOURCE_IDS) {
        const note = SOURCES[id].note;
        if (note) expect(entries, id).not.toContain(note);
      }
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('the sim view shows the compact detectability list beside the readouts, following the force', async () => {
    // the rabbit's parietal under a 1 kg parietal lift: the model moves it tens of µm, past a
    // fingertip's 20 µm (and at 5 g about 240 pm, far below it)
    const heavy = scaleComparison({ subject: 'rabbit', technique: 'parietal-lift', forceN: gramsToNewtons(1000) });
    const light = scaleComparison({ subject: 'rabbit', technique: 'parietal-lift', forceN: gramsToNewtons(5) });
    const tipOf = (c: typeof heavy) => c.detectors.find((d) => d.detector.id === 'fingertip')!.band.nominal.detectable;
    expect(tipOf(heavy)).toBe(true);
    expect(tipOf(light)).toBe(false);
    const app = await openApp(browser, '?subject=rabbit&technique=parietal-lift&force=1000');
    try {
      const { page } = app;
      const items = page.locator('#panel .detect-compact .detect-item');
      // below the panel's controls, the list's code loads when the page is idle (src/ui/tabs/index.ts)
      await items.first().waitFor();
      await expect(items.count()).resolves.toBe(4);
      const text = await page.locator('#panel .detect-compact').innerText();
      expect(text).not.toMatch(BAD_TEXT);
      const tip = page.locator('#panel .detect-item[data-detector="fingertip"]');
      await expect(tip.getAttribute('class')).resolves.toMatch(/\byes\b/);
      // down to a nickel: the list follows the force
      const field = page.locator('#panel').getByLabel('Exact force in grams');
      await field.fill('5');
      await field.press('Enter');
      await page.waitForFunction(() => !document.querySelector('#panel .detect-item[data-detector="fingertip"]')?.classList.contains('yes'));
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});
