// "Is there a cranial rhythm?": what the resting ICP of the model really carries (the peaks the
// Rhythm view's spectrum finds), where the claimed 6-12 per minute rhythm falls among them, and
// what examiners agree on. Every answer is computed from the model or the studies' data; the
// words are English ICU sources the catalogs translate (src/i18n/activity-catalog.ts).

import { CRI_BAND_PER_MIN, SERGUEEF_2011 } from '../content/reliability';
import type { Peak, RhythmPeaks } from '../contrasts/spectrum';
import { choices } from './questions';
import type { SourceId } from '../content/sources';
import type { ActivityDef, ActivityModel, Answer, AnswerWords, ItemDef } from './types';

const SUBJECT = 'adult' as const;
const NAMES = ['heartbeat', 'breathing', 'mayer'] as const;
type RhythmName = (typeof NAMES)[number];
/** A rhythm's name in a sentence, by its id (an ICU select on {rhythm}). */
const RHYTHM_WORDS = '{rhythm, select, heartbeat {the heartbeat} breathing {breathing} other {Traube-Hering-Mayer waves}}';
const num = (x: number) => ({ kind: 'number', x }) as const;

const perMin = (p: Peak | null): number | null => (p ? p.freqHz * 60 : null);
const found = (r: RhythmPeaks): { name: RhythmName; perMin: number; power: number }[] =>
  NAMES.flatMap((name) => (r[name] ? [{ name, perMin: r[name].freqHz * 60, power: r[name].power }] : []));

const RATE_WORDS: AnswerWords = {
  shown: '{found, select, yes {{rate} per min} other {no peak found}}',
  reason: `{found, select, yes {The spectrum of 10 minutes of the model's resting ICP has a peak at {hz} Hz: ${RHYTHM_WORDS}, {rate} per minute.} other {The spectrum of the model's resting ICP shows no ${RHYTHM_WORDS} peak.}}`,
};

function rateAnswer(m: ActivityModel, name: RhythmName): Answer {
  const rate = perMin(m.rhythms(SUBJECT)[name]);
  if (rate === null) return { key: -1, value: null, unit: 'perMin', figures: { found: 'no', rhythm: name } };
  return { key: rate, value: rate, unit: 'perMin', figures: { found: 'yes', rhythm: name, rate: num(rate), hz: num(rate / 60) } };
}

/** A slider estimate of one rhythm's rate, per minute: [min, max, start, tolerance]. */
function rateItem(id: string, name: RhythmName, prompt: string, [min, max, start, tolerance]: number[], source: SourceId): ItemDef {
  return {
    id,
    prompt,
    question: { kind: 'estimate', unit: 'perMin', min, max, start, scale: 'linear', tolerance },
    says: RATE_WORDS,
    setup: { subject: SUBJECT, view: 'rhythm' },
    sourceIds: [source],
    answer: (m) => rateAnswer(m, name),
  };
}

/** ICC 0.75 and 0.4: the usual "good" and "poor" limits of interrater agreement. */
const ICC_GOOD = 0.75;
const ICC_POOR = 0.4;
const BAND = { min: CRI_BAND_PER_MIN.min, max: CRI_BAND_PER_MIN.max };

export const RHYTHM: ActivityDef = {
  id: 'rhythm',
  title: 'Is there a cranial rhythm?',
  intro:
    'Practitioners describe a cranial rhythm of 6-12 cycles a minute. Predict what the pressure of the fluid around the brain really carries at rest, then open the Rhythm view and compare.',
  items: [
    rateItem('heart-rate', 'heartbeat', "The strongest peak in the spectrum of an adult's resting ICP is the heartbeat. At how many beats per minute?", [30, 150, 90, 8], 'avezaat1986'),
    rateItem('breathing-rate', 'breathing', 'The next peak down is breathing. How many breaths per minute?', [2, 40, 21, 3], 'czosnykaPickard2004'),
    rateItem(
      'mayer-rate',
      'mayer',
      'Slower still are Traube-Hering-Mayer waves, swings of blood pressure set by the nervous system. How many per minute?',
      [1, 20, 10, 1.5],
      'julien2006',
    ),
    {
      id: 'claimed-band',
      prompt: 'Which of these rhythms in the resting ICP falls in the {min}-{max} per minute band described as the cranial rhythm?',
      args: BAND,
      question: choices(['none', 'None of them'], ['mayer', 'Traube-Hering-Mayer waves'], ['breathing', 'Breathing'], ['heartbeat', 'The heartbeat']),
      says: {
        shown: `{found, select, yes {${RHYTHM_WORDS} ({rate} per min)} other {none}}`,
        reason:
          "Peaks per minute in the model's resting ICP: {peaks}. {found, select, yes {In the band: {inBand}; a rhythm of the blood needs no moving bone.} other {No peak falls in the band.}}",
        peak: `${RHYTHM_WORDS} {rate}`,
        name: RHYTHM_WORDS,
      },
      setup: { subject: SUBJECT, view: 'rhythm' },
      sourceIds: ['upledger1983', 'nelson2001'],
      answer: (m) => {
        const rhythms = found(m.rhythms(SUBJECT));
        const inBand = rhythms.filter((r) => r.perMin >= CRI_BAND_PER_MIN.min && r.perMin <= CRI_BAND_PER_MIN.max).sort((a, b) => b.power - a.power);
        const top = inBand[0];
        return {
          key: top ? top.name : 'none',
          value: top ? top.perMin : null,
          unit: 'perMin',
          figures: {
            found: top ? 'yes' : 'no',
            ...(top ? { rhythm: top.name, rate: num(top.perMin) } : {}),
            peaks: { kind: 'list', part: 'peak', items: rhythms.map((r) => ({ rhythm: r.name, rate: num(r.perMin) })) },
            inBand: { kind: 'list', part: 'name', items: inBand.map((r) => ({ rhythm: r.name })) },
          },
        };
      },
    },
    {
      id: 'palpated-closest',
      prompt: 'Examiners who palpate the rhythm report {palpated} per minute on average (Sergueef 2011). Which rhythm of the model is closest to that rate?',
      args: { palpated: SERGUEEF_2011.meanPerMin },
      question: choices(['heartbeat', 'The heartbeat'], ['breathing', 'Breathing'], ['mayer', 'Traube-Hering-Mayer waves']),
      says: {
        shown: `${RHYTHM_WORDS} ({rate} per min)`,
        reason: `{palpated} per minute lies nearest ${RHYTHM_WORDS} at {rate} per minute; Nelson 2001 found the palpated rhythm following Traube-Hering-Mayer waves.`,
      },
      setup: { subject: SUBJECT, view: 'rhythm' },
      sourceIds: [SERGUEEF_2011.sourceId, 'nelson2001'],
      answer: (m) => {
        const rhythms = found(m.rhythms(SUBJECT));
        const near = rhythms.reduce((a, b) => (Math.abs(b.perMin - SERGUEEF_2011.meanPerMin) < Math.abs(a.perMin - SERGUEEF_2011.meanPerMin) ? b : a));
        return { key: near.name, value: near.perMin, unit: 'perMin', figures: { rhythm: near.name, rate: num(near.perMin), palpated: SERGUEEF_2011.meanPerMin } };
      },
    },
    {
      id: 'examiners-agree',
      prompt: 'When two trained examiners palpate the same person at the same time, how well do the rates they report agree?',
      args: { good: ICC_GOOD, poor: ICC_POOR },
      question: choices(['good', 'Well (ICC {good} or more)'], ['moderate', 'Moderately (ICC {poor}-{good})'], ['poor', 'Poorly (ICC under {poor})']),
      says: {
        shown: 'best interrater ICC {best}',
        reason:
          'Across {studies} studies the best agreement between examiners was an ICC of {best} (1 is perfect, 0 is chance); each examiner agreed better with their own earlier readings than with a colleague.',
      },
      setup: { view: 'rhythm' },
      sourceIds: ['guillaud2016', 'rogers1998', 'hanten1998', 'moranGibbons2001'],
      answer: (m) => {
        const iccs = m.reliability().flatMap((s) => (s.interrater.kind === 'icc' ? [s.interrater.max] : []));
        const best = iccs.length > 0 ? Math.max(...iccs) : 0;
        const key = best >= ICC_GOOD ? 'good' : best >= ICC_POOR ? 'moderate' : 'poor';
        return { key, value: best, unit: 'ICC', figures: { best: num(best), studies: m.reliability().length } };
      },
    },
    {
      id: 'pulse-size',
      prompt: "How large is the adult heartbeat's pulse in ICP, peak to peak?",
      question: { kind: 'estimate', unit: 'mmHg', min: 0, max: 10, start: 5, scale: 'linear', tolerance: 0.75 },
      says: {
        shown: '{pulse} mmHg',
        reason:
          'Each beat pushes blood into the head; the pressure-volume curve turns that volume into {pulse} mmHg. This pulse, not a cranial rhythm, is what the ICP chart shows.',
      },
      setup: { subject: SUBJECT, view: 'sim' },
      sourceIds: ['avezaat1986', 'marmarou1978'],
      answer: (m) => {
        const p = m.pulseMmHg(SUBJECT);
        return { key: p, value: p, unit: 'mmHg', figures: { pulse: num(p) } };
      },
    },
  ],
};
