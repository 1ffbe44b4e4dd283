// The Rabbit study tab's one animal loaded to 10 000 g: the true opening against load on log axes
// (SVG, the caliper's 0.1 mm, first movement and failure marked), its key, and the same numbers
// as a table. Numbers from downeySingleAnimal via the study; this file only draws them.

import { DOWNEY_2006 } from '../../model/content';
import type { DowneyStudy } from '../../model/contrasts';
import { newtonsToGrams } from '../../model/units';
import { t } from '../../i18n';
import { h } from '../dom';
import { formatForceG, formatForceN } from '../format';
import { svg } from './common';
import { dmmHg, fixed, mm, mmHg } from './downey-format';

// ------------------------------------------------------------------ the one animal's curve

const SVG_W = 720;
const SVG_H = 320;

export function singleAnimalSvg(study: DowneyStudy): SVGSVGElement {
  const s = study.singleAnimal;
  const m = { l: 78, r: 24, t: 18, b: 52 };
  const caliperMM = study.protocol.caliperResolutionMM;
  const pts = s.loadsG.map((g, i) => ({ g, gap: s.trueGapMM[i] })).filter((p) => p.g > 0);
  const gMin = pts[0].g / 1.6;
  const gMax = pts[pts.length - 1].g * 1.6;
  const positive = pts.map((p) => p.gap).filter((v) => v > 0);
  const yLo = Math.floor(Math.log10(Math.min(caliperMM, ...positive, DOWNEY_2006.firstMovement.separationMm) / 2));
  const yHi = Math.ceil(Math.log10(Math.max(caliperMM, ...positive, DOWNEY_2006.firstMovement.separationMm) * 1.5));
  const X = (g: number): number => m.l + ((Math.log10(g) - Math.log10(gMin)) / (Math.log10(gMax) - Math.log10(gMin))) * (SVG_W - m.l - m.r);
  const Y = (v: number): number => {
    const lv = Math.min(yHi, Math.max(yLo, Math.log10(Math.max(v, 10 ** yLo))));
    return m.t + ((yHi - lv) / (yHi - yLo)) * (SVG_H - m.t - m.b);
  };
  const root = svg('svg', {
    class: 'downey-curve',
    viewBox: `0 0 ${SVG_W} ${SVG_H}`,
    role: 'img',
    'aria-label': t('tabs.downey.curve.aria', { from: formatForceG(pts[0].g), to: formatForceG(pts[pts.length - 1].g), caliper: mm(caliperMM) }),
  });
  root.append(svg('title', {}, t('tabs.downey.curve.title')));
  const x0 = m.l;
  const x1 = SVG_W - m.r;
  const y0 = SVG_H - m.b;
  const y1 = m.t;
  // grid and y ticks, one per decade
  for (let k = yLo; k <= yHi; k++) {
    root.append(svg('line', { x1: x0, x2: x1, y1: Y(10 ** k), y2: Y(10 ** k), class: 'grid' }));
    root.append(svg('text', { x: x0 - 6, y: Y(10 ** k) + 4, 'text-anchor': 'end', class: 'tick' }, mm(10 ** k)));
  }
  // x ticks at the protocol's loads
  for (const p of pts) {
    root.append(svg('line', { x1: X(p.g), x2: X(p.g), y1: y0, y2: y1, class: 'grid' }));
    root.append(svg('text', { x: X(p.g), y: y0 + 16, 'text-anchor': 'middle', class: 'tick' }, formatForceG(p.g)));
  }
  root.append(svg('line', { x1: x0, x2: x1, y1: y0, y2: y0, class: 'axis' }));
  root.append(svg('line', { x1: x0, x2: x0, y1: y0, y2: y1, class: 'axis' }));
  root.append(svg('text', { x: (x0 + x1) / 2, y: SVG_H - 8, 'text-anchor': 'middle', class: 'axis-label' }, t('tabs.downey.curve.xAxis')));
  const yMid = (y0 + y1) / 2;
  root.append(svg('text', { x: 14, y: yMid, transform: `rotate(-90 14 ${yMid})`, 'text-anchor': 'middle', class: 'axis-label' }, t('tabs.downey.curve.yAxis')));
  // the caliper's resolution
  root.append(svg('line', { x1: x0, x2: x1, y1: Y(caliperMM), y2: Y(caliperMM), class: 'caliper-line' }));
  root.append(svg('text', { x: x1 - 4, y: Y(caliperMM) + 15, 'text-anchor': 'end', class: 'caliper-label' }, t('tabs.downey.curve.caliper', { value: mm(caliperMM) })));
  // failure: past it the opening is shown at its value at failure
  if (s.failureG !== null) {
    root.append(svg('line', { x1: X(s.failureG), x2: X(s.failureG), y1: y0, y2: y1, class: 'failure-line' }));
    // the label left of the line, unless that would run into the y axis's tick labels
    const fx = X(s.failureG);
    const left = fx - x0 > 110;
    root.append(svg('text', { x: left ? fx - 5 : fx + 5, y: y1 + 12, 'text-anchor': left ? 'end' : 'start', class: 'failure-label' }, t('tabs.downey.curve.failedBy', { load: formatForceG(s.failureG) })));
  }
  // first movement
  if (s.firstMovementG !== null) {
    const g = s.firstMovementG;
    const v = pts.find((p) => p.g === g)!.gap;
    root.append(svg('line', { x1: X(g), x2: X(g), y1: y0, y2: Y(v), class: 'first-line' }));
  }
  // the model's curve and points
  root.append(svg('path', { d: pts.map((p, i) => `${i ? 'L' : 'M'}${X(p.g).toFixed(1)} ${Y(p.gap).toFixed(1)}`).join(''), class: 'curve-line' }));
  for (const p of pts) root.append(svg('circle', { cx: X(p.g), cy: Y(p.gap), r: 4.5, class: 'curve-dot' }));
  // the study's one reported separation
  const f = DOWNEY_2006.firstMovement;
  const sx = X(f.loadG);
  const sy = Y(f.separationMm);
  root.append(svg('rect', { x: sx - 7, y: sy - 7, width: 14, height: 14, class: 'study-mark' }));
  return root;
}

/** the chart's key, as HTML under it (keeps labels off the curve) */
export function curveKey(study: DowneyStudy): HTMLElement {
  const s = study.singleAnimal;
  const sw = (cls: string): SVGSVGElement => {
    const k = svg('svg', { class: 'key-swatch', viewBox: '0 0 22 14', width: 22, height: 14, 'aria-hidden': 'true' });
    if (cls === 'curve') k.append(svg('line', { x1: 1, x2: 21, y1: 7, y2: 7, class: 'curve-line' }), svg('circle', { cx: 11, cy: 7, r: 4, class: 'curve-dot' }));
    if (cls === 'study') k.append(svg('rect', { x: 5, y: 1, width: 12, height: 12, class: 'study-mark' }));
    if (cls === 'caliper') k.append(svg('line', { x1: 1, x2: 21, y1: 7, y2: 7, class: 'caliper-line' }));
    if (cls === 'first') k.append(svg('line', { x1: 11, x2: 11, y1: 1, y2: 13, class: 'first-line' }));
    if (cls === 'failure') k.append(svg('line', { x1: 11, x2: 11, y1: 1, y2: 13, class: 'failure-line' }));
    return k;
  };
  const first = DOWNEY_2006.firstMovement;
  const at500 = s.loadsG.indexOf(first.loadG);
  const caliper = mm(study.protocol.caliperResolutionMM);
  const items: Array<[string, string]> = [
    ['curve', t('tabs.downey.key.curve', { gap: mm(s.trueGapMM[at500]), load: formatForceG(first.loadG) })],
    ['study', t('tabs.downey.key.study', { load: formatForceG(first.loadG), separation: `${fixed(first.separationMm, 2)} mm` })],
    ['caliper', t('tabs.downey.key.caliper', { value: caliper })],
    ['first', s.firstMovementG === null ? t('tabs.downey.key.firstNever', { value: caliper }) : t('tabs.downey.key.first', { value: caliper, load: formatForceG(s.firstMovementG) })],
    [
      'failure',
      s.failureG === null
        ? t('tabs.downey.key.noFailure', { top: formatForceG(s.loadsG[s.loadsG.length - 1]) })
        : t('tabs.downey.key.failure', { load: formatForceG(s.failureG), forceN: formatForceN(s.failureForceN), forceG: formatForceG(newtonsToGrams(s.failureForceN)) }),
    ],
  ];
  const ul = h('ul', { class: 'curve-key' });
  // no swatch for a mark the chart does not draw
  const drawn = (cls: string): boolean => (cls === 'first' ? s.firstMovementG !== null : cls === 'failure' ? s.failureG !== null : true);
  for (const [cls, text] of items) ul.append(h('li', {}, drawn(cls) ? sw(cls) : h('span', { class: 'key-blank', 'aria-hidden': 'true' }), ' ', text));
  return ul;
}

export function singleTable(study: DowneyStudy): HTMLTableElement {
  const s = study.singleAnimal;
  const table = h('table', { class: 'data-table downey-table' });
  table.append(h('caption', { text: t('tabs.downey.single.caption') }));
  table.append(
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['load', 'opening', 'icp', 'reported'].map((c) => h('th', { scope: 'col', text: t(`tabs.downey.single.col.${c}`) })),
      ),
    ),
  );
  const tbody = h('tbody');
  const rest = s.trueIcpMmHg[0];
  s.loadsG.forEach((g, i) => {
    const step = DOWNEY_2006.singleAnimal.find((st) => st.loadG === g);
    const first = g > 0 && g === s.firstMovementG;
    const failed = s.failureG !== null && g >= s.failureG;
    tbody.append(
      h(
        'tr',
        { 'data-load-g': g },
        h('th', { scope: 'row', text: g === 0 ? t('tabs.downey.baseline') : formatForceG(g) }),
        h(
          'td',
          {},
          h('span', { class: first ? 'flag-first' : '' }, mm(s.trueGapMM[i], { signed: true }), first ? t('tabs.downey.single.firstAbove', { value: mm(study.protocol.caliperResolutionMM) }) : ''),
          failed ? t('tabs.downey.single.failed') : '',
        ),
        h('td', { text: `${mmHg(s.trueIcpMmHg[i], 1)} (${dmmHg(s.trueIcpMmHg[i] - rest)})` }),
        h('td', { text: step ? `${t(`content.downey.single.${step.loadG}.movement`)}; ${t(`content.downey.single.${step.loadG}.icp`)}` : t('tabs.downey.single.baselineReported') }),
      ),
    );
  });
  table.append(tbody);
  return table;
}
