// Numeric readouts of what the touch does, each with its unit, honest precision and a yardstick
// (what a fingertip or an ICP transducer could detect), so "0.06 µm" means something.
// Values are true model output (SimFrame), formatted by format.ts; updated by main at ~10 Hz.
// Beside the bone's motion stands what the practitioner's finger really feels: how far it sinks
// into the scalp (tens of µm under a nickel, against a nanometre of bone).

import { DETECTORS } from '../model/content/detectors';
import type { Contact, SimFrame } from '../model/types';
import { newtonsToGrams } from '../model/units';
import { h, setText } from './dom';
import { formatForceG, formatForceN, formatLength, formatNumber, formatPressure, NO_VALUE } from './format';
import { CONTACT_WORDS, PLATES_NO_SCALP } from './labels';

export interface ReadoutInput {
  frame: SimFrame | null;
  /** this subject's heartbeat ICP pulse, peak to peak, mmHg (the model's cardiacPulseMmHg) */
  pulseMmHg: number;
  /** e.g. 'Frontal bone' */
  boneLabel: string;
  /** key into frame.sutureGapChangeM */
  sutureId: string;
  /** e.g. 'Coronal suture (right)' */
  sutureLabel: string;
  /** mean of true ICP over the chart window, mmHg; null before any history */
  icpMeanMmHg: number | null;
  /** length of that window, s */
  meanWindowS: number;
  /** what presses at the watched contact (a plate: screwed to bone, no scalp in between) */
  contactKind: Contact['kind'];
}

const tip = DETECTORS.fingertip.display;
/** the fingertip's own threshold, from the detector table (not typed here) */
const FINGERTIP_YARDSTICK = `a still fingertip notices ~${formatNumber(tip.value)} ${tip.unit} (${formatNumber(tip.min)}–${formatNumber(tip.max)} ${tip.unit})`;

interface Row {
  term: HTMLElement;
  value: HTMLElement;
  yardstick?: HTMLElement;
}

export class Readouts {
  readonly element: HTMLElement;
  private readonly rows: Record<'force' | 'bone' | 'scalp' | 'suture' | 'icp' | 'icpMean' | 'icpTouch', Row>;

  constructor() {
    const list = h('dl', { class: 'readouts' });
    const row = (key: string, term: string, yardstick?: string): Row => {
      const t = h('dt', { text: term });
      const v = h('dd', { class: 'readout-value', 'data-readout': key, text: NO_VALUE });
      const wrap = h('div', { class: 'readout' }, t, v);
      let y: HTMLElement | undefined;
      if (yardstick) wrap.append((y = h('dd', { class: 'yardstick', text: yardstick })));
      list.append(wrap);
      return { term: t, value: v, yardstick: y };
    };
    // Yardsticks: the detectors (fingertip threshold tens of µm, transducer ~1 mmHg; content/
    // detectors.ts) and the subject's own cardiac ICP pulse from the model (set in update()).
    this.rows = {
      force: row('force', 'Touch force now'),
      bone: row('bone', 'Bone moves', 'a fingertip can feel tens of µm'),
      scalp: row('scalp', 'Your fingertip sinks into the scalp', FINGERTIP_YARDSTICK),
      suture: row('suture', 'Suture gap change'),
      icp: row('icp', 'ICP now'),
      icpMean: row('icpMean', 'ICP mean'),
      icpTouch: row('icpTouch', 'ICP change from the touch', 'heartbeat pulse: 1–4 mmHg; a transducer resolves ~1 mmHg'),
    };
    this.element = h(
      'section',
      { class: 'panel-section', 'aria-labelledby': 'readouts-heading' },
      h('h2', { id: 'readouts-heading', text: 'What the touch does' }),
      list,
    );
  }

  update(r: ReadoutInput): void {
    const f = r.frame;
    setText(this.rows.bone.term, `${r.boneLabel} moves`);
    const plate = r.contactKind === 'plate';
    setText(this.rows.scalp.term, plate ? 'Scalp pressed' : `Your ${CONTACT_WORDS[r.contactKind]} sinks into the scalp`);
    // the reason goes on the yardstick line, which wraps; the value column does not
    if (this.rows.scalp.yardstick) setText(this.rows.scalp.yardstick, plate ? `${PLATES_NO_SCALP}.` : FINGERTIP_YARDSTICK);
    if (this.rows.icpTouch.yardstick) {
      setText(this.rows.icpTouch.yardstick, `heartbeat pulse here: ${formatPressure(r.pulseMmHg)}; a transducer resolves ~1 mmHg`);
    }
    setText(this.rows.suture.term, `${r.sutureLabel} gap change`);
    // until a second of model time is charted, 'last 0 s' would be a window that does not exist
    setText(this.rows.icpMean.term, r.meanWindowS >= 1 ? `ICP mean (last ${Math.round(r.meanWindowS)} s)` : 'ICP mean (so far)');
    if (!f) {
      for (const row of Object.values(this.rows)) setText(row.value, `${NO_VALUE} (no data yet)`);
      return;
    }
    const g = newtonsToGrams(f.appliedForceN);
    setText(this.rows.force.value, `${formatForceG(g)} (${formatForceN(f.appliedForceN)})`);
    setText(this.rows.bone.value, formatLength(f.touchDisplacementM, { signed: true }));
    setText(this.rows.scalp.value, plate ? 'none' : formatLength(f.scalpCompressionM));
    const gap = (f.sutureGapChangeM as Readonly<Record<string, number>>)[r.sutureId];
    setText(this.rows.suture.value, formatLength(gap, { signed: true }));
    setText(this.rows.icp.value, formatPressure(f.icpMmHg, { decimals: 1 }));
    setText(
      this.rows.icpMean.value,
      r.icpMeanMmHg === null ? `${NO_VALUE} (no data yet)` : formatPressure(r.icpMeanMmHg, { decimals: 1 }),
    );
    setText(this.rows.icpTouch.value, formatPressure(f.icpTouchMmHg, { signed: true }));
  }
}
