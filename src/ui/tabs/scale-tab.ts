// Scale view (?view=scale): how far does this touch move the bone, and compared with what? The
// current prediction on log strips beside familiar lengths, everyday ICP swings and reference
// forces (including the push each heartbeat's own pressure pulse gives the same bone from inside),
// one sentence that says it plainly, how far the finger sinks into the scalp beside it (on the
// length strip too), and the detectability table.

import { DETECTORS, formatLengthM, type Reference } from '../../model/content';
import { CONTACT_WORDS, scaleComparison, type ScaleComparison } from '../../model/contrasts';
import { SUBJECTS, TECHNIQUES } from '../../model/index';
import { gramsToNewtons, paToMmHg } from '../../model/units';
import { h } from '../dom';
import { formatForceG, formatForceN, formatNumber, formatPressure, ratioWords, timesWords } from '../format';
import { assumptionTag, logStrip, mountModelTab, provenance, responsive, sourceLinks, table, type Dispose, type MountView, type ViewContext } from './common';
import { detectabilityTable } from './detectability';

const tickLength = (v: number): string => formatLengthM(v);
const tickPressure = (mmHg: number): string => `${formatNumber(mmHg, { sciBelow: 1e-2 })} mmHg`;
const tickForce = (v: number): string => formatForceN(v);

function refValue(r: Reference): string {
  const d = r.display;
  const same = d.min === d.value && d.max === d.value;
  return same ? `${formatNumber(d.value)} ${d.unit}` : `${formatNumber(d.value)} ${d.unit} (${formatNumber(d.min)}–${formatNumber(d.max)})`;
}

function refTable(ctx: ViewContext, caption: string, refs: readonly Reference[], ratioText: (r: Reference) => string): HTMLTableElement {
  return table(caption, ['Reference', 'Value (range)', 'This prediction is', 'Source'], refs.map((r) => [r.label, refValue(r), ratioText(r), provenance(ctx.appStore, r)]), 'ref-table');
}

function pulseProvenance(ctx: ViewContext, c: ScaleComparison): HTMLElement {
  const pulse = SUBJECTS[c.subject].params.arterialPulseVolume;
  // only the adult's pulse volume was measured; other subjects' are scaled from it (assumptions)
  return pulse.confidence === 'read'
    ? h('span', {}, '(', sourceLinks(ctx.appStore, ['avezaat1986', 'czosnykaPickard2004']), ')')
    : assumptionTag(pulse.source);
}

/** this touch against a reference, in the words the readouts use ("about 1 in 21,000 of this") */
function versus(pred: number, ref: number): string {
  if (!(pred > 0) || !(ref > 0)) return '—';
  return ratioWords(pred / ref, 'this');
}

export const mountScaleView: MountView = (container, ctx) =>
  mountModelTab(container, ctx, {
    className: 'scale-view',
    pick: (s) => [s.subject, s.technique, s.forceG],
    compute: (s) => scaleComparison({ subject: s.subject, technique: s.technique, forceN: gramsToNewtons(s.forceG) }),
    errorLead: 'No comparison for these settings',
    draw: (root, c: ScaleComparison) => draw(ctx, root, c),
    perFrame: true,
  });

function draw(ctx: ViewContext, root: HTMLElement, c: ScaleComparison): Dispose[] {
  const subj = SUBJECTS[c.subject].label;
  const tech = TECHNIQUES[c.technique].label;
  const icpMmHg = paToMmHg(c.icpChangePa);

  const lengthHost = h('div', { class: 'strip-host' });
  const pressureHost = h('div', { class: 'strip-host' });
  const forceHost = h('div', { class: 'strip-host' });
  const hb = c.heartbeat;

  root.replaceChildren(
    h('h2', { class: 'view-title', text: 'How big is the effect? A scale from atoms to coins' }),
    h('p', { class: 'view-context', text: `${subj}, ${tech}, ${formatForceG(c.forceG)} (${formatForceN(c.forceN)}). Change subject, technique or force in the panel.` }),
    h('p', { class: 'headline', 'data-testid': 'scale-sentence', text: c.sentence }),
    h('p', { class: 'headline-2', 'data-testid': 'scale-scalp-sentence', text: c.scalpSentence }),
    h('p', { class: 'headline-2', text: c.pressureSentence }),
    h('h3', {
      text:
        c.contactKind === 'plate'
          ? `Length: how far the ${c.boneName} moves (${formatLengthM(c.displacementM)}); the plates press no scalp`
          : `Length: how far the ${c.boneName} moves (${formatLengthM(c.displacementM)}) and your ${CONTACT_WORDS[c.contactKind]} sinks into the scalp (${formatLengthM(c.scalpCompressionM)})`,
    }),
    lengthHost,
    h('h3', { text: `Pressure: the ICP change (${formatPressure(icpMmHg)}) beside everyday ICP swings` }),
    pressureHost,
    h('h3', { text: `Force: the touch (${formatForceN(c.forceN)}) beside the push of each heartbeat (${formatForceN(hb.pushN)}) and other loads` }),
    forceHost,
    h(
      'p',
      { class: 'note' },
      `Each heartbeat raises ICP by about ${formatPressure(hb.pulseMmHg)} `,
      pulseProvenance(ctx, c),
      `, which pushes the ${c.boneName} outward from inside over its ${formatNumber(hb.boneAreaM2 * 1e4)} cm² `,
      assumptionTag('bone area from the model head geometry'),
      ` with ${formatForceN(hb.pushN)}`,
      c.forceN > 0
        ? `: ${hb.timesTouch >= 1 ? `${timesWords(hb.timesTouch)} the touch` : ratioWords(hb.timesTouch, 'the touch')}, with every heartbeat.`
        : ', with every heartbeat; the touch is zero now.',
    ),
    detectabilityTable(ctx, c),
    h('details', { class: 'ref-details' }, h('summary', { text: 'All reference values and their sources' }),
      refTable(ctx, 'Reference lengths', c.lengths.map((p) => p.ref), (r) => versus(c.displacementM, r.valueSI)),
      refTable(ctx, 'Reference pressures (ICP changes)', c.pressures.map((p) => p.ref), (r) => versus(c.icpChangePa, r.valueSI)),
      refTable(ctx, 'Reference forces', c.forces.map((p) => p.ref), (r) => versus(c.forceN, r.valueSI)),
    ),
  );

  return [
    responsive(lengthHost, (w) =>
      logStrip({
        title: `Log scale of lengths: the ${c.boneName}'s movement and the scalp's give beside reference lengths`,
        width: w,
        tick: tickLength,
        items: [
          ...c.lengths.map((p) => ({ label: `${p.ref.label} ${formatLengthM(p.ref.valueSI)}`, value: p.ref.valueSI, range: p.ref.rangeSI, kind: p.ref.kind === 'detector' ? ('detector' as const) : ('reference' as const) })),
          { label: `Bone moves: ${formatLengthM(c.displacementM)}`, value: c.displacementM, kind: 'prediction' as const },
          // the scalp's give, what the hand feels (none under a plate screwed to bone)
          ...(c.contactKind === 'plate' || !(c.scalpCompressionM > 0)
            ? []
            : [{ label: `Your ${CONTACT_WORDS[c.contactKind]} sinks into the scalp: ${formatLengthM(c.scalpCompressionM)}`, value: c.scalpCompressionM, kind: 'prediction' as const }]),
        ],
      }),
    ),
    responsive(pressureHost, (w) =>
      logStrip({
        title: 'Log scale of pressures: the ICP change beside everyday ICP swings',
        width: w,
        tick: tickPressure,
        // drawn in mmHg so the decades fall on round mmHg values
        items: [
          ...c.pressures.map((p) => ({ label: `${p.ref.label} ${refValue(p.ref).split(' (')[0]}`, value: p.ref.display.value, range: { min: p.ref.display.min, max: p.ref.display.max }, kind: 'reference' as const })),
          { label: `ICP transducer resolution ${formatPressure(paToMmHg(DETECTORS['icp-transducer'].thresholdSI))}`, value: paToMmHg(DETECTORS['icp-transducer'].thresholdSI), kind: 'detector' as const },
          { label: `This touch: ${formatPressure(icpMmHg)}`, value: icpMmHg, kind: 'prediction' as const },
        ],
      }),
    ),
    responsive(forceHost, (w) =>
      logStrip({
        title: 'Log scale of forces: the touch beside the heartbeat push and reference loads',
        width: w,
        tick: tickForce,
        items: [
          ...c.forces.map((p) => ({ label: `${p.ref.label.replace(/ \(.*\)$/, '')} ${p.ref.id === 'downey-loads' ? `${formatNumber(p.ref.rangeSI.min)}–${formatForceN(p.ref.rangeSI.max)}` : formatForceN(p.ref.valueSI)}`, value: p.ref.valueSI, range: p.ref.rangeSI, kind: 'reference' as const })),
          { label: `Heartbeat push on the bone ${formatForceN(hb.pushN)}`, value: hb.pushN, kind: 'inside' as const },
          { label: `This touch: ${formatForceN(c.forceN)}`, value: c.forceN, kind: 'prediction' as const },
        ],
      }),
    ),
  ];
}
