// Adaptive quality and frame pacing for the scene (the policy doc/implementation-notes.md states).
// Pure arithmetic on timestamps, no DOM or WebGL, so it is unit-tested in Node.
//
// Real frame cost: the time from one drawn frame's animation callback to the next callback. The
// browser calls the next frame only once the GPU (or, on a software renderer, the CPU doing the
// GPU's work) has finished the last one, so this gap counts what the callback alone misses.
// Policy, checked every ADAPT_EVERY_MS:
//   - cost above TARGET_FRAME_MS: draw fewer pixels (resolution scale x STEP, down to MIN_SCALE);
//   - cost below UPSCALE_BELOW_MS: draw more again (/ STEP, up to 1 = the full resolution); an
//     upscale that had to be undone within UPSCALE_RETRY_MS is not retried for UPSCALE_BLOCK_MS,
//     so the resolution does not flicker between two levels;
//   - at MIN_SCALE and still slower than the target: cap the frame rate, drawing on average no
//     more often than every TARGET_FRAME_MS and never more than MAX_BUSY_SHARE of the main
//     thread's time (on average: frames fall on display frames, see endFrame),
//     so input events get the rest. The main thread's share of a frame is the drawing callback,
//     and on a software renderer also the wait for the drawing to finish: Chromium then copies
//     each WebGL frame back on the main thread while compositing (a trace shows ReadPixels in
//     Commit, 80 ms of a 100 ms frame), so the whole frame cost beyond one display frame counts;
//   - nothing changed on screen (paused, camera still, same inputs): no frame is drawn at all;
//   - a software renderer starts at MIN_SCALE (and climbs if it keeps up), others at full.
// Only the drawing-buffer resolution changes: colours, geometry and shading stay the same, so a
// slow renderer shows the same scene, softer; at half the resolution or less a software renderer
// draws the skull with half its triangles, the cutaway's layers and the gloves with a quarter to a
// third (LOW_DETAIL_BELOW_SCALE), which that resolution cannot show.

/** Frame cost the scene aims to stay under, ms (50 fps). The bench's reference, a plain lit
 *  sphere drawn by the same software renderer at 1280x720, runs at 38-50 fps on the 2-core
 *  machine (bench/run.ts), and the scene should keep up with it: 25 ms (40 fps) held the scene
 *  at 0.8 of the sphere at best. Frames fall on display frames (16.7 or 33.3 ms apart), so this
 *  is at most ~1 frame in 5 taking two. */
export const TARGET_FRAME_MS = 20;
/** Below this cost the resolution goes back up, ms (a little above a 60 Hz display's 16.7 ms:
 *  nearly every frame within one display frame). */
export const UPSCALE_BELOW_MS = 18;
/** Lowest drawing-buffer resolution, as a fraction of the full one in each direction: 12 % of
 *  the pixels. On SwiftShader the adult scene at 922x439 costs ~80 ms a frame at full resolution
 *  and ~30 ms at half (bench/run.ts, load ~6): half alone does not hold the target. */
export const MIN_SCALE = 0.35;
/** At this drawing-buffer resolution and below, a software renderer's skull is drawn with about
 *  half its triangles (skull-low-detail.ts), the cutaway's vault, CSF and brain with half the
 *  segments each way (head-view.ts) and the gloves with fewer (hands-view.ts): a triangle of the
 *  full meshes covers a pixel or two there, and rasterising it is what the frame pays for. */
export const LOW_DETAIL_BELOW_SCALE = 0.5;
/** Resolution change per adjustment, each direction (0.85^2 = 72 % of the pixels). */
export const STEP = 0.85;
/** Time between adjustments, ms: long enough for the cost average to follow a change. */
export const ADAPT_EVERY_MS = 600;
const UPSCALE_RETRY_MS = 2000;
const UPSCALE_BLOCK_MS = 30_000;
/** Largest share of the main thread the scene's frames may take before the frame rate is capped. */
export const MAX_BUSY_SHARE = 0.5;
const BUSY_TO_INTERVAL = 1 / MAX_BUSY_SHARE;
/** The cap never spaces frames further apart than this, ms (4 fps: the pulse still reads as motion). */
export const MAX_INTERVAL_MS = 250;
/** Weight of the newest sample in the running cost averages. */
const EMA = 0.2;

export interface PacerOptions {
  /** true on a software renderer: the main thread waits while the frame is drawn (see above) */
  mainThreadWaitsForDrawing?: boolean;
}

/** One display frame at 60 Hz, ms: the part of a frame's gap that is not drawing. */
const DISPLAY_FRAME_MS = 1000 / 60;
/** Animation-frame timestamps wobble by a fraction of a millisecond: a callback this early for
 *  the cap's due time still draws. */
const TIMESTAMP_SLACK_MS = 1;

export class FramePacer {
  /** drawing-buffer resolution as a fraction of the full one (1 = full) */
  scale = 1;
  /** least time between drawn frames on average, ms (0 = every display frame) */
  minIntervalMs = 0;
  /** running averages, ms: real frame cost (gap between frames) and the drawing callback alone */
  costMs = 0;
  busyMs = 0;
  private lastCallback: number | null = null;
  /** the frame-rate cap's next due time, ms: a frame may be drawn from then on (see endFrame) */
  private nextDrawAt = -Infinity;
  private drewLast = false;
  private lastAdapt = 0;
  private lastUpscale = -Infinity;
  private upscaleBlockedUntil = -Infinity;
  private pinned = false;

  constructor(private readonly opts: PacerOptions = {}) {
    // a software renderer starts low and climbs if it keeps up: its first frames at full
    // resolution would each hold the main thread ~100 ms while the page is still loading
    if (opts.mainThreadWaitsForDrawing) this.scale = MIN_SCALE;
  }

  /** Fixes the resolution at `scale` (no adapting, no frame-rate cap), or adapts again (null).
   *  For the QA hooks: a screenshot comparison needs a known resolution. */
  pin(scale: number | null): void {
    this.pinned = scale !== null;
    if (scale !== null) {
      this.scale = Math.min(1, Math.max(MIN_SCALE, scale));
      this.minIntervalMs = 0;
      this.nextDrawAt = -Infinity;
    }
  }

  /**
   * Called once per animation frame, before drawing. Records the last drawn frame's real cost and
   * says whether to draw this one: only when something changed (`dirty`) and the frame-rate cap
   * allows it.
   */
  beginFrame(now: number, dirty: boolean): boolean {
    // an animation-frame timestamp is always finite; anything else would stall the cap for good
    if (!Number.isFinite(now)) return dirty;
    if (this.drewLast && this.lastCallback !== null) {
      const gap = now - this.lastCallback;
      // a gap of seconds is a hidden tab or a debugger pause, not the renderer's speed; a single
      // hitch (shaders compiling for the cutaway) counts at most twice the running cost, so it
      // cannot hold the frame-rate cap at a crawl for the many frames an average needs to forget it
      if (gap > 0 && gap < 1000) this.costMs = this.costMs === 0 ? gap : this.costMs + EMA * (Math.min(gap, 2 * this.costMs) - this.costMs);
    }
    this.lastCallback = now;
    this.drewLast = false;
    return dirty && now >= this.nextDrawAt - TIMESTAMP_SLACK_MS;
  }

  /** Called after drawing, with the callback's main-thread time for the drawing, ms. Returns true
   *  when the resolution changed (the caller resizes the drawing buffer). */
  endFrame(now: number, drawMs: number): boolean {
    if (!Number.isFinite(now)) return false;
    this.drewLast = true;
    // The cap's interval is kept on average, not frame by frame: frames can only be drawn on
    // animation callbacks, one display frame apart, so a cap of, say, "at least 25 ms after the
    // last frame" would draw every second callback (33 ms, 30 fps). The next frame is due one
    // interval after this one was due instead (for 25 ms: 33 and 17 ms gaps in turn, 40 fps); a frame drawn late
    // counts as due at most one display frame earlier, so two frames never come closer than the
    // interval less a display frame. The interval is the one adapt() has just set, so a cap
    // lifted or changed applies from the next frame.
    const dueAt = Math.max(this.nextDrawAt, now - DISPLAY_FRAME_MS);
    this.busyMs = this.busyMs === 0 ? drawMs : this.busyMs + EMA * (drawMs - this.busyMs);
    let resized = false;
    if (!this.pinned && now - this.lastAdapt >= ADAPT_EVERY_MS && this.costMs !== 0) {
      this.lastAdapt = now;
      resized = this.adapt(now);
    }
    this.nextDrawAt = dueAt + this.minIntervalMs;
    return resized;
  }

  private adapt(now: number): boolean {
    const before = this.scale;
    if (this.costMs > TARGET_FRAME_MS && this.scale > MIN_SCALE) {
      if (now - this.lastUpscale < UPSCALE_RETRY_MS) this.upscaleBlockedUntil = now + UPSCALE_BLOCK_MS;
      this.scale = Math.max(MIN_SCALE, this.scale * STEP);
    } else if (this.costMs < UPSCALE_BELOW_MS && this.scale < 1 && now >= this.upscaleBlockedUntil) {
      this.scale = Math.min(1, this.scale / STEP);
      this.lastUpscale = now;
    }
    // at the lowest resolution and still slow: leave the main thread at least half of the time
    const slowAtFloor = this.scale <= MIN_SCALE && this.costMs > TARGET_FRAME_MS;
    const mainThreadMs = this.opts.mainThreadWaitsForDrawing ? Math.max(this.busyMs, this.costMs - DISPLAY_FRAME_MS) : this.busyMs;
    this.minIntervalMs = slowAtFloor ? Math.min(MAX_INTERVAL_MS, Math.max(TARGET_FRAME_MS, BUSY_TO_INTERVAL * mainThreadMs)) : 0;
    return this.scale !== before;
  }
}
