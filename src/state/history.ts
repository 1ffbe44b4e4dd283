// Recent model output for the live charts: fixed-capacity ring buffers (Float64Array) of time,
// ICP and bone displacement. Fixed capacity means a 50-minute lecture uses the same memory as the
// first minute (tests/e2e/hardening-soak.test.ts checks it). Defaults: HISTORY_WINDOW_S of model time at HISTORY_SAMPLE_HZ.
//
// `ordered()` returns the samples oldest-first for the charts. It copies the ring into preallocated
// linear buffers (3 x 1500 doubles = 36 kB memcpy, only when samples were added since the last
// call) and returns subarray views of them; the views are cached while the length does not change,
// so once the buffer is full a redraw allocates nothing. The returned arrays are overwritten by the
// next call that finds new samples: use them at once (the charts' setData), do not keep them.

import { HISTORY_SAMPLE_HZ, HISTORY_WINDOW_S } from './ranges';

export interface HistoryArrays {
  /** model time, s */
  readonly timeS: Float64Array;
  /** ICP, mmHg */
  readonly icpMmHg: Float64Array;
  /** bone displacement, m */
  readonly boneDisplacementM: Float64Array;
  readonly length: number;
}

export class ChartHistory {
  readonly capacity: number;
  private readonly ringT: Float64Array;
  private readonly ringP: Float64Array;
  private readonly ringD: Float64Array;
  private readonly outT: Float64Array;
  private readonly outP: Float64Array;
  private readonly outD: Float64Array;
  /** index the next sample goes to */
  private head = 0;
  private count = 0;
  private dirty = true;
  private views: HistoryArrays | null = null;

  constructor(capacity = Math.round(HISTORY_WINDOW_S * HISTORY_SAMPLE_HZ)) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError(`history capacity must be an integer >= 2, got ${capacity}`);
    this.capacity = capacity;
    this.ringT = new Float64Array(capacity);
    this.ringP = new Float64Array(capacity);
    this.ringD = new Float64Array(capacity);
    this.outT = new Float64Array(capacity);
    this.outP = new Float64Array(capacity);
    this.outD = new Float64Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  /** time of the newest sample, s (NaN when empty) */
  get latestTimeS(): number {
    return this.count === 0 ? NaN : this.ringT[(this.head - 1 + this.capacity) % this.capacity];
  }

  /**
   * Add one sample. Non-finite samples are refused (returns false): a chart cannot draw NaN, and
   * a NaN must never reach the screen. A time earlier than the newest one means the model was
   * rewound without clear(): the history restarts so the time axis stays monotonic.
   */
  push(timeS: number, icpMmHg: number, boneDisplacementM: number): boolean {
    if (!Number.isFinite(timeS) || !Number.isFinite(icpMmHg) || !Number.isFinite(boneDisplacementM)) return false;
    if (this.count > 0 && timeS < this.latestTimeS) this.clear();
    this.ringT[this.head] = timeS;
    this.ringP[this.head] = icpMmHg;
    this.ringD[this.head] = boneDisplacementM;
    this.head = (this.head + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
    this.dirty = true;
    return true;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
    this.dirty = true;
    this.views = null;
  }

  /** Samples oldest-first (see the file header for the no-allocation contract). */
  ordered(): HistoryArrays {
    if (this.dirty) {
      // oldest sample sits at head when full, at 0 otherwise
      const start = this.count === this.capacity ? this.head : 0;
      const firstPart = Math.min(this.count, this.capacity - start);
      this.unroll(this.ringT, this.outT, start, firstPart);
      this.unroll(this.ringP, this.outP, start, firstPart);
      this.unroll(this.ringD, this.outD, start, firstPart);
      this.dirty = false;
      if (!this.views || this.views.length !== this.count) {
        this.views = {
          timeS: this.outT.subarray(0, this.count),
          icpMmHg: this.outP.subarray(0, this.count),
          boneDisplacementM: this.outD.subarray(0, this.count),
          length: this.count,
        };
      }
    }
    // views is set whenever dirty was (the constructor and clear() both leave it dirty)
    return this.views as HistoryArrays;
  }

  private unroll(ring: Float64Array, out: Float64Array, start: number, firstPart: number): void {
    out.set(ring.subarray(start, start + firstPart), 0);
    if (firstPart < this.count) out.set(ring.subarray(0, this.count - firstPart), firstPart);
  }
}
