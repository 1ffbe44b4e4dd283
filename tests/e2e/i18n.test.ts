// The i18n guards in the browser (issue 13):
//  - in the pseudo-locale (?pseudo: English from the catalogs, every letter accented, 40 % longer)
//    every view shows no English: a string with an unaccented word of two or more letters came
//    from outside the catalogs. Allowed: numbers, units, the app's and the study's names, and
//    anything inside translate="no" (the language names, source citations);
//  - no label, button or tab overflows its box in the pseudo-locale (German runs ~30 % longer
//    than English, the pseudo-locale 40 %);
//  - the pseudo-locale guard visits every view, the instructor panel opened to the parameters'
//    tooltips, lecture mode at each step, the Embed dialog, embed mode, and each activity with
//    every item answered (the model's answers, reasons and the results table);
//  - ?locale=de and ?locale=es show German and Spanish, with decimal commas, on the sim page, in
//    lecture mode and in an activity; the language menu switches live and sets <html lang>.
// The test prints the strings it checked per view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, launchBrowser, openApp, type AppPage } from './browser';
import { overflowing, visibleStrings, type SeenText } from './i18n-probes';

/** Tokens that are the same in every language: units, symbols and proper names. */
const ALLOWED = new Set(['mmHg', 'mm', 'nm', 'pm', 'kg', 'mN', 'kN', 'cm', 'ms', 'Hz', 'mL', 'min', 'GPa', 'MPa', 'kPa', 'CranioLab', 'Downey']);

/** The English words in a string: runs of 2+ unaccented ASCII letters that are not allowed tokens. */
export function englishWords(text: string): string[] {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w));
}

function leaks(seen: SeenText[]): string[] {
  return seen.flatMap((s) => {
    const words = englishWords(s.text);
    return words.length > 0 ? [`${s.at}: "${s.text.slice(0, 90)}" (${words.slice(0, 4).join(', ')})`] : [];
  });
}

const VIEWS = ['sim', 'scale', 'rhythm', 'downey', 'finder', 'sources'] as const;
const ACTIVITY_READY = '.activity-host[aria-busy="false"] .activity';

/** Answers every item of the activity on the page (first choice, slider where it starts) and checks it, up to the results. */
async function answerAll(page: Page): Promise<void> {
  const items = page.locator('fieldset.activity-item');
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    const radio = item.locator('input[type=radio]').first();
    if ((await radio.count()) > 0) await radio.check();
    await item.locator('button.activity-check').click();
    await item.locator('.activity-answer:not([hidden])').waitFor();
  }
  await page.locator('.activity-results-table').waitFor();
}
let browser: Browser;
const checked: Record<string, number> = {};

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  console.log(`i18n pseudo-locale: strings checked per view\n${Object.entries(checked).map(([v, n]) => `  ${v}: ${n}`).join('\n')}\n  total: ${Object.values(checked).reduce((a, b) => a + b, 0)}`);
  await browser?.close();
});

/** Waits until nothing on the page is busy (lazy views, catalogs). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 60_000 });
  await page.waitForTimeout(400);
}

async function check(app: AppPage, name: string, root = 'body'): Promise<void> {
  await settled(app.page);
  const seen = await visibleStrings(app.page, root);
  checked[name] = seen.length;
  console.log(`[${name}] ${seen.length} strings:\n${seen.map((s) => `  ${s.text.slice(0, 100)}`).join('\n')}`);
  expect(seen.length, `${name}: strings found`).toBeGreaterThan(5);
  expect(leaks(seen), `${name}: English outside the catalogs`).toEqual([]);
  expect(await overflowing(app.page), `${name}: text overflowing its box`).toEqual([]);
}

describe('pseudo-locale: no English outside the catalogs, nothing overflows', () => {
  for (const view of VIEWS) {
    it(`view ${view}`, async () => {
      const app = await openApp(browser, `?pseudo&ea&paused&view=${view}`, { width: 1280, height: 800 });
      try {
        expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
        await check(app, `view ${view}`);
        expectClean(app);
      } finally {
        await app.close();
      }
    });
  }

  it('lecture mode, every step (the lecture bar)', async () => {
    const app = await openApp(browser, '?pseudo&ea&lecture&paused', { width: 1280, height: 800 });
    try {
      for (let step = 1; step <= 8; step++) {
        await settled(app.page);
        await app.page.waitForFunction((n) => document.querySelector('.lecture-bar')?.getAttribute('data-step') === String(n), step);
        // the caption refreshes on a short debounce after the step's set-up
        await app.page.waitForTimeout(600);
        await check(app, `lecture step ${step}`, '.lecture-bar');
        await app.page.click('.lecture-next').catch(() => {});
      }
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('the instructor panel, opened to the parameters and their tooltips', async () => {
    const app = await openApp(browser, '?pseudo&ea&paused', { width: 1280, height: 800 });
    try {
      await settled(app.page);
      // lil-gui starts closed, and so does its parameters folder: open every closed one
      for (let round = 0; round < 3; round++) {
        await app.page.evaluate(() => {
          for (const b of document.querySelectorAll<HTMLButtonElement>('.details-gui button.lil-title[aria-expanded="false"]')) b.click();
        });
        await app.page.waitForTimeout(400);
      }
      const titles = await app.page.locator('.details-gui [title]').count();
      // one tooltip per parameter of the adult (range, how sure, source): a dozen or more
      expect(titles).toBeGreaterThan(10);
      await check(app, 'instructor panel', '.details-gui');
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('embed mode, every control kept (the language menu among them)', async () => {
    const app = await openApp(browser, '?pseudo&ea&paused&embed=1', { width: 800, height: 500 });
    try {
      await settled(app.page);
      expect(await app.page.locator('[data-control="language"] select').isVisible()).toBe(true);
      await check(app, 'embed mode');
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  for (const id of ['nickel', 'rhythm', 'downey'] as const) {
    it(`activity ${id}: every question, the model's answers and reasons, the results`, async () => {
      const app = await openApp(browser, `?pseudo&ea&paused&activity=${id}`, { width: 1280, height: 800 });
      try {
        await app.page.waitForSelector(ACTIVITY_READY, { timeout: 60_000 });
        await answerAll(app.page);
        await check(app, `activity ${id}`, '.activity-host');
        expectClean(app);
      } finally {
        await app.close();
      }
    });
  }

  it('the Embed dialog', async () => {
    const app = await openApp(browser, '?pseudo&ea&paused', { width: 1280, height: 800 });
    try {
      await app.page.click('.page-actions button[aria-haspopup="dialog"]');
      await app.page.waitForSelector('dialog.embed-dialog[open]');
      await check(app, 'embed dialog', 'dialog.embed-dialog');
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});

describe('German and Spanish', () => {
  const cases = [
    { locale: 'de', lang: 'de', words: ['Berührungskraft', 'Hirndruck jetzt', 'Was die Berührung bewirkt'], lecture: 'Die Anatomie', liquor: /Liquor/ },
    { locale: 'es', lang: 'es', words: ['Fuerza del toque', 'PIC ahora', 'Qué hace el toque'], lecture: 'La anatomía', liquor: /líquido cefalorraquídeo/ },
  ] as const;
  for (const c of cases) {
    it(`?locale=${c.locale}: the sim page in ${c.locale}, decimal commas, <html lang>`, async () => {
      const app = await openApp(browser, `?locale=${c.locale}&ea&paused`, { width: 1280, height: 800 });
      try {
        const page = app.page;
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(c.lang);
        const text = (await page.locator('#panel').textContent()) ?? '';
        for (const w of c.words) expect(text).toContain(w);
        // the force in newtons and the bone's motion: "0,049 N", "+0,95 nm"
        expect(await page.locator('[data-readout="force"]').innerText()).toMatch(/0,049 N/);
        expect(await page.locator('[data-readout="bone"]').innerText()).toMatch(/^\+\d+,\d+ [npµ]m$/);
        expect(await page.locator('.language-select').inputValue()).toBe(c.locale);
        expectClean(app);
      } finally {
        await app.close();
      }
    });

    it(`?locale=${c.locale}&lecture: the captions in ${c.locale}, numbers with a decimal comma`, async () => {
      const app = await openApp(browser, `?locale=${c.locale}&lecture&ea&paused`, { width: 1280, height: 800 });
      try {
        await settled(app.page);
        await app.page.waitForSelector('.lecture-bar:not([hidden])');
        await app.page.waitForTimeout(600);
        expect(await app.page.locator('.lecture-title').innerText()).toBe(c.lecture);
        const caption = await app.page.locator('.lecture-caption').innerText();
        expect(caption).toMatch(c.liquor);
        // the resting ICP "about 10 mmHg" and the CSF volume; the decimal mark is a comma where one shows
        expect(caption).not.toMatch(/\d\.\d/);
        expectClean(app);
      } finally {
        await app.close();
      }
    });
  }

  for (const c of [
    { locale: 'de', verdict: 'Ihre Vorhersage', decade: 'zwischen 0,1\u00a0nm und 1\u00a0nm', csv: 'Wert des Modells' },
    { locale: 'es', verdict: 'Tu predicción', decade: 'entre 0,1\u00a0nm y 1\u00a0nm', csv: 'valor del modelo' },
  ] as const) {
    it(`?locale=${c.locale}&activity=nickel: questions, choices, answers and results in ${c.locale}, decimal commas`, async () => {
      const app = await openApp(browser, `?locale=${c.locale}&ea&paused&activity=nickel`, { width: 1280, height: 800 });
      try {
        const page = app.page;
        await page.waitForSelector(ACTIVITY_READY, { timeout: 60_000 });
        // the decades are the readouts' units with the locale's decimal mark
        expect(await page.locator('fieldset.activity-item').first().innerText()).toContain(c.decade);
        await answerAll(page);
        const first = await page.locator('fieldset.activity-item').first().locator('.activity-answer').innerText();
        expect(first).toContain(c.verdict);
        // the model moves the adult's bone by under a nanometre: "0,95 nm", never "0.95 nm"
        expect(first).toMatch(/\d,\d+\snm/);
        expect(first).not.toMatch(/\d\.\d/);
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.activity-csv').click()]);
        const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
        expect(csv.split('\n')[0]).toContain(c.csv);
        // a switch re-words the panel, keeping the answers
        await page.selectOption('.language-select', 'en');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
        await expect.poll(() => page.locator('fieldset.activity-item').first().locator('.activity-answer').innerText()).toContain('You predicted');
        expect(await page.locator('.activity-results-table tbody tr').count()).toBe(6);
        expectClean(app);
      } finally {
        await app.close();
      }
    });
  }

  it('the language menu switches the page live, and the browser language is the default', async () => {
    const app = await openApp(browser, '?ea&paused', { width: 1280, height: 800, browserLocale: 'de-AT' });
    try {
      const page = app.page;
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      await page.selectOption('.language-select', 'es');
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await settled(page);
      expect(await page.locator('#panel').textContent()).toContain('Fuerza del toque');
      expect(await page.locator('.force-control input[type=range]').getAttribute('aria-valuetext')).toMatch(/gramos/);
      expect(await page.evaluate(() => location.search)).toContain('locale=es');
      await page.selectOption('.language-select', 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.locator('#panel').textContent()).toContain('Touch force');
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('an unknown locale falls back to English with a notice', async () => {
    const app = await openApp(browser, '?locale=fr&ea&paused', { width: 1280, height: 800, browserLocale: 'de-DE' });
    try {
      expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await app.page.locator('.notice').innerText()).toMatch(/locale=fr is not one of en, de, es/);
    } finally {
      await app.close();
    }
  });
});
