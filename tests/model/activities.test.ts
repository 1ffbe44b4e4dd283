// The activities' answers come from the model: each item's key is computed when asked, so a
// fixture subject with a parameter changed (inside its published range) moves the keys that depend
// on it, and a fixture model whose outputs are changed moves every key. If a key were typed in,
// none of these would change.
import { describe, expect, it } from 'vitest';
import {
  ACTIVITIES,
  ACTIVITY_IDS,
  activityModel,
  answersOf,
  fromSlider,
  isCorrect,
  toSlider,
  type ActivityModel,
  type Answer,
  type ItemDef,
} from '../../src/model/activities';
import { SOURCES } from '../../src/model/content';
import type { TouchResponse } from '../../src/model/index';
import type { SubjectId } from '../../src/model/types';

// 200 s of resting ICP (two Welch segments) finds the same peaks as the view's 600 s, 3x faster
const BASE = activityModel({ spectrumS: 200 });
const keysOf = (id: keyof typeof ACTIVITIES, m: ActivityModel) => answersOf(ACTIVITIES[id], m).map((a) => a.key);

function scaled(r: TouchResponse, k: number): TouchResponse {
  return {
    boneDisplacementM: r.boneDisplacementM * k,
    sutureGapChangeM: r.sutureGapChangeM * k,
    volumeChangeML: r.volumeChangeML * k,
    icpChangeMmHg: r.icpChangeMmHg * k,
    scalpCompressionM: r.scalpCompressionM * k,
  };
}

/** The model with every touch response of `subjects` multiplied by k (a far softer or stiffer head). */
const touchTimes = (subjects: readonly SubjectId[], k: number): ActivityModel => ({
  ...BASE,
  touch: (s, t, g) => (subjects.includes(s) ? scaled(BASE.touch(s, t, g), k) : BASE.touch(s, t, g)),
});
/** The model with every rhythm at half its rate (a slower body). */
const halfRates: ActivityModel = {
  ...BASE,
  rhythms: (s) => {
    const r = BASE.rhythms(s);
    const half = (p: typeof r.heartbeat) => (p ? { ...p, freqHz: p.freqHz / 2 } : null);
    return { heartbeat: half(r.heartbeat), breathing: half(r.breathing), mayer: half(r.mayer) };
  },
  pulseMmHg: (s) => BASE.pulseMmHg(s) * 3,
};

/** Every number in an answer's figures, lists included. */
const numbersIn = (x: unknown): number[] =>
  typeof x === 'number' ? [x] : typeof x === 'object' && x !== null ? Object.values(x).flatMap(numbersIn) : [];

describe('activity definitions', () => {
  it('three activities, 5-8 items each, unique item ids, known sources, ids as the URL names them', () => {
    expect(Object.keys(ACTIVITIES)).toEqual([...ACTIVITY_IDS]);
    for (const id of ACTIVITY_IDS) {
      const def = ACTIVITIES[id];
      expect(def.id).toBe(id);
      expect(def.items.length).toBeGreaterThanOrEqual(5);
      expect(def.items.length).toBeLessThanOrEqual(8);
      expect(new Set(def.items.map((i) => i.id)).size).toBe(def.items.length);
      for (const item of def.items) {
        expect(item.sourceIds.length).toBeGreaterThan(0);
        for (const s of item.sourceIds) expect(SOURCES[s], `${id}/${item.id} cites ${s}`).toBeDefined();
        if (item.question.kind === 'estimate') {
          expect(item.question.start).toBeGreaterThanOrEqual(item.question.min);
          expect(item.question.start).toBeLessThanOrEqual(item.question.max);
        } else expect(new Set(item.question.choices.map((c) => c.id)).size).toBe(item.question.choices.length);
      }
    }
  });

  it('every answer is a valid key of its question and its figures hold no NaN or Infinity (the words: tests/i18n/activity-words.test.ts)', () => {
    for (const id of ACTIVITY_IDS) {
      answersOf(ACTIVITIES[id], BASE).forEach((a: Answer, i) => {
        const item: ItemDef = ACTIVITIES[id].items[i];
        if (item.question.kind === 'estimate') {
          expect(typeof a.key).toBe('number');
          expect(Number.isFinite(a.key as number)).toBe(true);
          // the model's own value, given as the prediction, scores, and so does the slider position nearest it
          expect(isCorrect(item.question, a, a.key)).toBe(true);
          expect(isCorrect(item.question, a, fromSlider(item.question, toSlider(item.question, a.key as number)))).toBe(true);
        } else expect(item.question.choices.map((c) => c.id)).toContain(a.key);
        expect(numbersIn(a.figures).every(Number.isFinite), `${id}/${item.id}`).toBe(true);
      });
    }
  });
});

describe('the keys follow the model', () => {
  it('the adult fixture with a slower heart, slower breathing, slower Mayer waves and a larger pulse volume (all in range) moves the rhythm keys', () => {
    const slow = activityModel({ spectrumS: 200, params: { adult: { heartRate: 60, breathingRate: 12, mayerFrequency: 0.08, arterialPulseVolume: 4.4 } } });
    const [hr, br, mayer, band, , , pulse] = keysOf('rhythm', slow);
    const [hr0, br0, mayer0, band0, , , pulse0] = keysOf('rhythm', BASE);
    // the peak finder reads each rate off the spectrum to within a bin (0.01 Hz = 0.6 per min)
    expect(hr0 as number).toBeCloseTo(70, 0);
    expect(hr as number).toBeCloseTo(60, 0);
    expect(br0 as number).toBeCloseTo(14, 0);
    expect(br as number).toBeCloseTo(12, 0);
    expect(mayer0 as number).toBeCloseTo(6, 0);
    expect(mayer as number).toBeCloseTo(4.8, 0);
    // Mayer waves at 0.1 Hz sit at the bottom of the claimed 6-12 per minute band; at 0.08 Hz they leave it
    expect(band0).toBe('mayer');
    expect(band).toBe('none');
    // the heartbeat's ICP pulse grows with the blood volume it pushes in
    expect(pulse as number).toBeGreaterThan(1.5 * (pulse0 as number));
  });

  it('a smaller adult pulse volume (in range) moves the "pulse against touch" key', () => {
    const small = activityModel({ params: { adult: { arterialPulseVolume: 0.4 } } });
    const k0 = keysOf('nickel', BASE)[5] as number;
    const k1 = keysOf('nickel', small)[5] as number;
    // 5x less volume: the pulse, and so the ratio, shrinks about 5x (the PV curve is nearly linear for small volumes)
    expect(k0 / k1).toBeGreaterThan(3);
  });

  // Fixture models with an output changed: each item's key must move with what the model returns.
  const VARIATIONS: Record<string, [string, ActivityModel][]> = {
    nickel: [
      ['an adult head 10^5 times softer', touchTimes(['adult'], 1e5)],
      ['an infant head 100 times softer', touchTimes(['infant'], 100)],
      ['every head 10^4 times stiffer', touchTimes(['adult', 'infant', 'rabbit'], 1e-4)],
    ],
    rhythm: [
      ['every rhythm at half its rate, pulse 3x', halfRates],
      [
        'examiners who agree (one study with ICC 0.8)',
        { ...BASE, reliability: () => [...BASE.reliability(), { ...BASE.reliability()[0], interrater: { kind: 'icc', min: 0.8, max: 0.8 } }] },
      ],
    ],
    downey: [
      ['a rabbit 1000 times softer', touchTimes(['rabbit'], 1000)],
      ['a rabbit whose suture opens 0.1 mm at 100 g', { ...BASE, singleAnimal: () => ({ ...BASE.singleAnimal(), firstMovementG: 100 }) }],
      ['a study that found an effect', { ...BASE, studyAnova: () => ({ gap: { F: 9, p: 0.001 }, icp: { F: 9, p: 0.001 } }) }],
    ],
  };

  for (const id of ACTIVITY_IDS) {
    it(`${id}: every item's key changes in at least one fixture model`, () => {
      const base = keysOf(id, BASE);
      const moved = base.map(() => [] as string[]);
      for (const [what, m] of VARIATIONS[id]) {
        keysOf(id, m).forEach((k, i) => {
          if (k !== base[i]) moved[i].push(what);
        });
      }
      const still = ACTIVITIES[id].items.filter((_, i) => moved[i].length === 0).map((it) => it.id);
      expect(still).toEqual([]);
    });
  }

  it('a far softer adult makes the bone movement something a fingertip could feel', () => {
    const soft = touchTimes(['adult'], 1e5);
    expect(keysOf('nickel', BASE)[2]).toBe('no');
    expect(keysOf('nickel', soft)[2]).toBe('yes');
    expect(keysOf('nickel', soft)[4]).toBe('adult');
  });
});
