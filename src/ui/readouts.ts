// Numeric readouts of what the touch does, each naming one thing, with its unit and a yardstick.
// Two groups, labelled as such:
//  - "The touch alone": the steady effect of the force the slider sets (model touchResponse, the
//    same value the detector list and the captions use); it does not move with the heartbeat.
//    Under the bone's motion stands the answer to the student's question: a meter of how far it
//    is from what a fingertip can feel, and the force that would be needed (force finder).
//  - "Live": touch plus the body's own rhythms (heartbeat, breathing), from the latest frame.
// Signs follow the technique's direction: bone + = the way the hands push, gap + = wider.

import { DETECTORS } from '../model/content/detectors';
import type { Contact, SimFrame } from '../model/types';
import type { TouchResponse } from '../model/index';
import { gramsToNewtons } from '../model/units';
import { h, setText } from './dom';
import { formatForceG, formatForceN, formatLength, formatNumber, formatPressure, NO_VALUE, noValue, ratioWords, timesWords } from './format';
import { contactSinks, platesNoScalp } from './labels';
import { bindAttr, bindText } from '../i18n/bind';
import { t } from '../i18n/index';

export interface ReadoutInput {
  /** the force the slider sets, grams-force */
  forceG: number;
  /** the steady response to that force (null until computed) */
  touch: TouchResponse | null;
  /** latest model frame, for the live values; null before any */
  frame: SimFrame | null;
  /** the force at which a fingertip could feel the bone move, grams-force; null if no hand could */
  feltAtG: number | null;
  /** this subject's heartbeat ICP pulse, peak to peak, mmHg (the model's cardiacPulseMmHg) */
  pulseMmHg: number;
  /** this subject's resting ICP, mmHg (the model parameter the live ICP swings around) */
  restingIcpMmHg: number;
  /** e.g. 'Frontal bone' */
  boneLabel: string;
  /** e.g. 'Coronal suture (right)' */
  sutureLabel: string;
  /** mean of true ICP over the last `meanWindowS` of model time; null until that much is charted */
  icpMeanMmHg: number | null;
  /** the fixed averaging window, s, and how much of it is charted so far */
  meanWindowS: number;
  chartedS: number;
  /** what presses at the watched contact (a plate: screwed to bone, no scalp in between) */
  contactKind: Contact['kind'];
}

const tip = DETECTORS.fingertip;
const tipShown = tip.display;
/** the fingertip's own threshold, from the detector table (not typed here) */
const fingertipYardstick = () =>
  t('app.readout.fingertipYardstick', { value: formatNumber(tipShown.value), min: formatNumber(tipShown.min), max: formatNumber(tipShown.max), unit: tipShown.unit });
/** "what a fingertip can feel (20 µm)" */
const whatFingertipFeels = () => t('app.readout.whatFingertipFeels', { length: formatLength(tip.thresholdSI) });
/** The meter is logarithmic: its left end is 1 in 10^METER_DECADES of the threshold, the mark at
 *  the threshold sits one decade before its right end. */
const METER_DECADES = 6;

type RowKey = 'force' | 'bone' | 'scalp' | 'suture' | 'icpTouch' | 'sutureLive' | 'icp' | 'icpMean';
interface Row {
  term: HTMLElement;
  value: HTMLElement;
  yardstick?: HTMLElement;
}

export class Readouts {
  readonly element: HTMLElement;
  private readonly rows: Record<RowKey, Row>;
  private readonly meter: HTMLElement;
  private readonly meterFill: HTMLElement;
  private readonly meterText: HTMLElement;
  private readonly neededText: HTMLElement;

  constructor() {
    const group = (headingKey: string, cls: string) => {
      const list = h('dl', { class: `readouts ${cls}` });
      return { list, wrap: h('div', { class: 'readout-group' }, bindText(h('h3', { class: 'readout-group-title' }), headingKey), list) };
    };
    const steady = group('app.readout.steadyGroup', 'readouts-touch');
    const live = group('app.readout.liveGroup', 'readouts-live');
    // terms and yardsticks that name the bone or the subject are rewritten by update() each refresh
    const row = (list: HTMLElement, key: RowKey, termKey?: string, yardstick = false): Row => {
      const term = h('dt');
      if (termKey) bindText(term, termKey);
      const v = h('dd', { class: 'readout-value', 'data-readout': key, text: NO_VALUE });
      const wrap = h('div', { class: 'readout' }, term, v);
      let y: HTMLElement | undefined;
      if (yardstick) wrap.append((y = h('dd', { class: 'yardstick' })));
      list.append(wrap);
      return { term, value: v, yardstick: y };
    };
    const s = steady.list;
    const force = row(s, 'force', 'app.readout.force');
    const bone = row(s, 'bone');
    // the answer to "how far from feeling it?": a log meter, the ratio in words, the force needed
    this.meterFill = h('span', { class: 'detect-meter-fill' });
    this.meter = h(
      'span',
      { class: 'detect-meter', role: 'meter', 'aria-valuemin': -METER_DECADES, 'aria-valuemax': 1, 'aria-valuenow': -METER_DECADES },
      this.meterFill,
      bindAttr(h('span', { class: 'detect-meter-mark' }), 'title', 'app.readout.meterMark', { length: formatLength(tip.thresholdSI) }),
    );
    bindAttr(this.meter, 'aria-label', 'app.readout.meterLabel');
    this.meterText = h('span', { class: 'detect-meter-text', 'data-readout': 'boneVsFingertip' });
    this.neededText = h('span', { class: 'force-needed', 'data-readout': 'forceNeeded' });
    // a second <dd> of the bone's own group (a <dl> holds only dt/dd groups)
    bone.value.parentElement?.append(h('dd', { class: 'readout-answer' }, this.meter, this.meterText, this.neededText));
    this.rows = {
      force,
      bone,
      scalp: row(s, 'scalp', undefined, true),
      suture: row(s, 'suture'),
      icpTouch: row(s, 'icpTouch', 'app.readout.icpTouch', true),
      sutureLive: row(live.list, 'sutureLive'),
      icp: row(live.list, 'icp', 'app.readout.icp', true),
      icpMean: row(live.list, 'icpMean'),
    };
    this.element = h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'readouts-heading' },
      bindText(h('h2', { id: 'readouts-heading' }), 'app.readout.heading'),
      steady.wrap,
      live.wrap,
    );
  }

  update(r: ReadoutInput): void {
    const rows = this.rows;
    setText(rows.bone.term, t('app.readout.boneMoves', { bone: r.boneLabel }));
    const plate = r.contactKind === 'plate';
    setText(rows.scalp.term, plate ? t('app.readout.scalpPressed') : contactSinks(r.contactKind));
    // the reason goes on the yardstick line, which wraps; the value column does not
    if (rows.scalp.yardstick) setText(rows.scalp.yardstick, plate ? `${platesNoScalp()}.` : fingertipYardstick());
    if (rows.icpTouch.yardstick) setText(rows.icpTouch.yardstick, t('app.readout.pulseYardstick', { pulse: formatPressure(r.pulseMmHg), resolution: formatPressure(1) }));
    if (rows.icp.yardstick) setText(rows.icp.yardstick, t('app.readout.restingYardstick', { icp: formatPressure(r.restingIcpMmHg) }));
    setText(rows.suture.term, t('app.readout.gapChange', { suture: r.sutureLabel }));
    setText(rows.sutureLive.term, t('app.readout.gapNow', { suture: r.sutureLabel }));
    setText(rows.icpMean.term, t('app.readout.icpMean', { window: formatNumber(r.meanWindowS) }));
    setText(rows.force.value, `${formatForceG(r.forceG)} (${formatForceN(gramsToNewtons(r.forceG))})`);

    const touch = r.touch;
    if (touch) {
      setText(rows.bone.value, formatLength(touch.boneDisplacementM, { signed: true }));
      setText(rows.scalp.value, plate ? t('app.readout.none') : formatLength(touch.scalpCompressionM));
      setText(rows.suture.value, gapText(touch.sutureGapChangeM));
      setText(rows.icpTouch.value, formatPressure(touch.icpChangeMmHg, { signed: true }));
      this.updateAnswer(Math.abs(touch.boneDisplacementM) / tip.thresholdSI, r);
    } else {
      for (const k of ['bone', 'scalp', 'suture', 'icpTouch'] as const) setText(rows[k].value, noValue(t('app.format.noData')));
    }

    const f = r.frame;
    // the watched suture as touchResponse defines it (with the plates' toe), live
    setText(rows.sutureLive.value, f ? gapText(f.watchedGapM) : noValue(t('app.format.noData')));
    setText(rows.icp.value, f ? formatPressure(f.icpMmHg, { decimals: 1 }) : noValue(t('app.format.noData')));
    setText(
      rows.icpMean.value,
      r.icpMeanMmHg === null
        ? noValue(t('app.readout.soFar', { charted: formatNumber(Math.floor(r.chartedS)), window: formatNumber(r.meanWindowS) }))
        : formatPressure(r.icpMeanMmHg, { decimals: 1 }),
    );
  }

  private updateAnswer(ratio: number, r: ReadoutInput): void {
    const pos = Number.isFinite(ratio) && ratio > 0 ? Math.max(-METER_DECADES, Math.min(1, Math.log10(ratio))) : -METER_DECADES;
    const words = ratioWords(ratio, whatFingertipFeels());
    this.meterFill.style.width = `${((pos + METER_DECADES) / (METER_DECADES + 1)) * 100}%`;
    this.meter.setAttribute('aria-valuenow', String(Number(pos.toFixed(2))));
    this.meter.setAttribute('aria-valuetext', words);
    this.meter.classList.toggle('felt', ratio >= 1);
    setText(this.meterText, `${words[0].toUpperCase()}${words.slice(1)}.`);
    setText(
      this.neededText,
      ratio >= 1
        ? t('app.readout.enough')
        : r.feltAtG === null
          ? t('app.readout.noForce')
          : r.feltAtG >= r.forceG
            ? t('app.readout.feltAt', { force: formatForceG(r.feltAtG), times: timesWords(r.feltAtG / r.forceG) })
            : t('app.readout.feltAtLess', { force: formatForceG(r.feltAtG) }),
    );
  }
}

/** A gap change with its direction in words: "+78 pm (wider)", "−8 pm (narrower)". */
function gapText(m: number): string {
  const text = formatLength(m, { signed: true });
  if (!Number.isFinite(m) || m === 0) return text;
  return `${text} (${t(m > 0 ? 'app.readout.wider' : 'app.readout.narrower')})`;
}
