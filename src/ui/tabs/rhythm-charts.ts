// The Rhythm tab's charts: a canvas trace of resting ICP (../line-chart.ts), its power spectrum in SVG (claimed band
// shaded, peaks marked), the rates side by side, and the palpation-reliability studies as bars.
// DOM only: the numbers come from model/contrasts and model/content.

import { CRI_BAND_HZ, CRI_CLAIMS, RELIABILITY_REVIEW_SOURCE, RELIABILITY_STUDIES, SERGUEEF_2011 } from '../../model/content';
import type { IcpSpectrum, Peak, RhythmPeaks } from '../../model/contrasts';
import { SUBJECTS } from '../../model/index';
import { t } from '../../i18n';
import { cssVar, h } from '../dom';
import { formatNumber } from '../format';
import { LineChart } from '../line-chart';
import { sourceLinks, svg, type Dispose, type ViewContext } from './common';

/** a claim's name, a reliability study's part in brackets ("(head)"), a level of experience: content prose */
const claimLabel = (id: string): string => t(`content.claim.${id}.label`);
const studyPart = (label: string): string => (label.includes('(') ? ` ${label.slice(label.indexOf('('))}` : '');
const experience = (i: number): string => t(`content.palpation.experience.${i}`);

/** seconds of the trace shown */
export const TRACE_S = 60;

export const hz = (f: number): string => `${formatNumber(f, { sig: 2 })} Hz (${formatNumber(f * 60, { sig: 2 })}/min)`;

/** The trace: model ICP (mmHg) and, on its own unitless scale, the claimed rhythm's timing only. */
export function traceChart(host: HTMLElement, spec: IcpSpectrum): Dispose {
  const n = spec.timeS.length;
  const t0 = spec.timeS[n - 1] - TRACE_S;
  const xs: number[] = [];
  const ys: number[] = [];
  const claim: number[] = [];
  const criHz = (CRI_BAND_HZ.min + CRI_BAND_HZ.max) / 2; // 9/min, middle of the claimed band
  for (let i = 0; i < n; i++) {
    if (spec.timeS[i] < t0) continue;
    const t = spec.timeS[i] - t0;
    xs.push(t);
    ys.push(spec.icpMmHg[i]);
    claim.push(Math.sin(2 * Math.PI * criHz * t));
  }
  const font = '13px system-ui, sans-serif';
  const plot = new LineChart(
    {
      width: Math.max(320, host.clientWidth || 800),
      height: 220,
      legend: true,
      x: { label: t('tabs.rhythm.chart.time'), size: 26, labelSize: 22, values: (s) => s.map((v) => formatNumber(v)) },
      y: { label: t('tabs.rhythm.chart.icp'), size: 46, labelSize: 24, values: (s) => s.map((v) => formatNumber(v, { sig: 3 })) },
      series: [
        { label: t('tabs.rhythm.chart.icpSeries'), stroke: '#0072B2', width: 2 },
        // unitless: the claimed rhythm's timing only, on a range of its own
        { label: t('tabs.rhythm.chart.claimSeries'), stroke: () => cssVar('--claim', '#E69F00'), width: 2, dash: [8, 6], range: [-1.6, 1.6] },
      ],
      font,
      labelFont: font,
    },
    host,
  );
  plot.setData(xs, ys, claim);
  // resize on the next frame, not inside the observer's callback (see common.ts responsive)
  let raf = 0;
  const ro = new ResizeObserver(() => {
    if (!raf) raf = requestAnimationFrame(() => {
      raf = 0;
      const w = Math.max(320, Math.floor(host.clientWidth));
      if (w !== plot.width) plot.setSize({ width: w, height: 220 });
    });
  });
  ro.observe(host);
  return () => {
    if (raf) cancelAnimationFrame(raf);
    ro.disconnect();
    plot.destroy();
  };
}

/** Log-log spectrum in SVG with the claimed band shaded and the three peaks marked. */
export function spectrumSvg(spec: IcpSpectrum, peaks: RhythmPeaks, width: number): SVGSVGElement {
  const W = Math.max(360, width);
  const H = 320;
  const m = { l: 78, r: 34, t: 34, b: 50 };
  const fMin = 0.01;
  const fMax = spec.sampleHz / 2;
  let pMax = 0;
  for (let k = 0; k < spec.power.length; k++) if (spec.freqHz[k] >= fMin) pMax = Math.max(pMax, spec.power[k]);
  const yHi = Math.ceil(Math.log10(pMax) + 0.2);
  const yLo = yHi - 7;
  const X = (f: number): number => m.l + ((Math.log10(f) - Math.log10(fMin)) / (Math.log10(fMax) - Math.log10(fMin))) * (W - m.l - m.r);
  const Y = (p: number): number => {
    const lp = Math.min(yHi, Math.max(yLo, Math.log10(Math.max(p, 1e-300))));
    return m.t + ((yHi - lp) / (yHi - yLo)) * (H - m.t - m.b);
  };
  const root = svg('svg', { class: 'spectrum', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': t('tabs.rhythm.chart.spectrumAria') });
  root.append(svg('title', {}, t('tabs.rhythm.chart.spectrumTitle')));
  // claimed band
  const bx0 = X(CRI_BAND_HZ.min);
  const bx1 = X(CRI_BAND_HZ.max);
  root.append(svg('rect', { x: bx0, y: m.t, width: bx1 - bx0, height: H - m.t - m.b, class: 'claim-band' }));
  root.append(svg('text', { x: (bx0 + bx1) / 2, y: m.t - 8, 'text-anchor': 'middle', class: 'claim-label' }, t('tabs.rhythm.chart.claimBand')));
  // axes
  root.append(svg('line', { x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b, class: 'axis' }));
  root.append(svg('line', { x1: m.l, x2: m.l, y1: m.t, y2: H - m.b, class: 'axis' }));
  for (let k = -2; k <= Math.floor(Math.log10(fMax)); k++) {
    const f = 10 ** k;
    root.append(svg('line', { x1: X(f), x2: X(f), y1: m.t, y2: H - m.b, class: 'grid' }));
    root.append(svg('text', { x: X(f), y: H - m.b + 16, 'text-anchor': 'middle', class: 'tick' }, `${formatNumber(f)} Hz`));
    root.append(svg('text', { x: X(f), y: H - m.b + 31, 'text-anchor': 'middle', class: 'tick sub' }, `${formatNumber(f * 60)}/min`));
  }
  for (let k = yLo; k <= yHi; k += 1) {
    root.append(svg('line', { x1: m.l, x2: W - m.r, y1: Y(10 ** k), y2: Y(10 ** k), class: 'grid' }));
    if ((k - yLo) % 2 === 0) root.append(svg('text', { x: m.l - 6, y: Y(10 ** k) + 4, 'text-anchor': 'end', class: 'tick' }, formatNumber(10 ** k)));
  }
  root.append(svg('text', { x: 14, y: (m.t + H - m.b) / 2, transform: `rotate(-90 14 ${(m.t + H - m.b) / 2})`, 'text-anchor': 'middle', class: 'axis-label' }, t('tabs.rhythm.chart.power')));
  root.append(svg('text', { x: (m.l + W - m.r) / 2, y: H - 4, 'text-anchor': 'middle', class: 'axis-label' }, t('tabs.rhythm.chart.frequency')));
  // the spectrum
  let d = '';
  for (let k = 0; k < spec.freqHz.length; k++) {
    const f = spec.freqHz[k];
    if (f < fMin) continue;
    d += `${d ? 'L' : 'M'}${X(f).toFixed(1)} ${Y(spec.power[k]).toFixed(1)}`;
  }
  root.append(svg('path', { d, class: 'spectrum-line' }));
  // peaks, labels stacked so they do not collide
  const marks: Array<[string, Peak | null]> = [
    [t('tabs.rhythm.chart.mayer'), peaks.mayer],
    [t('tabs.rhythm.breathing'), peaks.breathing],
    [t('tabs.rhythm.heartbeat'), peaks.heartbeat],
  ];
  marks.forEach(([name, p], i) => {
    if (!p) return;
    const x = X(p.freqHz);
    const y = Y(p.power);
    root.append(svg('circle', { cx: x, cy: y, r: 5, class: 'peak-dot' }));
    const ly = m.t + 16 + i * 18;
    const anchor = x > W - 200 ? 'end' : 'start';
    root.append(svg('line', { x1: x, x2: x, y1: ly + 3, y2: y - 6, class: 'peak-leader' }));
    root.append(svg('text', { x: anchor === 'start' ? x + 5 : x - 5, y: ly, 'text-anchor': anchor, class: 'peak-label' }, `${name} ${formatNumber(p.freqHz)} Hz`));
  });
  return root;
}

/** Interrater ICC per study as horizontal bars on -0.2..1 (0 = chance, 1 = perfect). */
export function reliabilityChart(ctx: ViewContext): HTMLElement {
  const lo = -0.2;
  const hi = 1;
  const pos = (v: number): string => `${(((v - lo) / (hi - lo)) * 100).toFixed(2)}%`;
  const chart = h('figure', { class: 'icc-chart' });
  chart.append(h('figcaption', {}, t('tabs.rhythm.icc.caption'), ' ', h('span', {}, `(${t('tabs.rhythm.icc.review')} `, sourceLinks(ctx.appStore, [RELIABILITY_REVIEW_SOURCE]), ')')));
  const scale = h('div', { class: 'icc-row icc-scale', 'aria-hidden': 'true' }, h('span', { class: 'icc-label' }));
  const track0 = h('div', { class: 'icc-track' });
  for (const v of [-0.2, 0, 0.2, 0.4, 0.6, 0.8, 1]) {
    const t = h('span', { class: 'icc-tick', text: formatNumber(v, { sciBelow: 0.001 }) });
    t.style.left = pos(v);
    track0.append(t);
  }
  scale.append(track0);
  chart.append(scale);
  for (const s of RELIABILITY_STUDIES) {
    const track = h('div', { class: 'icc-track' });
    const zero = h('span', { class: 'icc-zero' });
    zero.style.left = pos(0);
    const poor = h('span', { class: 'icc-poor' });
    poor.style.left = pos(lo);
    poor.style.width = `calc(${pos(0.4)} - ${pos(lo)})`;
    track.append(poor, zero);
    let valueText: string;
    if (s.interrater.kind === 'icc') {
      const bar = h('span', { class: 'icc-bar' });
      bar.style.left = pos(s.interrater.min);
      bar.style.width = `max(6px, calc(${pos(s.interrater.max)} - ${pos(s.interrater.min)}))`;
      track.append(bar);
      const icc = (v: number): string => formatNumber(v, { sciBelow: 0.001 });
      valueText = s.interrater.min === s.interrater.max ? t('tabs.rhythm.icc.value', { value: icc(s.interrater.min) }) : t('tabs.rhythm.icc.range', { min: icc(s.interrater.min), max: icc(s.interrater.max) });
    } else {
      valueText = t('tabs.rhythm.icc.noIcc');
      track.append(h('span', { class: 'icc-text', title: t(`content.reliability.${s.id}.interrater`), text: t('tabs.rhythm.icc.limits') }));
    }
    chart.append(
      h(
        'div',
        { class: 'icc-row' },
        h('span', { class: 'icc-label' }, sourceLinks(ctx.appStore, [s.sourceId]), studyPart(t(`content.reliability.${s.id}.label`)), h('span', { class: 'icc-n', text: ` ${t('tabs.rhythm.subjects', { n: s.subjects })}` })),
        track,
        h('span', { class: 'icc-value', text: valueText }),
      ),
    );
  }
  chart.append(h('p', { class: 'hint', text: t('tabs.rhythm.icc.hint', { poor: formatNumber(0.4), hanten: `${formatNumber(0.78)}-${formatNumber(0.83)}` }) }));
  return chart;
}

/**
 * The rates side by side on one per-minute axis: each claim (a band), the rate examiners report
 * palpating (Sergueef 2011: mean +/- 1 SD as a band, the mean and the by-experience means as
 * marks) and the human Mayer-wave band (the model's parameter range). HTML rows like the ICC
 * chart: label, track, value in words; the bars are drawing only, the words carry the numbers.
 */
export function rateChart(ctx: ViewContext): HTMLElement {
  const palp = SERGUEEF_2011;
  const mayer = SUBJECTS.adult.params.mayerFrequency;
  const palpLo = Math.max(0, palp.meanPerMin - palp.sdPerMin);
  const palpHi = palp.meanPerMin + palp.sdPerMin;
  const top = Math.ceil(Math.max(palpHi, mayer.max * 60, ...CRI_CLAIMS.map((c) => c.maxPerMin)) / 2) * 2 + 2;
  const pos = (v: number): string => `${((Math.min(top, Math.max(0, v)) / top) * 100).toFixed(2)}%`;
  const band = (lo: number, hi: number, cls: string, title: string): HTMLElement => {
    const b = h('span', { class: `rate-band ${cls}`, title });
    b.style.left = pos(lo);
    b.style.width = `calc(${pos(hi)} - ${pos(lo)})`;
    return b;
  };
  const mark = (v: number, cls: string, title: string): HTMLElement => {
    const m = h('span', { class: `rate-mark ${cls}`, title });
    m.style.left = pos(v);
    return m;
  };
  const perMin = (v: number): string => `${formatNumber(v, { sig: 3 })}/min`;
  const row = (label: Node[], track: HTMLElement, value: string, kind: string): HTMLElement =>
    h('div', { class: `icc-row rate-row ${kind}` }, h('span', { class: 'icc-label' }, ...label), track, h('span', { class: 'icc-value', text: value }));

  const chart = h('figure', { class: 'rate-chart' });
  chart.append(h('figcaption', { text: t('tabs.rhythm.rates.caption') }));
  const scale = h('div', { class: 'icc-row icc-scale', 'aria-hidden': 'true' }, h('span', { class: 'icc-label' }));
  const ticks = h('div', { class: 'icc-track' });
  for (let v = 0; v <= top; v += 2) {
    const t = h('span', { class: 'icc-tick', text: v === top ? `${v}/min` : String(v) });
    t.style.left = pos(v);
    ticks.append(t);
  }
  scale.append(ticks, h('span', { class: 'icc-value' }));
  chart.append(scale);

  for (const c of CRI_CLAIMS) {
    const track = h('div', { class: 'icc-track', 'aria-hidden': 'true' }, band(c.minPerMin, c.maxPerMin, 'claim', t('tabs.rhythm.rates.claimTitle', { claim: claimLabel(c.id) })));
    chart.append(row([h('span', { text: `${claimLabel(c.id)} ` }), h('em', { text: `${t('tabs.rhythm.rates.aClaim')} ` }), h('span', {}, '(', sourceLinks(ctx.appStore, c.sourceIds), ')')], track, `${formatNumber(c.minPerMin)}–${perMin(c.maxPerMin)}`, 'claim'));
  }

  const palpTrack = h('div', { class: 'icc-track', 'aria-hidden': 'true' }, band(palpLo, palpHi, 'palpation', t('tabs.rhythm.rates.meanSd')), mark(palp.meanPerMin, 'palpation', t('tabs.rhythm.rates.mean', { rate: perMin(palp.meanPerMin) })));
  palp.byExperience.forEach((e, i) => palpTrack.append(mark(e.meanPerMin, 'palpation experience', t('tabs.rhythm.rates.byExperience', { experience: experience(i), rate: perMin(e.meanPerMin) }))));
  chart.append(
    row(
      [h('span', { text: `${t('tabs.rhythm.rates.palpation')} ` }), h('span', {}, '(', sourceLinks(ctx.appStore, [palp.sourceId]), `, ${t('tabs.rhythm.rates.validOf', { valid: palp.validSubjects, n: palp.subjects })})`)],
      palpTrack,
      t('tabs.rhythm.rates.palpValue', {
        mean: formatNumber(palp.meanPerMin, { sig: 3 }),
        sd: perMin(palp.sdPerMin),
        after: palp.byExperience.map((e, i) => t('tabs.rhythm.rates.after', { rate: perMin(e.meanPerMin), experience: experience(i) })).join(', '),
      }),
      'palpation',
    ),
  );

  const mayerTrack = h('div', { class: 'icc-track', 'aria-hidden': 'true' }, band(mayer.min * 60, mayer.max * 60, 'mayer', t('tabs.rhythm.rates.mayer')), mark(mayer.value * 60, 'mayer', t('tabs.rhythm.rates.modelValue', { rate: perMin(mayer.value * 60) })));
  chart.append(
    row(
      [h('span', { text: `${t('tabs.rhythm.rates.mayerPeople')} ` }), h('span', {}, '(', sourceLinks(ctx.appStore, ['julien2006']), ')')],
      mayerTrack,
      `${formatNumber(mayer.min * 60, { sig: 2 })}–${perMin(mayer.max * 60)} (${formatNumber(mayer.min, { sig: 2 })}–${formatNumber(mayer.max, { sig: 2 })} Hz)`,
      'mayer',
    ),
  );
  chart.append(
    h('p', {
      class: 'hint',
      text: t('tabs.rhythm.rates.hint', { first: experience(0), last: experience(palp.byExperience.length - 1) }),
    }),
  );
  return chart;
}

