// Numeric readouts of what the touch does, each with its unit, honest precision and a yardstick
// (what a fingertip or an ICP transducer could detect), so "0.06 µm" means something.
// Values are true model output (SimFrame), formatted by format.ts; updated by main at ~10 Hz.

import type { SimFrame } from '../model/types';
import { newtonsToGrams } from '../model/units';
import { h, setText } from './dom';
import { formatForceG, formatForceN, formatLength, formatPressure, NO_VALUE } from './format';

export interface ReadoutInput {
  frame: SimFrame | null;
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
}

interface Row {
  term: HTMLElement;
  value: HTMLElement;
}

export class Readouts {
  readonly element: HTMLElement;
  private readonly rows: Record<'force' | 'bone' | 'suture' | 'icp' | 'icpMean' | 'icpTouch', Row>;

  constructor() {
    const list = h('dl', { class: 'readouts' });
    const row = (key: string, term: string, yardstick?: string): Row => {
      const t = h('dt', { text: term });
      const v = h('dd', { class: 'readout-value', 'data-readout': key, text: NO_VALUE });
      const wrap = h('div', { class: 'readout' }, t, v);
      if (yardstick) wrap.append(h('dd', { class: 'yardstick', text: yardstick }));
      list.append(wrap);
      return { term: t, value: v };
    };
    // Yardsticks: science.md section 3 (fingertip threshold tens of µm, transducer ~1 mmHg) and
    // section 2 (cardiac ICP pulse 1-4 mmHg peak to peak).
    this.rows = {
      force: row('force', 'Touch force now'),
      bone: row('bone', 'Bone moves', 'a fingertip can feel tens of µm'),
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
