// "How far does a nickel move the skull?": orders of magnitude, bone against scalp, adult against
// infant and rabbit. Every answer is the model's (touchResponse, the detectors), computed when asked;
// the words are English ICU sources the catalogs translate (src/i18n/activity-catalog.ts).

import { DETECTORS, detectability } from '../content/detectors';
import { TECHNIQUES, watchedContact } from '../techniques';
import type { SubjectId } from '../types';
import { choices, decadeOf, lengthDecades } from './questions';
import type { ActivityDef, ActivityModel, Answer, ChoiceQuestion, Figures } from './types';

/** A nickel weighs 5 g (US Mint); the hold the Scale view opens with. */
const NICKEL_G = 5;
const HOLD = 'vault-hold' as const;
const DECADES = lengthDecades(-12, -3);
const COMPARED: readonly SubjectId[] = ['adult', 'infant', 'rabbit'];
/** What every prompt quotes: the load and the bone under the hand. */
const ARGS: Figures = { load: NICKEL_G, bone: { kind: 'bone', id: TECHNIQUES[HOLD].watchedBone } };

const boneM = (m: ActivityModel, s: SubjectId) => Math.abs(m.touch(s, HOLD, NICKEL_G).boneDisplacementM);
const length = (m: number) => ({ kind: 'length', m }) as const;
const num = (x: number) => ({ kind: 'number', x }) as const;

function decadeAnswer(q: ChoiceQuestion, lengthM: number, figures: Figures): Answer {
  return { key: decadeOf(q, lengthM), value: lengthM, unit: 'm', figures: { length: length(lengthM), ...figures } };
}

export const NICKEL: ActivityDef = {
  id: 'nickel',
  title: 'How far does a nickel move the skull?',
  intro:
    'A craniosacral hold presses about 5 g, the weight of a nickel. Predict how far that moves the bone and the scalp, then set up the scene and compare with the model.',
  items: [
    {
      id: 'adult-bone',
      prompt: 'An adult, a vault hold with {load} g. How far does the {bone} under the hand move?',
      args: ARGS,
      question: DECADES,
      says: { shown: '{length}', reason: 'In the model, {load} g moves the adult {bone} {like} ({length}).' },
      setup: { subject: 'adult', technique: HOLD, forceG: NICKEL_G, view: 'scale' },
      sourceIds: ['jBiomechEng2023', 'li2007', 'marguliesThibault2000'],
      answer: (m) => decadeAnswer(DECADES, boneM(m, 'adult'), { ...ARGS, like: { kind: 'likeLength', m: boneM(m, 'adult') } }),
    },
    {
      id: 'adult-scalp',
      prompt: 'Same hold, same {load} g. How far does the fingertip sink into the scalp?',
      args: ARGS,
      question: DECADES,
      says: { shown: '{length}', reason: '{sentence}' },
      setup: { subject: 'adult', technique: HOLD, forceG: NICKEL_G, view: 'scale' },
      sourceIds: ['bolanowski1988', 'johanssonVallbo1979'],
      answer: (m) => {
        const scalp = Math.abs(m.touch('adult', HOLD, NICKEL_G).scalpCompressionM);
        return decadeAnswer(DECADES, scalp, { sentence: { kind: 'scalp', scalpM: scalp, boneM: boneM(m, 'adult'), contact: watchedContact(TECHNIQUES[HOLD]).kind } });
      },
    },
    {
      id: 'felt',
      prompt: "Could a still fingertip feel the adult's bone move under {load} g?",
      args: ARGS,
      question: choices(['yes', 'Yes, the bone moves enough to feel'], ['no', 'No, the bone moves far too little to feel']),
      says: {
        shown: '{felt, select, yes {yes} other {no}}: {length} against ~{threshold}',
        reason:
          'A still fingertip notices about {threshold}; the bone moves {length}, {above, select, yes {{factor} times that} other {1/{factor} of that}}. What the hand feels give is the scalp.',
      },
      setup: { subject: 'adult', technique: HOLD, forceG: NICKEL_G, view: 'scale' },
      sourceIds: DETECTORS.fingertip.sourceIds,
      answer: (m) => {
        const b = boneM(m, 'adult');
        const d = detectability('fingertip', b);
        const above = d.ratio >= 1;
        return {
          key: d.detectable ? 'yes' : 'no',
          value: b,
          unit: 'm',
          figures: {
            felt: d.detectable ? 'yes' : 'no',
            length: length(b),
            threshold: length(DETECTORS.fingertip.thresholdSI),
            above: above ? 'yes' : 'no',
            factor: { kind: 'factor', x: above ? d.ratio : 1 / d.ratio },
          },
        };
      },
    },
    {
      id: 'infant-bone',
      prompt: 'An infant (thin bones, open fontanelle), the same {load} g vault hold. How far does the {bone} move?',
      args: ARGS,
      question: DECADES,
      says: {
        shown: '{length}',
        reason: "In the model, {load} g moves the infant's {bone} {like} ({length}). That is {factor} times the adult's {adult}.",
      },
      setup: { subject: 'infant', technique: HOLD, forceG: NICKEL_G, view: 'scale' },
      sourceIds: ['coatsMargulies2006', 'marguliesThibault2000'],
      answer: (m) => {
        const inf = boneM(m, 'infant');
        const ad = boneM(m, 'adult');
        return decadeAnswer(DECADES, inf, { ...ARGS, like: { kind: 'likeLength', m: inf }, factor: { kind: 'factor', x: inf / ad }, adult: length(ad) });
      },
    },
    {
      id: 'whose-bone',
      prompt: 'Adult, infant or rabbit: whose {bone} moves furthest under a {load} g vault hold?',
      args: ARGS,
      question: { kind: 'choice', choices: COMPARED.map((s) => ({ id: s, label: '{name}', args: { name: { kind: 'subject', id: s } } })) },
      says: {
        shown: '{subject} ({length})',
        reason: 'In the model: {moves}. Thin, small, compliant skulls move most; none comes near what a fingertip feels.',
        move: '{subject} {length}',
      },
      setup: { subject: 'rabbit', technique: HOLD, forceG: NICKEL_G, view: 'scale' },
      sourceIds: ['coatsMargulies2006', 'downey2006'],
      answer: (m) => {
        const moves = COMPARED.map((s) => ({ s, d: boneM(m, s) }));
        const top = moves.reduce((a, b) => (b.d > a.d ? b : a));
        return {
          key: top.s,
          value: top.d,
          unit: 'm',
          figures: {
            subject: { kind: 'subject', id: top.s },
            length: length(top.d),
            moves: { kind: 'list', part: 'move', items: moves.map((x) => ({ subject: { kind: 'subject', id: x.s }, length: length(x.d) })) },
          },
        };
      },
    },
    {
      id: 'pulse-vs-touch',
      prompt: "In an adult, how many times larger is the heartbeat's own ICP pulse than the ICP change a {load} g vault hold makes?",
      args: ARGS,
      question: { kind: 'estimate', unit: 'times', min: 1, max: 1e9, start: 1e4, scale: 'log', tolerance: 10 },
      says: {
        shown: '{factor} times',
        reason: 'Each heartbeat swings adult ICP by about {pulse} mmHg; the {load} g hold changes it by {touch} mmHg.',
      },
      setup: { subject: 'adult', technique: HOLD, forceG: NICKEL_G, view: 'sim' },
      sourceIds: ['avezaat1986', 'marmarou1978'],
      answer: (m) => {
        const pulse = m.pulseMmHg('adult');
        const touch = Math.abs(m.touch('adult', HOLD, NICKEL_G).icpChangeMmHg);
        const q = touch > 0 ? pulse / touch : Number.MAX_VALUE;
        return { key: q, value: q, unit: 'times', figures: { ...ARGS, factor: num(q), pulse: num(pulse), touch: num(touch) } };
      },
    },
  ],
};
