// Downey 2006 replay view (?view=downey): the rabbit study step by step. For each load: the
// model's true suture opening and ICP change, what the simulated radiograph + caliper and ICP
// transducer read (noise, resolution), and what the study reported. Then the one-animal series
// to 10 000 g and where movement first exceeds caliper resolution, model vs study. The table can
// be copied or downloaded as CSV (a Blob URL on this page: no network).

import { DOWNEY_2006, DETECTORS } from '../../model/content';
import { DOWNEY_HOLD_S, DOWNEY_ICP_WINDOW_S, downeyReplay, toCsv, type DowneyReplay, type DowneyRow } from '../../model/contrasts';
import { paToMmHg } from '../../model/units';
import { h } from '../dom';
import { formatForceG, formatLength, formatNumber, formatPressure } from '../format';
import { assumptionTag, sourceLinks, type MountView } from './common';

/** "5, 10, 15 and 20": the protocol's loads from the study record, not retyped */
const loadList = (loads: readonly number[]): string =>
  loads.length < 2 ? loads.join('') : `${loads.slice(0, -1).join(', ')} and ${loads[loads.length - 1]}`;

const mm = (x: number): string => formatLength(x * 1e-3, { sciBelow: 1e-3 });
const dmm = (x: number): string => formatLength(x * 1e-3, { signed: true, sciBelow: 1e-3 });
const dmmHg = (x: number): string => formatPressure(x, { signed: true, sciBelow: 1e-3 });

function rowCells(r: DowneyRow, firstModel: number | null): Array<string | Node> {
  const flag = r.loadG > 0 && r.loadG === firstModel;
  return [
    r.step === 'baseline' ? 'baseline' : formatForceG(r.loadG),
    h('span', { class: flag ? 'flag-first' : '' }, dmm(r.trueGapMm), flag ? ' ← first above 0.1 mm' : ''),
    `${dmm(r.measuredGapChangeMm)}${r.measuredAboveCaliper ? ' (seen)' : ''}`,
    dmmHg(r.trueIcpChangeMmHg),
    `${formatPressure(r.measuredIcpMmHg, { decimals: 1 })} (${dmmHg(r.measuredIcpChangeMmHg)})`,
    `${r.studyMovement}; ${r.studyIcp}`,
  ];
}

function replayTable(caption: string, rows: DowneyRow[], firstModel: number | null): HTMLTableElement {
  const t = h('table', { class: 'data-table downey-table' });
  t.append(h('caption', { text: caption }));
  const head = ['Load', 'Model: true gap change', 'Simulated radiograph + caliper', 'Model: true ICP change', 'Simulated ICP mean (change)', 'Study reported'];
  const thead = h('thead');
  const tr = h('tr');
  for (const c of head) tr.append(h('th', { scope: 'col', text: c }));
  thead.append(tr);
  const tbody = h('tbody');
  for (const r of rows) {
    const row = h('tr', { 'data-load-g': r.loadG });
    rowCells(r, firstModel).forEach((c, i) => {
      const cell = i === 0 ? h('th', { scope: 'row' }) : h('td');
      cell.append(c);
      row.append(cell);
    });
    tbody.append(row);
  }
  t.append(thead, tbody);
  return t;
}

export const mountDowneyView: MountView = (container, ctx) => {
  const root = h('div', { class: 'contrast-view downey-view' });
  container.append(root);
  let url: string | null = null;
  let seedShown = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const render = (replay: DowneyReplay): void => {
    if (url) URL.revokeObjectURL(url);
    const csv = toCsv(replay.rows);
    url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const main = replay.rows.filter((r) => r.series === 'main');
    const single = replay.rows.filter((r) => r.series === 'single-animal');
    const at500 = single.find((r) => r.loadG === 500)!;
    const download = h('a', { class: 'btn', href: url, download: `downey2006-replay-seed${replay.seed}.csv`, 'data-testid': 'downey-csv', text: 'Download CSV' });
    const copy = h('button', { class: 'btn', type: 'button', text: 'Copy table as CSV' });
    const copyMsg = h('span', { class: 'hint', role: 'status' });
    copy.addEventListener('click', () => {
      const done = (ok: boolean) => (copyMsg.textContent = ok ? 'Copied.' : 'Copy was blocked by the browser: use the CSV text below.');
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(csv).then(() => done(true), () => done(false));
      else done(false);
    });
    const caliper = DETECTORS['radiograph-caliper'];
    const icp = DETECTORS['icp-transducer'];
    root.replaceChildren(
      h('h2', { class: 'view-title', text: 'Downey et al. 2006, replayed in the model' }),
      h('p', { class: 'view-context' }, DOWNEY_2006.summary, ' ', h('span', {}, '(', sourceLinks(ctx.appStore, DOWNEY_2006.sourceIds), ')')),
      h(
        'p',
        { class: 'note' },
        `Protocol: ${DOWNEY_2006.animals} anaesthetised rabbits; ${DOWNEY_2006.plates}; ${DOWNEY_2006.loading}. Baseline, then ${loadList(DOWNEY_2006.mainSeries.map((st) => st.loadG))} g, a radiograph and ICP at each. The model holds each load ${formatNumber(DOWNEY_HOLD_S)} s (its own 1 s ramp, the mechanics settle at once) and reads ICP as a ${formatNumber(DOWNEY_ICP_WINDOW_S)} s mean. `,
        `Simulated instruments: caliper resolution ${formatLength(caliper.thresholdSI)} `,
        assumptionTag(caliper.rationale),
        `, transducer reading in steps of ${formatPressure(paToMmHg(icp.thresholdSI))} with noise `,
        assumptionTag(icp.rationale),
        `. Seed ${replay.seed}: change the seed (URL randomSeed) for another simulated animal.`,
      ),
      h('div', { class: 'button-row' }, download, copy, copyMsg),
      replayTable('The protocol: 13 animals, loads 5-20 g', main, replay.modelFirstAboveCaliperG),
      replayTable('One animal, higher loads (100 g to 10 000 g)', single, replay.modelFirstAboveCaliperG),
      h(
        'p',
        { class: 'headline', 'data-testid': 'downey-verdict' },
        `Suture movement: the model first opens the suture past the caliper's ${mm(replay.caliperResolutionMm)} at ${replay.modelFirstAboveCaliperG === null ? 'no load up to 10 kg' : formatForceG(replay.modelFirstAboveCaliperG)} (${mm(at500.trueGapMm)} at 500 g); the study first saw movement at ${formatForceG(replay.studyFirstMovementG)}, ${replay.studyFirstSeparationMm.toFixed(2)} mm. ${replay.modelFirstAboveCaliperG === replay.studyFirstMovementG ? 'They agree, but not independently' : 'They differ, even though'}: the model's rabbit suture stiffness was calibrated to that one animal.`,
      ),
      h(
        'p',
        { class: 'headline-2' },
        `ICP: at 5-20 g the model's ICP change (${dmmHg(main[main.length - 1].trueIcpChangeMmHg)} at 20 g) is far below what the transducer resolves, as the study found. At 500 g and above the model predicts ICP falls (${dmmHg(at500.trueIcpChangeMmHg)} at 500 g) as the opened cranium gains volume; the study reported no ICP change at any load. Here the model and the study disagree. The size of the model's fall rests on its rabbit pressure-volume index (0.5 mL), an assumption scaled from cats; the study measured no change.`,
      ),
      h('details', { class: 'csv-details' }, h('summary', { text: 'CSV text (select and copy)' }), h('pre', { class: 'csv-text', 'data-testid': 'downey-csv-text', text: csv })),
    );
  };

  const schedule = (): void => {
    const seed = ctx.appStore.getState().seed;
    if (seed === seedShown) return;
    seedShown = seed;
    if (timer) clearTimeout(timer);
    root.replaceChildren(h('p', { class: 'view-loading', text: 'Running the replay in the model…' }));
    // let the page paint "running" first; the replay takes a fraction of a second
    timer = setTimeout(() => {
      timer = null;
      try {
        render(downeyReplay(seed));
      } catch (e) {
        root.replaceChildren(h('p', { class: 'view-error', text: `The replay could not run: ${e instanceof Error ? e.message : 'unknown error'}` }));
      }
    }, 0);
  };
  schedule();
  const unsub = ctx.appStore.subscribe(schedule);
  return () => {
    unsub();
    if (timer) clearTimeout(timer);
    if (url) URL.revokeObjectURL(url);
    root.remove();
  };
};
