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
import { formatForceG, formatForceN, formatLength, formatNumber, formatPressure, NO_VALUE, ratioWords, timesWords } from './format';
import { CONTACT_WORDS, PLATES_NO_SCALP } from './labels';

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
const FINGERTIP_YARDSTICK = `a still fingertip notices ~${formatNumber(tipShown.value)} ${tipShown.unit} (${formatNumber(tipShown.min)}–${formatNumber(tipShown.max)} ${tipShown.unit})`;
/** "of what a fingertip can feel (20 µm)" */
const OF_FINGERTIP = `of what a fingertip can feel (${formatLength(tip.thresholdSI)})`;
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
    const group = (heading: string, cls: string) => {
      const list = h('dl', { class: `readouts ${cls}` });
      return { list, wrap: h('div', { class: 'readout-group' }, h('h3', { class: 'readout-group-title', text: heading }), list) };
    };
    const steady = group('The touch alone (steady: what the slider sets)', 'readouts-touch');
    const live = group('Live: touch + heartbeat and breathing', 'readouts-live');
    const row = (list: HTMLElement, key: RowKey, term: string, yardstick?: string): Row => {
      const t = h('dt', { text: term });
      const v = h('dd', { class: 'readout-value', 'data-readout': key, text: NO_VALUE });
      const wrap = h('div', { class: 'readout' }, t, v);
      let y: HTMLElement | undefined;
      if (yardstick) wrap.append((y = h('dd', { class: 'yardstick', text: yardstick })));
      list.append(wrap);
      return { term: t, value: v, yardstick: y };
    };
    const s = steady.list;
    const force = row(s, 'force', 'Touch force');
    const bone = row(s, 'bone', 'Bone moves');
    // the answer to "how far from feeling it?": a log meter, the ratio in words, the force needed
    this.meterFill = h('span', { class: 'detect-meter-fill' });
    this.meter = h(
      'span',
      { class: 'detect-meter', role: 'meter', 'aria-label': 'Bone motion against what a fingertip can feel', 'aria-valuemin': -METER_DECADES, 'aria-valuemax': 1, 'aria-valuenow': -METER_DECADES },
      this.meterFill,
      h('span', { class: 'detect-meter-mark', title: `what a fingertip can feel: ${formatLength(tip.thresholdSI)}` }),
    );
    this.meterText = h('span', { class: 'detect-meter-text', 'data-readout': 'boneVsFingertip' });
    this.neededText = h('span', { class: 'force-needed', 'data-readout': 'forceNeeded' });
    // a second <dd> of the bone's own group (a <dl> holds only dt/dd groups)
    bone.value.parentElement?.append(h('dd', { class: 'readout-answer' }, this.meter, this.meterText, this.neededText));
    this.rows = {
      force,
      bone,
      scalp: row(s, 'scalp', 'Your fingertip sinks into the scalp', FINGERTIP_YARDSTICK),
      suture: row(s, 'suture', 'Suture gap change'),
      icpTouch: row(s, 'icpTouch', 'ICP change from the touch', 'heartbeat pulse: 1–4 mmHg; a transducer resolves ~1 mmHg'),
      sutureLive: row(live.list, 'sutureLive', 'Suture gap now'),
      icp: row(live.list, 'icp', 'ICP now', 'rests near its resting value; each heartbeat adds a pulse'),
      icpMean: row(live.list, 'icpMean', 'ICP mean'),
    };
    this.element = h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'readouts-heading' },
      h('h2', { id: 'readouts-heading', text: 'What the touch does' }),
      steady.wrap,
      live.wrap,
    );
  }

  update(r: ReadoutInput): void {
    const rows = this.rows;
    setText(rows.bone.term, `${r.boneLabel} moves`);
    const plate = r.contactKind === 'plate';
    setText(rows.scalp.term, plate ? 'Scalp pressed' : `Your ${CONTACT_WORDS[r.contactKind]} sinks into the scalp`);
    // the reason goes on the yardstick line, which wraps; the value column does not
    if (rows.scalp.yardstick) setText(rows.scalp.yardstick, plate ? `${PLATES_NO_SCALP}.` : FINGERTIP_YARDSTICK);
    if (rows.icpTouch.yardstick) {
      setText(rows.icpTouch.yardstick, `heartbeat pulse here: ${formatPressure(r.pulseMmHg)}; a transducer resolves ~1 mmHg`);
    }
    if (rows.icp.yardstick) setText(rows.icp.yardstick, `resting ICP here: ${formatPressure(r.restingIcpMmHg)}; each heartbeat adds a pulse`);
    setText(rows.suture.term, `${r.sutureLabel} gap change`);
    setText(rows.sutureLive.term, `${r.sutureLabel} gap now`);
    setText(rows.icpMean.term, `ICP mean (last ${r.meanWindowS} s)`);
    setText(rows.force.value, `${formatForceG(r.forceG)} (${formatForceN(gramsToNewtons(r.forceG))})`);

    const t = r.touch;
    if (t) {
      setText(rows.bone.value, formatLength(t.boneDisplacementM, { signed: true }));
      setText(rows.scalp.value, plate ? 'none' : formatLength(t.scalpCompressionM));
      setText(rows.suture.value, gapText(t.sutureGapChangeM));
      setText(rows.icpTouch.value, formatPressure(t.icpChangeMmHg, { signed: true }));
      this.updateAnswer(Math.abs(t.boneDisplacementM) / tip.thresholdSI, r);
    } else {
      for (const k of ['bone', 'scalp', 'suture', 'icpTouch'] as const) setText(rows[k].value, `${NO_VALUE} (no data yet)`);
    }

    const f = r.frame;
    // the watched suture as touchResponse defines it (with the plates' toe), live
    setText(rows.sutureLive.value, f ? gapText(f.watchedGapM) : `${NO_VALUE} (no data yet)`);
    setText(rows.icp.value, f ? formatPressure(f.icpMmHg, { decimals: 1 }) : `${NO_VALUE} (no data yet)`);
    setText(
      rows.icpMean.value,
      r.icpMeanMmHg === null ? `${NO_VALUE} (${Math.floor(r.chartedS)} of ${r.meanWindowS} s so far)` : formatPressure(r.icpMeanMmHg, { decimals: 1 }),
    );
  }

  private updateAnswer(ratio: number, r: ReadoutInput): void {
    const pos = Number.isFinite(ratio) && ratio > 0 ? Math.max(-METER_DECADES, Math.min(1, Math.log10(ratio))) : -METER_DECADES;
    const words = ratioWords(ratio, OF_FINGERTIP);
    this.meterFill.style.width = `${((pos + METER_DECADES) / (METER_DECADES + 1)) * 100}%`;
    this.meter.setAttribute('aria-valuenow', String(Number(pos.toFixed(2))));
    this.meter.setAttribute('aria-valuetext', words);
    this.meter.classList.toggle('felt', ratio >= 1);
    setText(this.meterText, `${words[0].toUpperCase()}${words.slice(1)}.`);
    setText(
      this.neededText,
      ratio >= 1
        ? 'Enough for a fingertip to feel the bone move.'
        : r.feltAtG === null
          ? 'No force a hand could give moves it that far (Force finder tab).'
          : `A fingertip would feel it at about ${formatForceG(r.feltAtG)} (${r.feltAtG >= r.forceG ? `${timesWords(r.feltAtG / r.forceG)} this touch` : 'less than this touch'}; Force finder tab).`,
    );
  }
}

/** A gap change with its direction in words: "+78 pm (wider)", "−8 pm (narrower)". */
function gapText(m: number): string {
  const text = formatLength(m, { signed: true });
  if (!Number.isFinite(m) || m === 0) return text;
  return `${text} (${m > 0 ? 'wider' : 'narrower'})`;
}
