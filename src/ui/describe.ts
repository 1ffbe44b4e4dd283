// The state in plain words for the live region: what is touched, how hard, and what that does to
// bone, to the scalp under the hand and to pressure. Pure, so Node tests pin the wording. Numbers are rounded as on screen, so the
// sentence only changes when a visible readout changes (the heartbeat does not make it chatter).

import { announce } from '../state/url-schema';
import { forceWords, spokenLength, spokenPressure } from './format';
import { t } from '../i18n/index';

export interface DescribeInput {
  subjectLabel: string;
  techniqueLabel: string;
  forceG: number;
  playing: boolean;
  boneLabel: string;
  touchDisplacementM: number | null;
  icpTouchMmHg: number | null;
  /** how far the watched contact sinks into the scalp, m, and what presses there ('fingertip',
   *  'palm'; 'plate' for Downey's plates, which press no scalp). Omitted: not said. */
  scalpCompressionM?: number | null;
  contactKind?: 'fingertip' | 'palm' | 'plate';
}

export function describeState(d: DescribeInput): string {
  const parts = [t('app.describe.setup', { subject: d.subjectLabel, technique: d.techniqueLabel, force: forceWords(d.forceG) })];
  if (d.touchDisplacementM !== null) {
    parts.push(t('app.describe.boneMoves', { bone: d.boneLabel, length: spokenLength(Math.abs(d.touchDisplacementM)) }));
  }
  if (d.contactKind === 'plate') {
    parts.push(t('app.describe.plates'));
  } else if (d.contactKind && d.scalpCompressionM !== null && d.scalpCompressionM !== undefined) {
    parts.push(t('app.describe.sinks', { kind: d.contactKind, length: spokenLength(Math.abs(d.scalpCompressionM)) }));
  }
  if (d.icpTouchMmHg !== null) {
    parts.push(t('app.describe.icp', { pressure: spokenPressure(Math.abs(d.icpTouchMmHg)) }));
  }
  // what a state field itself says (its `announce` in url-schema.ts): 'Paused.'
  const playing = announce('playing', d.playing);
  if (playing) parts.push(playing);
  return parts.join(' ');
}
