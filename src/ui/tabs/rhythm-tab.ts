// Rhythm view (?view=rhythm): the rhythm practitioners say they palpate (6-12 per minute, shown
// as a claim) beside the rhythms the model's ICP really carries: a trace of resting ICP (uPlot),
// its power spectrum with the heartbeat, breathing and Mayer-wave peaks marked and the claimed
// band shaded (human or rabbit), the rates side by side (the claims, the rate examiners report
// palpating, Sergueef 2011, and the Mayer-wave band), the palpation-reliability studies as a small
// chart, and Nelson 2001's Traube-Hering-Mayer explanation. Numbers come from model/contrasts
// icpSpectrum, the model's parameters and model/content; the charts are drawn in rhythm-charts.ts.

import { CRI_BAND_HZ, CRI_CLAIMS, NELSON_THM_SENTENCE } from '../../model/content';
import { icpSpectrum, rhythmPeaks, type IcpSpectrum, type Peak, type RhythmPeaks } from '../../model/contrasts';
import { SUBJECTS, cardiacPulseMmHg } from '../../model/index';
import { memoize } from '../../model/memo';
import type { SubjectId } from '../../model/types';
import { h } from '../dom';
import { formatNumber, formatPressure } from '../format';
import { assumptionTag, responsive, sourceLinks, table, type Dispose, type MountView } from './common';
import { TRACE_S, hz, rateChart, reliabilityChart, spectrumSvg, traceChart } from './rhythm-charts';

/** simulated seconds of rest behind each spectrum (six 100 s Welch segments or more) */
const SPECTRUM_DURATION_S = 600;
const analyse = memoize(
  (subject: SubjectId, seed: number): { spec: IcpSpectrum; peaks: RhythmPeaks } => {
    const spec = icpSpectrum({ subject, durationS: SPECTRUM_DURATION_S, seed });
    return { spec, peaks: rhythmPeaks(spec) };
  },
  (subject, seed) => `${subject}|${seed}`,
);

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
