// The contrast tabs in German and Spanish (issue 13): each tab opened with ?locale=de or
// ?locale=es shows none of the tabs' English UI strings and writes its numbers with a decimal
// comma. The English strings checked are derived from the catalogs, not typed here: every
// literal stretch (the text between {arguments}) of an English `tabs` or `content` message that is
// long enough to be unmistakably English (two words or more, 14+ characters) and that the
// locale translates differently. Words outside the tabs' catalogs (subject and technique names,
// format.ts ratio words: the app catalog's) are checked by the app's own guards, not here. The list goes to test-artifacts/i18n-tabs-english-checked.txt.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/i18n/key-order';
import deApp from '../../src/i18n/catalogs/de/app';
import deContent from '../../src/i18n/catalogs/de/content';
import deTabs from '../../src/i18n/catalogs/de/tabs';
import enApp from '../../src/i18n/catalogs/en/app';
import enContent from '../../src/i18n/catalogs/en/content';
import enTabs from '../../src/i18n/catalogs/en/tabs';
import esApp from '../../src/i18n/catalogs/es/app';
import esContent from '../../src/i18n/catalogs/es/content';
import esTabs from '../../src/i18n/catalogs/es/tabs';
import { ARTIFACTS, expectClean, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** the tabs' own words: the `tabs` and `content` areas, and the tab bar's names (`app.view.*`: the first view needs them) */
const tabsPart = (app: Catalog): Catalog => Object.fromEntries(Object.entries(app).filter(([k]) => k.startsWith('app.view.')));
const EN: Catalog = { ...tabsPart(enApp), ...enTabs, ...enContent };
const OTHER: Record<'de' | 'es', Catalog> = { de: { ...tabsPart(deApp), ...deTabs, ...deContent }, es: { ...tabsPart(esApp), ...esTabs, ...esContent } };

/** the literal stretches of an ICU message (text outside {…}, plural bodies included) */
const stretches = (msg: string): string[] => msg.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/).map((s) => s.trim());

/** English stretches the locale does not contain verbatim: what must not be on screen */
function englishToCheck(locale: 'de' | 'es'): string[] {
  const out = new Set<string>();
  for (const [key, en] of Object.entries(EN)) {
    const tr = OTHER[locale][key];
    if (!tr || tr === en) continue;
    for (const s of stretches(en)) {
      const clean = s.replace(/^[\s,.:;()–-]+|[\s,.:;()–-]+$/g, '');
      if (clean.length >= 14 && /[a-z]{2,} [a-z]{2,}/i.test(clean) && !tr.includes(clean)) out.add(clean);
    }
  }
  return [...out].sort();
}

/** each tab: its id and an element that exists once it has drawn */
const TABS: Array<[string, string]> = [
  ['scale', '[data-testid="scale-sentence"]'],
  ['finder', '[data-testid="finder-sentence"]'],
  ['rhythm', '.peak-table'],
  ['downey', '[data-testid="downey-verdict"]'],
  ['sources', '#source-downey2006'],
];

/** What the tab shows a student: the tab bar, the view's rendered text and its charts' SVG text;
 *  in Sources the citations are left out (titles and journals stay as published). */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.getElementById('view-host')!.cloneNode(true) as HTMLElement;
    host.querySelectorAll('.source-ref, .source-open, .source-links, details:not([open])').forEach((e) => e.remove());
    document.body.append(host);
    host.style.position = 'absolute';
    const text = [document.querySelector('nav.view-tabs')?.textContent ?? '', host.innerText, ...[...host.querySelectorAll('svg')].map((s) => s.textContent ?? '')].join('\n');
    host.remove();
    return text;
  });
}

/** a number with a decimal point and a unit ("0.95 nm"); German and Spanish write "0,95 nm".
 *  Three digits after the point are a thousands group ("10.000 g"), not a decimal. */
const POINT_DECIMAL = /(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})\s?(?:pm|nm|µm|mm|mmHg|N|kN|g|kg|Hz|s|mL|cm²|GPa)(?![\w])/g;
const COMMA_DECIMAL = /(?<![\d.,])\d+,\d+\s?(?:pm|nm|µm|mm|mmHg|N|kN|g|kg|Hz|s|mL|cm²|GPa)(?![\w])/g;

describe('contrast tabs in German and Spanish', () => {
  const checked: string[] = [];
  for (const locale of ['de', 'es'] as const) {
    const english = englishToCheck(locale);
    it(`${locale}: the list of English strings to look for is long (the catalogs were read)`, () => {
      // some 300 tabs keys and 180 content keys give several hundred stretches
      expect(english.length).toBeGreaterThan(300);
      checked.push(`# ${locale}: ${english.length} English strings`, ...english);
    });
    for (const [view, ready] of TABS) {
      it(`?locale=${locale}&view=${view}: no English UI string, numbers with a decimal comma`, async () => {
        const app = await openApp(browser, `?locale=${locale}&view=${view}`);
        try {
          const { page } = app;
          await page.waitForSelector(`#view-host ${ready}`, { timeout: 30_000 });
          await page.waitForFunction(() => !document.querySelector('#view-host [aria-busy="true"], #view-host[aria-busy="true"]'), undefined, { timeout: 30_000 });
          await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
          const text = await shownText(page);
          expect(english.filter((s) => text.includes(s))).toEqual([]);
          expect(text.match(POINT_DECIMAL) ?? []).toEqual([]);
          if (view !== 'sources') expect((text.match(COMMA_DECIMAL) ?? []).length).toBeGreaterThan(0);
          expect(text).not.toMatch(/NaN|Infinity|undefined|\btabs\.|\bcontent\./);
          await app.screenshot(`i18n-${locale}-${view}`);
          expectClean(app);
        } finally {
          await app.close();
        }
      });
    }
  }
  it('the same check finds these strings in English (so a German or Spanish page that showed them would fail)', async () => {
    const app = await openApp(browser, '?locale=en&view=scale');
    try {
      await app.page.waitForSelector('#view-host [data-testid="scale-sentence"]', { timeout: 30_000 });
      const text = await shownText(app.page);
      // the Scale tab's title, headings, table heads and strip titles are all in the list
      expect(englishToCheck('de').filter((s) => text.includes(s)).length).toBeGreaterThan(15);
      expect(text.match(POINT_DECIMAL)?.length ?? 0).toBeGreaterThan(3);
    } finally {
      await app.close();
    }
  });
  it('the open tab and the tab bar redraw in the language chosen from the menu, and back', async () => {
    const app = await openApp(browser, '?view=finder');
    try {
      const { page } = app;
      const title = page.locator('#view-host .view-title');
      await page.waitForSelector('#view-host [data-testid="finder-sentence"]', { timeout: 30_000 });
      await expect(title.innerText()).resolves.toBe(enTabs['tabs.finder.title']);
      await page.selectOption('.language-select', 'es');
      await page.waitForFunction((want) => document.querySelector('#view-host .view-title')?.textContent === want, esTabs['tabs.finder.title'], { timeout: 30_000 });
      await expect(page.locator('#tab-finder').innerText()).resolves.toBe(esApp['app.view.finder']);
      await expect(page.locator('[data-testid="finder-sentence"]').innerText()).resolves.toMatch(/^Para mover el hueso parietal derecho 20 µm/);
      await page.selectOption('.language-select', 'en');
      await page.waitForFunction((want) => document.querySelector('#view-host .view-title')?.textContent === want, enTabs['tabs.finder.title'], { timeout: 30_000 });
      await expect(page.locator('#tab-finder').innerText()).resolves.toBe('Force finder');
      expectClean(app);
    } finally {
      await app.close();
    }
  });
  it('writes the list of English strings it checked', () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'i18n-tabs-english-checked.txt'), `${checked.join('\n')}\n`);
    expect(checked.length).toBeGreaterThan(600);
  });
});
