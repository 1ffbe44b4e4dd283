// Live strip charts of true ICP and of the watched bone's displacement over the last window of
// model time, drawn on a canvas (line-chart.ts). app.ts feeds them at most ~10 times/s from the
// history ring buffers; the charts never compute anything but axis labels.

import { LineChart, axisColour, type ChartAxis } from './line-chart';
import { HISTORY_WINDOW_S } from '../state/ranges';
import { cssVar, h } from './dom';
import { formatLength, formatNumber, lengthAxisUnit, timesWords } from './format';
import { bindText } from '../i18n/bind';
import { onLocaleChange, t } from '../i18n/index';

const translate = t;

/** Words are read through getters, so they are in the language of the moment they are drawn. */
export interface ChartSpec {
  readonly title: string;
  /** the y axis's quantity (its unit is added: 'ICP (mmHg)') */
  readonly yName: string;
  /** the unit, or null when it follows the data (lengths: setLengthData) */
  readonly yUnit: string | null;
  readonly seriesLabel: string;
  /** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies */
  stroke: string;
}

export const ICP_CHART: ChartSpec = {
  get title() {
    return t('app.chart.icpTitle');
  },
  get yName() {
    return t('app.chart.icpAxis');
  },
  yUnit: 'mmHg',
  get seriesLabel() {
    return t('app.chart.icpSeries');
  },
  stroke: '#0072B2',
};
export const DISPLACEMENT_CHART: ChartSpec = {
  get title() {
    return t('app.chart.boneTitle');
  },
  get yName() {
    return t('app.chart.boneAxis');
  },
  // the unit follows the data (setLengthData): the readouts' own unit ladder
  yUnit: null,
  get seriesLabel() {
    return t('app.chart.boneSeries');
  },
  stroke: '#D55E00',
};
const axisLabel = (name: string, unit: string): string => `${name} (${unit})`;

const AXIS_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_FONT = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const MIN_HEIGHT_PX = 120;

function tickText(v: number): string {
  return formatNumber(v, { sig: 3, sciBelow: 1e-3 });
}

export class StripChart {
  readonly element: HTMLElement;
  private readonly plot: LineChart;
  private readonly host: HTMLElement;
  private readonly observer: ResizeObserver;
  private readonly caption: HTMLElement;
  private readonly captionText: HTMLElement;
  /** the chart's text alternative: a summary and a table, filled only while it is open */
  private readonly dataBox: HTMLDetailsElement;
  private readonly dataBody: HTMLElement;
  private readonly spec: ChartSpec;
  private yLabel: string;
  /** the y unit shown now (a length's follows the data) */
  private yUnit: string;
  private title = '';
  private readonly offLocale: () => void;
  /** a horizontal line in axis units with its words, e.g. what a fingertip can feel */
  private threshold: { value: number; label: string } | null = null;
  private lastX: number[] = [];
  private lastY: (number | null)[] = [];
  private fitFrame = 0;

  constructor(spec: ChartSpec) {
    this.spec = spec;
    this.yUnit = spec.yUnit ?? 'nm';
    this.yLabel = axisLabel(spec.yName, this.yUnit);
    this.host = h('div', { class: 'chart-host', 'aria-hidden': 'true' });
    this.captionText = h('span');
    this.dataBody = h('div', { class: 'chart-data-body' });
    this.dataBox = h('details', { class: 'chart-data' }, bindText(h('summary'), 'app.chart.dataAsText'), this.dataBody) as HTMLDetailsElement;
    this.dataBox.addEventListener('toggle', () => this.renderText());
    this.caption = h('figcaption', {}, this.captionText, ' ', this.dataBox);
    this.element = h('figure', { class: 'chart' }, this.caption, this.host);
    this.setTitle(spec.title);
    const values = (splits: readonly number[]): string[] => splits.map(tickText);
    // a compact time axis leaves the plot most of a short strip
    const xAxis: ChartAxis = { label: t('app.chart.timeAxis'), size: 24, labelSize: 16, values };
    const yAxis: ChartAxis = { label: this.yLabel, size: 60, labelSize: 20, values };
    this.plot = new LineChart(
      {
        width: 400,
        height: MIN_HEIGHT_PX,
        x: xAxis,
        y: yAxis,
        series: [{ label: spec.seriesLabel, stroke: spec.stroke, width: 2 }],
        // a threshold within 20x of the data is brought into view, so its line is drawn
        yInclude: (min, max) => this.thresholdInView(min, max),
        font: AXIS_FONT,
        labelFont: LABEL_FONT,
        onDraw: (chart, ctx) => this.drawThreshold(chart, ctx),
      },
      this.host,
    );
    // Resize on the next frame, not inside the observer: resizing the plot changes the page's
    // height, which can toggle the page scrollbar and so the width of everything observed; done
    // inside the callback, that is a ResizeObserver loop (a window error event at narrow widths).
    this.observer = new ResizeObserver(() => {
      if (this.fitFrame === 0) this.fitFrame = requestAnimationFrame(() => {
        this.fitFrame = 0;
        this.fit();
      });
    });
    this.observer.observe(this.host);
    // a new language: axis words, the caption, the open text alternative
    this.offLocale = onLocaleChange(() => {
      this.plot.setAxisLabel('x', t('app.chart.timeAxis'));
      this.plot.setAxisLabel('y', (this.yLabel = axisLabel(this.spec.yName, this.yUnit)));
      this.plot.redraw();
      this.setTitle(this.title);
      this.renderText();
    });
  }

  /** e.g. 'Right parietal bone displacement': the caption names what is plotted. */
  setTitle(title: string): void {
    this.title = title;
    const text = t('app.chart.caption', { title, window: formatNumber(HISTORY_WINDOW_S) });
    if (this.captionText.textContent !== text) this.captionText.textContent = text;
  }

  /**
   * Lengths in metres: the axis takes the unit the readouts use for the largest value (nm, µm,
   * ...), and `thresholdM` (with its words) is drawn as a dashed line, or, when it lies far above
   * the data, named at the top with how far above it is.
   */
  setLengthData(x: ArrayLike<number>, yM: ArrayLike<number>, threshold?: { m: number; label: string }): void {
    let max = 0;
    for (let i = 0; i < yM.length; i++) if (Number.isFinite(yM[i])) max = Math.max(max, Math.abs(yM[i]));
    const unit = lengthAxisUnit(max);
    this.yUnit = unit.unit;
    const label = axisLabel(this.spec.yName, unit.unit);
    if (label !== this.yLabel) {
      this.yLabel = label;
      this.plot.setAxisLabel('y', label);
    }
    this.threshold = threshold ? { value: threshold.m * unit.perM, label: threshold.label } : null;
    this.element.setAttribute('data-threshold', threshold ? formatLength(threshold.m) : '');
    this.setData(x, yM, unit.perM);
  }

  /** The threshold, where the y axis should reach up to it: above the data but within 20 times
   *  its size (further up, the data would be a flat line; the mark then says how far above the
   *  chart's top the threshold is). */
  private thresholdInView(min: number, max: number): number | undefined {
    const t = this.threshold?.value;
    return t !== undefined && t > max && t < 20 * Math.max(Math.abs(max), Math.abs(min)) ? t : undefined;
  }

  private drawThreshold(chart: LineChart, ctx: CanvasRenderingContext2D): void {
    const t = this.threshold;
    // none, or below the axis's range (the data far above it): no line to draw
    if (!t || t.value < chart.yMin) return;
    const { bbox } = chart;
    const top = chart.yMax;
    const dpr = chart.pixelRatio;
    ctx.save();
    ctx.fillStyle = ctx.strokeStyle = axisColour();
    ctx.font = `${Math.round(11 * dpr)}px system-ui, sans-serif`;
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    if (t.value <= top) {
      const y = chart.yToPx(t.value);
      ctx.setLineDash([6 * dpr, 4 * dpr]);
      ctx.lineWidth = dpr;
      ctx.beginPath();
      ctx.moveTo(bbox.left, y);
      ctx.lineTo(bbox.left + bbox.width, y);
      ctx.stroke();
      ctx.fillText(t.label, bbox.left + 4 * dpr, y + 2 * dpr);
    } else {
      // on a backing of the page colour, so the words stay readable where the trace passes
      const text = `\u2191 ${top > 0 ? translate('app.chart.aboveTop', { label: t.label, times: timesWords(t.value / top) }) : t.label}`;
      // longer languages shrink the note to the plot's width rather than run over the axis labels
      const room = bbox.width - 10 * dpr;
      let w = ctx.measureText(text).width;
      if (w > room) {
        ctx.font = `${Math.max(8, Math.floor((11 * room) / w)) * dpr}px system-ui, sans-serif`;
        w = Math.min(room, ctx.measureText(text).width);
      }
      const x = bbox.left + bbox.width - 4 * dpr;
      ctx.fillStyle = cssVar('--bg', '#000');
      ctx.fillRect(x - w - 3 * dpr, bbox.top, w + 6 * dpr, 14 * dpr);
      ctx.fillStyle = axisColour();
      ctx.textAlign = 'right';
      ctx.fillText(text, x, bbox.top + 2 * dpr, room);
    }
    ctx.restore();
  }

  private fit(): void {
    const w = Math.max(200, Math.floor(this.host.clientWidth));
    const hgt = Math.max(MIN_HEIGHT_PX, Math.floor(this.host.clientHeight));
    if (w !== this.plot.width || hgt !== this.plot.height) this.plot.setSize({ width: w, height: hgt });
  }

  /**
   * x: model time, s; y times `scale` gives the axis unit (e.g. 1e6 for m -> µm). Non-finite
   * points become gaps, never NaN text. Copies, so ring-buffer views may be passed directly.
   */
  setData(x: ArrayLike<number>, y: ArrayLike<number>, scale = 1): void {
    const n = Math.min(x.length, y.length);
    const xs = new Array<number>(n);
    const ys = new Array<number | null>(n);
    for (let i = 0; i < n; i++) {
      xs[i] = x[i];
      const v = y[i] * scale;
      ys[i] = Number.isFinite(v) ? v : null;
    }
    this.plot.setData(xs, ys);
    this.lastX = xs;
    this.lastY = ys;
    if (this.dataBox.open) this.renderText();
  }

  /** The summary (range and mean, with the unit) and one row per second of model time. */
  private renderText(): void {
    if (!this.dataBox.open) return;
    const { summary, rows } = chartText(this.lastX, this.lastY);
    const fmt = (v: number): string => `${tickText(v)} ${this.yUnit}`;
    const text = summary
      ? t('app.chart.summary', { series: this.spec.seriesLabel, min: fmt(summary.min), max: fmt(summary.max), mean: fmt(summary.mean), span: tickText(summary.spanS) })
      : t('app.chart.noData');
    const table = h(
      'table',
      { class: 'chart-data-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('app.chart.timeAxis') }), h('th', { scope: 'col', text: this.yLabel }))),
      h('tbody', {}, ...rows.map(([t, v]) => h('tr', {}, h('td', { text: tickText(t) }), h('td', { text: tickText(v) })))),
    );
    this.dataBody.replaceChildren(h('p', { text }), table);
  }

  dispose(): void {
    this.offLocale();
    this.observer.disconnect();
    cancelAnimationFrame(this.fitFrame);
    this.plot.destroy();
    this.element.remove();
  }
}

/** Summary and about one sample per second of a series, for the chart's text alternative. */
export function chartText(x: readonly number[], y: readonly (number | null)[]): {
  summary: { min: number; max: number; mean: number; spanS: number } | null;
  rows: Array<[number, number]>;
} {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let n = 0;
  const rows: Array<[number, number]> = [];
  let nextT = -Infinity;
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const v = y[i];
    if (v === null || !Number.isFinite(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
    sum += v;
    n++;
    if (x[i] >= nextT) {
      rows.push([x[i], v]);
      nextT = Math.floor(x[i]) + 1;
    }
  }
  if (n === 0) return { summary: null, rows };
  return { summary: { min, max, mean: sum / n, spanS: x[x.length - 1] - x[0] }, rows };
}
