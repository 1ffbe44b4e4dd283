// The SCORM 1.2 content side without a browser: the API is found where LMSs put it (this window,
// a parent frame, an opener), a missing, incomplete, refusing or throwing API leaves the activity
// on its own, and the report sets status, score and suspend data as SCORM 1.2 defines them.
import { describe, expect, it } from 'vitest';
import { MASTERY_SCORE_PERCENT } from '../../src/state/activity-session';
import { LmsReport } from '../../src/ui/activity/lms-report';
import { MAX_PARENT_HOPS, cmiTimespan, connectLms, findApi } from '../../src/ui/activity/scorm';

/** A fake LMS: the SCORM 1.2 functions over a plain key-value store. */
function fakeApi(data: Record<string, string> = {}) {
  const calls: string[] = [];
  const api = {
    data,
    calls,
    LMSInitialize: () => (calls.push('init'), 'true'),
    LMSFinish: () => (calls.push('finish'), 'true'),
    LMSGetValue: (k: string) => data[k] ?? '',
    LMSSetValue: (k: string, v: string) => ((data[k] = v), 'true'),
    LMSCommit: () => (calls.push('commit'), 'true'),
  };
  return api;
}

/** A chain of windows, the API on the one `at` hops up (or none). */
function frames(depth: number, at: number | null, api: unknown): Window {
  let top: Record<string, unknown> = {};
  top.parent = top;
  const chain = [top];
  for (let i = 1; i <= depth; i++) chain.unshift({ parent: chain[0] });
  if (at !== null) chain[at].API = api;
  return chain[0] as unknown as Window;
}

describe('finding the LMS API', () => {
  it('in this window, in a parent up to the search depth, or in the opener', () => {
    const api = fakeApi();
    expect(findApi(frames(0, 0, api))).toBe(api);
    expect(findApi(frames(3, 3, api))).toBe(api);
    expect(findApi(frames(MAX_PARENT_HOPS + 2, MAX_PARENT_HOPS + 2, api))).toBeNull();
    const popup = { parent: null, opener: frames(1, 1, api) } as unknown as Window;
    (popup as unknown as { parent: unknown }).parent = popup;
    expect(findApi(popup)).toBe(api);
  });

  it('none, an incomplete one, a refusing one, a throwing one or a cross-origin parent: no LMS, no exception', () => {
    const throwing = new Proxy({}, { get: () => () => { throw new Error('LMS down'); } });
    const crossOrigin = { get parent(): Window { throw new DOMException('Blocked a frame', 'SecurityError'); } } as unknown as Window;
    const cases: Window[] = [
      frames(2, null, null),
      frames(0, 0, { LMSInitialize: () => 'true' }),
      frames(0, 0, { ...fakeApi(), LMSInitialize: () => 'false' }),
      frames(0, 0, throwing),
      crossOrigin,
    ];
    for (const w of cases) expect(connectLms(w)).toBeNull();
  });

  it('an API that throws after initialising: every call falls back, nothing escapes', () => {
    const api = { ...fakeApi(), LMSGetValue: () => { throw new Error('x'); }, LMSSetValue: () => { throw new Error('x'); }, LMSCommit: () => { throw new Error('x'); } };
    const r = new LmsReport(connectLms(frames(0, 0, api)), 0);
    expect(r.suspendData()).toBe('');
    expect(r.masteryPercent()).toBe(MASTERY_SCORE_PERCENT);
    expect(() => {
      r.begin();
      r.progress('{}');
      r.complete(100, '{}');
      r.finish(1000);
    }).not.toThrow();
  });
});

describe('what the activity reports', () => {
  it('incomplete at the start, suspend data with exit=suspend, then score 0-100 and passed/failed against the mastery score', () => {
    for (const [mastery, percent, status] of [['', 83, 'passed'], ['', 50, 'failed'], ['90', 83, 'failed'], ['80', 83, 'passed']] as const) {
      const api = fakeApi({ 'cmi.core.lesson_status': 'not attempted', 'cmi.student_data.mastery_score': mastery });
      const r = new LmsReport(connectLms(frames(1, 1, api)), 0);
      r.begin();
      expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
      r.progress('{"v":1}');
      expect(api.data).toMatchObject({ 'cmi.suspend_data': '{"v":1}', 'cmi.core.exit': 'suspend' });
      r.complete(percent, '{"v":1,"done":1}');
      // without a mastery score from the LMS, the manifest's (MASTERY_SCORE_PERCENT) applies
      expect(api.data).toMatchObject({ 'cmi.core.score.raw': String(percent), 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.lesson_status': status, 'cmi.core.exit': '' });
      r.finish(3_723_500);
      r.finish(4_000_000);
      expect(api.calls.filter((c) => c === 'finish')).toHaveLength(1);
      // 1 h 2 min 3.5 s
      expect(api.data['cmi.core.session_time']).toBe('0001:02:03.50');
    }
  });

  it('a resumed attempt keeps its status', () => {
    const api = fakeApi({ 'cmi.core.lesson_status': 'passed' });
    new LmsReport(connectLms(frames(0, 0, api)), 0).begin();
    expect(api.data['cmi.core.lesson_status']).toBe('passed');
  });

  it('CMITimespan (HHHH:MM:SS.SS) never shows NaN or 60 seconds', () => {
    expect(cmiTimespan(NaN)).toBe('0000:00:00.00');
    expect(cmiTimespan(59.999)).toBe('0000:01:00.00');
    expect(cmiTimespan(-5)).toBe('0000:00:00.00');
  });
});
