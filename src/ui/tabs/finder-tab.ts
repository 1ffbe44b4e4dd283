// Force finder view (?view=finder): the force it would take, for the current subject and
// technique, for a fingertip to feel the scalp give, to move the bone by a fingertip-detectable
// amount, to change ICP by 1 mmHg and to open the suture enough for a radiograph, found by the
// model (model/contrasts forceFinder), set beside the 5 g touch and the adult skull's fracture
// load (Yoganandan 1995).

import { DETECTORS, REFERENCE_FORCES } from '../../model/content';
import { BONE_NAMES, forceFinder, FINDER_MAX_N, type FinderTarget, type ForceFinderResult } from '../../model/contrasts';
import { SUBJECTS, TECHNIQUES } from '../../model/index';
import { h } from '../dom';
import { formatForceG, formatForceN, formatNumber, ratioWords, timesWords } from '../format';
import { assumptionTag, logStrip, mountModelTab, responsive, sourceLinks, table, type Dispose, type MountView, type ViewContext } from './common';

/** short names for the strip's markers */
const STRIP_NAMES: Readonly<Record<FinderTarget['id'], string>> = {
  'fingertip-scalp': 'Fingertip feels scalp give',
  'fingertip-bone': 'Fingertip feels bone',
  'icp-1-mmhg': 'ICP changes 1 mmHg',
  'caliper-gap': 'Radiograph sees gap',
};

function times(x: number | null): string {
  if (x === null || !(x > 0)) return '—';
  // "21,000 times" the touch; "about 1 in 40 of" the fracture load (format.ts words)
  return x >= 1 ? timesWords(x) : `${ratioWords(x, '')} of`;
}

function forceText(t: FinderTarget): string {
  if (t.notApplicable) return t.notApplicable;
  if (t.search.status === 'unreachable') return `not reachable below ${formatForceN(FINDER_MAX_N)}`;
  const prefix = t.search.status === 'below-range' ? 'at most ' : '';
  return `${prefix}${formatForceN(t.forceN!)} (${formatForceG(t.forceG!)})`;
}

function thresholdCell(ctx: ViewContext, t: FinderTarget): HTMLElement {
  const cell = h('span', {}, `${formatNumber(t.thresholdDisplay.value)} ${t.thresholdDisplay.unit} ${t.quantity} `);
  if (t.assumption) cell.append(assumptionTag(), ' ');
  cell.append('(', sourceLinks(ctx.appStore, t.sourceIds), ')');
  return cell;
}

function sentence(r: ForceFinderResult, boneName: string): string {
  const tip = r.targets.find((t) => t.id === 'fingertip-bone')!;
  if (tip.forceN === null) return `In the model, no force below ${formatForceN(FINDER_MAX_N)} moves the ${boneName} enough for a fingertip to feel.`;
  const vsFracture =
    r.subject === 'adult'
      ? tip.timesFracture! >= 1
        ? `, more than the ${formatForceN(r.fractureN)} that fractures an adult skull`
        : `, ${times(tip.timesFracture)} of the ${formatForceN(r.fractureN)} that fractures an adult skull`
      : '';
  return `To move the ${boneName} by ${formatNumber(tip.thresholdDisplay.value)} ${tip.thresholdDisplay.unit}, enough for a still fingertip to feel, the model needs ${formatForceN(tip.forceN)} (${formatForceG(tip.forceG!)}): ${times(tip.timesNickel)} the 5 g touch${vsFracture}.`;
}

/** What the fingertip does feel: the scalp giving, at a few grams (or why not, for plates). */
function scalpSentence(r: ForceFinderResult): string {
  const t = r.targets.find((x) => x.id === 'fingertip-scalp')!;
  if (t.notApplicable) return `A fingertip feeling the scalp give is ${t.notApplicable.replace(/^not applicable: /, 'not applicable here: ')}.`;
  if (t.forceN === null) return `In the model, no force below ${formatForceN(FINDER_MAX_N)} presses the scalp ${formatNumber(t.thresholdDisplay.value)} ${t.thresholdDisplay.unit} deep.`;
  const head = `What a fingertip does feel is the scalp giving: ${formatNumber(t.thresholdDisplay.value)} ${t.thresholdDisplay.unit} of it at ${formatForceG(t.forceG!)} (${formatForceN(t.forceN)})`;
  return t.timesNickel! <= 1
    ? `${head}, less than the 5 g touch. A nickel's touch is felt, as scalp, not bone.`
    : `${head}, ${times(t.timesNickel)} the 5 g touch.`;
}

export const mountFinderView: MountView = (container, ctx) =>
  mountModelTab(container, ctx, {
    className: 'finder-view',
    pick: (s) => [s.subject, s.technique],
    compute: (s) => forceFinder({ subject: s.subject, technique: s.technique }),
    errorLead: 'The finder could not run',
    draw: (root, r: ForceFinderResult) => draw(ctx, root, r),
  });

function draw(ctx: ViewContext, root: HTMLElement, r: ForceFinderResult): Dispose[] {
  const tech = TECHNIQUES[r.technique];
  const boneName = BONE_NAMES[tech.watchedBone];
  const fracture = REFERENCE_FORCES.find((f) => f.id === 'skull-fracture')!;
  const stripHost = h('div', { class: 'strip-host' });
  root.replaceChildren(
    h('h2', { class: 'view-title', text: 'Force finder: how hard would you have to push?' }),
    h('p', { class: 'view-context', text: `${SUBJECTS[r.subject].label}, ${tech.label}. The model is searched from ${formatForceN(1e-6)} to ${formatForceN(FINDER_MAX_N)} for the smallest force that does each thing.` }),
    h('p', { class: 'headline', 'data-testid': 'finder-sentence', text: sentence(r, boneName) }),
    h('p', { class: 'headline-2', 'data-testid': 'finder-scalp-sentence', text: scalpSentence(r) }),
    table(
      'Force needed, found with the model',
      ['To…', 'Threshold, source', 'Force needed', 'Compared with the 5 g touch', `Compared with the adult fracture load (${formatNumber(fracture.display.value)} ${fracture.display.unit})`],
      r.targets.map((t) => [t.label, thresholdCell(ctx, t), forceText(t), times(t.timesNickel), times(t.timesFracture)]),
      'finder-table',
    ),
    stripHost,
    h(
      'p',
      { class: 'note' },
      `The fracture load is ${formatForceN(fracture.valueSI)} (all tests ${formatForceN(fracture.rangeSI.min)}–${formatForceN(fracture.rangeSI.max)}) for adult cadaver heads loaded slowly `,
      h('span', {}, '(', sourceLinks(ctx.appStore, fracture.sourceIds), ')'),
      r.subject === 'adult' ? '.' : '; it is shown for scale only: it was measured on adult skulls, not on this subject.',
      ' The fingertip threshold is about ',
      `${formatNumber(DETECTORS.fingertip.display.value)} ${DETECTORS.fingertip.display.unit} (${formatNumber(DETECTORS.fingertip.display.min)}–${formatNumber(DETECTORS.fingertip.display.max)} ${DETECTORS.fingertip.display.unit}), recalled from touch-threshold studies `,
      h('span', {}, '(', sourceLinks(ctx.appStore, DETECTORS.fingertip.sourceIds), ')'),
      '. For the bone the model is linear in force (a threshold twice as large needs twice the force); the scalp stiffens as it is squeezed, so pressing it twice as deep takes more than twice the force.',
    ),
  );
  return [
    responsive(stripHost, (w) =>
      logStrip({
        title: 'Log scale of forces: what each detection would take, beside the touch and the fracture load',
        width: w,
        tick: (v) => formatForceN(v),
        items: [
          { label: `5 g touch ${formatForceN(r.nickelN)}`, value: r.nickelN, kind: 'reference' },
          { label: `Adult skull fracture ${formatForceN(r.fractureN)}`, value: r.fractureN, range: r.fractureRangeN, kind: 'reference' },
          ...r.targets
            .filter((t) => t.forceN !== null)
            .map((t) => ({ label: `${STRIP_NAMES[t.id]}: ${formatForceN(t.forceN!)}`, value: t.forceN!, kind: 'prediction' as const })),
        ],
      }),
    ),
  ];
}
