// Force finder view (?view=finder): the force it would take, for the current subject and
// technique, for a fingertip to feel the scalp give, to move the bone by a fingertip-detectable
// amount, to change ICP by 1 mmHg and to open the suture enough for a radiograph, found by the
// model (model/contrasts forceFinder), set beside the 5 g touch and the adult skull's fracture
// load (Yoganandan 1995).

import { DETECTORS, REFERENCE_FORCES } from '../../model/content';
import { forceFinder, FINDER_MAX_N, type FinderTarget, type ForceFinderResult } from '../../model/contrasts';
import { TECHNIQUES } from '../../model/index';
import { t } from '../../i18n';
import { h } from '../dom';
import { formatForceG, formatForceN, formatNumber, ratioWords, timesWords } from '../format';
import { assumptionTag, comparedWith, logStrip, mountModelTab, responsive, sourceLinks, table, type Dispose, type MountView, type ViewContext } from './common';
import { theBone, subjectLabel, techniqueLabel } from './content-text';

/** a target's words: its row label, the strip's short name, what its threshold measures */
const targetText = (t0: FinderTarget, part: 'label' | 'strip' | 'quantity'): string => t(`tabs.finder.target.${t0.id}.${part}`);
/** why a target does not apply (plates screwed to bone: no scalp under them) */
const notApplicable = (t0: FinderTarget): string | null => (t0.notApplicable ? t('tabs.finder.notApplicablePlates') : null);

function times(x: number | null): string {
  if (x === null || !(x > 0)) return '—';
  // "21,000 times" the touch; "about 1 in 40 of" the fracture load (format.ts words)
  return x >= 1 ? timesWords(x) : ratioWords(x, '');
}

function forceText(x: FinderTarget): string {
  const na = notApplicable(x);
  if (na) return na;
  if (x.search.status === 'unreachable') return t('tabs.finder.unreachable', { max: formatForceN(FINDER_MAX_N) });
  const force = `${formatForceN(x.forceN!)} (${formatForceG(x.forceG!)})`;
  return x.search.status === 'below-range' ? t('tabs.finder.atMost', { force }) : force;
}

function thresholdCell(ctx: ViewContext, x: FinderTarget): HTMLElement {
  const cell = h('span', {}, `${formatNumber(x.thresholdDisplay.value)} ${x.thresholdDisplay.unit} ${targetText(x, 'quantity')} `);
  if (x.assumption) cell.append(assumptionTag(), ' ');
  cell.append('(', sourceLinks(ctx.appStore, x.sourceIds), ')');
  return cell;
}

function sentence(r: ForceFinderResult, bone: string): string {
  const tip = r.targets.find((x) => x.id === 'fingertip-bone')!;
  if (tip.forceN === null) return t('tabs.finder.sentence.none', { max: formatForceN(FINDER_MAX_N), bone });
  const fracture = formatForceN(r.fractureN);
  const vsFracture =
    r.subject === 'adult'
      ? tip.timesFracture! >= 1
        ? t('tabs.finder.sentence.aboveFracture', { fracture })
        : t('tabs.finder.sentence.vsFracture', { vs: comparedWith(tip.timesFracture!, t('tabs.finder.theFracture', { fracture })) })
      : '';
  return t('tabs.finder.sentence.bone', {
    bone,
    threshold: `${formatNumber(tip.thresholdDisplay.value)} ${tip.thresholdDisplay.unit}`,
    forceN: formatForceN(tip.forceN),
    forceG: formatForceG(tip.forceG!),
    vsTouch: comparedWith(tip.timesNickel!, t('tabs.finder.theTouch')),
    vsFracture,
  });
}

/** What the fingertip does feel: the scalp giving, at a few grams (or why not, for plates). */
function scalpSentence(r: ForceFinderResult): string {
  const x = r.targets.find((y) => y.id === 'fingertip-scalp')!;
  if (x.notApplicable) return t('tabs.finder.scalp.notApplicable');
  const depth = `${formatNumber(x.thresholdDisplay.value)} ${x.thresholdDisplay.unit}`;
  if (x.forceN === null) return t('tabs.finder.scalp.none', { max: formatForceN(FINDER_MAX_N), depth });
  const args = { depth, forceG: formatForceG(x.forceG!), forceN: formatForceN(x.forceN) };
  return x.timesNickel! <= 1 ? t('tabs.finder.scalp.below', args) : t('tabs.finder.scalp.above', { ...args, vsTouch: comparedWith(x.timesNickel!, t('tabs.finder.theTouch')) });
}

export const mountFinderView: MountView = (container, ctx) =>
  mountModelTab(container, ctx, {
    className: 'finder-view',
    pick: (s) => [s.subject, s.technique],
    compute: (s) => forceFinder({ subject: s.subject, technique: s.technique }),
    errorLead: 'tabs.finder.error',
    draw: (root, r: ForceFinderResult) => draw(ctx, root, r),
  });

function draw(ctx: ViewContext, root: HTMLElement, r: ForceFinderResult): Dispose[] {
  const tech = TECHNIQUES[r.technique];
  const bone = theBone(tech.watchedBone);
  const fracture = REFERENCE_FORCES.find((f) => f.id === 'skull-fracture')!;
  const stripHost = h('div', { class: 'strip-host' });
  root.replaceChildren(
    h('h2', { class: 'view-title', text: t('tabs.finder.title') }),
    h('p', { class: 'view-context', text: t('tabs.finder.context', { subject: subjectLabel(r.subject), technique: techniqueLabel(r.technique), min: formatForceN(1e-6), max: formatForceN(FINDER_MAX_N) }) }),
    h('p', { class: 'headline', 'data-testid': 'finder-sentence', text: sentence(r, bone) }),
    h('p', { class: 'headline-2', 'data-testid': 'finder-scalp-sentence', text: scalpSentence(r) }),
    table(
      t('tabs.finder.table.caption'),
      [t('tabs.finder.table.to'), t('tabs.finder.table.threshold'), t('tabs.finder.table.force'), t('tabs.finder.table.vsTouch'), t('tabs.finder.table.vsFracture', { load: `${formatNumber(fracture.display.value)} ${fracture.display.unit}` })],
      r.targets.map((x) => [targetText(x, 'label'), thresholdCell(ctx, x), forceText(x), times(x.timesNickel), times(x.timesFracture)]),
      'finder-table',
    ),
    stripHost,
    h(
      'p',
      { class: 'note' },
      t('tabs.finder.note.fracture', { load: formatForceN(fracture.valueSI), min: formatForceN(fracture.rangeSI.min), max: formatForceN(fracture.rangeSI.max) }),
      ' ',
      h('span', {}, '(', sourceLinks(ctx.appStore, fracture.sourceIds), ')'),
      r.subject === 'adult' ? '.' : t('tabs.finder.note.notAdult'),
      ' ',
      t('tabs.finder.note.fingertip', {
        threshold: `${formatNumber(DETECTORS.fingertip.display.value)} ${DETECTORS.fingertip.display.unit}`,
        range: `${formatNumber(DETECTORS.fingertip.display.min)}–${formatNumber(DETECTORS.fingertip.display.max)} ${DETECTORS.fingertip.display.unit}`,
      }),
      ' ',
      h('span', {}, '(', sourceLinks(ctx.appStore, DETECTORS.fingertip.sourceIds), ')'),
      '. ',
      t('tabs.finder.note.linear'),
    ),
  );
  return [
    responsive(stripHost, (w) =>
      logStrip({
        title: t('tabs.finder.strip.title'),
        width: w,
        tick: (v) => formatForceN(v),
        items: [
          { label: t('tabs.finder.strip.touch', { value: formatForceN(r.nickelN) }), value: r.nickelN, kind: 'reference' },
          { label: t('tabs.finder.strip.fracture', { value: formatForceN(r.fractureN) }), value: r.fractureN, range: r.fractureRangeN, kind: 'reference' },
          ...r.targets
            .filter((x) => x.forceN !== null)
            .map((x) => ({ label: `${targetText(x, 'strip')}: ${formatForceN(x.forceN!)}`, value: x.forceN!, kind: 'prediction' as const })),
        ],
      }),
    ),
  ];
}
