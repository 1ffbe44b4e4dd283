// The live region must not flood a screen reader: at most one message per interval, nothing when
// the words did not change, and the latest change spoken once the interval has passed.
import { describe, expect, it } from 'vitest';
import { Announcer, type Clock } from '../../src/ui/announcer';
import { describeState } from '../../src/ui/describe';

function fakeClock() {
  let t = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const clock: Clock = {
    now: () => t,
    setTimeout: (fn, ms) => {
      const h = { at: t + ms, fn };
      timers.push(h);
      return h;
    },
    clearTimeout: (h) => {
      const i = timers.indexOf(h as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    t += ms;
    for (const h of [...timers].sort((a, b) => a.at - b.at)) {
      if (h.at <= t) {
        timers.splice(timers.indexOf(h), 1);
        h.fn();
      }
    }
  };
  return { clock, advance, pending: () => timers.length };
}

describe('Announcer', () => {
  it('speaks the first message at once and repeats nothing', () => {
    const sink = { textContent: '' as string | null };
    const { clock, advance, pending } = fakeClock();
    const a = new Announcer(sink, 2000, clock);
    a.say('5 grams');
    expect(sink.textContent).toBe('5 grams');
    advance(5000);
    sink.textContent = 'untouched';
    a.say('5 grams');
    expect(sink.textContent).toBe('untouched');
    expect(pending()).toBe(0);
  });

  it('holds changes inside the interval and speaks only the latest when it ends', () => {
    const sink = { textContent: '' as string | null };
    const { clock, advance } = fakeClock();
    const a = new Announcer(sink, 2000, clock);
    a.say('5 grams');
    advance(100);
    a.say('6 grams');
    a.say('7 grams');
    expect(sink.textContent).toBe('5 grams');
    advance(1899);
    expect(sink.textContent).toBe('5 grams');
    advance(1);
    expect(sink.textContent).toBe('7 grams');
  });

  it('drops a pending change that returned to what was last spoken', () => {
    const sink = { textContent: '' as string | null };
    const { clock, advance } = fakeClock();
    const a = new Announcer(sink, 2000, clock);
    a.say('5 grams');
    a.say('6 grams');
    a.say('5 grams');
    sink.textContent = 'marker';
    advance(2500);
    expect(sink.textContent).toBe('marker');
  });
});

describe('describeState', () => {
  it('says how far the hand sinks into the scalp, and that plates press none', () => {
    const base = { subjectLabel: 'Adult', techniqueLabel: 'Vault hold', forceG: 5, playing: true, boneLabel: 'Right parietal bone', touchDisplacementM: 9.5e-10, icpTouchMmHg: null };
    expect(describeState({ ...base, scalpCompressionM: 4.2e-5, contactKind: 'fingertip' })).toBe(
      'Adult, Vault hold, 5 grams, the weight of a nickel. Right parietal bone moves 0.95 nanometres. Your fingertip sinks 42 micrometres into the scalp.',
    );
    expect(describeState({ ...base, scalpCompressionM: 0, contactKind: 'plate' })).toMatch(/No scalp is pressed: the plates are screwed to bone\.$/);
  });

  it('says subject, technique, force and effects in words, not symbols', () => {
    const s = describeState({
      subjectLabel: 'Adult',
      techniqueLabel: 'Vault hold',
      forceG: 5,
      playing: true,
      boneLabel: 'Frontal bone',
      touchDisplacementM: 6e-8,
      icpTouchMmHg: 3e-5,
    });
    expect(s).toBe(
      'Adult, Vault hold, 5 grams, the weight of a nickel. Frontal bone moves 60 nanometres. ' +
        'The touch changes intracranial pressure by 3 times 10 to the minus 5 millimetres of mercury.',
    );
    expect(s).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻×µ]/);
  });
  it('says when paused and when there is no model output yet', () => {
    const s = describeState({
      subjectLabel: 'Rabbit',
      techniqueLabel: 'Downey distraction',
      forceG: 500,
      playing: false,
      boneLabel: 'Frontal bone',
      touchDisplacementM: null,
      icpTouchMmHg: null,
    });
    expect(s).toMatch(/^Rabbit, Downey distraction, 500 grams, .*Paused\.$/);
  });
});

describe('Announcer.prime', () => {
  it('takes the opening state as known: it is not spoken, and neither is the same text later; a change is', () => {
    const sink = { textContent: '' as string | null };
    let now = 0;
    const a = new Announcer(sink, 2000, { now: () => now, setTimeout: () => 0, clearTimeout: () => undefined });
    a.prime('Adult, vault hold, 5 grams.');
    a.say('Adult, vault hold, 5 grams.');
    expect(sink.textContent).toBe('');
    now = 10_000;
    a.say('Adult, vault hold, 5.6 grams.');
    expect(sink.textContent).toBe('Adult, vault hold, 5.6 grams.');
  });
});
