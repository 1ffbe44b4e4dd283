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
  type AnovaTable,
  type DowneyStudy,
} from '../../model/contrasts';
import { SUBJECTS } from '../../model/subjects';
import { paToMmHg } from '../../model/units';
import { h, uid } from '../dom';
import { formatForceG, formatNumber, formatPressure } from '../format';
import { assumptionTag, sourceLinks, type MountView } from './common';
import { curveKey, singleAnimalSvg, singleTable } from './downey-curve';
import { dmmHg, fText, loadList, mm, mmHg, pText, reading } from './downey-format';
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
    caption: 'Radiograph + caliper: plate separation',
    measured: (a, j) => a.measuredGapMM[j],
    truth: (a, j) => a.trueGapMM[j],
    showMeasured: reading,
    showTrue: (v, j) => (j === 0 ? `true opening 0 ${u.unit}` : `true opening ${inUnit(v, true)}`),
    // a mean of 0.01 mm readings: in mm to the thousandth, one unit along the row
    showChange: (v) => `${formatNumber(v, { decimals: 3, signed: true, sciBelow: 0 })} mm`,
    showTrueChange: (v) => inUnit(v, true),
  };
}
const ICP_KIND: ReadingKind = {
  caption: 'Epidural transducer: ICP, mean over 10 s',
  measured: (a, j) => a.measuredIcpMmHg[j],
  truth: (a, j) => a.trueIcpMmHg[j],
  showMeasured: (v) => mmHg(v),
  showTrue: (v) => `true ${mmHg(v)}`,
  // means of readings and of the truth to the thousandth of a mmHg, one notation along the row
  showChange: (v) => formatPressure(v, { decimals: 3, signed: true, sciBelow: 0 }),
  showTrueChange: (v) => formatPressure(v, { decimals: 3, signed: true, sciBelow: 0 }),
};

/** animal x load: the instrument's reading in each cell, the model's true value under it */
function readingsTable(study: DowneyStudy, kind: ReadingKind, cls: string): HTMLTableElement {
  const loads = study.animals[0].loadsG;
  const t = h('table', { class: `data-table downey-animals ${cls}` });
  t.append(h('caption', { text: `${kind.caption} (${study.animals.length} rabbits, seed ${study.seed})` }));
  const head = h('tr', {}, h('th', { scope: 'col', text: 'Animal' }));
  for (const g of loads) head.append(h('th', { scope: 'col', text: g === 0 ? 'baseline' : formatForceG(g) }));
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
  const foot = h('tr', { class: 'mean-row', title: `mean over the ${n} animals of (reading at the load − reading at baseline)` }, h('th', { scope: 'row', colspan: 2, text: 'Mean change' }));
  loads.forEach((_, j) => {
    if (j > 0) foot.append(cell(kind.showChange(meanChange(kind.measured, j)), `true ${kind.showTrueChange(meanChange(kind.truth, j))}`));
  });
  t.append(h('thead', {}, head), tbody, h('tfoot', {}, foot));
  return t;
}

// ------------------------------------------------------------------ ANOVA

function anovaSummary(study: DowneyStudy): HTMLElement {
  const t = h('table', { class: 'data-table downey-anova' });
  const df = `F(${study.anovaTable.gap.treatment.df}, ${study.anovaTable.gap.residual.df})`;
  t.append(h('caption', { text: 'Two-way ANOVA, load × animal: does the load change the reading?' }));
  t.append(
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', text: 'Reading' }),
        h('th', { scope: 'col', text: `Model, seed ${study.seed}: ${df}` }),
        h('th', { scope: 'col', text: 'Model: p' }),
        h('th', { scope: 'col', text: 'Downey 2006: F' }),
        h('th', { scope: 'col', text: 'Downey 2006: p' }),
      ),
    ),
  );
  const rows: Array<[string, AnovaTable, { F: number; p: string }, string]> = [
    ['Plate separation (caliper)', study.anovaTable.gap, study.published.gap, 'gap'],
    ['ICP (transducer)', study.anovaTable.icp, study.published.icp, 'icp'],
  ];
  const tbody = h('tbody');
  for (const [label, a, pub, key] of rows) {
    tbody.append(
      h(
        'tr',
        { 'data-anova': key },
        h('th', { scope: 'row', text: label }),
        h('td', { class: 'model-F', text: fText(a) }),
        h('td', { class: `model-p ${a.p < 0.05 ? 'sig' : ''}`, text: `${pText(a.p)}${a.p < 0.05 ? ' (below 0.05)' : ''}` }),
        h('td', { text: String(pub.F) }),
        h('td', { text: pub.p }),
      ),
    );
  }
  t.append(tbody);
  return t;
}

function anovaFull(label: string, unit: string, a: AnovaTable): HTMLTableElement {
  const t = h('table', { class: 'data-table downey-anova-full' });
  t.append(h('caption', { text: label }));
  t.append(
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Source', `SS (${unit})`, 'df', `MS (${unit})`, 'F', 'p'].map((c) => h('th', { scope: 'col', text: c })),
      ),
    ),
  );
  const ss = (x: number): string => `${formatNumber(x, { sig: 3, sciBelow: 1e-3 })} ${unit}`;
  const tbody = h('tbody');
  const row = (name: string, s: { SS: number; df: number; MS?: number }, F?: string, p?: string): void => {
    tbody.append(
      h(
        'tr',
        {},
        h('th', { scope: 'row', text: name }),
        h('td', { text: ss(s.SS) }),
        h('td', { text: String(s.df) }),
        h('td', { text: s.MS === undefined ? '' : ss(s.MS) }),
        h('td', { text: F ?? '' }),
        h('td', { text: p ?? '' }),
      ),
    );
  };
  row('Load', a.treatment, fText(a), pText(a.p));
  row('Animal', a.block, fText({ F: a.blockF, degenerate: a.degenerate }), pText(a.blockP));
  row('Residual', a.residual);
  row('Total', a.total);
  t.append(tbody);
  return t;
}

// ------------------------------------------------------------------ sentences

function verdict(study: DowneyStudy): string {
  const g = study.anovaTable.gap;
  const i = study.anovaTable.icp;
  const df = `F(${g.treatment.df}, ${g.residual.df})`;
  const n = study.animals.length;
  const loads = `${formatForceG(study.animals[0].loadsG[1])}–${formatForceG(study.animals[0].loadsG[study.animals[0].loadsG.length - 1])}`;
  const pub = `Downey et al. found the same (F = ${study.published.gap.F} and ${study.published.icp.F}, p ${study.published.gap.p})`;
  const gapSig = g.p < 0.05;
  const icpSig = i.p < 0.05;
  const figures = `plate separation ${df} = ${fText(g)}, p = ${pText(g.p)}; ICP ${df} = ${fText(i)}, p = ${pText(i.p)}`;
  if (!gapSig && !icpSig) return `In ${n} simulated rabbits (seed ${study.seed}), pulling with ${loads} changed neither the plate separation nor ICP (${figures}). ${pub}.`;
  const which = gapSig && icpSig ? 'both readings' : gapSig ? 'the plate separation' : 'ICP';
  return `In ${n} simulated rabbits (seed ${study.seed}) the ANOVA flags a difference by load in ${which} (${figures}), although the model's true effect is far below what the instruments resolve: with two tests at p < 0.05, about 1 study in 10 turns up such a chance "effect". Try another seed. The paper found none (F = ${study.published.gap.F} and ${study.published.icp.F}, p ${study.published.gap.p}).`;
}

function movementSentence(study: DowneyStudy): string {
  const s = study.singleAnimal;
  const f = DOWNEY_2006.firstMovement;
  const at = s.loadsG.indexOf(f.loadG);
  const model =
    s.firstMovementG === null
      ? `the model's default rabbit never opens its suture to the caliper's ${mm(study.protocol.caliperResolutionMM)} up to ${formatForceG(s.loadsG[s.loadsG.length - 1])}`
      : `the model's default rabbit first opens its suture past the caliper's ${mm(study.protocol.caliperResolutionMM)} at ${formatForceG(s.firstMovementG)} (${mm(s.trueGapMM[at])} at ${formatForceG(f.loadG)})`;
  const agree = s.firstMovementG === f.loadG ? 'They agree, but not fully independently' : 'They differ, even though';
  return `Suture movement: ${model}; the study first saw movement at ${formatForceG(f.loadG)}, ${f.separationMm.toFixed(2)} mm. ${agree}: the suture's stiffness comes from another study (Losken 1999), but the slack of the plates and screws before the suture takes the load is bounded by this animal's two results.`;
}

function icpSentence(study: DowneyStudy): string {
  const s = study.singleAnimal;
  const at = s.loadsG.indexOf(DOWNEY_2006.firstMovement.loadG);
  const change = (k: number): number => s.trueIcpMmHg[k] - s.trueIcpMmHg[0];
  const resolution = study.protocol.icpResolutionMmHg;
  const meanTrue20 =
    study.animals.reduce((sum, a) => sum + a.trueIcpMmHg[a.trueIcpMmHg.length - 1] - a.trueIcpMmHg[0], 0) / study.animals.length;
  const first = s.loadsG.findIndex((_g, k) => k > 0 && Math.abs(change(k)) >= resolution);
  const intro = `ICP: at ${formatForceG(study.animals[0].loadsG[study.animals[0].loadsG.length - 1])} the true ICP of the ${study.animals.length} animals moved on average by ${dmmHg(meanTrue20)} between readings (breathing and slow waves, not the pull), far below the transducer's ${formatPressure(resolution)}, as the study found. As the plates pull the parietal bone back, the cranium gains a little volume and the model's ICP falls: ${dmmHg(change(at))} at ${formatForceG(DOWNEY_2006.firstMovement.loadG)}, still below the transducer, as the study found.`;
  const pvi = `The size of that fall rests on the rabbit pressure-volume index (${formatNumber(SUBJECTS.rabbit.params.pvi.value)} mL), scaled from rats by intracranial volume: no rabbit measurement exists.`;
  if (first < 0) return `${intro} Up to ${formatForceG(s.loadsG[s.loadsG.length - 1])} it never reaches the transducer's resolution. ${pvi}`;
  return `${intro} Only at ${formatForceG(s.loadsG[first])} (${dmmHg(change(first))}) does it reach the transducer's resolution, where the study reported no change: there the model and the study disagree. ${pvi}`;
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
  return `Switch on the true values: at ${formatForceG(top)} the animals' sutures truly opened ${inUnit(lo)} to ${inUnit(hi)} ${u.unit}, while the caliper blurs plate edges by ${mm(study.protocol.caliperNoiseMM)} and reads in ${mm(study.protocol.caliperReadingMM)} steps. What the readings show is the caliper's noise.`;
}

// ------------------------------------------------------------------ the view

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
    const csv = downeyStudyCsv(study);
    url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const download = h('a', { class: 'btn', href: url, download: `downey2006-study-seed${study.seed}.csv`, 'data-testid': 'downey-csv', text: 'Download CSV' });
    const copy = h('button', { class: 'btn', type: 'button', text: 'Copy data as CSV' });
    const copyMsg = h('span', { class: 'hint', role: 'status' });
    copy.addEventListener('click', () => {
      const done = (ok: boolean) => (copyMsg.textContent = ok ? 'Copied.' : 'Copy was blocked by the browser: use the CSV text below.');
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
      h('div', { class: 'table-scroll' }, readingsTable(study, ICP_KIND, 'downey-icp')),
    );
    const toggleId = uid('downey-true');
    const toggle = h('input', { type: 'checkbox', id: toggleId, 'data-testid': 'downey-show-true' });
    toggle.checked = showTrue;
    toggle.addEventListener('change', () => {
      showTrue = toggle.checked;
      wrap.classList.toggle('show-true', showTrue);
    });

    root.replaceChildren(
      h('h2', { class: 'view-title', text: 'Downey et al. 2006, run again as a study in the model' }),
      h('p', { class: 'view-context' }, DOWNEY_2006.summary, ' ', h('span', {}, '(', sourceLinks(ctx.appStore, DOWNEY_2006.sourceIds), ')')),
      h('p', { class: 'headline', 'data-testid': 'downey-verdict' }, verdict(study)),
      replayHost,
      h(
        'p',
        { class: 'note' },
        `Protocol: ${DOWNEY_2006.animals} anaesthetised rabbits; ${DOWNEY_2006.plates}; ${DOWNEY_2006.loading}. Baseline, then ${loadList(DOWNEY_2006.mainSeries.map((st) => st.loadG))} g, a radiograph and ICP at each. `,
        `In the model each rabbit is drawn from the rabbit parameter ranges (each value near the published one, spread a quarter of its range, kept inside it) `,
        assumptionTag('Model assumption: normal distribution centred on each parameter value, sd = (max - min) / 4, truncated to [min, max].'),
        `, settles ${formatNumber(P.settleS)} s, then holds each load ${formatNumber(P.holdS)} s and reads ICP as a ${formatNumber(P.icpWindowS)} s mean of ${P.icpSamplesPerReading} readings, in a time simulation with a ${formatNumber(P.stepS * 1000)} ms step (the rabbit's heart beats about 4 times a second). `,
        `The caliper reads the plates' separation, about ${formatNumber(plate.mean)} mm (${formatNumber(plate.min)}–${formatNumber(plate.max)} mm, drawn per animal `,
        assumptionTag('Model assumption: baseline plate separation normal, mean 3 mm, sd 0.5 mm, truncated to 2-4 mm.'),
        `), in ${mm(P.caliperReadingMM)} steps with ${mm(P.caliperNoiseMM)} blur; it tells apart ${mm(caliper.thresholdSI * 1e3)} `,
        assumptionTag(caliper.rationale),
        `. The transducer reads whole ${formatPressure(paToMmHg(icp.thresholdSI))} steps with ${formatPressure(P.icpNoiseMmHg)} noise `,
        assumptionTag(icp.rationale),
        `. Seed ${study.seed}: change the seed (URL randomSeed) for another ${study.animals.length} rabbits.`,
      ),
      h('h3', { text: 'The ANOVA beside the paper' }),
      anovaSummary(study),
      h(
        'p',
        { class: 'note' },
        `F compares how much the readings differ between loads with how much they scatter otherwise; p is the chance of an F this large if the load changed nothing. The paper reports p only as "> 0.05". Each animal is its own block, so the differences between animals (where the plates sit, each one's resting ICP) do not count as scatter.`,
      ),
      h(
        'details',
        { class: 'ref-details' },
        h('summary', { text: 'Full ANOVA tables (sums of squares, degrees of freedom, mean squares)' }),
        anovaFull('Plate separation', 'mm²', study.anovaTable.gap),
        anovaFull('ICP', 'mmHg²', study.anovaTable.icp),
      ),
      h('h3', { text: `The ${study.animals.length} animals` }),
      h('div', { class: 'true-toggle' }, toggle, h('label', { for: toggleId, text: "Show the model's true values under each reading" })),
      wrap,
      h('p', { class: 'note' }, animalsNote(study)),
      h('h3', { text: `One animal, loaded to ${formatForceG(study.singleAnimal.loadsG[study.singleAnimal.loadsG.length - 1])}` }),
      h('div', { class: 'curve-host' }, singleAnimalSvg(study)),
      curveKey(study),
      singleTable(study),
      h('p', { class: 'headline-2' }, movementSentence(study)),
      h('p', { class: 'headline-2' }, icpSentence(study)),
      h('div', { class: 'button-row' }, download, copy, copyMsg),
      h('details', { class: 'csv-details' }, h('summary', { text: 'CSV text (select and copy)' }), h('pre', { class: 'csv-text', 'data-testid': 'downey-csv-text', text: csv })),
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
    root.replaceChildren(h('p', { class: 'view-loading', text: `Running the study in the model: ${DOWNEY_2006.animals} rabbits…` }));
    root.setAttribute('aria-busy', 'true');
    // let the page paint "running" first; the study takes about half a second
    timer = setTimeout(() => {
      timer = null;
      try {
        render(downeyStudy({ seed }));
      } catch (e) {
        root.replaceChildren(h('p', { class: 'view-error', text: `The study could not run: ${e instanceof Error ? e.message : 'unknown error'}` }));
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
