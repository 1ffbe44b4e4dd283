// Shared browser harness for the e2e tests: launches Debian's Chromium through playwright-core with
// software WebGL (SwiftShader), opens the built app and records everything a test must be able to
// assert never happened: console errors, uncaught page errors and requests to any origin other
// than the local preview server (the app must be fully self-contained: no CDN, fonts, analytics).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export { CHROMIUM, CHROMIUM_ARGS };
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface AppPage {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  /** saves a PNG under test-artifacts/ and returns its path */
  screenshot(name: string): Promise<string>;
  /** path under test-artifacts/ for a PNG of that name */
  screenshotPath(name: string): string;
  close(): Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** wait for the app to report its first rendered frame (default true) */
  waitReady?: boolean;
  /** extra init script run before the app (e.g. to remove WebGL) */
  initScript?: string;
  /** the browser's language (navigator.languages); default en-US */
  browserLocale?: string;
  /** called with the page before it opens the app (listeners, routes of the test's own) */
  beforeGoto?: (page: Page) => Promise<void> | void;
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

/** Opens the app with `query` (e.g. "?subject=rabbit"), recording errors and foreign requests. */
export async function openApp(browser: Browser, query = '', opts: OpenOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 720 },
    deviceScaleFactor: 1,
    locale: opts.browserLocale ?? 'en-US',
  });
  const page = await context.newPage();
  // Software WebGL on a busy 2-core machine can take over a second per frame, and playwright's
  // actionability checks wait for frames: allow for that rather than fail on a slow machine.
  page.setDefaultTimeout(60_000);
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // Abort rather than merely record: a test machine may have no network, and a hang would hide
  // the real failure (the request itself).
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  if (opts.initScript) await page.addInitScript(opts.initScript);
  await opts.beforeGoto?.(page);
  const base = inject('baseUrl');
  await page.goto(`${base}${query}`, { waitUntil: 'load' });
  if (opts.waitReady !== false) {
    // app.ts sets data-ready once the first frame (or the no-WebGL fallback) is on screen.
    await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    page,
    consoleErrors,
    pageErrors,
    foreignRequests,
    screenshotPath: (name: string) => resolve(ARTIFACTS, `${name}.png`),
    async screenshot(name: string) {
      const path = resolve(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    close: () => context.close(),
  };
}

/**
 * Counts the distinct colours of an element's on-screen pixels (quantised to 4 bits per channel so
 * antialiasing noise does not count) and the share of pixels equal to the most common colour.
 * Decoded in the page with a 2D canvas, so no PNG library is needed in Node.
 */
export interface PixelStats {
  /** colours, counted in 16 levels per channel */
  distinct: number;
  /** share of the pixels in the commonest colour */
  dominantShare: number;
  /** share of the pixels brighter than 150 of 255 (luma): lit bone on the scene's dark backdrop */
  brightShare: number;
  width: number;
  height: number;
}

export async function pixelStats(page: Page, selector: string): Promise<PixelStats> {
  return pngStats(page, await page.locator(selector).first().screenshot());
}

/** pixelStats for PNG bytes from anywhere (a download, a screenshot); `topFraction` < 1 counts
 *  only the top part of the image. */
export async function pngStats(
  page: Page,
  png: Buffer,
  topFraction = 1,
): Promise<PixelStats> {
  const r = await inPage(page, [png], 'stats', topFraction);
  return r.stats!;
}

/** Share of pixels that differ by more than antialiasing noise between two same-size PNGs. */
export async function pngDiffShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const r = await inPage(page, [a, b], 'diff', 1);
  return r.diff!;
}

/** Decodes PNGs in the page with a 2D canvas (no PNG library in Node) and measures them. */
function inPage(
  page: Page,
  pngs: Buffer[],
  mode: 'stats' | 'diff',
  topFraction: number,
): Promise<{ stats?: PixelStats; diff?: number }> {
  return page.evaluate(
    async ([b64s, m, top]: [string[], string, number]) => {
      const images = await Promise.all(
        b64s.map(async (b64) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const c = document.createElement('canvas');
          c.width = img.width;
          c.height = img.height;
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return { w: img.width, h: img.height, d: ctx.getImageData(0, 0, c.width, Math.max(1, Math.floor(c.height * top))).data };
        }),
      );
      if (m === 'diff') {
        const [a, b] = images;
        let n = 0;
        for (let i = 0; i < a.d.length; i += 4) if (Math.abs(a.d[i] - b.d[i]) + Math.abs(a.d[i + 1] - b.d[i + 1]) + Math.abs(a.d[i + 2] - b.d[i + 2]) > 24) n++;
        return { diff: n / (a.d.length / 4) };
      }
      const { w, h, d } = images[0];
      const counts = new Map<number, number>();
      for (let i = 0; i < d.length; i += 4) {
        const key = ((d[i] >> 4) << 8) | ((d[i + 1] >> 4) << 4) | (d[i + 2] >> 4);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      let max = 0;
      for (const v of counts.values()) max = Math.max(max, v);
      let bright = 0;
      for (let i = 0; i < d.length; i += 4) if (0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2] > 150) bright++;
      return { stats: { distinct: counts.size, dominantShare: max / (d.length / 4), brightShare: bright / (d.length / 4), width: w, height: h } };
    },
    [pngs.map((p) => p.toString('base64')), mode, topFraction] as [string[], string, number],
  );
}

/** Nothing a test must never see happened: no console error, no page error, no foreign request. */
export function expectClean(app: AppPage): void {
  expect(app.consoleErrors).toEqual([]);
  expect(app.pageErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
}

/** The details of the page's performance measures called `name` (the skull loader's
 *  'craniolab:skull-mesh', the anatomy worker's 'craniolab:anatomy'), in the order they were made. */
export function measureDetails<T>(page: Page, name: string): Promise<T[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => (e as PerformanceMeasure).detail as never), name);
}
