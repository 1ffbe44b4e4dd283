// `npm run bench`: measures the figures issues 6 and 12 budget, prints each beside its budget and
// writes them to bench/results.json. A benchmark, not a test: it never fails a build; a figure
// that misses its budget is printed as MISSES and the exit code stays 0. About 3 minutes.
//
//   modelRealtimeFactor  simulated s per wall s, adult, default 2 ms step (bench/model-bench.ts)
//   gzipBytes            every built .js and .css file, gzipped with node:zlib (default level)
//   totalGzipBytes       the same without the example host page's own files: the whole app
//   firstViewGzipBytes   JS and CSS the default page loads before its idle prefetch, listed from
//                        Chromium's network events, bodies gzipped (bench/page-bench.ts)
//   firstFrameMs         navigation start to the app's first rendered frame (performance mark
//                        'craniolab:first-frame' set in src/app.ts), median of FIRST_FRAME_RUNS
//                        fresh browser contexts (cold cache each)
//   fps, frameMsP95      default scene at 1280x720 in headless Chromium (SwiftShader): frames the
//                        page drew (WebGL draw calls) per second, and the time between drawn frames
//                        at the 95th percentile (callback, GPU work and the wait between frames)
//   fpsRatioToReference  the lower of the default scene's and the cutaway's fps over the fps of a
//                        plain lit sphere drawn by the same browser (bench/reference-sphere.ts)
//   inputLatencyMsP95    key press on the force slider to the next frame after its value display
//                        changed, 95th percentile of LATENCY_PRESSES presses
//   longestTaskMs        longest main-thread task during a DRAG_S drag of the force slider
//                        (0 when no task reached 50 ms, the long-task threshold)
//   lighthousePerformance, lighthouseTbtMs  Lighthouse 12.2.3, desktop preset, performance only
//
// Software rendering on a shared machine makes the browser figures depend on the machine's load,
// so results.json records the load average and core count beside the figures.
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { benchModel } from './model-bench';
import { builtAssets, sumGzip } from './assets';
import { BENCH_PROBE, dragSlider, firstFrameMs, measureFrames, measureInputLatency, measureLoadedBytes, type FrameFigures } from './page-bench';
import { REFERENCE_SPHERE_HTML } from './reference-sphere';
import { runLighthouse } from './lighthouse';
import { freePort, median } from './serve';
import { percentile } from '../tests/e2e/hardening-probes';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/chromium';

const KB = 1024;
const BUDGET = {
  modelRealtimeFactor: 10_000,
  /** issue 6 asked 250 KB for everything; issue 12 allows the whole app 300 KB once split */
  gzipBytes: 300 * KB,
  totalGzipBytes: 300 * KB,
  firstViewGzipBytes: 200 * KB,
  firstFrameMs: 1500,
  fpsRatioToReference: 0.8,
  /** frame time may be 1 / 0.8 = 1.25 x the reference sphere's (the fps ratio, as time) */
  frameMsP95RatioToReference: 1.25,
  inputLatencyMsP95: 100,
  longestTaskMs: 100,
  lighthousePerformance: 90,
  lighthouseTbtMs: 300,
} as const;
const FIRST_FRAME_RUNS = 3;
const WARM_UP_S = 4;
const FRAME_WINDOW_S = 8;
const LATENCY_PRESSES = 40;
const DRAG_S = 10;
const VIEWPORT = { width: 1280, height: 720 };
const REFERENCE_PATH = '/__bench/reference-sphere.html';

const root = resolve(import.meta.dirname, '..');

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function main(): Promise<void> {
  const load0 = loadavg()[0];

  // 1. Model speed (Node, no browser)
  const model = benchModel();
  const adult = model.find((r) => r.subject === 'adult');
  if (!adult) throw new Error('benchModel gave no adult row');

  // 2. Build into a temp directory (never dist/, which others may be previewing)
  const outDir = await mkdtemp(join(tmpdir(), 'craniolab-bench-'));
  const common = { root, configFile: join(root, 'vite.config.ts'), logLevel: 'error' as const };
  await build({ ...common, build: { outDir, emptyOutDir: true } });
  const { assets, gzipBytes, totalGzipBytes } = builtAssets(outDir);

  // 3. Preview and measure in Chromium; the reference sphere is served on the same origin
  const port = await freePort();
  const server = await preview({ ...common, build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const firstFrames: number[] = [];
  let loaded: Awaited<ReturnType<typeof measureLoadedBytes>> = { firstView: [], all: [], firstViewData: [] };
  const frames: Record<'reference' | 'default' | 'cutaway', FrameFigures | null> = { reference: null, default: null, cutaway: null };
  let latencies: number[] = [];
  let longTasks: number[] = [];
  let resolutionScale = Number.NaN;
  const open = async (path: string) => {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (!u.startsWith(`http://127.0.0.1:${port}/`)) return route.abort();
      if (u.endsWith(REFERENCE_PATH)) return route.fulfill({ contentType: 'text/html', body: REFERENCE_SPHERE_HTML });
      return route.continue();
    });
    const page = await context.newPage();
    await page.addInitScript(BENCH_PROBE);
    return { context, page, go: async () => {
      await page.goto(new URL(path, url).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
    } };
  };
  try {
    for (let i = 0; i < FIRST_FRAME_RUNS; i++) {
      const { context, page, go } = await open('./');
      await go();
      firstFrames.push(await firstFrameMs(page));
      await context.close();
    }
    {
      const { context, page } = await open('./');
      loaded = await measureLoadedBytes(page, url);
      await context.close();
    }
    for (const [key, path] of [['reference', REFERENCE_PATH], ['default', './'], ['cutaway', './?cutaway=1']] as const) {
      const { context, page, go } = await open(path);
      await go();
      frames[key] = await measureFrames(page, WARM_UP_S, FRAME_WINDOW_S);
      if (key === 'default') {
        latencies = await measureInputLatency(page, LATENCY_PRESSES);
        longTasks = await dragSlider(page, DRAG_S);
        resolutionScale = await page.evaluate(() => {
          const c = document.querySelector('#scene canvas') as HTMLCanvasElement | null;
          return c ? c.width / c.clientWidth : Number.NaN;
        });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  // 4. Lighthouse against the same preview (its own Chromium, no network beyond this origin)
  const lh = await runLighthouse(url, await freePort()).finally(async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  });

  const ref = frames.reference;
  const def = frames.default;
  const cut = frames.cutaway;
  if (!ref || !def || !cut) throw new Error('a frame measurement is missing');
  const finite = firstFrames.filter(Number.isFinite);
  const results = {
    modelRealtimeFactor: Math.round(adult.realtimeFactor),
    fps: round(def.fps),
    frameMsP95: round(def.frameMsP95, 2),
    firstFrameMs: finite.length > 0 ? Math.round(median(finite)) : Number.NaN,
    gzipBytes,
    totalGzipBytes,
    firstViewGzipBytes: sumGzip(loaded.firstView),
    fpsRatioToReference: round(Math.min(def.fps, cut.fps) / ref.fps, 2),
    inputLatencyMsP95: round(percentile(latencies, 95)),
    longestTaskMs: round(longTasks.length > 0 ? Math.max(...longTasks) : 0),
    lighthousePerformance: lh.performance,
    lighthouseTbtMs: lh.tbtMs,
    budgets: BUDGET,
    details: {
      measuredAt: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? '', loadAverage1mBefore: round(load0, 2), loadAverage1mAfter: round(loadavg()[0], 2) },
      viewport: VIEWPORT,
      modelRealtimeFactorBySubject: Object.fromEntries(model.map((r) => [r.subject, Math.round(r.realtimeFactor)])),
      firstFrameMsRuns: firstFrames.map((t) => Math.round(t)),
      frames: Object.fromEntries(Object.entries(frames).map(([k, f]) => [k, f && { fps: round(f.fps), frameMsP50: round(f.frameMsP50, 2), frameMsP95: round(f.frameMsP95, 2), frames: f.frames }])),
      resolutionScaleAfterDrag: round(resolutionScale, 2),
      inputLatencyMs: { p50: round(percentile(latencies, 50)), max: round(Math.max(...latencies)), presses: latencies.length },
      longTasksDuringDrag: longTasks.map((t) => Math.round(t)),
      lighthouse: lh,
      firstViewAssets: loaded.firstView,
      // data the first view fetches beside its code (the packed skull), bytes as sent
      firstViewData: loaded.firstViewData,
      loadedAfterPrefetch: loaded.all,
      assets,
    },
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  console.log(`CranioLab benchmark (${cpus().length} cores, load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end)`);
  console.log('Model speed at the default 2 ms step (600 simulated s per subject, after warm-up):');
  for (const r of model) {
    console.log(
      `  ${r.subject.padEnd(7)} ${Math.round(r.realtimeFactor).toLocaleString('en-US').padStart(9)} x real time ` +
        `(${(r.stepsPerSecond / 1e6).toFixed(2)} M steps/s)`,
    );
  }
  const line = (name: string, value: string, budget: string, ok: boolean) =>
    console.log(`  ${name.padEnd(22)} ${value.padStart(12)}   budget ${budget.padEnd(16)} ${verdict(ok)}`);
  const r = results;
  console.log('Figures (bench/results.json):');
  line('modelRealtimeFactor', `${r.modelRealtimeFactor.toLocaleString('en-US')} x`, `>= ${BUDGET.modelRealtimeFactor.toLocaleString('en-US')} x`, r.modelRealtimeFactor >= BUDGET.modelRealtimeFactor);
  line('firstViewGzipBytes', kb(r.firstViewGzipBytes), `<= ${kb(BUDGET.firstViewGzipBytes)}`, r.firstViewGzipBytes <= BUDGET.firstViewGzipBytes);
  line('totalGzipBytes', kb(r.totalGzipBytes), `<= ${kb(BUDGET.totalGzipBytes)}`, r.totalGzipBytes <= BUDGET.totalGzipBytes);
  line('gzipBytes', kb(r.gzipBytes), `<= ${kb(BUDGET.gzipBytes)}`, r.gzipBytes <= BUDGET.gzipBytes);
  line('firstFrameMs', `${r.firstFrameMs} ms`, `<= ${BUDGET.firstFrameMs} ms`, r.firstFrameMs <= BUDGET.firstFrameMs);
  const refP95 = ref.frameMsP95 * BUDGET.frameMsP95RatioToReference;
  line('frameMsP95', `${r.frameMsP95} ms`, `<= ${refP95.toFixed(1)} ms`, r.frameMsP95 <= refP95);
  line('fpsRatioToReference', `${r.fpsRatioToReference} x`, `>= ${BUDGET.fpsRatioToReference} x`, r.fpsRatioToReference >= BUDGET.fpsRatioToReference);
  console.log(`    reference sphere ${round(ref.fps)} fps, default scene ${round(def.fps)} fps, cutaway ${round(cut.fps)} fps (fps = default scene)`);
  line('inputLatencyMsP95', `${r.inputLatencyMsP95} ms`, `<= ${BUDGET.inputLatencyMsP95} ms`, r.inputLatencyMsP95 <= BUDGET.inputLatencyMsP95);
  line('longestTaskMs', `${r.longestTaskMs} ms`, `<= ${BUDGET.longestTaskMs} ms`, r.longestTaskMs <= BUDGET.longestTaskMs);
  line('lighthousePerformance', String(r.lighthousePerformance), `>= ${BUDGET.lighthousePerformance}`, r.lighthousePerformance >= BUDGET.lighthousePerformance);
  line('lighthouseTbtMs', `${r.lighthouseTbtMs} ms`, `<= ${BUDGET.lighthouseTbtMs} ms`, r.lighthouseTbtMs <= BUDGET.lighthouseTbtMs);
  const l = r.details.lighthouse;
  console.log(`    Lighthouse FCP ${l.fcpMs} ms, LCP ${l.lcpMs} ms, speed index ${l.speedIndexMs} ms, CLS ${l.cls}, TTI ${l.ttiMs} ms`);
  console.log(`    drawing-buffer resolution after the drag: ${r.details.resolutionScaleAfterDrag} x full`);
  console.log('  first view:');
  for (const a of loaded.firstView) console.log(`    ${a.url.padEnd(46)} ${kb(a.gzipBytes).padStart(9)} gzip`);
  console.log('  and data beside the code (not in firstViewGzipBytes):');
  for (const d of loaded.firstViewData) console.log(`    ${d.url.padEnd(46)} ${kb(d.bytes).padStart(9)} as sent (gzipped by the build)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
