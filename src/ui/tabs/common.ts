// Shared pieces of the contrast views: the context every view gets, links from a number to its
// source (or an explicit "model assumption" tag), a table builder, and a log-scale strip drawn in
// SVG with labels stacked in rows so they never overlap. DOM only: no physics here.

import { SOURCES, shortCitation, type SourceId } from '../../model/content/sources';
import { t } from '../../i18n';
import { bigNumberWords, formatNumber, timesWords } from '../format';
import type { AppState } from '../../state/app-state';
import type { AppStore } from '../../state/store';
import { setField, watch } from '../../state/store';
import { h } from '../dom';

export interface ViewContext {
  appStore: AppStore;
}

export type Dispose = () => void;
export type MountView = (container: HTMLElement, ctx: ViewContext) => Dispose;

/**
 * A contrast tab rebuilt from one model result whenever the store slice it shows changes:
 * `compute` runs the model for the current state (an error shows as "`errorLead`: message" in
 * place of the body; `errorLead` is a catalog key); `draw` fills the tab's root and returns what to dispose before the next
 * rebuild. With `perFrame`, rebuilds after the first wait for the next frame (a dragged force
 * slider writes the store at 60 Hz). Returns dispose.
 */
export function mountModelTab<R>(
  container: HTMLElement,
  ctx: ViewContext,
  opts: {
    className: string;
    pick: (s: AppState) => readonly unknown[];
    compute: (s: AppState) => R;
    errorLead: string;
    draw: (root: HTMLElement, result: R) => Dispose[];
    perFrame?: boolean;
  },
): Dispose {
  const root = h('div', { class: `contrast-view ${opts.className}` });
  container.append(root);
  let disposers: Dispose[] = [];
  const render = (): void => {
    disposers.forEach((d) => d());
    disposers = [];
    let result: R;
    try {
      result = opts.compute(ctx.appStore.getState());
    } catch (e) {
      root.replaceChildren(h('p', { class: 'view-error', text: t('tabs.common.errorLine', { lead: t(opts.errorLead), message: errorMessage(e) }) }));
      return;
    }
    disposers = opts.draw(root, result);
  };
  let raf = 0;
  let drawn = false;
  const unsub = watch(ctx.appStore, opts.pick, () => {
    if (!drawn || !opts.perFrame) {
      drawn = true;
      render();
    } else if (!raf) {
      raf = requestAnimationFrame(() => {
        raf = 0;
        render();
      });
    }
  });
  return () => {
    if (raf) cancelAnimationFrame(raf);
    unsub();
    disposers.forEach((d) => d());
    root.remove();
  };
}

/**
 * A factor against something, in words, `what` a noun phrase: "21,000 times the 5 g touch",
 * "about 50% of this", "about 1 in 40 of the touch" (the steps of format.ts ratioWords, worded by
 * the tabs' catalog so each language can bend the phrase around `what`).
 */
export function comparedWith(x: number, what: string): string {
  if (!(x > 0) || !Number.isFinite(x)) return t('tabs.common.vs.none', { what });
  if (x >= 1) return t('tabs.common.vs.times', { times: timesWords(x), what });
  if (x >= 0.95) return t('tabs.common.vs.aboutTimes', { times: timesWords(x), what });
  if (x >= 0.1) return t('tabs.common.vs.percent', { percent: formatNumber(x * 100, { sig: 2 }), what });
  return t('tabs.common.vs.oneIn', { n: bigNumberWords(1 / x), what });
}

/** An error's message for a sentence ("unknown error" when it has none). */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : t('tabs.common.unknownError');
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Opens the Sources view at one entry (same page, no navigation, no request). */
export function showSource(store: AppStore, id: SourceId): void {
  setField(store, 'view', 'sources');
  // the Sources view's code may still be loading: go to the entry once it is there
  whenElement(`source-${id}`, (el) => {
    el.scrollIntoView({ block: 'center' });
    el.classList.add('source-flash');
    setTimeout(() => el.classList.remove('source-flash'), 2000);
    (el.querySelector('h4, .source-title') as HTMLElement | null)?.focus?.();
  });
}

/** Calls `then` with the element of this id now, or as soon as it is added (gives up after 10 s). */
function whenElement(id: string, then: (el: HTMLElement) => void): void {
  const now = document.getElementById(id);
  if (now) return then(now);
  const watch = new MutationObserver(() => {
    const el = document.getElementById(id);
    if (!el) return;
    stop();
    then(el);
  });
  const timer = setTimeout(() => stop(), 10_000);
  const stop = (): void => {
    watch.disconnect();
    clearTimeout(timer);
  };
  watch.observe(document.body, { childList: true, subtree: true });
}

/** "Downey et al. 2006; Downey 2005" as links into the Sources view (citations as published:
 *  translate="no", no language's words). */
export function sourceLinks(store: AppStore, ids: readonly SourceId[]): HTMLElement {
  const span = h('span', { class: 'source-links', translate: 'no' });
  ids.forEach((id, i) => {
    if (!SOURCES[id]) return;
    if (i > 0) span.append('; ');
    const a = h('a', { href: `?view=sources#source-${id}`, class: 'source-link', 'data-source': id, text: shortCitation(id) });
    a.addEventListener('click', (e) => {
      e.preventDefault();
      showSource(store, id);
    });
    span.append(a);
  });
  return span;
}

/** The tag every number without a study behind it carries. */
export function assumptionTag(why?: string): HTMLElement {
  const tag = t('tabs.common.modelAssumption');
  return h('span', { class: 'assumption-tag', title: why ?? tag, text: tag });
}

/** A reference's provenance: its studies as links, else the textbook basis, marked as such. */
export function provenance(store: AppStore, ref: { sourceIds: readonly SourceId[]; basis?: string; confidence: string }): HTMLElement {
  const wrap = h('span', { class: 'provenance' });
  if (ref.sourceIds.length > 0) wrap.append(sourceLinks(store, ref.sourceIds));
  else wrap.append(h('span', { class: 'textbook-tag', title: ref.basis ?? '', text: t('tabs.common.textbookValue') }));
  if (ref.confidence === 'inferred' || ref.confidence === 'model assumption') wrap.append(' ', assumptionTag(ref.basis));
  return wrap;
}

export type Cell = string | Node;

/** A plain data table: caption, header row, body rows. */
export function table(caption: string, head: readonly string[], rows: readonly Cell[][], cls = ''): HTMLTableElement {
  const t = h('table', { class: `data-table ${cls}`.trim() });
  t.append(h('caption', { text: caption }));
  const thead = h('thead');
  const tr = h('tr');
  for (const c of head) tr.append(h('th', { scope: 'col', text: c }));
  thead.append(tr);
  t.append(thead);
  const tbody = h('tbody');
  for (const r of rows) {
    const row = h('tr');
    r.forEach((c, i) => {
      const cell = i === 0 ? h('th', { scope: 'row' }) : h('td');
      cell.append(c);
      row.append(cell);
    });
    tbody.append(row);
  }
  t.append(tbody);
  return t;
}

// ------------------------------------------------------------------ log strip

export interface StripItem {
  label: string;
  /** value in the strip's unit system (SI), > 0 */
  value: number;
  range?: { min: number; max: number };
  kind: 'reference' | 'detector' | 'prediction' | 'inside';
}

export interface StripSpec {
  title: string;
  items: StripItem[];
  /** tick label for 10^k in SI */
  tick: (v: number) => string;
  /** width in CSS pixels */
  width: number;
}

const FONT_PX = 14;
/** average glyph width / font size for system sans-serif: generous, so estimates over-reserve */
const CHAR_W = 0.58;
const ROW_H = 20;

/**
 * A horizontal log10 axis with one marker per item. Reference labels stack in rows above the
 * axis (each label takes the first row where it does not collide); prediction labels go below.
 */
export function logStrip(spec: StripSpec): SVGSVGElement {
  const items = spec.items.filter((i) => i.value > 0 && Number.isFinite(i.value));
  const all = items.flatMap((i) => [i.value, i.range?.min ?? i.value, i.range?.max ?? i.value]);
  const lo = Math.floor(Math.log10(Math.min(...all)) - 0.3);
  const hi = Math.ceil(Math.log10(Math.max(...all)) + 0.3);
  let widestTick = 0;
  for (let k = lo; k <= hi; k++) widestTick = Math.max(widestTick, spec.tick(10 ** k).length * 12 * CHAR_W);
  // end ticks' labels are centred on the ends: leave half a label of room
  const padL = Math.max(16, widestTick / 2 + 4);
  const padR = padL;
  const w = Math.max(320, spec.width);
  const x = (v: number): number => padL + ((Math.log10(v) - lo) / (hi - lo)) * (w - padL - padR);
  const textW = (s: string): number => s.length * FONT_PX * CHAR_W;

  // Rows: row 0 is next to the axis. Each label takes the first row where its box is free
  // (greedy, left to right), which keeps the strip compact; a leader may then pass behind a
  // label, so labels carry a halo in the background colour (CSS paint-order) and are drawn last.
  type Placement = { item: StripItem; row: number; anchor: 'start' | 'end' };
  const place = (list: StripItem[]): Placement[] => {
    const rows: Array<Array<[number, number]>> = [];
    const out: Placement[] = [];
    for (const item of [...list].sort((a, b) => a.value - b.value)) {
      const px = x(item.value);
      const tw = textW(item.label) + 8;
      const anchor: 'start' | 'end' = px + tw > w - 4 ? 'end' : 'start';
      const x0 = anchor === 'start' ? px - 4 : px - tw;
      const x1 = anchor === 'start' ? px + tw : px + 4;
      let r = 0;
      while ((rows[r] ?? []).some(([a, b]) => x0 < b && x1 > a)) r++;
      (rows[r] ??= []).push([x0, x1]);
      out.push({ item, row: r, anchor });
    }
    return out;
  };
  const above = place(items.filter((i) => i.kind !== 'prediction'));
  const below = place(items.filter((i) => i.kind === 'prediction'));
  const rowsAbove = Math.max(1, ...above.map((p) => p.row + 1));
  const rowsBelow = Math.max(1, ...below.map((p) => p.row + 1));
  const axisY = 8 + rowsAbove * ROW_H + 8;
  const height = axisY + 22 + rowsBelow * ROW_H + 8;

  const root = svg('svg', { class: 'log-strip', width: w, height, viewBox: `0 0 ${w} ${height}`, role: 'img', 'aria-label': spec.title });
  root.append(svg('title', {}, spec.title));
  root.append(svg('line', { x1: padL, x2: w - padR, y1: axisY, y2: axisY, class: 'strip-axis' }));
  // label every n-th decade so the widest tick label fits between labelled ticks
  const pxPerDecade = (w - padL - padR) / (hi - lo);
  const every = Math.max(1, Math.ceil((widestTick + 14) / pxPerDecade));
  // tick labels are drawn after the leaders (with a halo, like the labels), so a prediction's
  // leader passing through the tick row never strikes through a tick's text
  const tickLabels: SVGTextElement[] = [];
  for (let k = lo; k <= hi; k++) {
    const px = x(10 ** k);
    root.append(svg('line', { x1: px, x2: px, y1: axisY - 4, y2: axisY + 4, class: 'strip-tick' }));
    if ((k - lo) % every === 0) {
      tickLabels.push(svg('text', { x: px, y: axisY + 17, 'text-anchor': 'middle', class: 'strip-tick-label' }, spec.tick(10 ** k)));
    }
  }
  const labels: SVGTextElement[] = [];
  for (const p of above) {
    const px = x(p.item.value);
    const ly = 8 + (rowsAbove - 1 - p.row) * ROW_H + 14;
    if (p.item.range && p.item.range.max > p.item.range.min) {
      root.append(svg('line', { x1: x(p.item.range.min), x2: x(p.item.range.max), y1: axisY, y2: axisY, class: `strip-range ${p.item.kind}` }));
    }
    root.append(svg('line', { x1: px, x2: px, y1: ly + 4, y2: axisY, class: `strip-leader ${p.item.kind}` }));
    root.append(svg('circle', { cx: px, cy: axisY, r: 4.5, class: `strip-dot ${p.item.kind}` }));
    labels.push(svg('text', { x: p.anchor === 'start' ? px + 4 : px - 4, y: ly, 'text-anchor': p.anchor, class: `strip-label ${p.item.kind}` }, p.item.label));
  }
  for (const p of below) {
    const px = x(p.item.value);
    const ly = axisY + 22 + p.row * ROW_H + 14;
    // a bold accent bar through the axis marks the prediction without covering labels above it
    root.append(svg('line', { x1: px, x2: px, y1: axisY - 9, y2: ly - 12, class: 'strip-leader prediction' }));
    root.append(svg('circle', { cx: px, cy: axisY, r: 6, class: 'strip-pointer' }));
    labels.push(svg('text', { x: p.anchor === 'start' ? px + 4 : px - 4, y: ly, 'text-anchor': p.anchor, class: 'strip-label prediction' }, p.item.label));
  }
  root.append(...tickLabels, ...labels);
  return root;
}

/** Re-renders `render(width)` into `host` now and whenever the host's width changes. */
export function responsive(host: HTMLElement, render: (width: number) => Node): Dispose {
  let last = -1;
  const draw = (): void => {
    const wNow = Math.floor(host.clientWidth);
    if (wNow === last) return;
    last = wNow;
    host.replaceChildren(render(wNow > 0 ? wNow : 900));
  };
  draw();
  // redraw on the next frame, not inside the observer's callback: changing the host's content
  // there can resize it again in the same frame ('ResizeObserver loop' error events)
  let raf = 0;
  const ro = new ResizeObserver(() => {
    if (!raf) raf = requestAnimationFrame(() => {
      raf = 0;
      draw();
    });
  });
  ro.observe(host);
  return () => {
    if (raf) cancelAnimationFrame(raf);
    ro.disconnect();
  };
}
