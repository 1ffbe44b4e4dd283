// Scale view (?view=scale): how far does this touch move the bone, and compared with what? The
// current prediction on log strips beside familiar lengths, everyday ICP swings and reference
// forces (including the push each heartbeat's own pressure pulse gives the same bone from inside),
// one sentence that says it plainly, how far the finger sinks into the scalp beside it (on the
// length strip too), and the detectability table.

import { DETECTORS, type Reference } from '../../model/content';
import { scaleComparison, type ScaleComparison } from '../../model/contrasts';
import { SUBJECTS } from '../../model/index';
import { gramsToNewtons, paToMmHg } from '../../model/units';
import { t } from '../../i18n';
import { h } from '../dom';
import { formatForceG, formatForceN, formatLength, formatNumber, formatPressure } from '../format';
import { refBasis, refLabel, theBone, yourContact, subjectLabel, techniqueLabel } from './content-text';
import { assumptionTag, comparedWith, logStrip, mountModelTab, provenance, responsive, sourceLinks, table, type Dispose, type MountView, type ViewContext } from './common';
import { detectabilityTable } from './detectability';
import { lengthSentence, pressureSentence, scalpSentence } from './scale-words';

const tickLength = (v: number): string => formatLength(v);
const tickPressure = (mmHg: number): string => `${formatNumber(mmHg, { sciBelow: 1e-2 })} mmHg`;
const tickForce = (v: number): string => formatForceN(v);

function refValue(r: Reference): string {
  const d = r.display;
  const same = d.min === d.value && d.max === d.value;
  return same ? `${formatNumber(d.value)} ${d.unit}` : `${formatNumber(d.value)} ${d.unit} (${formatNumber(d.min)}–${formatNumber(d.max)})`;
}

function refTable(ctx: ViewContext, caption: string, refs: readonly Reference[], ratioText: (r: Reference) => string): HTMLTableElement {
  const head = [t('tabs.scale.refTable.reference'), t('tabs.scale.refTable.value'), t('tabs.scale.refTable.ratio'), t('tabs.scale.refTable.source')];
  return table(caption, head, refs.map((r) => [refLabel(r), refValue(r), ratioText(r), provenance(ctx.appStore, { ...r, basis: refBasis(r) })]), 'ref-table');
}

function pulseProvenance(ctx: ViewContext, c: ScaleComparison): HTMLElement {
  const pulse = SUBJECTS[c.subject].params.arterialPulseVolume;
  // only the adult's pulse volume was measured; other subjects' are scaled from it (assumptions)
  return pulse.confidence === 'read'
    ? h('span', {}, '(', sourceLinks(ctx.appStore, ['avezaat1986', 'czosnykaPickard2004']), ')')
    : assumptionTag(t('tabs.scale.pulseScaled'));
}

/** this touch against a reference, in the words the readouts use ("about 1 in 21,000 of this") */
function versus(pred: number, ref: number): string {
  if (!(pred > 0) || !(ref > 0)) return '—';
  return comparedWith(pred / ref, t('tabs.scale.thisRef'));
}

export const mountScaleView: MountView = (container, ctx) =>
  mountModelTab(container, ctx, {
    className: 'scale-view',
    pick: (s) => [s.subject, s.technique, s.forceG],
    compute: (s) => scaleComparison({ subject: s.subject, technique: s.technique, forceN: gramsToNewtons(s.forceG) }),
    errorLead: 'tabs.scale.error',
    draw: (root, c: ScaleComparison) => draw(ctx, root, c),
    perFrame: true,
  });

function draw(ctx: ViewContext, root: HTMLElement, c: ScaleComparison): Dispose[] {
  const subj = subjectLabel(c.subject);
  const tech = techniqueLabel(c.technique);
  const bone = theBone(c.watchedBone);
  const icpMmHg = paToMmHg(c.icpChangePa);

  const lengthHost = h('div', { class: 'strip-host' });
  const pressureHost = h('div', { class: 'strip-host' });
  const forceHost = h('div', { class: 'strip-host' });
  const hb = c.heartbeat;

  root.replaceChildren(
    h('h2', { class: 'view-title', text: t('tabs.scale.title') }),
    h('p', { class: 'view-context', text: t('tabs.scale.context', { subject: subj, technique: tech, forceG: formatForceG(c.forceG), forceN: formatForceN(c.forceN) }) }),
    h('p', { class: 'headline', 'data-testid': 'scale-sentence', text: lengthSentence(c) }),
    h('p', { class: 'headline-2', 'data-testid': 'scale-scalp-sentence', text: scalpSentence(c) }),
    h('p', { class: 'headline-2', text: pressureSentence(c) }),
    h('h3', {
      text:
        c.contactKind === 'plate'
          ? t('tabs.scale.lengthHeadPlate', { bone, moves: formatLength(c.displacementM) })
          : t('tabs.scale.lengthHead', { bone, moves: formatLength(c.displacementM), who: yourContact(c.contactKind), sinks: formatLength(c.scalpCompressionM) }),
    }),
    lengthHost,
    h('h3', { text: t('tabs.scale.pressureHead', { change: formatPressure(icpMmHg) }) }),
    pressureHost,
    h('h3', { text: t('tabs.scale.forceHead', { touch: formatForceN(c.forceN), push: formatForceN(hb.pushN) }) }),
    forceHost,
    h(
      'p',
      { class: 'note' },
      t('tabs.scale.heartbeat.raises', { pulse: formatPressure(hb.pulseMmHg) }),
      ' ',
      pulseProvenance(ctx, c),
      t('tabs.scale.heartbeat.pushes', { bone, area: `${formatNumber(hb.boneAreaM2 * 1e4)} cm²` }),
      ' ',
      assumptionTag(t('tabs.scale.heartbeat.areaAssumption')),
      t('tabs.scale.heartbeat.with', { push: formatForceN(hb.pushN) }),
      c.forceN > 0
        ? t('tabs.scale.heartbeat.vsTouch', { vs: comparedWith(hb.timesTouch, t('tabs.scale.theTouch')) })
        : t('tabs.scale.heartbeat.zeroTouch'),
    ),
    detectabilityTable(ctx, c),
    h('details', { class: 'ref-details' }, h('summary', { text: t('tabs.scale.refSummary') }),
      refTable(ctx, t('tabs.scale.refLengths'), c.lengths.map((p) => p.ref), (r) => versus(c.displacementM, r.valueSI)),
      refTable(ctx, t('tabs.scale.refPressures'), c.pressures.map((p) => p.ref), (r) => versus(c.icpChangePa, r.valueSI)),
      refTable(ctx, t('tabs.scale.refForces'), c.forces.map((p) => p.ref), (r) => versus(c.forceN, r.valueSI)),
    ),
  );

  return [
    responsive(lengthHost, (w) =>
      logStrip({
        title: t('tabs.scale.strip.lengthTitle', { bone }),
        width: w,
        tick: tickLength,
        items: [
          ...c.lengths.map((p) => ({ label: `${refLabel(p.ref)} ${formatLength(p.ref.valueSI)}`, value: p.ref.valueSI, range: p.ref.rangeSI, kind: p.ref.kind === 'detector' ? ('detector' as const) : ('reference' as const) })),
          { label: t('tabs.scale.strip.boneMoves', { value: formatLength(c.displacementM) }), value: c.displacementM, kind: 'prediction' as const },
          // the scalp's give, what the hand feels (none under a plate screwed to bone)
          ...(c.contactKind === 'plate' || !(c.scalpCompressionM > 0)
            ? []
            : [{ label: t('tabs.scale.strip.sinks', { who: yourContact(c.contactKind, true), value: formatLength(c.scalpCompressionM) }), value: c.scalpCompressionM, kind: 'prediction' as const }]),
        ],
      }),
    ),
    responsive(pressureHost, (w) =>
      logStrip({
        title: t('tabs.scale.strip.pressureTitle'),
        width: w,
        tick: tickPressure,
        // drawn in mmHg so the decades fall on round mmHg values
        items: [
          ...c.pressures.map((p) => ({ label: `${refLabel(p.ref)} ${refValue(p.ref).split(' (')[0]}`, value: p.ref.display.value, range: { min: p.ref.display.min, max: p.ref.display.max }, kind: 'reference' as const })),
          { label: t('tabs.scale.strip.transducer', { value: formatPressure(paToMmHg(DETECTORS['icp-transducer'].thresholdSI)) }), value: paToMmHg(DETECTORS['icp-transducer'].thresholdSI), kind: 'detector' as const },
          { label: t('tabs.scale.strip.thisTouch', { value: formatPressure(icpMmHg) }), value: icpMmHg, kind: 'prediction' as const },
        ],
      }),
    ),
    responsive(forceHost, (w) =>
      logStrip({
        title: t('tabs.scale.strip.forceTitle'),
        width: w,
        tick: tickForce,
        items: [
          ...c.forces.map((p) => ({ label: `${refLabel(p.ref).replace(/ \(.*\)$/, '')} ${p.ref.id === 'downey-loads' ? `${formatNumber(p.ref.rangeSI.min)}–${formatForceN(p.ref.rangeSI.max)}` : formatForceN(p.ref.valueSI)}`, value: p.ref.valueSI, range: p.ref.rangeSI, kind: 'reference' as const })),
          { label: t('tabs.scale.strip.heartbeatPush', { value: formatForceN(hb.pushN) }), value: hb.pushN, kind: 'inside' as const },
          { label: t('tabs.scale.strip.thisTouch', { value: formatForceN(c.forceN) }), value: c.forceN, kind: 'prediction' as const },
        ],
      }),
    ),
  ];
}
