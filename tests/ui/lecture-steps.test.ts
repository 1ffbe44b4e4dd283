// The lecture's steps in Node: eight of them in the order, set-ups the store accepts
// unchanged, and captions whose numbers are the model's (they change when the model's answer
// changes, and contain its formatted values), never NaN, always with units.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArea } from '../../src/i18n/index';
import { touchResponse, TECHNIQUES, TECHNIQUE_IDS } from '../../src/model/index';
import { forceFinder, scaleComparison } from '../../src/model/contrasts/index';
import { gramsToNewtons } from '../../src/model/units';
import { DEFAULT_STATE, sanitizeState } from '../../src/state/store';
import { LECTURE_STEP_RANGE } from '../../src/state/ranges';
import type { AppState } from '../../src/state/app-state';
import { LECTURE_STEPS, captionFor, stepAt } from '../../src/ui/lecture/lecture-steps';
import { formatForceG, formatLength, formatPressure } from '../../src/ui/format';

// the captions' words are the i18n area `lecture`, loaded with lecture mode's chunk in the app
// step 3's caption is the Scale tab's sentences: its words come from the tabs' and content catalogs
beforeAll(() => Promise.all([loadArea('lecture'), loadArea('tabs'), loadArea('content')]));

const stateFor = (n: number, extra: Partial<AppState> = {}): AppState => ({ ...DEFAULT_STATE, ...stepAt(n).setup, step: n, lecture: true, ...extra });

describe('lecture steps', () => {
  it('are the eight steps of issue 5, numbered 1..8 like ?step=', () => {
    expect(LECTURE_STEPS.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(LECTURE_STEPS.length).toBe(LECTURE_STEP_RANGE.max);
    expect(LECTURE_STEPS.map((s) => s.title)).toEqual([
      'The anatomy',
      "A nickel's touch",
      'The scale',
      'The claimed rhythm',
      'The spectrum',
      'The 2006 replay',
      'The force finder',
      'Summary',
    ]);
  });

  it('set up only values the store accepts as they are (no silent clamping)', () => {
    for (const st of LECTURE_STEPS) {
      const s = { ...DEFAULT_STATE, ...st.setup };
      expect(sanitizeState(s)).toEqual(s);
    }
  });

  it('open the views the issue names for scale, spectrum, replay and finder', () => {
    expect([3, 5, 6, 7].map((n) => stepAt(n).setup.view)).toEqual(['scale', 'rhythm', 'downey', 'finder']);
    // the replay is the rabbit experiment, with its own technique
    expect(stepAt(6).setup.subject).toBe('rabbit');
    expect(stepAt(6).setup.technique).toBe('downey-distraction');
  });

  it('clamp out-of-range step numbers instead of failing', () => {
    expect(stepAt(0).n).toBe(1);
    expect(stepAt(99).n).toBe(8);
    expect(stepAt(Number.NaN).n).toBe(1);
    expect(stepAt(2.6).n).toBe(3);
  });

  it('give captions without NaN, Infinity or undefined, for every step, subject and technique', () => {
    for (const st of LECTURE_STEPS) {
      for (const subject of ['adult', 'child', 'infant', 'rabbit'] as const) for (const technique of TECHNIQUE_IDS) {
        const text = captionFor(stateFor(st.n, { subject, technique }));
        expect(text).not.toMatch(/NaN|Infinity|undefined|could not be computed/);
        // short enough to read from the back of a hall: at most ~3 lines of a 1920 px bar
        expect(text.length).toBeLessThan(420);
      }
    }
  });

  it("step 2's caption carries the model's displacement and ICP change, with units, and follows the force", () => {
    for (const forceG of [5, 500]) {
      const s = stateFor(2, { forceG });
      const r = touchResponse({ subject: s.subject, technique: s.technique, forceN: gramsToNewtons(forceG) });
      const text = captionFor(s);
      expect(text).toContain(formatLength(r.boneDisplacementM));
      expect(text).toContain(formatPressure(r.icpChangeMmHg, { signed: true }));
      expect(text).toContain(formatForceG(forceG));
    }
    expect(captionFor(stateFor(2, { forceG: 5 }))).not.toBe(captionFor(stateFor(2, { forceG: 500 })));
    // the stated magnification is the one on screen, and true scale says so
    expect(captionFor(stateFor(2, { exaggeration: 1000 }))).toContain('1,000 times');
    expect(captionFor(stateFor(2, { trueScale: true }))).toMatch(/true scale/);
  });

  it('where a caption states the bone\'s motion it states the finger\'s too: the model\'s scalp compression, with units', () => {
    for (const forceG of [5, 500]) {
      const r = touchResponse({ subject: 'adult', technique: 'vault-hold', forceN: gramsToNewtons(forceG) });
      const sinks = `your fingertip sinks ${formatLength(r.scalpCompressionM)} into the scalp`;
      for (const n of [2, 8]) expect(captionFor(stateFor(n, { forceG }))).toContain(sinks);
      // the scale step carries the Scale view's own sentence (scalp beside bone, how many times)
      const c = scaleComparison({ subject: 'adult', technique: 'vault-hold', forceN: gramsToNewtons(forceG) });
      expect(captionFor(stateFor(3, { forceG }))).toContain(c.scalpSentence);
    }
    // 5 g on an adult: tens of µm of scalp against a nanometre of bone, so step 8 says what is felt
    expect(captionFor(stateFor(8))).toMatch(/in this model, the scalp giving, not the skull bones moving/);
    // a palm hold names the palm
    expect(captionFor(stateFor(2, { technique: 'cv4' }))).toMatch(/your palm sinks [\d.]+ µm into the scalp/);
  });

  it("with Downey's plates the captions say no scalp is pressed, and give no scalp number", () => {
    for (const n of [2, 3, 7, 8]) {
      const text = captionFor(stateFor(n, { subject: 'rabbit', technique: 'downey-distraction', forceG: 20 }));
      expect(text).toMatch(/plates are screwed to bone, so no scalp is pressed/);
      expect(text).not.toMatch(/sinks/);
    }
  });

  it("step 7's caption gives the force at which the scalp gives a fingertip's 20 µm: below a nickel for the adult vault hold", () => {
    const f = forceFinder({ subject: 'adult', technique: 'vault-hold' }).targets.find((t) => t.id === 'fingertip-scalp')!;
    expect(f.forceG!).toBeLessThan(5);
    expect(captionFor(stateFor(7))).toContain(`The scalp gives those 20 µm at ${formatForceG(f.forceG!)}.`);
  });

  it("step 6's caption gives the model's rabbit gap at the study's top load (20 g)", () => {
    const r = touchResponse({ subject: 'rabbit', technique: 'downey-distraction', forceN: gramsToNewtons(20) });
    const text = captionFor(stateFor(6));
    expect(text).toContain(formatLength(r.sutureGapChangeM));
    expect(text).toContain('500 g');
  });

  it("step 7's caption gives the force finder's answer for the subject on screen", () => {
    for (const subject of ['adult', 'infant'] as const) {
      const f = forceFinder({ subject, technique: 'vault-hold' }).targets.find((t) => t.id === 'fingertip-bone')!;
      const text = captionFor(stateFor(7, { subject }));
      if (f.forceG !== null) expect(text).toContain(formatForceG(f.forceG));
    }
    expect(captionFor(stateFor(7, { subject: 'adult' }))).not.toBe(captionFor(stateFor(7, { subject: 'infant' })));
  });

  it("names the technique's watched bone, not a fixed one", () => {
    const s = stateFor(8, { technique: 'frontal-lift' });
    expect(TECHNIQUES['frontal-lift'].watchedBone).toBe('frontal');
    expect(captionFor(s)).toContain('frontal bone');
  });
});
