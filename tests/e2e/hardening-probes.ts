// In-page probes for the hardening tests (tests/e2e/hardening-*.test.ts) and the benchmark
// (bench/run.ts), installed with page.addInitScript so they run before any app script:
//   - a frame-gap monitor: requestAnimationFrame timestamps, the largest gap between frames and
//     every gap over STALL_MS (a stall a student would see as a frozen scene);
//   - a CSP listener: every `securitypolicyviolation` event, as text;
//   - optionally a frame timer: main-thread milliseconds spent in each animation-frame callback
//     (the app's own frame: model step, scene update and render call, readouts), measured by
//     wrapping requestAnimationFrame, so the app needs no timing code of its own.
// No vitest import here: the benchmark uses this file outside the test runner.
import type { Frame, Page } from 'playwright-core';

/** A frame gap longer than this is a stall (issue 6: "a frame stall over 1 s"). */
export const STALL_MS = 1000;
/** Period of the main-thread heartbeat, ms. */
const HEARTBEAT_MS = 100;

export interface ProbeReport {
  frames: number;
  maxGapMs: number;
  /** animation-frame gaps over STALL_MS */
  stalls: { atMs: number; gapMs: number }[];
  /** main-thread heartbeat gaps over STALL_MS (the page's own thread could not run) */
  blocked: { atMs: number; gapMs: number }[];
  csp: string[];
  /** uncaught errors and unhandled rejections seen in the frame */
  errors: string[];
  /** main-thread ms per frame callback (only with timeFrames) */
  frameMs: number[];
}

/** Init script source. `timeFrames` wraps rAF to time every callback (benchmark only). */
export function probeScript(opts: { timeFrames?: boolean } = {}): string {
  return `(() => {
  const probe = { frames: 0, maxGapMs: 0, stalls: [], csp: [], errors: [], blocked: [], frameMs: [], last: 0, armed: false };
  Object.defineProperty(window, '__probe', { value: probe, enumerable: false });
  const raf = window.requestAnimationFrame.bind(window);
  ${
    opts.timeFrames
      ? `window.requestAnimationFrame = (cb) => raf((t) => {
    const t0 = performance.now();
    try { cb(t); } finally { if (probe.armed) probe.frameMs.push(performance.now() - t0); }
  });`
      : ''
  }
  const tick = (t) => {
    if (probe.armed && probe.last > 0) {
      const gap = t - probe.last;
      if (gap > probe.maxGapMs) probe.maxGapMs = gap;
      if (gap > ${STALL_MS}) probe.stalls.push({ atMs: Math.round(t), gapMs: Math.round(gap) });
      probe.frames++;
    }
    probe.last = t;
    raf(tick);
  };
  raf(tick);
  // A main-thread heartbeat: a timer that cannot fire for over ${STALL_MS} ms means the page's own
  // thread was blocked (by the app, or by a starved machine), not just the GPU process being slow.
  let beat = 0;
  const heartbeat = () => {
    const now = performance.now();
    if (probe.armed && beat > 0 && now - beat > ${STALL_MS}) probe.blocked.push({ atMs: Math.round(now), gapMs: Math.round(now - beat) });
    beat = now;
    setTimeout(heartbeat, ${HEARTBEAT_MS});
  };
  setTimeout(heartbeat, ${HEARTBEAT_MS});
  // page errors of this frame (an init script runs in iframes too, where page.on('pageerror') is not enough)
  window.addEventListener('error', (e) => probe.errors.push('error: ' + e.message));
  window.addEventListener('unhandledrejection', (e) => probe.errors.push('unhandled rejection: ' + String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => {
    probe.csp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' in ' + (e.sourceFile || '?') + ':' + e.lineNumber);
  });
})();`;
}

/** Start counting frames and stalls now (after load and warm-up, which are not the app's steady state). */
export async function armProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const p = (window as unknown as { __probe: ProbeReport & { armed: boolean; last: number } }).__probe;
    p.armed = true;
    p.last = 0;
    p.frames = 0;
    p.maxGapMs = 0;
    p.stalls.length = 0;
    p.blocked.length = 0;
    p.frameMs.length = 0;
  });
}

export async function readProbe(page: Page | Frame): Promise<ProbeReport> {
  return page.evaluate(() => {
    const p = (window as unknown as { __probe: ProbeReport }).__probe;
    return { frames: p.frames, maxGapMs: p.maxGapMs, stalls: [...p.stalls], blocked: [...p.blocked], csp: [...p.csp], errors: [...p.errors], frameMs: [...p.frameMs] };
  });
}

/**
 * Text of every readout, the scene overlay, chart captions and status lines: none may show NaN,
 * Infinity or undefined. (The URL notice is left out: it quotes what a link said, "speed=Infinity".)
 */
export async function readoutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.readouts, .craniolab-scene-overlay, #charts figcaption, [role="status"]:not(.notice), output, #view-host')].map(
      (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
  );
}

/** Words that must never reach the screen as a value. */
export const BAD_NUMBER_TEXT = /\bNaN\b|Infinity|\bundefined\b/;

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * The stall limit in wall milliseconds on this machine right now: STALL_MS on a quiet machine,
 * stretched by how oversubscribed the CPU is. Chromium with SwiftShader renders on the CPU; on a
 * shared 2-core box running other browser tests (load average 18-20 observed) the scene got 8-24
 * frames in 20 s while the app's own frame callbacks took 3-12 ms, and any work took ~10x its
 * wall time. Linux shares a busy CPU evenly between runnable threads, so 1 s of the app's work
 * takes about load/cores seconds of wall time: the limit is 1 s of an uncontended machine's time.
 */
export function stallLimitMs(loadAverage1m: number, cores: number): number {
  return STALL_MS * Math.max(1, loadAverage1m / Math.max(1, cores));
}
