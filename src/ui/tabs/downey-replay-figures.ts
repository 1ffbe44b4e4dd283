// The Downey replay's two small figures: a radiograph-style inset of the right coronal suture
// (grey X-ray look, the plates as bright rectangles, the caliper's jaws and reading), drawn at
// true scale, and the epidural ICP trace running through the steps' reading windows. Numbers
// from downeyReplay (the model); this file only draws them.

import type { DowneyReplay, DowneyReplayStep } from '../../model/contrasts';
import { formatForceG, formatPressure } from '../format';
import { t } from '../../i18n';
import { uid } from '../dom';
import { svg } from './common';
import { mm, reading } from './downey-format';

/** The figures' words, from the tabs' catalog each time they are drawn. */
const TEXT = {
  get radiographTitle() { return t('tabs.downey.replay.radiographTitle'); },
  radiographLabel: (load: string, caliper: string, trueGap: string) => t('tabs.downey.replay.radiographLabel', { load, caliper, trueGap }),
  scaleBar: '1 mm',
  get suture() { return t('tabs.downey.replay.suture'); },
  get frontal() { return t('tabs.downey.replay.frontal'); },
  get parietal() { return t('tabs.downey.replay.parietal'); },
  get traceTitle() { return t('tabs.downey.replay.traceTitle'); },
  traceLabel: (n: number, lo: string, hi: string) => t('tabs.downey.replay.traceLabel', { n, lo, hi }),
  get traceAxis() { return t('tabs.downey.replay.traceAxis'); },
  get traceTime() { return t('tabs.downey.replay.traceTime'); },
};

// ------------------------------------------------------------------ radiograph

/** the inset's field of view, mm (true scale: the plates sit about 3 mm apart) */
const FIELD_MM = 9;
const RAD_W = 300;
const RAD_H = 210;
/** plate size on the film, mm (1.2 mm plates, drawn as bars ~1.2 x 4 mm) */
const PLATE_W_MM = 1.2;
const PLATE_H_MM = 4;

export function radiographSvg(step: DowneyReplayStep): SVGSVGElement {
  const pxPerMM = RAD_W / FIELD_MM;
  const cx = RAD_W / 2;
  const cy = RAD_H / 2 - 6;
  // the plates' inner edges sit their true separation apart (the caliper's reading adds its blur)
  const half = (step.plateSeparationMM / 2) * pxPerMM;
  const grain = uid('xray-grain');
  const bone = uid('xray-bone');
  const root = svg('svg', {
    class: 'downey-radiograph',
    viewBox: `0 0 ${RAD_W} ${RAD_H}`,
    role: 'img',
    'aria-label': TEXT.radiographLabel(formatForceG(step.loadG), reading(step.caliperMM), mm(step.trueGapMM)),
  });
  root.append(svg('title', {}, TEXT.radiographTitle));
  const defs = svg('defs');
  const filter = svg('filter', { id: grain, x: 0, y: 0, width: 1, height: 1 });
  filter.append(
    svg('feTurbulence', { type: 'fractalNoise', baseFrequency: 0.9, numOctaves: 2, seed: 3, result: 'n' }),
    svg('feColorMatrix', { in: 'n', type: 'saturate', values: 0, result: 'g' }),
    svg('feComposite', { in: 'g', in2: 'SourceGraphic', operator: 'in', result: 'gm' }),
    svg('feBlend', { in: 'SourceGraphic', in2: 'gm', mode: 'multiply' }),
  );
  const grad = svg('radialGradient', { id: bone, cx: 0.5, cy: 0.45, r: 0.75 });
  grad.append(svg('stop', { offset: 0, 'stop-color': '#9a9a9a' }), svg('stop', { offset: 1, 'stop-color': '#3c3c3c' }));
  defs.append(filter, grad);
  root.append(defs);
  // film, bone, the suture as a darker wavy seam across the field
  root.append(svg('rect', { x: 0, y: 0, width: RAD_W, height: RAD_H, fill: '#101010' }));
  root.append(svg('rect', { x: 8, y: 6, width: RAD_W - 16, height: RAD_H - 34, rx: 28, fill: `url(#${bone})`, filter: `url(#${grain})` }));
  const seam: string[] = [];
  for (let y = 8; y <= RAD_H - 30; y += 6) seam.push(`${cx + 4 * Math.sin(y * 0.21) + 2 * Math.sin(y * 0.57)},${y}`);
  root.append(svg('polyline', { points: seam.join(' '), fill: 'none', stroke: '#262626', 'stroke-width': 3 }));
  root.append(svg('text', { x: cx + 8, y: 20, class: 'xray-label' }, TEXT.suture));
  root.append(svg('text', { x: 16, y: RAD_H - 36, class: 'xray-label' }, TEXT.frontal));
  root.append(svg('text', { x: RAD_W - 16, y: RAD_H - 36, class: 'xray-label', 'text-anchor': 'end' }, TEXT.parietal));
  // the plates: bright, metal stops X-rays; a screw hole at each end
  const pw = PLATE_W_MM * pxPerMM;
  const ph = PLATE_H_MM * pxPerMM;
  for (const x of [cx - half - pw, cx + half]) {
    root.append(svg('rect', { x, y: cy - ph / 2, width: pw, height: ph, rx: 2, fill: '#f4f4f4' }));
    for (const sy of [cy - ph / 2 + pw / 2, cy + ph / 2 - pw / 2]) root.append(svg('circle', { cx: x + pw / 2, cy: sy, r: pw * 0.22, fill: '#8a8a8a' }));
  }
  // the caliper's jaws on the plates' inner edges and its reading
  const jawY = cy + ph / 2 + 10;
  root.append(svg('line', { x1: cx - half, x2: cx - half, y1: cy - ph / 2 - 6, y2: jawY + 4, class: 'caliper-jaw' }));
  root.append(svg('line', { x1: cx + half, x2: cx + half, y1: cy - ph / 2 - 6, y2: jawY + 4, class: 'caliper-jaw' }));
  root.append(svg('line', { x1: cx - half, x2: cx + half, y1: jawY, y2: jawY, class: 'caliper-jaw' }));
  root.append(svg('text', { x: cx, y: jawY + 16, 'text-anchor': 'middle', class: 'caliper-text' }, reading(step.caliperMM)));
  // scale bar
  root.append(svg('line', { x1: 14, x2: 14 + pxPerMM, y1: RAD_H - 12, y2: RAD_H - 12, stroke: '#e8e8e8', 'stroke-width': 2 }));
  root.append(svg('text', { x: 14 + pxPerMM + 6, y: RAD_H - 8, class: 'xray-label' }, TEXT.scaleBar));
  return root;
}

// ------------------------------------------------------------------ ICP trace

const TR_W = 560;
const TR_H = 170;
const TR_M = { l: 46, r: 8, t: 10, b: 30 };

export interface TraceScale {
  lo: number;
  hi: number;
}

/** One y range for the whole replay, whole mmHg around every true value and reading. */
export function traceScale(replay: DowneyReplay): TraceScale {
  const all = replay.steps.flatMap((s) => [...s.icpTrueMmHg, ...s.icpReadMmHg]);
  return { lo: Math.floor(Math.min(...all)) - 0.5, hi: Math.ceil(Math.max(...all)) + 0.5 };
}

/**
 * The trace through step `upTo` (0-based), the last window drawn to `fraction` (0-1) of its
 * samples. Each step's window takes an equal slot along x, labelled with its load.
 */
export function icpTraceSvg(replay: DowneyReplay, scale: TraceScale, upTo: number, fraction: number): SVGSVGElement {
  const n = replay.steps.length;
  const slot = (TR_W - TR_M.l - TR_M.r) / n;
  const Y = (v: number): number => TR_M.t + ((scale.hi - v) / (scale.hi - scale.lo)) * (TR_H - TR_M.t - TR_M.b);
  const root = svg('svg', {
    class: 'downey-trace',
    viewBox: `0 0 ${TR_W} ${TR_H}`,
    role: 'img',
    'aria-label': TEXT.traceLabel(upTo + 1, formatPressure(scale.lo), formatPressure(scale.hi)),
  });
  root.append(svg('title', {}, TEXT.traceTitle));
  for (let v = Math.ceil(scale.lo); v <= scale.hi; v++) {
    root.append(svg('line', { x1: TR_M.l, x2: TR_W - TR_M.r, y1: Y(v), y2: Y(v), class: 'grid' }));
    root.append(svg('text', { x: TR_M.l - 5, y: Y(v) + 4, 'text-anchor': 'end', class: 'tick' }, String(v)));
  }
  const yMid = (TR_M.t + TR_H - TR_M.b) / 2;
  root.append(svg('text', { x: 11, y: yMid, transform: `rotate(-90 11 ${yMid})`, 'text-anchor': 'middle', class: 'axis-label' }, TEXT.traceAxis));
  replay.steps.forEach((s, i) => {
    const x0 = TR_M.l + i * slot;
    const current = i === upTo;
    root.append(svg('line', { x1: x0, x2: x0, y1: TR_M.t, y2: TR_H - TR_M.b, class: 'grid' }));
    root.append(svg('text', { x: x0 + slot / 2, y: TR_H - TR_M.b + 13, 'text-anchor': 'middle', class: current ? 'tick current' : 'tick' }, formatForceG(s.loadG)));
    if (i > upTo) return;
    const m = i === upTo ? Math.max(1, Math.round(s.icpTrueMmHg.length * Math.min(1, Math.max(0, fraction)))) : s.icpTrueMmHg.length;
    const X = (k: number): number => x0 + ((k + 0.5) / s.icpTrueMmHg.length) * slot;
    const line: string[] = [];
    // each reading a dot (whole mmHg: they fall on two or three levels), the true ICP a line
    const dots: string[] = [];
    for (let k = 0; k < m; k++) {
      line.push(`${X(k).toFixed(1)},${Y(s.icpTrueMmHg[k]).toFixed(1)}`);
      dots.push(`M${X(k).toFixed(1)} ${Y(s.icpReadMmHg[k]).toFixed(1)}h0`);
    }
    root.append(svg('path', { d: dots.join(''), class: 'trace-read' }));
    root.append(svg('polyline', { points: line.join(' '), class: 'trace-true' }));
    // a finished window: the mean of its readings, the value the study's table gives
    if (m === s.icpReadMmHg.length) root.append(svg('line', { x1: x0 + 3, x2: x0 + slot - 3, y1: Y(s.icpMeanReadMmHg), y2: Y(s.icpMeanReadMmHg), class: 'trace-mean' }));
  });
  root.append(svg('text', { x: (TR_M.l + TR_W - TR_M.r) / 2, y: TR_H - 3, 'text-anchor': 'middle', class: 'axis-label' }, TEXT.traceTime));
  return root;
}
