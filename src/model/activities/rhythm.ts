// "Is there a cranial rhythm?": what the resting ICP of the model really carries (the peaks the
// Rhythm view's spectrum finds), where the claimed 6-12 per minute rhythm falls among them, and
// what examiners agree on. Every answer is computed from the model or the studies' data.

import { CRI_BAND_PER_MIN, SERGUEEF_2011 } from '../content/reliability';
import { formatNumber2 } from '../content/reference-scales';
import type { Peak, RhythmPeaks } from '../contrasts/spectrum';
import { choices } from './questions';
import type { SourceId } from '../content/sources';
import type { ActivityDef, ActivityModel, Answer, ItemDef } from './types';

const SUBJECT = 'adult' as const;
const RHYTHM_NAMES = { heartbeat: 'the heartbeat', breathing: 'breathing', mayer: 'Traube-Hering-Mayer waves' } as const;
type RhythmName = keyof typeof RHYTHM_NAMES;
const NAMES = Object.keys(RHYTHM_NAMES) as RhythmName[];

const perMin = (p: Peak | null): number | null => (p ? p.freqHz * 60 : null);
const found = (r: RhythmPeaks): { name: RhythmName; perMin: number; power: number }[] =>
  NAMES.flatMap((name) => (r[name] ? [{ name, perMin: r[name].freqHz * 60, power: r[name].power }] : []));

function rateAnswer(m: ActivityModel, name: RhythmName): Answer {
  const rate = perMin(m.rhythms(SUBJECT)[name]);
  if (rate === null) return { key: -1, shown: 'no peak found', value: null, unit: 'per min', reason: `The spectrum of the model's resting ICP shows no ${RHYTHM_NAMES[name]} peak.` };
  return {
    key: rate,
    shown: `${formatNumber2(rate)} per min`,
    value: rate,
    unit: 'per min',
    reason: `The spectrum of 10 minutes of the model's resting ICP has a peak at ${formatNumber2(rate / 60)} Hz: ${RHYTHM_NAMES[name]}, ${formatNumber2(rate)} per minute.`,
  };
}

/** A slider estimate of one rhythm's rate, per minute: [min, max, start, tolerance]. */
function rateItem(id: string, name: RhythmName, prompt: string, [min, max, start, tolerance]: number[], source: SourceId): ItemDef {
  return {
    id,
    prompt,
    question: { kind: 'estimate', unit: 'per min', min, max, start, scale: 'linear', tolerance },
    setup: { subject: SUBJECT, view: 'rhythm' },
    sourceIds: [source],
    answer: (m) => rateAnswer(m, name),
  };
}

/** ICC 0.75 and 0.4: the usual "good" and "poor" limits of interrater agreement. */
const ICC_GOOD = 0.75;
const ICC_POOR = 0.4;

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
      prompt: `Which of these rhythms in the resting ICP falls in the ${CRI_BAND_PER_MIN.min}-${CRI_BAND_PER_MIN.max} per minute band described as the cranial rhythm?`,
      question: choices(['none', 'None of them'], ['mayer', 'Traube-Hering-Mayer waves'], ['breathing', 'Breathing'], ['heartbeat', 'The heartbeat']),
      setup: { subject: SUBJECT, view: 'rhythm' },
      sourceIds: ['upledger1983', 'nelson2001'],
      answer: (m) => {
        const rhythms = found(m.rhythms(SUBJECT));
        const inBand = rhythms.filter((r) => r.perMin >= CRI_BAND_PER_MIN.min && r.perMin <= CRI_BAND_PER_MIN.max).sort((a, b) => b.power - a.power);
        const top = inBand[0];
        const all = rhythms.map((r) => `${RHYTHM_NAMES[r.name]} ${formatNumber2(r.perMin)}`).join(', ');
        return {
          key: top ? top.name : 'none',
          shown: top ? `${RHYTHM_NAMES[top.name]} (${formatNumber2(top.perMin)} per min)` : 'none',
          value: top ? top.perMin : null,
          unit: 'per min',
          reason: `Peaks per minute in the model's resting ICP: ${all}. ${top ? `In the band: ${inBand.map((r) => RHYTHM_NAMES[r.name]).join(', ')}; a rhythm of the blood needs no moving bone.` : 'No peak falls in the band.'}`,
        };
      },
    },
    {
      id: 'palpated-closest',
      prompt: `Examiners who palpate the rhythm report ${SERGUEEF_2011.meanPerMin} per minute on average (Sergueef 2011). Which rhythm of the model is closest to that rate?`,
      question: choices(['heartbeat', 'The heartbeat'], ['breathing', 'Breathing'], ['mayer', 'Traube-Hering-Mayer waves']),
      setup: { subject: SUBJECT, view: 'rhythm' },
      sourceIds: [SERGUEEF_2011.sourceId, 'nelson2001'],
      answer: (m) => {
        const rhythms = found(m.rhythms(SUBJECT));
        const near = rhythms.reduce((a, b) => (Math.abs(b.perMin - SERGUEEF_2011.meanPerMin) < Math.abs(a.perMin - SERGUEEF_2011.meanPerMin) ? b : a));
        return {
          key: near.name,
          shown: `${RHYTHM_NAMES[near.name]} (${formatNumber2(near.perMin)} per min)`,
          value: near.perMin,
          unit: 'per min',
          reason: `${SERGUEEF_2011.meanPerMin} per minute lies nearest ${RHYTHM_NAMES[near.name]} at ${formatNumber2(near.perMin)} per minute; Nelson 2001 found the palpated rhythm following Traube-Hering-Mayer waves.`,
        };
      },
    },
    {
      id: 'examiners-agree',
      prompt: 'When two trained examiners palpate the same person at the same time, how well do the rates they report agree?',
      question: choices(['good', `Well (ICC ${ICC_GOOD} or more)`], ['moderate', `Moderately (ICC ${ICC_POOR}-${ICC_GOOD})`], ['poor', `Poorly (ICC under ${ICC_POOR})`]),
      setup: { view: 'rhythm' },
      sourceIds: ['guillaud2016', 'rogers1998', 'hanten1998', 'moranGibbons2001'],
      answer: (m) => {
        const iccs = m.reliability().flatMap((s) => (s.interrater.kind === 'icc' ? [s.interrater.max] : []));
        const best = iccs.length > 0 ? Math.max(...iccs) : 0;
        const key = best >= ICC_GOOD ? 'good' : best >= ICC_POOR ? 'moderate' : 'poor';
        return {
          key,
          shown: `best interrater ICC ${formatNumber2(best)}`,
          value: best,
          unit: 'ICC',
          reason: `Across ${m.reliability().length} studies the best agreement between examiners was an ICC of ${formatNumber2(best)} (1 is perfect, 0 is chance); each examiner agreed better with their own earlier readings than with a colleague.`,
        };
      },
    },
    {
      id: 'pulse-size',
      prompt: "How large is the adult heartbeat's pulse in ICP, peak to peak?",
      question: { kind: 'estimate', unit: 'mmHg', min: 0, max: 10, start: 5, scale: 'linear', tolerance: 0.75 },
      setup: { subject: SUBJECT, view: 'sim' },
      sourceIds: ['avezaat1986', 'marmarou1978'],
      answer: (m) => {
        const p = m.pulseMmHg(SUBJECT);
        return {
          key: p,
          shown: `${formatNumber2(p)} mmHg`,
          value: p,
          unit: 'mmHg',
          reason: `Each beat pushes blood into the head; the pressure-volume curve turns that volume into ${formatNumber2(p)} mmHg. This pulse, not a cranial rhythm, is what the ICP chart shows.`,
        };
      },
    },
  ],
};
