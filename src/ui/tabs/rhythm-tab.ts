// Rhythm view (?view=rhythm): the rhythm practitioners say they palpate (6-12 per minute, shown
// as a claim) beside the rhythms the model's ICP really carries: a trace of resting ICP (uPlot),
// its power spectrum with the heartbeat, breathing and Mayer-wave peaks marked and the claimed
// band shaded (human or rabbit), the rates side by side (the claims, the rate examiners report
// palpating, Sergueef 2011, and the Mayer-wave band), the palpation-reliability studies as a small
// chart, and Nelson 2001's Traube-Hering-Mayer explanation. Numbers come from model/contrasts
// icpSpectrum, the model's parameters and model/content.

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import {
  CRI_BAND_HZ,
  CRI_CLAIMS,
  NELSON_THM_SENTENCE,
  RELIABILITY_REVIEW_SOURCE,
  RELIABILITY_STUDIES,
  SERGUEEF_2011,
} from '../../model/content';
import { icpSpectrum, rhythmPeaks, type IcpSpectrum, type Peak, type RhythmPeaks } from '../../model/contrasts';
import { SUBJECTS, cardiacPulseMmHg } from '../../model/index';
import { memoize } from '../../model/memo';
import type { SubjectId } from '../../model/types';
import { h } from '../dom';
import { formatNumber, formatPressure } from '../format';
import { assumptionTag, responsive, sourceLinks, svg, table, type Dispose, type MountView, type ViewContext } from './common';

/** simulated seconds of rest behind each spectrum (six 100 s Welch segments or more) */
const SPECTRUM_DURATION_S = 600;
/** seconds of the trace shown */
const TRACE_S = 60;
const analyse = memoize(
  (subject: SubjectId, seed: number): { spec: IcpSpectrum; peaks: RhythmPeaks } => {
    const spec = icpSpectrum({ subject, durationS: SPECTRUM_DURATION_S, seed });
    return { spec, peaks: rhythmPeaks(spec) };
  },
  (subject, seed) => `${subject}|${seed}`,
);

const hz = (f: number): string => `${formatNumber(f, { sig: 2 })} Hz (${formatNumber(f * 60, { sig: 2 })}/min)`;

function themeColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** uPlot trace: model ICP (mmHg) and, on its own unitless scale, the claimed rhythm's timing only. */
function traceChart(host: HTMLElement, spec: IcpSpectrum): Dispose {
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
  const axisStroke = () => themeColour('--fg-muted', '#aab6c2');
  const font = '13px system-ui, sans-serif';
  const plot = new uPlot(
    {
      width: Math.max(320, host.clientWidth || 800),
      height: 220,
      cursor: { show: false },
      legend: { show: true, live: false },
      scales: { x: { time: false }, cri: { range: [-1.6, 1.6] } },
      axes: [
        { label: 'model time (s)', stroke: axisStroke, font, labelFont: font, grid: { stroke: 'rgba(128,128,128,0.25)' } },
        { label: 'ICP (mmHg)', stroke: axisStroke, font, labelFont: font, size: 60, grid: { stroke: 'rgba(128,128,128,0.25)' }, values: (_u, s) => s.map((v) => formatNumber(v, { sig: 3 })) },
        { scale: 'cri', show: false },
      ],
      series: [
        {},
        { label: 'Model ICP at rest (mmHg)', stroke: '#0072B2', width: 2, points: { show: false } },
        { label: 'Claimed CRI timing, 9/min (a claim; no measured size)', scale: 'cri', stroke: () => themeColour('--claim', '#E69F00'), width: 2, dash: [8, 6], points: { show: false } },
      ],
    },
    [xs, ys, claim],
    host,
  );
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
function spectrumSvg(spec: IcpSpectrum, peaks: RhythmPeaks, width: number): SVGSVGElement {
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
  const root = svg('svg', { class: 'spectrum', width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Power spectrum of the model ICP with rhythm peaks and the claimed band' });
  root.append(svg('title', {}, 'Power spectrum of resting ICP in the model'));
  // claimed band
  const bx0 = X(CRI_BAND_HZ.min);
  const bx1 = X(CRI_BAND_HZ.max);
  root.append(svg('rect', { x: bx0, y: m.t, width: bx1 - bx0, height: H - m.t - m.b, class: 'claim-band' }));
  root.append(svg('text', { x: (bx0 + bx1) / 2, y: m.t - 8, 'text-anchor': 'middle', class: 'claim-label' }, 'Claimed CRI 6–12/min (a claim)'));
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
  root.append(svg('text', { x: 14, y: (m.t + H - m.b) / 2, transform: `rotate(-90 14 ${(m.t + H - m.b) / 2})`, 'text-anchor': 'middle', class: 'axis-label' }, 'power (mmHg²/Hz)'));
  root.append(svg('text', { x: (m.l + W - m.r) / 2, y: H - 4, 'text-anchor': 'middle', class: 'axis-label' }, 'frequency'));
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
    ['Mayer', peaks.mayer],
    ['Breathing', peaks.breathing],
    ['Heartbeat', peaks.heartbeat],
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

function breathingNote(peaks: RhythmPeaks): string {
  const b = peaks.breathing;
  if (!b) return '';
  return bandWords(b.freqHz) === 'no' ? '' : ` and the breathing peak (${hz(b.freqHz)})`;
}

/** Where a frequency sits relative to the claimed 6-12/min band, in words. */
function bandWords(f: number): string {
  const { min, max } = CRI_BAND_HZ;
  if (f < min || f > max) return 'no';
  const edge = 0.1 * (max - min);
  if (f - min < edge) return 'yes, at its lower edge';
  if (max - f < edge) return 'yes, at its upper edge';
  return 'yes';
}

function peakTable(subject: SubjectId, peaks: RhythmPeaks): HTMLTableElement {
  const p = SUBJECTS[subject].params;
  const row = (name: string, peak: Peak | null, range: string, param: { source: string; confidence: string }): Array<string | Node> => [
    name,
    peak ? hz(peak.freqHz) : 'not found',
    h('span', {}, `${range} `, param.confidence === 'inferred' || param.confidence === 'model assumption' ? assumptionTag(param.source) : h('span', { class: 'param-source', text: `(${param.source})` })),
    peak ? bandWords(peak.freqHz) : '—',
  ];
  return table(
    `Rhythms found in the model's ICP spectrum (${SUBJECTS[subject].label})`,
    ['Rhythm', 'Peak found', 'Model parameter range, source', 'In the claimed band?'],
    [
      row('Heartbeat', peaks.heartbeat, `${formatNumber(p.heartRate.min)}–${formatNumber(p.heartRate.max)} bpm`, p.heartRate),
      row('Breathing', peaks.breathing, `${formatNumber(p.breathingRate.min)}–${formatNumber(p.breathingRate.max)}/min`, p.breathingRate),
      row('Traube-Hering-Mayer waves', peaks.mayer, `${formatNumber(p.mayerFrequency.min)}–${formatNumber(p.mayerFrequency.max)} Hz`, p.mayerFrequency),
    ],
    'peak-table',
  );
}

/** Interrater ICC per study as horizontal bars on -0.2..1 (0 = chance, 1 = perfect). */
function reliabilityChart(ctx: ViewContext): HTMLElement {
  const lo = -0.2;
  const hi = 1;
  const pos = (v: number): string => `${(((v - lo) / (hi - lo)) * 100).toFixed(2)}%`;
  const chart = h('figure', { class: 'icc-chart' });
  chart.append(h('figcaption', {}, 'Do two examiners feel the same rhythm? Interrater agreement (ICC: 0 = chance, 1 = perfect) ', h('span', {}, '(review: ', sourceLinks(ctx.appStore, [RELIABILITY_REVIEW_SOURCE]), ')')));
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
      valueText = s.interrater.min === s.interrater.max ? `ICC ${formatNumber(s.interrater.min, { sciBelow: 0.001 })}` : `ICC ${formatNumber(s.interrater.min, { sciBelow: 0.001 })} to ${formatNumber(s.interrater.max, { sciBelow: 0.001 })}`;
    } else {
      valueText = 'no ICC: agreement no better than chance';
      track.append(h('span', { class: 'icc-text', title: s.interrater.text, text: 'limits of agreement spanned all reported rates' }));
    }
    chart.append(
      h(
        'div',
        { class: 'icc-row' },
        h('span', { class: 'icc-label' }, sourceLinks(ctx.appStore, [s.sourceId]), s.label.includes('(') ? ` ${s.label.slice(s.label.indexOf('('))}` : '', h('span', { class: 'icc-n', text: ` ${s.subjects} subjects` })),
        track,
        h('span', { class: 'icc-value', text: valueText }),
      ),
    );
  }
  chart.append(h('p', { class: 'hint', text: 'Shaded: below 0.4, usually called poor agreement. Intrarater values (the same examiner twice) were higher in some studies, e.g. 0.78-0.83 in Hanten 1998.' }));
  return chart;
}

/**
 * The rates side by side on one per-minute axis: each claim (a band), the rate examiners report
 * palpating (Sergueef 2011: mean +/- 1 SD as a band, the mean and the by-experience means as
 * marks) and the human Mayer-wave band (the model's parameter range). HTML rows like the ICC
 * chart: label, track, value in words; the bars are drawing only, the words carry the numbers.
 */
function rateChart(ctx: ViewContext): HTMLElement {
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
  chart.append(h('figcaption', { text: 'The rates side by side (cycles per minute): what is claimed, what examiners report palpating, and Mayer waves' }));
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
    const track = h('div', { class: 'icc-track', 'aria-hidden': 'true' }, band(c.minPerMin, c.maxPerMin, 'claim', `${c.label}: a claim`));
    chart.append(row([h('span', { text: `${c.label} ` }), h('em', { text: 'a claim ' }), h('span', {}, '(', sourceLinks(ctx.appStore, c.sourceIds), ')')], track, `${formatNumber(c.minPerMin)}–${perMin(c.maxPerMin)}`, 'claim'));
  }

  const palpTrack = h('div', { class: 'icc-track', 'aria-hidden': 'true' }, band(palpLo, palpHi, 'palpation', 'mean ± 1 SD'), mark(palp.meanPerMin, 'palpation', `mean ${perMin(palp.meanPerMin)}`));
  for (const e of palp.byExperience) palpTrack.append(mark(e.meanPerMin, 'palpation experience', `examiners with ${e.experience} of experience: ${perMin(e.meanPerMin)}`));
  chart.append(
    row(
      [h('span', { text: 'Palpation reports: what examiners say they feel ' }), h('span', {}, '(', sourceLinks(ctx.appStore, [palp.sourceId]), `, ${palp.validSubjects} of ${palp.subjects} subjects)`)],
      palpTrack,
      `${formatNumber(palp.meanPerMin, { sig: 3 })} ± ${perMin(palp.sdPerMin)}; ${palp.byExperience.map((e) => `${perMin(e.meanPerMin)} after ${e.experience}`).join(', ')} of experience`,
      'palpation',
    ),
  );

  const mayerTrack = h('div', { class: 'icc-track', 'aria-hidden': 'true' }, band(mayer.min * 60, mayer.max * 60, 'mayer', 'Mayer waves'), mark(mayer.value * 60, 'mayer', `model value ${perMin(mayer.value * 60)}`));
  chart.append(
    row(
      [h('span', { text: 'Mayer waves in people, model range ' }), h('span', {}, '(', sourceLinks(ctx.appStore, ['julien2006']), ')')],
      mayerTrack,
      `${formatNumber(mayer.min * 60, { sig: 2 })}–${perMin(mayer.max * 60)} (${formatNumber(mayer.min, { sig: 2 })}–${formatNumber(mayer.max, { sig: 2 })} Hz)`,
      'mayer',
    ),
  );
  chart.append(
    h('p', {
      class: 'hint',
      text: `Band: the claimed range, the palpated mean ± 1 standard deviation, and the Mayer-wave range; marks: the palpated mean and, lighter, the means reported by examiners with ${palp.byExperience.map((e) => e.experience).join(' and ')} of experience. Palpation reports are what examiners say they feel, not a measurement of the skull.`,
    }),
  );
  return chart;
}

export const mountRhythmView: MountView = (container, ctx) => {
  const root = h('div', { class: 'contrast-view rhythm-view' });
  container.append(root);
  const initial = ctx.appStore.getState().subject;
  const choices: SubjectId[] = initial === 'adult' || initial === 'rabbit' ? ['adult', 'rabbit'] : [initial, 'adult', 'rabbit'];
  let shown: SubjectId = initial;
  let disposers: Dispose[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const toggle = h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': 'Whose ICP' });
  const buttons = choices.map((id) => {
    const b = h('button', { type: 'button', class: 'btn', role: 'radio', 'aria-checked': String(id === shown), 'data-subject': id, text: id === 'adult' ? 'Human (adult)' : SUBJECTS[id].label });
    b.addEventListener('click', () => {
      if (shown === id) return;
      shown = id;
      buttons.forEach((x) => x.setAttribute('aria-checked', String(x.dataset.subject === id)));
      schedule();
    });
    return b;
  });
  toggle.append(...buttons);

  const claims = h(
    'div',
    { class: 'claim-box' },
    h('p', { class: 'claim-title', text: 'The claim' }),
    ...CRI_CLAIMS.map((c) => h('p', {}, `${c.label}: ${formatNumber(c.minPerMin)}–${formatNumber(c.maxPerMin)} cycles/min. `, h('em', { text: 'A practitioners\u2019 description, not a measurement. ' }), h('span', {}, '(', sourceLinks(ctx.appStore, c.sourceIds), ')'))),
  );
  const body = h('div', { class: 'rhythm-body' });
  root.append(
    h('h2', { class: 'view-title', text: 'The claimed rhythm beside the rhythms ICP really carries' }),
    claims,
    rateChart(ctx),
    h('div', { class: 'control-row' }, h('span', { text: 'Whose ICP:' }), toggle),
    body,
    h('p', { class: 'nelson' }, NELSON_THM_SENTENCE, ' ', h('span', {}, '(', sourceLinks(ctx.appStore, ['nelson2001']), ')')),
    reliabilityChart(ctx),
  );

  function schedule(): void {
    if (timer) clearTimeout(timer);
    disposers.forEach((d) => d());
    disposers = [];
    body.replaceChildren(h('p', { class: 'view-loading', text: `Simulating ${formatNumber(SPECTRUM_DURATION_S / 60)} minutes of resting ICP…` }));
    body.setAttribute('aria-busy', 'true');
    timer = setTimeout(() => {
      timer = null;
      const subject = shown;
      try {
        const { spec, peaks } = analyse(subject, ctx.appStore.getState().seed);
        const traceHost = h('div', { class: 'trace-host' });
        const specHost = h('div', { class: 'spectrum-host' });
        const mayer = peaks.mayer;
        body.replaceChildren(
          h('h3', { text: `Model ICP at rest, ${SUBJECTS[subject].label}: the last ${formatNumber(TRACE_S)} s` }),
          h('p', { class: 'hint', text: `Pulses are the heartbeat (about ${formatPressure(cardiacPulseMmHg(subject))} peak to peak); the slower swell is breathing and Mayer waves. The dashed line only marks the timing practitioners describe; it has no measured size.` }),
          traceHost,
          h('h3', { text: 'Power spectrum: which rhythms are in it, and how strong' }),
          h('p', { class: 'hint', text: 'Each peak is a rhythm hidden in the pressure trace: the further right, the faster it repeats; the higher, the more of the pressure swing it carries.' }),
          specHost,
          h(
            'details',
            { class: 'how-computed' },
            h('summary', { text: 'How this is computed' }),
            h('p', {
              class: 'hint',
              text: `A Welch power spectrum of ${formatNumber(spec.durationS / 60)} min of model ICP sampled at ${formatNumber(spec.sampleHz)} Hz: the trace is cut into ${spec.segments} overlapping pieces of ${formatNumber(spec.segmentLength / spec.sampleHz, { sig: 3 })} s, each tapered at its ends (a Hann window) so its cut edges add no false rhythms, and their spectra are averaged. Power is in mmHg² per Hz: how much of the pressure's variance each frequency carries.`,
            }),
          ),
          peakTable(subject, peaks),
          h(
            'p',
            { class: 'headline-2' },
            mayer
              ? `The claimed band (6–12/min) ${bandWords(mayer.freqHz) === 'no' ? 'does not contain' : 'takes in'} the ${subject === 'adult' ? 'human' : SUBJECTS[subject].label.toLowerCase()} Mayer-wave peak (${hz(mayer.freqHz)})${breathingNote(peaks)}, and lies far below the heartbeat (${peaks.heartbeat ? hz(peaks.heartbeat.freqHz) : 'not found'}).`
              : 'No Mayer-wave peak was found in this run.',
          ),
        );
        disposers.push(traceChart(traceHost, spec), responsive(specHost, (w) => spectrumSvg(spec, peaks, w)));
      } catch (e) {
        body.replaceChildren(h('p', { class: 'view-error', text: `The spectrum could not be computed: ${e instanceof Error ? e.message : 'unknown error'}` }));
      }
      body.removeAttribute('aria-busy');
    }, 0);
  }
  schedule();
  return () => {
    if (timer) clearTimeout(timer);
    disposers.forEach((d) => d());
    root.remove();
  };
};
