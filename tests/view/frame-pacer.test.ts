// The frame pacer's policy (src/view/frame-pacer.ts, doc/implementation-notes.md) on synthetic
// timestamps: a renderer that needs a given time per frame is simulated by the gap between one
// animation callback and the next. No clock is read; nothing here is timed.
import { describe, expect, it } from 'vitest';
import { FramePacer, MAX_INTERVAL_MS, MIN_SCALE, STEP, TARGET_FRAME_MS, UPSCALE_BELOW_MS } from '../../src/view/frame-pacer';

/** A 60 Hz display's frame, ms: the shortest gap between animation callbacks. */
const VSYNC_MS = 1000 / 60;

/**
 * Runs the pacer for `seconds` against a renderer whose frame at full resolution costs
 * `fullCostMs` and scales with the pixel count (software rendering is fill-bound), rounded up to
 * whole display frames. Every frame has something new to draw. Returns the pacer and the frames drawn.
 */
function run(pacer: FramePacer, fullCostMs: number, seconds: number, start = 0): { drawn: number; end: number } {
  let now = start;
  let drawn = 0;
  while (now < start + seconds * 1000) {
    if (pacer.beginFrame(now, true)) {
      drawn++;
      const cost = Math.max(VSYNC_MS, fullCostMs * pacer.scale * pacer.scale);
      // the callback's own main-thread share of the frame: a tenth of it here
      pacer.endFrame(now, cost / 10);
      now += Math.ceil(cost / VSYNC_MS) * VSYNC_MS;
    } else now += VSYNC_MS;
  }
  return { drawn, end: now };
}

describe('FramePacer', () => {
  it('keeps the full resolution and every frame on a renderer that keeps up with the display', () => {
    const p = new FramePacer();
    const { drawn } = run(p, 8, 10);
    expect(p.scale).toBe(1);
    expect(p.minIntervalMs).toBe(0);
    // 60 frames a second for 10 s, give or take the first
    expect(drawn).toBeGreaterThanOrEqual(599);
  });

  it('lowers the resolution on a slow renderer until a frame fits the target, and no further', () => {
    const p = new FramePacer();
    // 90 ms a frame at full resolution: the software-rendered scene at 1280x720
    run(p, 90, 20);
    expect(p.scale).toBeLessThan(1);
    expect(p.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    // the frame now costs at most the target (rounded up to whole display frames) ...
    expect(Math.max(VSYNC_MS, 90 * p.scale ** 2)).toBeLessThanOrEqual(TARGET_FRAME_MS + VSYNC_MS);
    // ... and one step more resolution would not (it stopped at the first level that fits): the
    // gap between frames that step would give, in whole display frames as run() draws them
    expect(Math.ceil((90 * (p.scale / STEP) ** 2) / VSYNC_MS) * VSYNC_MS).toBeGreaterThan(UPSCALE_BELOW_MS);
  });

  it('goes back to the full resolution when the renderer becomes fast again, and stays there', () => {
    const p = new FramePacer();
    const slow = run(p, 90, 10);
    expect(p.scale).toBeLessThan(1);
    const fast = run(p, 6, 40, slow.end);
    expect(p.scale).toBe(1);
    // steady at full resolution: no further changes in the last seconds
    run(p, 6, 5, fast.end);
    expect(p.scale).toBe(1);
  });

  it('caps the frame rate only when even the lowest resolution is too slow', () => {
    const fine = new FramePacer();
    run(fine, 60, 20);
    expect(fine.minIntervalMs).toBe(0);
    const hopeless = new FramePacer();
    // 400 ms at full resolution is 100 ms at half: slower than the target at the floor
    run(hopeless, 400, 30);
    expect(hopeless.scale).toBe(MIN_SCALE);
    expect(hopeless.minIntervalMs).toBeGreaterThanOrEqual(TARGET_FRAME_MS);
  });

  it('draws nothing when nothing changed', () => {
    const p = new FramePacer();
    expect(p.beginFrame(0, true)).toBe(true);
    p.endFrame(0, 2);
    expect(p.beginFrame(VSYNC_MS, false)).toBe(false);
    expect(p.beginFrame(2 * VSYNC_MS, false)).toBe(false);
    expect(p.beginFrame(3 * VSYNC_MS, true)).toBe(true);
  });
});

describe('FramePacer on a software renderer', () => {
  it('counts the wait for the drawing as main-thread time when capping, leaving input half the thread', () => {
    const p = new FramePacer({ mainThreadWaitsForDrawing: true });
    // 400 ms at full resolution, 49 ms at the floor: the callback itself is a tenth of it (run
    // above), the rest is the main thread waiting for the frame to be copied back
    run(p, 400, 30);
    expect(p.scale).toBe(MIN_SCALE);
    // the frame's main-thread share is its gap (whole display frames) less one display frame, so
    // frames are at least twice that apart
    const gap = Math.ceil((400 * MIN_SCALE ** 2) / VSYNC_MS) * VSYNC_MS;
    expect(p.minIntervalMs).toBeGreaterThan(2 * (gap - VSYNC_MS) * 0.9);
  });
});

describe('FramePacer cap on a 60 Hz display', () => {
  it('holds a cap that falls between two display frames on average, costing no frame the renderer could draw', () => {
    // A renderer at the lowest resolution whose frames take one display frame, then two, then
    // two (27.8 ms on average, 36 fps): slower than the target, so the cap (TARGET_FRAME_MS) is
    // on. Frames fall on display frames, so a cap checked frame by frame ("that long since the
    // last one") would draw only every second one: 33.3 ms, 30 fps.
    const p = new FramePacer();
    const gaps = [VSYNC_MS, 2 * VSYNC_MS, 2 * VSYNC_MS];
    const renderersMean = gaps.reduce((a, b) => a + b) / gaps.length;
    let now = 0;
    let drawn = 0;
    const drawnAt: number[] = [];
    while (now < 20_000) {
      if (p.beginFrame(now, true)) {
        drawnAt.push(now);
        p.endFrame(now, 2);
        now += gaps[drawn++ % gaps.length];
      } else now += VSYNC_MS;
    }
    expect(p.scale).toBe(MIN_SCALE);
    expect(p.minIntervalMs).toBe(TARGET_FRAME_MS);
    // over the last 10 s: the renderer's own pace (within 2 %: the average runs over whole
    // frames, and the window's ends fall anywhere in the 3-frame pattern), never faster than the cap
    const late = drawnAt.filter((t) => t >= 10_000);
    const meanGap = (late[late.length - 1] - late[0]) / (late.length - 1);
    expect(meanGap).toBeLessThanOrEqual(renderersMean * 1.02);
    expect(meanGap).toBeGreaterThanOrEqual(TARGET_FRAME_MS);
  });

  it('never draws two frames closer than the cap less one display frame (no catch-up burst after a pause)', () => {
    // a renderer at the floor whose frame takes 60 ms, 40 of them in the callback: capped at
    // twice the callback's share, 80 ms (MAX_BUSY_SHARE)
    const p = new FramePacer();
    let last = -Infinity;
    let closest = Infinity;
    let now = 0;
    // draws whenever it may, with a 3 s pause in which nothing changed
    while (now < 9000) {
      const dirty = now < 3000 || now > 6000;
      if (p.beginFrame(now, dirty)) {
        if (now > 1500) closest = Math.min(closest, now - last);
        last = now;
        p.endFrame(now, 40);
        now += 4 * VSYNC_MS;
      } else now += VSYNC_MS;
    }
    expect(p.minIntervalMs).toBeCloseTo(80, 0);
    // the interval less one display frame, less the pacer's 1 ms allowance for timestamp wobble
    expect(closest).toBeGreaterThanOrEqual(p.minIntervalMs - VSYNC_MS - 1);
  });

  it('a cap lifted or changed applies from the very next frame', () => {
    const p = new FramePacer();
    // slow at the floor: 250 ms a frame, 200 of them in the callback (capped at the longest
    // spacing, MAX_INTERVAL_MS)
    let now = 0;
    for (let i = 0; i < 60; i++) {
      if (p.beginFrame(now, true)) {
        p.endFrame(now, 200);
        now += 250;
      } else now += VSYNC_MS;
    }
    expect(p.minIntervalMs).toBe(MAX_INTERVAL_MS);
    // the renderer becomes fast: frames one display frame apart. Once the pacer has seen enough
    // of them to lift the cap (its running cost under the target), the very next callback draws
    let lifted = -1;
    for (let i = 0; i < 400 && lifted < 0; i++) {
      if (p.beginFrame(now, true)) p.endFrame(now, 1);
      if (p.minIntervalMs === 0) lifted = now;
      now += VSYNC_MS;
    }
    expect(lifted).toBeGreaterThan(0);
    expect(p.beginFrame(now, true)).toBe(true);
  });

  it('a timestamp that is not a number neither draws a cap nor stops the drawing', () => {
    const p = new FramePacer();
    expect(p.beginFrame(Number.NaN, true)).toBe(true);
    expect(p.endFrame(Number.NaN, 1)).toBe(false);
    expect(p.beginFrame(0, true)).toBe(true);
    p.endFrame(0, 1);
    expect(p.beginFrame(VSYNC_MS, true)).toBe(true);
  });
});

describe('FramePacer start', () => {
  it('starts a software renderer at the lowest resolution and climbs to full when it keeps up', () => {
    const p = new FramePacer({ mainThreadWaitsForDrawing: true });
    expect(p.scale).toBe(MIN_SCALE);
    run(p, 10, 20);
    expect(p.scale).toBe(1);
  });
});

describe('FramePacer after a hitch', () => {
  it('a single 900 ms frame (shaders compiling) does not hold the frame rate down afterwards', () => {
    const p = new FramePacer({ mainThreadWaitsForDrawing: true });
    const warm = run(p, 200, 10);
    // one hitch, then the renderer's usual 50 ms at half resolution (200 ms at full)
    p.beginFrame(warm.end, true);
    p.endFrame(warm.end, 5);
    const after = run(p, 200, 10, warm.end + 900);
    // 10 s at the cap of about 2 x (50 - 16.7) ms between frames: well over 50 frames drawn
    expect(after.drawn).toBeGreaterThan(50);
    expect(p.minIntervalMs).toBeLessThanOrEqual(2 * 50);
  });

  it('never spaces frames more than MAX_INTERVAL_MS apart, however slow the renderer', () => {
    const p = new FramePacer({ mainThreadWaitsForDrawing: true });
    run(p, 3000, 30);
    expect(p.minIntervalMs).toBe(MAX_INTERVAL_MS);
  });
});
