// `npm run screenshots [name ...]`: regenerates the README's screenshots in doc/ (or SHOT_DIR)
// from the app served by vite's dev server, in the same headless Chromium (software WebGL) as
// the e2e tests. Each shot is a URL and a viewport; the app is given time to draw its first
// frames and settle, with the 3-D scene pinned at full resolution. Also prints how long the
// skull's meshing took in that page.
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/chromium';

interface Shot {
  file: string;
  query: string;
  width: number;
  height: number;
  /** what to do once the page is ready, before the shot (the Downey replay: press Play) */
  prepare?: (page: Page) => Promise<void>;
}

/** The Rabbit study tab mid-replay: its tab and replay mounted, Play pressed, at 20 g. */
async function downeyMidRun(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="downey-play"]');
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, null, { polling: 100 });
  // from the Play button down: the stage, the radiograph with the caliper reading, the tables beside
  await page.locator('[data-testid="downey-replay"] .replay-controls').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.locator('[data-testid="downey-play"]').click();
  await page.waitForFunction(() => /^Step 5 /.test(document.querySelector('[data-testid="downey-step-label"]')?.textContent ?? ''), null, { polling: 100 });
  // into the step's hold (1.8 s): the plates have parted and part of the ICP window is drawn
  await page.waitForTimeout(700);
}

/** The nickel activity with its first three questions answered: the model's answers and reasons beside the questions. */
async function activityAnswered(page: Page): Promise<void> {
  await page.waitForSelector('.activity-host[aria-busy="false"] .activity');
  const items = page.locator('fieldset.activity-item');
  for (let i = 0; i < 3; i++) {
    // the third decade (0.1-1 nm), then "no": predictions a student might make
    await items.nth(i).locator('input[type=radio]').nth(i === 2 ? 1 : 2).check();
    await items.nth(i).locator('button.activity-check').click();
    await items.nth(i).locator('.activity-answer:not([hidden])').waitFor();
  }
  await items.nth(2).evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.waitForTimeout(300);
}

const SHOTS: Shot[] = [
  { file: 'screenshot.png', query: '?force=5', width: 1280, height: 720 },
  { file: 'skull-adult.png', query: '?subject=adult', width: 1280, height: 720 },
  { file: 'skull-child.png', query: '?subject=child', width: 1280, height: 720 },
  { file: 'skull-infant.png', query: '?subject=infant', width: 1280, height: 720 },
  { file: 'skull-rabbit.png', query: '?subject=rabbit', width: 1280, height: 720 },
  { file: 'lecture-1280x720.png', query: '?lecture=1&step=2&colorProfile=projector', width: 1280, height: 720 },
  { file: 'lecture-1920x1080.png', query: '?lecture=1&step=2&colorProfile=projector', width: 1920, height: 1080 },
  { file: 'downey-replay.png', query: '?view=downey&randomSeed=1', width: 1280, height: 920, prepare: downeyMidRun },
  // the sim page in German and Spanish (issue 13)
  { file: 'screenshot-de.png', query: '?locale=de&force=5', width: 1280, height: 720 },
  { file: 'screenshot-es.png', query: '?locale=es&force=5', width: 1280, height: 720 },
  // the guided activity's panel in German and Spanish: questions, decades, the model's answers
  { file: 'activity-de.png', query: '?locale=de&activity=nickel', width: 1280, height: 800, prepare: activityAnswered },
  { file: 'activity-es.png', query: '?locale=es&activity=nickel', width: 1280, height: 800, prepare: activityAnswered },
];

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);

async function main(): Promise<void> {
  const server = await createServer({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    for (const shot of SHOTS) {
      if (only.length > 0 && !only.some((o) => shot.file.includes(o))) continue;
      const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1, locale: 'en-US' });
      const page = await context.newPage();
      page.setDefaultTimeout(90_000);
      page.on('pageerror', (e) => console.error(`${shot.file}: ${String(e)}`));
      // `ea` exposes the QA hooks (src/ui/qa-hooks.ts), used only to pin the scene's resolution
      const query = new URLSearchParams(shot.query);
      query.set('ea', '1');
      await page.goto(`${base}?${query}`, { waitUntil: 'load' });
      await page.waitForSelector('html[data-ready]', { timeout: 90_000 });
      // the scene at full resolution, as a machine with a GPU draws it: this headless Chromium
      // renders in software, where the frame pacer starts at a third of the resolution
      // (frame-pacer.ts) and the picture would come out blocky
      await page.evaluate(() => window.__craniolab?.pinResolution(1));
      await page.waitForTimeout(1500);
      await shot.prepare?.(page);
      // how each skull came (a fetched pack, or meshed in the worker or the page) and how long it took
      const skulls = await page.evaluate(() =>
        performance.getEntriesByName('craniolab:skull-mesh').map((e) => `${(e as PerformanceMeasure).detail?.where ?? '?'} ${Math.round(e.duration)} ms`),
      );
      console.log(`${shot.file}: skull ${skulls.join(', ')}`);
      const path = resolve(process.env.SHOT_DIR ?? resolve(root, 'doc'), shot.file);
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
