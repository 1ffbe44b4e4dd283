// Rhythm view (?view=rhythm): the rhythm practitioners say they palpate (6-12 per minute, shown
// as a claim) beside the rhythms the model's ICP really carries: a trace of resting ICP (a canvas line chart),
// its power spectrum with the heartbeat, breathing and Mayer-wave peaks marked and the claimed
// band shaded (human or rabbit), the rates side by side (the claims, the rate examiners report
// palpating, Sergueef 2011, and the Mayer-wave band), the palpation-reliability studies as a small
// chart, and Nelson 2001's Traube-Hering-Mayer explanation. Numbers come from model/contrasts
// icpSpectrum, the model's parameters and model/content; the charts are drawn in rhythm-charts.ts.

import { CRI_BAND_HZ, CRI_CLAIMS } from '../../model/content';
import { icpSpectrum, rhythmPeaks, type IcpSpectrum, type Peak, type RhythmPeaks } from '../../model/contrasts';
import { SUBJECTS, cardiacPulseMmHg } from '../../model/index';
import { memoize } from '../../model/memo';
import type { SubjectId } from '../../model/types';
import { t } from '../../i18n';
import { subjectLabel } from './content-text';
import { h } from '../dom';
import { formatNumber, formatPressure } from '../format';
import { assumptionTag, errorMessage, responsive, sourceLinks, table, type Dispose, type MountView } from './common';
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
  return inBand(b.freqHz) === 'no' ? '' : t('tabs.rhythm.andBreathing', { freq: hz(b.freqHz) });
}

/** Where a frequency sits relative to the claimed 6-12/min band. */
function inBand(f: number): 'no' | 'lower' | 'upper' | 'yes' {
  const { min, max } = CRI_BAND_HZ;
  if (f < min || f > max) return 'no';
  const edge = 0.1 * (max - min);
  if (f - min < edge) return 'lower';
  if (max - f < edge) return 'upper';
  return 'yes';
}
const bandWords = (f: number): string => t(`tabs.rhythm.inBand.${inBand(f)}`);

function peakTable(subject: SubjectId, peaks: RhythmPeaks): HTMLTableElement {
  const p = SUBJECTS[subject].params;
  const row = (name: string, peak: Peak | null, range: string, param: { source: string; confidence: string }): Array<string | Node> => [
    name,
    peak ? hz(peak.freqHz) : t('tabs.rhythm.notFound'),
    h('span', {}, `${range} `, param.confidence === 'inferred' || param.confidence === 'model assumption' ? assumptionTag(param.source) : param.source === 'textbook' ? h('span', { class: 'param-source', text: `(${t('tabs.common.textbookValue')})` }) : h('span', { class: 'param-source', translate: 'no', text: `(${param.source})` })),
    peak ? bandWords(peak.freqHz) : '—',
  ];
  return table(
    t('tabs.rhythm.peaks.caption', { subject: subjectLabel(subject) }),
    [t('tabs.rhythm.peaks.rhythm'), t('tabs.rhythm.peaks.found'), t('tabs.rhythm.peaks.range'), t('tabs.rhythm.peaks.inBand')],
    [
      row(t('tabs.rhythm.heartbeat'), peaks.heartbeat, t('tabs.rhythm.bpm', { range: `${formatNumber(p.heartRate.min)}–${formatNumber(p.heartRate.max)}` }), p.heartRate),
      row(t('tabs.rhythm.breathing'), peaks.breathing, `${formatNumber(p.breathingRate.min)}–${formatNumber(p.breathingRate.max)}/min`, p.breathingRate),
      row(t('tabs.rhythm.thm'), peaks.mayer, `${formatNumber(p.mayerFrequency.min)}–${formatNumber(p.mayerFrequency.max)} Hz`, p.mayerFrequency),
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

  const toggle = h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': t('tabs.rhythm.whoseAria') });
  const buttons = choices.map((id) => {
    const b = h('button', { type: 'button', class: 'btn', role: 'radio', 'aria-checked': String(id === shown), 'data-subject': id, text: id === 'adult' ? t('tabs.rhythm.human') : subjectLabel(id) });
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
    h('p', { class: 'claim-title', text: t('tabs.rhythm.claimTitle') }),
    ...CRI_CLAIMS.map((c) =>
      h(
        'p',
        {},
        t('tabs.rhythm.claimLine', { claim: t(`content.claim.${c.id}.label`), range: `${formatNumber(c.minPerMin)}–${formatNumber(c.maxPerMin)}` }),
        ' ',
        h('em', { text: t('tabs.rhythm.claimNotMeasured') }),
        ' ',
        h('span', {}, '(', sourceLinks(ctx.appStore, c.sourceIds), ')'),
      ),
    ),
  );
  const body = h('div', { class: 'rhythm-body' });
  root.append(
    h('h2', { class: 'view-title', text: t('tabs.rhythm.title') }),
    claims,
    rateChart(ctx),
    h('div', { class: 'control-row' }, h('span', { text: t('tabs.rhythm.whose') }), toggle),
    body,
    h('p', { class: 'nelson' }, t('content.nelson'), ' ', h('span', {}, '(', sourceLinks(ctx.appStore, ['nelson2001']), ')')),
    reliabilityChart(ctx),
  );

  function schedule(): void {
    if (timer) clearTimeout(timer);
    disposers.forEach((d) => d());
    disposers = [];
    body.replaceChildren(h('p', { class: 'view-loading', text: t('tabs.rhythm.simulating', { minutes: formatNumber(SPECTRUM_DURATION_S / 60) }) }));
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
          h('h3', { text: t('tabs.rhythm.traceHead', { subject: subjectLabel(subject), seconds: `${formatNumber(TRACE_S)} s` }) }),
          h('p', { class: 'hint', text: t('tabs.rhythm.traceHint', { pulse: formatPressure(cardiacPulseMmHg(subject)) }) }),
          traceHost,
          h('h3', { text: t('tabs.rhythm.spectrumHead') }),
          h('p', { class: 'hint', text: t('tabs.rhythm.spectrumHint') }),
          specHost,
          h(
            'details',
            { class: 'how-computed' },
            h('summary', { text: t('tabs.rhythm.howSummary') }),
            h('p', {
              class: 'hint',
              text: t('tabs.rhythm.how', {
                minutes: `${formatNumber(spec.durationS / 60)} min`,
                rate: `${formatNumber(spec.sampleHz)} Hz`,
                segments: spec.segments,
                length: `${formatNumber(spec.segmentLength / spec.sampleHz, { sig: 3 })} s`,
              }),
            }),
          ),
          peakTable(subject, peaks),
          h(
            'p',
            { class: 'headline-2' },
            mayer
              ? t(inBand(mayer.freqHz) === 'no' ? 'tabs.rhythm.verdict.outside' : 'tabs.rhythm.verdict.inside', {
                  who: subject === 'adult' ? t('tabs.rhythm.verdict.human') : subjectLabel(subject).toLowerCase(),
                  mayer: hz(mayer.freqHz),
                  breathing: breathingNote(peaks),
                  heartbeat: peaks.heartbeat ? hz(peaks.heartbeat.freqHz) : t('tabs.rhythm.notFound'),
                })
              : t('tabs.rhythm.verdict.noMayer'),
          ),
        );
        disposers.push(traceChart(traceHost, spec), responsive(specHost, (w) => spectrumSvg(spec, peaks, w)));
      } catch (e) {
        body.replaceChildren(h('p', { class: 'view-error', text: t('tabs.common.errorLine', { lead: t('tabs.rhythm.error'), message: errorMessage(e) }) }));
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
