// A small canvas line chart: the two live strip charts under the scene (charts.ts) and the Rhythm
// tab's ICP trace (tabs/rhythm-charts.ts). Lines over x, one y axis with tick values and a
// rotated label, a time axis below, grid lines at "nice" ticks (1, 2, 2.5 or 5 x 10^n), gaps
// where a value is null, an optional legend, and a draw hook for marks of the caller's own.
//
// Why not a chart library: these charts were drawn with uPlot, and on the first view it was
// 22 KB of the 200 KB gzip budget (issue 12) and ~115 ms of the page's main thread while it
// loads (its module set-up, in a Chromium CPU profile of the default page). What the app
// draws is this much: no zoom, cursor, time scales or log axes. Pure arithmetic (ticks, ranges)
// is exported and unit-tested in Node (tests/ui/line-chart.test.ts).

import { cssVar, h } from './dom';

/** The theme's muted text colour, read when called (the projector profile changes it): axis
 *  text by default, and marks a caller draws beside it. */
export const axisColour = (): string => cssVar('--fg-muted', '#aab6c2');

/** Tick steps tried, per decade. */
const STEPS = [1, 2, 2.5, 5] as const;

/** The smallest 1, 2, 2.5 or 5 x 10^n that is at least `min` (min > 0). */
export function niceStep(min: number): number {
  if (!(min > 0) || !Number.isFinite(min)) return 1;
  // below this the decade underflows to 0
  min = Math.max(min, 1e-300);
  let decade = 10 ** Math.floor(Math.log10(min));
  for (;;) {
    for (const s of STEPS) if (s * decade >= min * (1 - 1e-12)) return s * decade;
    decade *= 10;
  }
}

/** Most ticks an axis gets; more means the range is too narrow for its values to be told apart. */
const MAX_TICKS = 1000;

/** Ticks for [lo, hi] at least `minGap` data units apart: every multiple of the step inside. None
 *  where the range is empty, not finite, or too narrow for its values (a step below the values'
 *  float resolution would never advance). */
export function ticks(lo: number, hi: number, minGap: number): number[] {
  if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const step = niceStep(minGap);
  if ((hi - lo) / step > MAX_TICKS || Math.max(Math.abs(lo), Math.abs(hi)) / step > 2 ** 40) return [];
  const out: number[] = [];
  const first = Math.ceil(lo / step - 1e-9);
  for (let k = first; k * step <= hi + step * 1e-9; k++) {
    // k * step, rounded to the step's own decimals so 0.1 * 3 reads 0.3
    const v = Number((k * step).toPrecision(12));
    out.push(v === 0 ? 0 : v);
  }
  return out;
}

/** The data's extent, finite values only; null without one. */
export function extent(values: ArrayLike<number | null>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** True when a range is too narrow to draw its values apart (or not a range at all): a span below
 *  a billionth of its size. */
export function isFlat(lo: number, hi: number): boolean {
  return !(hi - lo > 1e-9 * Math.max(Math.abs(lo), Math.abs(hi)));
}

/** A y range with room around the data: 10 % of the span each side, widened out to the step a
 *  plot `px` tall with ticks `minGapPx` apart would use, so the outer grid lines frame it. */
export function paddedRange(lo: number, hi: number, px: number, minGapPx: number): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  let span = hi - lo;
  if (isFlat(lo, hi)) {
    const pad = Math.abs(hi) * 0.1 || 1;
    return [lo - pad, hi + pad];
  }
  lo -= span * 0.1;
  hi += span * 0.1;
  span = hi - lo;
  const step = niceStep((span * minGapPx) / Math.max(1, px));
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

export interface ChartAxis {
  label: string;
  /** room for tick values (the y axis's width, the x axis's height), CSS px */
  size: number;
  /** room for the axis label, CSS px */
  labelSize: number;
  /** tick values as text */
  values: (ticks: readonly number[]) => string[];
}

export interface ChartSeries {
  label: string;
  stroke: string | (() => string);
  width: number;
  dash?: number[];
  /** a fixed range of its own (a shape drawn for its timing only), else the y axis's */
  range?: readonly [number, number];
}

export interface LineChartOptions {
  width: number;
  height: number;
  x: ChartAxis;
  y: ChartAxis;
  series: ChartSeries[];
  /** a value the y axis shows besides the data's [min, max] (a threshold worth seeing), or
   *  undefined; the range is padded to nice ticks around both */
  yInclude?: (min: number, max: number) => number | undefined;
  font: string;
  labelFont: string;
  /** axis text colour, read at each draw (default: axisColour) */
  axisStroke?: () => string;
  legend?: boolean;
  /** after the lines: marks of the caller's own, in canvas pixels (chart.bbox, chart.yToPx) */
  onDraw?: (chart: LineChart, ctx: CanvasRenderingContext2D) => void;
}

/** A series' colour now (a function is read at each draw: a profile may change it). */
const strokeOf = (s: ChartSeries): string => (typeof s.stroke === 'string' ? s.stroke : s.stroke());

const GRID_STROKE = 'rgba(128,128,128,0.25)';
const TICK_STROKE = 'rgba(128,128,128,0.5)';
/** least room between ticks, CSS px: y, then x (x's values are wider) */
const Y_GAP_PX = 30;
const X_GAP_PX = 50;
const TICK_PX = 6;
/** room right of and above the plot for the last tick's text, CSS px */
const PAD_RIGHT_PX = 14;
const PAD_TOP_PX = 10;

export class LineChart {
  readonly root: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  width: number;
  height: number;
  /** the plot area in canvas (device) pixels */
  readonly bbox = { left: 0, top: 0, width: 0, height: 0 };
  private readonly opts: LineChartOptions;
  private xs: ArrayLike<number> = [];
  private ys: ArrayLike<number | null>[] = [];
  private xr: [number, number] = [0, 1];
  private yr: [number, number] = [0, 1];
  private dpr = 1;
  /** the legend's line samples, one per series, coloured at each draw (a profile may change it) */
  private readonly swatches: HTMLElement[] = [];

  constructor(opts: LineChartOptions, host: HTMLElement) {
    this.opts = opts;
    this.width = opts.width;
    this.height = opts.height;
    this.canvas = h('canvas');
    this.canvas.style.display = 'block';
    this.root = h('div', { class: 'line-chart' }, this.canvas);
    if (opts.legend) {
      const items = opts.series.map((s) => {
        const swatch = h('span', { class: 'chart-legend-swatch' });
        if (s.dash) swatch.style.borderTopStyle = 'dashed';
        this.swatches.push(swatch);
        return h('li', {}, swatch, s.label);
      });
      this.root.append(h('ul', { class: 'chart-legend' }, ...items));
    }
    host.append(this.root);
    this.setSize({ width: opts.width, height: opts.height });
  }

  /** x values, then one array of y values per series (null: a gap). */
  setData(xs: ArrayLike<number>, ...ys: ArrayLike<number | null>[]): void {
    this.xs = xs;
    this.ys = ys;
    this.redraw();
  }

  setSize({ width, height }: { width: number; height: number }): void {
    this.width = width;
    this.height = height;
    this.dpr = globalThis.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * this.dpr);
    this.canvas.height = Math.round(height * this.dpr);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.redraw();
  }

  setAxisLabel(axis: 'x' | 'y', label: string): void {
    this.opts[axis].label = label;
  }

  /** The y axis's range as drawn. */
  get yMin(): number {
    return this.yr[0];
  }
  get yMax(): number {
    return this.yr[1];
  }

  /** Canvas pixels per CSS pixel (the device pixel ratio the canvas was sized for). */
  get pixelRatio(): number {
    return this.dpr;
  }

  /** Canvas-pixel row of a y value on the y axis. */
  yToPx(v: number): number {
    const { top, height } = this.bbox;
    return top + ((this.yr[1] - v) / (this.yr[1] - this.yr[0])) * height;
  }

  redraw(): void {
    // moved to a screen of another pixel ratio: a canvas sized for it (setSize draws)
    if ((globalThis.devicePixelRatio || 1) !== this.dpr) return this.setSize({ width: this.width, height: this.height });
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const o = this.opts;
    this.swatches.forEach((sw, k) => (sw.style.borderTopColor = strokeOf(o.series[k])));
    const d = this.dpr;
    // the plot's box: the y axis's room on the left, the x axis's below (CSS px, then canvas px)
    const yRoom = o.y.labelSize + o.y.size;
    const xRoom = o.x.size + o.x.labelSize;
    const b = this.bbox;
    b.left = Math.round(yRoom * d);
    b.top = Math.round(PAD_TOP_PX * d);
    b.width = Math.max(1, Math.round((this.width - yRoom - PAD_RIGHT_PX) * d));
    b.height = Math.max(1, Math.round((this.height - PAD_TOP_PX - xRoom) * d));

    const xe = extent(this.xs);
    this.xr = xe && xe[1] > xe[0] ? xe : [0, 100];
    const ye = extent(this.ys[0] ?? []);
    const plotPx = b.height / d;
    const include = ye ? o.yInclude?.(ye[0], ye[1]) : undefined;
    const shown: [number, number] | null = ye && include !== undefined && Number.isFinite(include) ? [Math.min(ye[0], include), Math.max(ye[1], include)] : ye;
    this.yr = shown ? paddedRange(shown[0], shown[1], plotPx, Y_GAP_PX) : [0, 1];
    // a range that came out flat or not finite (values near the float limits): opened around it as a flat series would be
    if (!Number.isFinite(this.yr[0]) || !Number.isFinite(this.yr[1]) || isFlat(this.yr[0], this.yr[1])) {
      const mid = Number.isFinite(this.yr[0]) ? this.yr[0] : 0;
      this.yr = paddedRange(mid, mid, plotPx, Y_GAP_PX);
    }

    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const xt = ticks(this.xr[0], this.xr[1], ((this.xr[1] - this.xr[0]) * X_GAP_PX) / Math.max(1, b.width / d));
    const yt = ticks(this.yr[0], this.yr[1], ((this.yr[1] - this.yr[0]) * Y_GAP_PX) / Math.max(1, plotPx));
    const X = (v: number): number => b.left + ((v - this.xr[0]) / (this.xr[1] - this.xr[0])) * b.width;

    // grid lines across the plot, tick marks outside it: the ticks' pixel columns and rows, sharp
    const cols = xt.map((v) => Math.round(X(v)) + 0.5);
    const rows = yt.map((v) => Math.round(this.yToPx(v)) + 0.5);
    const bottom = b.top + b.height;
    const right = b.left + b.width;
    const tick = TICK_PX * d;
    ctx.lineWidth = d;
    strokeSegments(ctx, GRID_STROKE, cols.map((x) => [x, b.top, x, bottom]), rows.map((y) => [b.left, y, right, y]));
    strokeSegments(ctx, TICK_STROKE, cols.map((x) => [x, bottom, x, bottom + tick]), rows.map((y) => [b.left - tick, y, b.left, y]));

    // tick values and axis labels
    ctx.fillStyle = (o.axisStroke ?? axisColour)();
    ctx.font = scaledFont(o.font, d);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    o.x.values(xt).forEach((s, i) => ctx.fillText(s, X(xt[i]), b.top + b.height + (TICK_PX + 2) * d));
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    o.y.values(yt).forEach((s, i) => ctx.fillText(s, b.left - (TICK_PX + 4) * d, this.yToPx(yt[i])));
    ctx.font = scaledFont(o.labelFont, d);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText(o.x.label, b.left + b.width / 2, this.height * d - 1 * d);
    ctx.save();
    ctx.translate(o.y.labelSize * 0.5 * d, b.top + b.height / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'middle';
    ctx.fillText(o.y.label, 0, 0);
    ctx.restore();

    // the lines, clipped to the plot widened by the widest line, so a peak on the range's edge is
    // drawn whole rather than shaved flat
    const overhang = Math.max(0, ...o.series.map((s) => s.width)) * d;
    ctx.save();
    ctx.beginPath();
    ctx.rect(b.left, b.top - overhang, b.width, b.height + 2 * overhang);
    ctx.clip();
    ctx.lineJoin = 'round';
    o.series.forEach((s, k) => {
      const ys = this.ys[k];
      if (!ys) return;
      const [lo, hi] = s.range ?? this.yr;
      const Y = (v: number): number => b.top + ((hi - v) / (hi - lo)) * b.height;
      ctx.beginPath();
      let pen = false;
      const n = Math.min(this.xs.length, ys.length);
      for (let i = 0; i < n; i++) {
        const v = ys[i];
        if (v === null || !Number.isFinite(v)) {
          pen = false;
          continue;
        }
        const x = X(this.xs[i]);
        if (pen) ctx.lineTo(x, Y(v));
        else ctx.moveTo(x, Y(v));
        pen = true;
      }
      ctx.strokeStyle = strokeOf(s);
      ctx.lineWidth = s.width * d;
      ctx.setLineDash(s.dash ? s.dash.map((x) => x * d) : []);
      ctx.stroke();
    });
    ctx.restore();
    ctx.setLineDash([]);
    o.onDraw?.(this, ctx);
  }

  destroy(): void {
    this.root.remove();
  }
}

type Segment = [x0: number, y0: number, x1: number, y1: number];

/** Strokes line segments in one path and one style. */
function strokeSegments(ctx: CanvasRenderingContext2D, style: string, ...groups: Segment[][]): void {
  ctx.beginPath();
  for (const [x0, y0, x1, y1] of groups.flat()) {
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
  }
  ctx.strokeStyle = style;
  ctx.stroke();
}

/** A CSS font with its px size times the device pixel ratio. */
function scaledFont(font: string, dpr: number): string {
  return font.replace(/(\d+(?:\.\d+)?)px/, (_, px: string) => `${Math.round(Number(px) * dpr)}px`);
}
