// What an activity tells a SCORM 1.2 LMS: `incomplete` when it starts, the progress in
// cmi.suspend_data (with cmi.core.exit = suspend, so a relaunch resumes), and at the end the score
// (cmi.core.score.raw as a percentage, min 0, max 100) and `passed` or `failed` against the mastery
// score; on leaving, the session time and LMSFinish. Without an LMS every method does nothing.

import { MASTERY_SCORE_PERCENT } from '../../state/activity-session';
import { cmiTimespan, connectLms, type LmsSession } from './scorm';

const NOT_STARTED = new Set(['', 'not attempted']);

export class LmsReport {
  private finished = false;

  constructor(
    private readonly lms: LmsSession | null,
    private readonly startedMs: number,
  ) {}

  static open(win: Window, nowMs: number): LmsReport {
    return new LmsReport(connectLms(win), nowMs);
  }

  get connected(): boolean {
    return this.lms !== null;
  }

  /** What the LMS kept from the last attempt ('' without one). */
  suspendData(): string {
    return this.lms?.get('cmi.suspend_data') ?? '';
  }

  /** The LMS's mastery score (from the manifest), else ours. */
  masteryPercent(): number {
    const v = Number(this.lms?.get('cmi.student_data.mastery_score') || NaN);
    return Number.isFinite(v) && v >= 0 && v <= 100 ? v : MASTERY_SCORE_PERCENT;
  }

  begin(): void {
    if (!this.lms) return;
    if (NOT_STARTED.has(this.lms.get('cmi.core.lesson_status'))) this.lms.set('cmi.core.lesson_status', 'incomplete');
    this.lms.commit();
  }

  progress(suspendData: string): void {
    if (!this.lms) return;
    this.lms.set('cmi.suspend_data', suspendData);
    this.lms.set('cmi.core.exit', 'suspend');
    this.lms.commit();
  }

  complete(percent: number, suspendData: string): void {
    if (!this.lms) return;
    this.lms.set('cmi.suspend_data', suspendData);
    this.lms.set('cmi.core.score.min', '0');
    this.lms.set('cmi.core.score.max', '100');
    this.lms.set('cmi.core.score.raw', String(percent));
    this.lms.set('cmi.core.lesson_status', percent >= this.masteryPercent() ? 'passed' : 'failed');
    this.lms.set('cmi.core.exit', '');
    this.lms.commit();
  }

  /** On leaving the page: session time, then LMSFinish (once). */
  finish(nowMs: number): void {
    if (!this.lms || this.finished) return;
    this.finished = true;
    this.lms.set('cmi.core.session_time', cmiTimespan((nowMs - this.startedMs) / 1000));
    this.lms.commit();
    this.lms.finish();
  }
}
