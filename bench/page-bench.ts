// The benchmark's in-browser measurements (bench/run.ts runs them against the built app under
// vite preview, in headless Chromium with software WebGL):
//   firstViewBytes   every JS and CSS response the default page receives before its idle
//                    prefetch starts (performance mark 'craniolab:prefetch', src/ui/prefetch.ts),
//                    listed from Chromium's network events; each body gzipped with node:zlib.
//                    A worker's script counts when the worker started before the mark (the
//                    page's resource timing does not list what a worker loads)
//   drawnFrames      frames in which the page issued a WebGL draw call, and the time between
//                    consecutive drawn frames (real frame time: callback, GPU work and waiting)
//   inputLatency     key press (ArrowRight/Left) on the force slider to the next animation frame
//                    after the force's value display beside the slider shows the new value: the
//                    time from the OS event (event.timeStamp) until the change can be painted
//   longTasks        PerformanceObserver 'longtask' entries (main-thread tasks over 50 ms)
// No vitest import: this runs outside the test runner.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { percentile } from '../tests/e2e/hardening-probes';

/** Init script: counts drawn frames and long tasks. Installed before any page script. */
export const BENCH_PROBE = `(() => {
  const b = { armed: false, drew: false, lastDrawn: 0, frames: 0, gaps: [], longTasks: [] };
  Object.defineProperty(window, '__bench', { value: b, enumerable: false });
  const proto = WebGL2RenderingContext.prototype;
  for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
    const f = proto[name];
    proto[name] = function (...a) { b.drew = true; return f.apply(this, a); };
  }
  const tick = (t) => {
    if (b.drew && b.armed) {
      if (b.lastDrawn > 0) b.gaps.push(t - b.lastDrawn);
      b.lastDrawn = t;
      b.frames++;
    }
    b.drew = false;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (b.armed) b.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
})();`;

/** Navigation start to the app's first rendered frame, ms (the 'craniolab:first-frame' mark,
 *  src/app.ts); NaN where the page set none. */
export function firstFrameMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('craniolab:first-frame')[0]?.startTime ?? Number.NaN);
}

export interface FrameFigures {
  fps: number;
  frameMsP50: number;
  frameMsP95: number;
  frames: number;
}

async function arm(page: Page): Promise<void> {
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { armed: boolean; lastDrawn: number; frames: number; gaps: number[]; longTasks: number[] } }).__bench;
    Object.assign(b, { armed: true, lastDrawn: 0, frames: 0, gaps: [], longTasks: [] });
  });
}

async function read(page: Page): Promise<{ frames: number; gaps: number[]; longTasks: number[] }> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { armed: boolean; frames: number; gaps: number[]; longTasks: number[] } }).__bench;
    b.armed = false;
    return { frames: b.frames, gaps: [...b.gaps], longTasks: [...b.longTasks] };
  });
}

/** Drawn frames per second and the time between drawn frames over `windowS`, after `warmUpS`. */
export async function measureFrames(page: Page, warmUpS: number, windowS: number): Promise<FrameFigures> {
  await page.waitForTimeout(warmUpS * 1000);
  await arm(page);
  await page.waitForTimeout(windowS * 1000);
  const r = await read(page);
  return { fps: r.frames / windowS, frameMsP50: percentile(r.gaps, 50), frameMsP95: percentile(r.gaps, 95), frames: r.frames };
}

/** JS and CSS the page loaded before its idle prefetch began, and after it finished. */
export async function measureLoadedBytes(
  page: Page,
  url: string,
): Promise<{ firstView: { url: string; gzipBytes: number }[]; all: { url: string; gzipBytes: number }[]; firstViewData: { url: string; bytes: number }[] }> {
  const loaded: { url: string; gzipBytes: number; at: number }[] = [];
  // data the page fetches beside its code (the packed skulls, already gzipped): counted apart,
  // as sent, since the budget is the code's
  const data: { url: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  const workers: { url: string; at: number }[] = [];
  page.on('worker', (w) => workers.push({ url: new URL(w.url()).pathname, at: Date.now() }));
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (/\.bin$/.test(new URL(res.url()).pathname)) {
      pending.push(res.body().then((body) => void data.push({ url: new URL(res.url()).pathname, bytes: body.length })));
      return;
    }
    if (type !== 'script' && type !== 'stylesheet' && !/\.js$/.test(new URL(res.url()).pathname)) return;
    pending.push(
      res.body().then((body) => {
        loaded.push({ url: new URL(res.url()).pathname, gzipBytes: gzipSync(body).length, at: Date.now() });
      }),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('craniolab:prefetch').length > 0, undefined, { timeout: 60_000 });
  // resource timing says which requests started before the mark (the first view's)
  const { before, markEpochMs } = await page.evaluate(() => {
    const mark = performance.getEntriesByName('craniolab:prefetch')[0].startTime;
    return {
      before: performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < mark)
        .map((e) => new URL(e.name).pathname),
      markEpochMs: performance.timeOrigin + mark,
    };
  });
  before.push(...workers.filter((w) => w.at < markEpochMs).map((w) => w.url));
  // let the prefetch finish (it imports one chunk per idle period)
  await page.waitForTimeout(5000);
  await Promise.all(pending);
  const firstView = loaded.filter((l) => before.includes(l.url)).map(({ url: u, gzipBytes }) => ({ url: u, gzipBytes }));
  return { firstView, all: loaded.map(({ url: u, gzipBytes }) => ({ url: u, gzipBytes })), firstViewData: data.filter((d) => before.includes(d.url)) };
}

const SLIDER = '.force-control input[type="range"]';
const VALUE_DISPLAY = '.force-control .exact-force input';

/** Key presses on the force slider, alternately up and down, each timed from its OS event to the
 *  first animation frame after the value display changed. */
export async function measureInputLatency(page: Page, presses: number): Promise<number[]> {
  await page.focus(SLIDER);
  // a string, not a function: tsx would wrap named inner functions in a helper the page lacks
  await page.evaluate(`(() => {
    const s = document.querySelector(${JSON.stringify(SLIDER)});
    const d = document.querySelector(${JSON.stringify(VALUE_DISPLAY)});
    const out = [];
    window.__latency = out;
    s.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      const was = d.value;
      // the slider's own handler runs after this capture listener; look from the next frame on
      const check = () => {
        if (d.value !== was) out.push(performance.now() - t0);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, { capture: true });
  })()`);
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(250);
  }
  return page.evaluate(() => [...(window as unknown as { __latency: number[] }).__latency]);
}

/** Drags the force slider's thumb back and forth for `seconds` and returns the long tasks seen. */
export async function dragSlider(page: Page, seconds: number): Promise<number[]> {
  const box = await page.locator(SLIDER).boundingBox();
  if (!box) throw new Error('force slider not visible');
  const y = box.y + box.height / 2;
  const xAt = (u: number) => box.x + 4 + u * (box.width - 8);
  await arm(page);
  await page.mouse.move(xAt(0.5), y);
  await page.mouse.down();
  const t0 = Date.now();
  while (Date.now() - t0 < seconds * 1000) {
    const phase = ((Date.now() - t0) / 4000) * 2 * Math.PI;
    await page.mouse.move(xAt(0.5 + 0.45 * Math.sin(phase)), y);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
  return (await read(page)).longTasks;
}
