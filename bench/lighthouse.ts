// Lighthouse 12.2.3 (pinned in devDependencies; 13 needs Node 22), desktop preset, performance
// category only, against the app under vite preview. Chromium is Debian's (CHROME_PATH, default
// /usr/bin/chromium) with the same software-WebGL, no-network flags as the rest of the benchmark,
// started by playwright with a debugging port that Lighthouse drives.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/chromium';

export interface LighthouseFigures {
  /** performance score, 0-100 */
  performance: number;
  tbtMs: number;
  fcpMs: number;
  lcpMs: number;
  ttiMs: number;
  speedIndexMs: number;
  /** cumulative layout shift (unitless; Lighthouse's "good" is <= 0.1) */
  cls: number;
  /** kilobytes of JavaScript Lighthouse counts as unused on load */
  unusedJsKiB: number;
}

/** Audits `url`; `port` is a free local port for Chromium's debugging connection. */
export async function runLighthouse(url: string, port: number): Promise<LighthouseFigures> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath: chromePath, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`], headless: true });
  try {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, desktopConfig);
    if (!result) throw new Error('Lighthouse returned no result');
    const a = result.lhr.audits;
    const num = (id: string) => Math.round(a[id]?.numericValue ?? Number.NaN);
    return {
      performance: Math.round((result.lhr.categories.performance?.score ?? Number.NaN) * 100),
      tbtMs: num('total-blocking-time'),
      fcpMs: num('first-contentful-paint'),
      lcpMs: num('largest-contentful-paint'),
      ttiMs: num('interactive'),
      speedIndexMs: num('speed-index'),
      cls: Math.round((a['cumulative-layout-shift']?.numericValue ?? Number.NaN) * 1000) / 1000,
      unusedJsKiB: Math.round((a['unused-javascript']?.details as { overallSavingsBytes?: number } | undefined)?.overallSavingsBytes ?? 0) / 1024,
    };
  } finally {
    await browser.close();
  }
}
