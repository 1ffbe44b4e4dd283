// "How far does a nickel move the skull?": orders of magnitude, bone against scalp, adult against
// infant and rabbit. Every answer is the model's (touchResponse, the detectors), computed when asked.

import { BONE_NAMES, sentenceForScalp } from '../contrasts/scale';
import { DETECTORS, detectability } from '../content/detectors';
import { formatLengthM, formatNumber2, sayFactor, sentenceForLength } from '../content/reference-scales';
import { SUBJECTS } from '../subjects';
import { TECHNIQUES, watchedContact } from '../techniques';
import type { SubjectId } from '../types';
import { choices, decadeOf, lengthDecades } from './questions';
import type { ActivityDef, ActivityModel, Answer, ChoiceQuestion } from './types';

/** A nickel weighs 5 g (US Mint); the hold the Scale view opens with. */
const NICKEL_G = 5;
const HOLD = 'vault-hold' as const;
const BONE = BONE_NAMES[TECHNIQUES[HOLD].watchedBone];
const DECADES = lengthDecades(-12, -3);
const COMPARED: readonly SubjectId[] = ['adult', 'infant', 'rabbit'];

const boneM = (m: ActivityModel, s: SubjectId) => Math.abs(m.touch(s, HOLD, NICKEL_G).boneDisplacementM);

function decadeAnswer(q: ChoiceQuestion, lengthM: number, reason: string): Answer {
  return { key: decadeOf(q, lengthM), shown: formatLengthM(lengthM), value: lengthM, unit: 'm', reason };
}

export const NICKEL: ActivityDef = {
  id: 'nickel',
  title: 'How far does a nickel move the skull?',
  intro:
    'A craniosacral hold presses about 5 g, the weight of a nickel. Predict how far that moves the bone and the scalp, then set up the scene and compare with the model.',
  items: [
    {
      id: 'adult-bone',
      prompt: `An adult, a vault hold with ${NICKEL_G} g. How far does the ${BONE} under the hand move?`,
      question: DECADES,
      setup: { subject: 'adult', technique: HOLD, forceG: NICKEL_G, view: 'scale' },
      sourceIds: ['jBiomechEng2023', 'li2007', 'marguliesThibault2000'],
      answer: (m) => decadeAnswer(DECADES, boneM(m, 'adult'), sentenceForLength(boneM(m, 'adult'), `In the model, ${NICKEL_G} g moves the adult ${BONE}`)),
    },
    {
      id: 'adult-scalp',
      prompt: `Same hold, same ${NICKEL_G} g. How far does the fingertip sink into the scalp?`,
      question: DECADES,
      setup: { subject: 'adult', technique: HOLD, forceG: NICKEL_G, view: 'scale' },
      sourceIds: ['bolanowski1988', 'johanssonVallbo1979'],
      answer: (m) => {
        const scalp = Math.abs(m.touch('adult', HOLD, NICKEL_G).scalpCompressionM);
        return decadeAnswer(DECADES, scalp, sentenceForScalp(scalp, boneM(m, 'adult'), watchedContact(TECHNIQUES[HOLD]).kind));
      },
    },
    {
      id: 'felt',
      prompt: `Could a still fingertip feel the adult's bone move under ${NICKEL_G} g?`,
      question: choices(['yes', 'Yes, the bone moves enough to feel'], ['no', 'No, the bone moves far too little to feel']),
      setup: { subject: 'adult', technique: HOLD, forceG: NICKEL_G, view: 'scale' },
      sourceIds: DETECTORS.fingertip.sourceIds,
      answer: (m) => {
        const b = boneM(m, 'adult');
        const d = detectability('fingertip', b);
        const t = DETECTORS.fingertip.thresholdSI;
        return {
          key: d.detectable ? 'yes' : 'no',
          shown: `${d.detectable ? 'yes' : 'no'}: ${formatLengthM(b)} against ~${formatLengthM(t)}`,
          value: b,
          unit: 'm',
          reason: `A still fingertip notices about ${formatLengthM(t)}; the bone moves ${formatLengthM(b)}, ${d.ratio >= 1 ? `${sayFactor(d.ratio)} times that` : `1/${sayFactor(1 / d.ratio)} of that`}. What the hand feels give is the scalp.`,
        };
      },
    },
    {
      id: 'infant-bone',
      prompt: `An infant (thin bones, open fontanelle), the same ${NICKEL_G} g vault hold. How far does the ${BONE} move?`,
      question: DECADES,
      setup: { subject: 'infant', technique: HOLD, forceG: NICKEL_G, view: 'scale' },
      sourceIds: ['coatsMargulies2006', 'marguliesThibault2000'],
      answer: (m) => {
        const inf = boneM(m, 'infant');
        const ad = boneM(m, 'adult');
        const times = ad > 0 ? ` That is ${sayFactor(inf / ad)} times the adult's ${formatLengthM(ad)}.` : '';
        return decadeAnswer(DECADES, inf, `${sentenceForLength(inf, `In the model, ${NICKEL_G} g moves the infant's ${BONE}`)}${times}`);
      },
    },
    {
      id: 'whose-bone',
      prompt: `Adult, infant or rabbit: whose ${BONE} moves furthest under a ${NICKEL_G} g vault hold?`,
      question: choices(...COMPARED.map((s): [string, string] => [s, SUBJECTS[s].label])),
      setup: { subject: 'rabbit', technique: HOLD, forceG: NICKEL_G, view: 'scale' },
      sourceIds: ['coatsMargulies2006', 'downey2006'],
      answer: (m) => {
        const moves = COMPARED.map((s) => ({ s, d: boneM(m, s) }));
        const top = moves.reduce((a, b) => (b.d > a.d ? b : a));
        return {
          key: top.s,
          shown: `${SUBJECTS[top.s].label} (${formatLengthM(top.d)})`,
          value: top.d,
          unit: 'm',
          reason: `In the model: ${moves.map((x) => `${SUBJECTS[x.s].label.toLowerCase()} ${formatLengthM(x.d)}`).join(', ')}. Thin, small, compliant skulls move most; none comes near what a fingertip feels.`,
        };
      },
    },
    {
      id: 'pulse-vs-touch',
      prompt: `In an adult, how many times larger is the heartbeat's own ICP pulse than the ICP change a ${NICKEL_G} g vault hold makes?`,
      question: { kind: 'estimate', unit: 'times', min: 1, max: 1e9, start: 1e4, scale: 'log', tolerance: 10 },
      setup: { subject: 'adult', technique: HOLD, forceG: NICKEL_G, view: 'sim' },
      sourceIds: ['avezaat1986', 'marmarou1978'],
      answer: (m) => {
        const pulse = m.pulseMmHg('adult');
        const touch = Math.abs(m.touch('adult', HOLD, NICKEL_G).icpChangeMmHg);
        const q = touch > 0 ? pulse / touch : Number.MAX_VALUE;
        return {
          key: q,
          shown: `${formatNumber2(q)} times`,
          value: q,
          unit: 'times',
          reason: `Each heartbeat swings adult ICP by about ${formatNumber2(pulse)} mmHg; the ${NICKEL_G} g hold changes it by ${formatNumber2(touch)} mmHg.`,
        };
      },
    },
  ],
};
