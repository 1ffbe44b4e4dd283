// Downey 2006 study view (?view=downey): the rabbit study run in the model as a study. Thirteen
// simulated rabbits, each drawn from the parameter ranges, go through the protocol (baseline,
// 5, 10, 15, 20 g); the table shows what the simulated caliper and ICP transducer read (the
// model's true values on request), the two-way ANOVA on those readings beside the paper's F and
// p, and the one animal to 10 000 g as a curve (true opening vs load, log axes, the caliper's
// 0.1 mm, first movement and failure). The data download as CSV (a Blob URL on this page: no
// network). All numbers come from downeyStudy; this file only formats them (number formats in
// downey-format.ts, the one animal's curve in downey-curve.ts, the 3-D replay of one animal's
// steps in downey-replay.ts).

import { watch } from '../../state/store';
import { DOWNEY_2006, DETECTORS } from '../../model/content';
import {
  DOWNEY_PLATE_SEPARATION_MM,
  downeyStudy,
  downeyStudyCsv,
  type DowneyStudy,
} from '../../model/contrasts';
import { csvCell } from '../../model/contrasts/downey-protocol';
import { SUBJECTS } from '../../model/subjects';
import { paToMmHg } from '../../model/units';
import { t } from '../../i18n';
import { h, uid } from '../dom';
import { formatForceG, formatNumber, formatPressure } from '../format';
import { assumptionTag, errorMessage, sourceLinks, type MountView } from './common';
import { detectorRationale } from './content-text';
import { anovaFull, anovaSummary } from './downey-anova';
import { curveKey, singleAnimalSvg, singleTable } from './downey-curve';
import { dmmHg, fText, fixed, loadList, mm, mmHg, pText, publishedP, reading } from './downey-format';
import { mountDowneyReplay } from './downey-replay';

// ------------------------------------------------------------------ the 13 animals

type Animal = DowneyStudy['animals'][number];
interface ReadingKind {
  caption: string;
  measured: (a: Animal, j: number) => number;
  truth: (a: Animal, j: number) => number;
  showMeasured: (v: number) => string;
  showTrue: (v: number, j: number) => string;
  showChange: (v: number) => string;
  showTrueChange: (v: number) => string;
}

/** one length unit for a whole column of true openings (mixing nm and µm invites misreading) */
function lengthUnit(maxAbsMM: number): { unit: string; perMM: number } {
  if (maxAbsMM >= 1) return { unit: 'mm', perMM: 1 };
  if (maxAbsMM >= 1e-3) return { unit: 'µm', perMM: 1e3 };
  return { unit: 'nm', perMM: 1e6 };
}

function gapKind(study: DowneyStudy): ReadingKind {
  const max = Math.max(...study.animals.flatMap((a) => a.trueGapMM.map(Math.abs)));
  const u = lengthUnit(max);
  const inUnit = (v: number, signed: boolean): string => `${formatNumber(v * u.perMM, { sig: 2, signed, sciBelow: 1e-3 })} ${u.unit}`;
  return {
    caption: t('tabs.downey.gapCaption'),
    measured: (a, j) => a.measuredGapMM[j],
    truth: (a, j) => a.trueGapMM[j],
    showMeasured: reading,
    showTrue: (v, j) => t('tabs.downey.trueOpening', { value: j === 0 ? `0 ${u.unit}` : inUnit(v, true) }),
    // a mean of 0.01 mm readings: in mm to the thousandth, one unit along the row
    showChange: (v) => `${formatNumber(v, { decimals: 3, signed: true, sciBelow: 0 })} mm`,
    showTrueChange: (v) => inUnit(v, true),
  };
}
const icpKind = (): ReadingKind => ({
  caption: t('tabs.downey.icpCaption'),
  measured: (a, j) => a.measuredIcpMmHg[j],
  truth: (a, j) => a.trueIcpMmHg[j],
  showMeasured: (v) => mmHg(v),
  showTrue: (v) => t('tabs.downey.trueValue', { value: mmHg(v) }),
  // means of readings and of the truth to the thousandth of a mmHg, one notation along the row
  showChange: (v) => formatPressure(v, { decimals: 3, signed: true, sciBelow: 0 }),
  showTrueChange: (v) => formatPressure(v, { decimals: 3, signed: true, sciBelow: 0 }),
});

/** animal x load: the instrument's reading in each cell, the model's true value under it */
function readingsTable(study: DowneyStudy, kind: ReadingKind, cls: string): HTMLTableElement {
  const loads = study.animals[0].loadsG;
  const tbl = h('table', { class: `data-table downey-animals ${cls}` });
  tbl.append(h('caption', { text: t('tabs.downey.animalsCaption', { caption: kind.caption, n: study.animals.length, seed: String(study.seed) }) }));
  const head = h('tr', {}, h('th', { scope: 'col', text: t('tabs.downey.animal') }));
  for (const g of loads) head.append(h('th', { scope: 'col', text: g === 0 ? t('tabs.downey.baseline') : formatForceG(g) }));
  const tbody = h('tbody');
  const cell = (a: string, b: string): HTMLTableCellElement => h('td', {}, h('span', { class: 'measured' }, a), h('span', { class: 'true-val' }, b));
  study.animals.forEach((a, i) => {
    const row = h('tr', { 'data-animal': i + 1 }, h('th', { scope: 'row', text: `${i + 1}` }));
    loads.forEach((_, j) => row.append(cell(kind.showMeasured(kind.measured(a, j)), kind.showTrue(kind.truth(a, j), j))));
    tbody.append(row);
  });
  // mean change from baseline over the animals: what a reader of the table looks for
  const n = study.animals.length;
  const meanChange = (get: (a: Animal, j: number) => number, j: number): number => study.animals.reduce((sum, a) => sum + get(a, j) - get(a, 0), 0) / n;
  // the row's label spans the animal and baseline columns (the change at baseline is zero)
  const foot = h('tr', { class: 'mean-row', title: t('tabs.downey.meanTitle', { n }) }, h('th', { scope: 'row', colspan: 2, text: t('tabs.downey.meanChange') }));
  loads.forEach((_, j) => {
    if (j > 0) foot.append(cell(kind.showChange(meanChange(kind.measured, j)), t('tabs.downey.trueValue', { value: kind.showTrueChange(meanChange(kind.truth, j)) })));
  });
  tbl.append(h('thead', {}, head), tbody, h('tfoot', {}, foot));
  return tbl;
}

// ------------------------------------------------------------------ sentences

function verdict(study: DowneyStudy): string {
  const g = study.anovaTable.gap;
  const i = study.anovaTable.icp;
  const df = `F(${g.treatment.df}, ${g.residual.df})`;
  const loadsG = study.animals[0].loadsG;
  const pub = study.published;
  const args = {
    n: study.animals.length,
    seed: String(study.seed),
    loads: `${formatForceG(loadsG[1])}–${formatForceG(loadsG[loadsG.length - 1])}`,
    figures: t('tabs.downey.verdict.figures', { df, gapF: fText(g), gapP: pText(g.p), icpF: fText(i), icpP: pText(i.p) }),
    pubGapF: formatNumber(pub.gap.F, { sig: 6, sciBelow: 1e-3 }),
    pubIcpF: formatNumber(pub.icp.F, { sig: 6, sciBelow: 1e-3 }),
    pubP: publishedP(pub.gap.p),
  };
  const gapSig = g.p < 0.05;
  const icpSig = i.p < 0.05;
  if (!gapSig && !icpSig) return t('tabs.downey.verdict.none', args);
  const which = gapSig && icpSig ? 'both' : gapSig ? 'gap' : 'icp';
  return t('tabs.downey.verdict.flagged', { ...args, which: t(`tabs.downey.verdict.which.${which}`) });
}

function movementSentence(study: DowneyStudy): string {
  const s = study.singleAnimal;
  const f = DOWNEY_2006.firstMovement;
  const at = s.loadsG.indexOf(f.loadG);
  const caliper = mm(study.protocol.caliperResolutionMM);
  const model =
    s.firstMovementG === null
      ? t('tabs.downey.movement.never', { caliper, top: formatForceG(s.loadsG[s.loadsG.length - 1]) })
      : t('tabs.downey.movement.first', { caliper, at: formatForceG(s.firstMovementG), gap: mm(s.trueGapMM[at]), load: formatForceG(f.loadG) });
  const agree = t(s.firstMovementG === f.loadG ? 'tabs.downey.movement.agree' : 'tabs.downey.movement.differ');
  return t('tabs.downey.movement.sentence', { model, load: formatForceG(f.loadG), separation: `${fixed(f.separationMm, 2)} mm`, agree });
}

function icpSentence(study: DowneyStudy): string {
  const s = study.singleAnimal;
  const at = s.loadsG.indexOf(DOWNEY_2006.firstMovement.loadG);
  const change = (k: number): number => s.trueIcpMmHg[k] - s.trueIcpMmHg[0];
  const resolution = study.protocol.icpResolutionMmHg;
  const meanTrue20 =
    study.animals.reduce((sum, a) => sum + a.trueIcpMmHg[a.trueIcpMmHg.length - 1] - a.trueIcpMmHg[0], 0) / study.animals.length;
  const first = s.loadsG.findIndex((_g, k) => k > 0 && Math.abs(change(k)) >= resolution);
  const intro = t('tabs.downey.icp.intro', {
    top: formatForceG(study.animals[0].loadsG[study.animals[0].loadsG.length - 1]),
    n: study.animals.length,
    drift: dmmHg(meanTrue20),
    resolution: formatPressure(resolution),
    fall: dmmHg(change(at)),
    load: formatForceG(DOWNEY_2006.firstMovement.loadG),
  });
  const pvi = t('tabs.downey.icp.pvi', { pvi: `${formatNumber(SUBJECTS.rabbit.params.pvi.value)} mL` });
  if (first < 0) return `${intro} ${t('tabs.downey.icp.never', { top: formatForceG(s.loadsG[s.loadsG.length - 1]) })} ${pvi}`;
  return `${intro} ${t('tabs.downey.icp.reaches', { load: formatForceG(s.loadsG[first]), change: dmmHg(change(first)) })} ${pvi}`;
}

/** what the 13 animals' readings show at the top protocol load: the caliper's noise, not the pull */
function animalsNote(study: DowneyStudy): string {
  const last = study.animals[0].loadsG.length - 1;
  const top = study.animals[0].loadsG[last];
  const gaps = study.animals.map((a) => a.trueGapMM[last]);
  const lo = Math.min(...gaps);
  const hi = Math.max(...gaps);
  const u = lengthUnit(hi);
  const inUnit = (v: number): string => formatNumber(v * u.perMM, { sig: 2, sciBelow: 1e-3 });
  return t('tabs.downey.animalsNote', {
    top: formatForceG(top),
    lo: inUnit(lo),
    hi: `${inUnit(hi)} ${u.unit}`,
    blur: mm(study.protocol.caliperNoiseMM),
    step: mm(study.protocol.caliperReadingMM),
  });
}

// ------------------------------------------------------------------ the view

/** The study's CSV with its header and series names in the reader's language; numbers stay
 *  plain (point decimals, no grouping) so any spreadsheet or stats package reads them. */
function localCsv(csv: string): string {
  const [head, ...rows] = csv.split('\n');
  const cols = head.split(',').length;
  const header = Array.from({ length: cols }, (_, i) => csvCell(t(`tabs.downey.csv.col.${i}`))).join(',');
  const series = (line: string): string =>
    line.startsWith('13 animals,')
      ? `${csvCell(t('tabs.downey.csv.series.animals', { n: DOWNEY_2006.animals }))}${line.slice('13 animals'.length)}`
      : line.startsWith('one animal to 10 kg,default rabbit,')
        ? `${csvCell(t('tabs.downey.csv.series.single'))},${csvCell(t('tabs.downey.csv.series.defaultRabbit'))}${line.slice('one animal to 10 kg,default rabbit'.length)}`
        : line;
  return [header, ...rows.map(series)].join('\n');
}

export const mountDowneyView: MountView = (container, ctx) => {
  const root = h('div', { class: 'contrast-view downey-view' });
  container.append(root);
  let url: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let showTrue = false;
  let disposeReplay: (() => void) | null = null;

  const render = (study: DowneyStudy): void => {
    if (url) URL.revokeObjectURL(url);
    const replayHost = h('section', { class: 'downey-replay', 'data-testid': 'downey-replay' });
    const csv = localCsv(downeyStudyCsv(study));
    url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const download = h('a', { class: 'btn', href: url, download: `downey2006-study-seed${study.seed}.csv`, 'data-testid': 'downey-csv', text: t('tabs.downey.csv.download') });
    const copy = h('button', { class: 'btn', type: 'button', text: t('tabs.downey.csv.copy') });
    const copyMsg = h('span', { class: 'hint', role: 'status' });
    copy.addEventListener('click', () => {
      const done = (ok: boolean) => (copyMsg.textContent = t(ok ? 'tabs.downey.csv.copied' : 'tabs.downey.csv.blocked'));
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(csv).then(() => done(true), () => done(false));
      else done(false);
    });
    const caliper = DETECTORS['radiograph-caliper'];
    const icp = DETECTORS['icp-transducer'];
    const P = study.protocol;
    const plate = DOWNEY_PLATE_SEPARATION_MM;

    const wrap = h(
      'div',
      { class: `downey-tables ${showTrue ? 'show-true' : ''}`.trim() },
      h('div', { class: 'table-scroll' }, readingsTable(study, gapKind(study), 'downey-gap')),
      h('div', { class: 'table-scroll' }, readingsTable(study, icpKind(), 'downey-icp')),
    );
    const toggleId = uid('downey-true');
    const toggle = h('input', { type: 'checkbox', id: toggleId, 'data-testid': 'downey-show-true' });
    toggle.checked = showTrue;
    toggle.addEventListener('change', () => {
      showTrue = toggle.checked;
      wrap.classList.toggle('show-true', showTrue);
    });

    root.replaceChildren(
      h('h2', { class: 'view-title', text: t('tabs.downey.title') }),
      h('p', { class: 'view-context' }, t('content.downey.summary'), ' ', h('span', {}, '(', sourceLinks(ctx.appStore, DOWNEY_2006.sourceIds), ')')),
      h('p', { class: 'headline', 'data-testid': 'downey-verdict' }, verdict(study)),
      // the replay, and beside it (where the width allows, downey-replay.css) what the study found
      h(
        'div',
        { class: 'downey-study' },
        replayHost,
        h(
          'section',
          { class: 'downey-results', 'data-testid': 'downey-results' },
          h('h3', { text: t('tabs.downey.anovaHead') }),
          anovaSummary(study),
          h('p', { class: 'note' }, t('tabs.downey.anovaNote', { p: publishedP('> 0.05') })),
          h(
            'details',
            { class: 'ref-details' },
            h('summary', { text: t('tabs.downey.anovaFullSummary') }),
            anovaFull(t('tabs.downey.anovaFull.gap'), 'mm²', study.anovaTable.gap),
            anovaFull('ICP', 'mmHg²', study.anovaTable.icp),
          ),
          h('h3', { text: t('tabs.downey.animalsHead', { n: study.animals.length }) }),
          h('div', { class: 'true-toggle' }, toggle, h('label', { for: toggleId, text: t('tabs.downey.showTrue') })),
          wrap,
          h('p', { class: 'note' }, animalsNote(study)),
        ),
      ),
      h(
        'p',
        { class: 'note' },
        t('tabs.downey.protocol.record', {
          n: DOWNEY_2006.animals,
          plates: t('content.downey.plates'),
          loading: t('content.downey.loading'),
          loads: loadList(DOWNEY_2006.mainSeries.map((st) => st.loadG)),
        }),
        ' ',
        t('tabs.downey.protocol.drawn'),
        ' ',
        assumptionTag(t('tabs.downey.protocol.drawnAssumption')),
        t('tabs.downey.protocol.timing', {
          settle: `${formatNumber(P.settleS)} s`,
          hold: `${formatNumber(P.holdS)} s`,
          window: `${formatNumber(P.icpWindowS)} s`,
          samples: P.icpSamplesPerReading,
          step: `${formatNumber(P.stepS * 1000)} ms`,
        }),
        ' ',
        t('tabs.downey.protocol.plates', { mean: `${formatNumber(plate.mean)} mm`, range: `${formatNumber(plate.min)}–${formatNumber(plate.max)} mm` }),
        ' ',
        assumptionTag(t('tabs.downey.protocol.platesAssumption', { mean: `${formatNumber(3)} mm`, sd: `${formatNumber(0.5)} mm`, range: `${formatNumber(2)}-${formatNumber(4)} mm` })),
        t('tabs.downey.protocol.caliper', { step: mm(P.caliperReadingMM), blur: mm(P.caliperNoiseMM), resolves: mm(caliper.thresholdSI * 1e3) }),
        ' ',
        assumptionTag(detectorRationale('radiograph-caliper')),
        t('tabs.downey.protocol.transducer', { step: formatPressure(paToMmHg(icp.thresholdSI)), noise: formatPressure(P.icpNoiseMmHg) }),
        ' ',
        assumptionTag(detectorRationale('icp-transducer')),
        t('tabs.downey.protocol.seed', { seed: String(study.seed), n: study.animals.length }),
      ),
      h('h3', { text: t('tabs.downey.oneAnimalHead', { top: formatForceG(study.singleAnimal.loadsG[study.singleAnimal.loadsG.length - 1]) }) }),
      h('div', { class: 'curve-host' }, singleAnimalSvg(study)),
      curveKey(study),
      singleTable(study),
      h('p', { class: 'headline-2' }, movementSentence(study)),
      h('p', { class: 'headline-2' }, icpSentence(study)),
      h('div', { class: 'button-row' }, download, copy, copyMsg),
      h('details', { class: 'csv-details' }, h('summary', { text: t('tabs.downey.csv.text') }), h('pre', { class: 'csv-text', 'data-testid': 'downey-csv-text', text: csv })),
    );
    disposeReplay = mountDowneyReplay(replayHost, study, ctx);
  };
  const stopReplay = (): void => {
    disposeReplay?.();
    disposeReplay = null;
  };

  const schedule = (): void => {
    const seed = ctx.appStore.getState().seed;
    if (timer) clearTimeout(timer);
    stopReplay();
    root.replaceChildren(h('p', { class: 'view-loading', text: t('tabs.downey.running', { n: DOWNEY_2006.animals }) }));
    root.setAttribute('aria-busy', 'true');
    // let the page paint "running" first; the study takes about half a second
    timer = setTimeout(() => {
      timer = null;
      try {
        render(downeyStudy({ seed }));
      } catch (e) {
        root.replaceChildren(h('p', { class: 'view-error', text: t('tabs.common.errorLine', { lead: t('tabs.downey.error'), message: errorMessage(e) }) }));
      }
      root.removeAttribute('aria-busy');
    }, 0);
  };
  const unsub = watch(ctx.appStore, (s) => [s.seed] as const, schedule);
  return () => {
    unsub();
    if (timer) clearTimeout(timer);
    stopReplay();
    if (url) URL.revokeObjectURL(url);
    root.remove();
  };
};
