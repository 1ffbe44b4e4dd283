// Detectability: could an examiner's fingertip, an epidural ICP transducer, a radiograph with a
// caliper, or MRI resolve what this touch does? The full table (Scale view) and a compact list
// for beside the sim view's readouts. Numbers come from model/contrasts scaleComparison; each
// threshold links to its source or carries a "model assumption" tag.

import { watch } from '../../state/store';
import { scaleComparison, type DetectorVerdict, type ScaleComparison } from '../../model/contrasts/scale';
import { gramsToNewtons, paToMmHg } from '../../model/units';
import { t } from '../../i18n';
import { h, setText } from '../dom';
import { formatLength, formatNumber, formatPressure, ratioWords } from '../format';
import { assumptionTag, sourceLinks, table, type Dispose, type ViewContext } from './common';
import { boneName, detectorLabel, detectorRationale } from './content-text';

export function formatPredicted(d: DetectorVerdict): string {
  if (d.detector.quantity === 'pressure') return formatPressure(paToMmHg(d.predictedSI));
  // the readouts' own units (mm, µm, or nm below 0.01 µm)
  return formatLength(d.predictedSI);
}

export function formatThreshold(d: DetectorVerdict): string {
  const t = d.detector.display;
  return `${formatNumber(t.value)} ${t.unit} (${formatNumber(t.min)}–${formatNumber(t.max)} ${t.unit})`;
}

export function verdict(d: DetectorVerdict): string {
  const b = d.band;
  if (b.nominal.detectable) return t(b.robust ? 'tabs.detect.yes' : 'tabs.detect.yesNominal');
  return t(b.robust ? 'tabs.detect.no' : 'tabs.detect.noNominal');
}

export function thresholdCell(ctx: ViewContext, d: DetectorVerdict): HTMLElement {
  const cell = h('span', {}, formatThreshold(d), ' ');
  if (d.detector.confidence === 'model assumption') cell.append(assumptionTag(detectorRationale(d.detector.id)), ' ');
  cell.append(h('span', { class: 'cell-sources' }, '(', sourceLinks(ctx.appStore, d.detector.sourceIds), ')'));
  return cell;
}

export function detectabilityTable(ctx: ViewContext, c: ScaleComparison): HTMLTableElement {
  return table(
    t('tabs.detect.caption', { bone: boneName(c.watchedBone), force: `${formatNumber(c.forceG)} g` }),
    [t('tabs.detect.col.detector'), t('tabs.detect.col.threshold'), t('tabs.detect.col.gives'), t('tabs.detect.col.ratio'), t('tabs.detect.col.verdict')],
    c.detectors.map((d) => [
      detectorLabel(d.detector.id),
      thresholdCell(ctx, d),
      `${formatPredicted(d)} (${t(d.predictedQuantity === 'ICP change' ? 'tabs.detect.quantity.icp' : 'tabs.detect.quantity.bone')})`,
      ratioWords(d.band.nominal.ratio),
      h('span', { class: d.band.nominal.detectable ? 'verdict yes' : 'verdict no', text: verdict(d) }),
    ]),
    'detectability-table',
  );
}

/**
 * Compact detectability list for the sim view's panel: one line per detector, updated when
 * subject, technique or force change. Returns dispose.
 */
export function mountDetectability(container: HTMLElement, ctx: ViewContext): Dispose {
  const section = h('section', { class: 'panel-section detect-compact', 'aria-labelledby': 'detect-heading' });
  section.append(h('h2', { id: 'detect-heading', text: t('tabs.detect.heading') }));
  const list = h('ul', { class: 'detect-list' });
  section.append(list);
  container.append(section);
  const rows = new Map<string, { value: HTMLElement; li: HTMLElement }>();
  const update = (): void => {
    const s = ctx.appStore.getState();
    let c: ScaleComparison;
    try {
      c = scaleComparison({ subject: s.subject, technique: s.technique, forceN: gramsToNewtons(s.forceG) });
    } catch {
      list.replaceChildren(h('li', { text: t('tabs.detect.noComparison') }));
      rows.clear();
      return;
    }
    for (const d of c.detectors) {
      let r = rows.get(d.detector.id);
      if (!r) {
        const value = h('span', { class: 'detect-value' });
        // the threshold number links to where it comes from (first source; all in the title)
        const thr = sourceLinks(ctx.appStore, d.detector.sourceIds.slice(0, 1));
        const a = thr.querySelector('a');
        if (a) {
          a.textContent = `${formatNumber(d.detector.display.value)} ${d.detector.display.unit}`;
          a.title = detectorRationale(d.detector.id);
        }
        const li = h(
          'li',
          { class: 'detect-item', 'data-detector': d.detector.id },
          h('span', { class: 'detect-name' }, t('tabs.detect.resolves', { detector: detectorLabel(d.detector.id) }), thr, d.detector.confidence === 'model assumption' ? t('tabs.detect.assumed') : '', ')'),
          value,
        );
        list.append(li);
        rows.set(d.detector.id, (r = { value, li }));
      }
      r.li.classList.toggle('yes', d.band.nominal.detectable);
      setText(r.value, t('tabs.detect.line', { value: formatPredicted(d), ratio: ratioWords(d.band.nominal.ratio), verdict: t(d.band.nominal.detectable ? 'tabs.detect.yes' : 'tabs.detect.no') }));
    }
  };
  const unsub = watch(ctx.appStore, (s) => [s.subject, s.technique, s.forceG] as const, update);
  return () => {
    unsub();
    section.remove();
  };
}
