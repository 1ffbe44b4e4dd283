// The Rabbit study tab's ANOVA tables: the model's two-way ANOVA (load x animal) beside the
// paper's F and p, and the full tables (sums of squares, degrees of freedom, mean squares).
// Numbers from downeyStudy; this file only lays them out.

import type { AnovaTable, DowneyStudy } from '../../model/contrasts';
import { t } from '../../i18n';
import { h } from '../dom';
import { formatNumber } from '../format';
import { fText, pText, publishedP } from './downey-format';

export function anovaSummary(study: DowneyStudy): HTMLElement {
  const tbl = h('table', { class: 'data-table downey-anova' });
  const df = `F(${study.anovaTable.gap.treatment.df}, ${study.anovaTable.gap.residual.df})`;
  tbl.append(h('caption', { text: t('tabs.downey.anovaCaption') }));
  tbl.append(
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', text: t('tabs.downey.anova.reading') }),
        h('th', { scope: 'col', text: t('tabs.downey.anova.modelF', { seed: String(study.seed), df }) }),
        h('th', { scope: 'col', text: t('tabs.downey.anova.modelP') }),
        h('th', { scope: 'col', text: t('tabs.downey.anova.paperF') }),
        h('th', { scope: 'col', text: t('tabs.downey.anova.paperP') }),
      ),
    ),
  );
  const rows: Array<[string, AnovaTable, { F: number; p: string }, string]> = [
    [t('tabs.downey.anova.gapRow'), study.anovaTable.gap, study.published.gap, 'gap'],
    [t('tabs.downey.anova.icpRow'), study.anovaTable.icp, study.published.icp, 'icp'],
  ];
  const tbody = h('tbody');
  for (const [label, a, pub, key] of rows) {
    tbody.append(
      h(
        'tr',
        { 'data-anova': key },
        h('th', { scope: 'row', text: label }),
        h('td', { class: 'model-F', text: fText(a) }),
        h('td', { class: `model-p ${a.p < 0.05 ? 'sig' : ''}`, text: `${pText(a.p)}${a.p < 0.05 ? t('tabs.downey.anova.below', { alpha: formatNumber(0.05) }) : ''}` }),
        h('td', { text: formatNumber(pub.F, { sig: 6, sciBelow: 1e-3 }) }),
        h('td', { text: publishedP(pub.p) }),
      ),
    );
  }
  tbl.append(tbody);
  return tbl;
}

export function anovaFull(label: string, unit: string, a: AnovaTable): HTMLTableElement {
  const tbl = h('table', { class: 'data-table downey-anova-full' });
  tbl.append(h('caption', { text: label }));
  tbl.append(
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[t('tabs.downey.anova.source'), `SS (${unit})`, 'df', `MS (${unit})`, 'F', 'p'].map((c) => h('th', { scope: 'col', text: c })),
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
  row(t('tabs.downey.anova.load'), a.treatment, fText(a), pText(a.p));
  row(t('tabs.downey.animal'), a.block, fText({ F: a.blockF, degenerate: a.degenerate }), pText(a.blockP));
  row(t('tabs.downey.anova.residual'), a.residual);
  row(t('tabs.downey.anova.total'), a.total);
  tbl.append(tbody);
  return tbl;
}
