// Says the state in words through an aria-live="polite" region, throttled: at most one message
// per interval and only when the words change, so a screen reader is not flooded by a value that
// updates 60 times a second. The last change inside an interval is spoken when it ends.
// Clock and timer are injectable so the throttling is unit-tested in Node.

export interface TextSink {
  textContent: string | null;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Default minimum gap between two announcements, ms. */
export const ANNOUNCE_INTERVAL_MS = 2000;

export class Announcer {
  private lastSpoken = '';
  private lastAt = -Infinity;
  private pending: string | null = null;
  private timer: unknown = null;

  constructor(
    private readonly sink: TextSink,
    private readonly intervalMs = ANNOUNCE_INTERVAL_MS,
    private readonly clock: Clock = realClock,
  ) {}

  /** Takes the text as already known (the state a page opened with): it is not spoken, and the
   *  same text offered later is not spoken either. */
  prime(text: string): void {
    if (this.lastSpoken === '' && this.pending === null) this.lastSpoken = text;
  }

  /** Offers the current description; it is spoken now, later, or not at all if unchanged. */
  say(text: string): void {
    if (text === this.lastSpoken && this.pending === null) return;
    const wait = this.lastAt + this.intervalMs - this.clock.now();
    if (wait <= 0) {
      this.speak(text);
      return;
    }
    this.pending = text;
    if (this.timer === null) {
      this.timer = this.clock.setTimeout(() => {
        this.timer = null;
        const p = this.pending;
        this.pending = null;
        if (p !== null && p !== this.lastSpoken) this.speak(p);
      }, wait);
    }
  }

  private speak(text: string): void {
    this.lastSpoken = text;
    this.lastAt = this.clock.now();
    this.sink.textContent = text;
  }

  dispose(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}
