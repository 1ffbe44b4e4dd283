// The Scale view's numbers: one prediction (how far this touch moves the watched bone, and how
// much it changes ICP) placed among familiar lengths, everyday ICP swings and reference forces,
// the push that each heartbeat's own pressure pulse already gives the same bone from inside, and
// whether each detector could resolve it; and beside the bone, how far the practitioner's finger
// sinks into the scalp (what a fingertip really feels give). Pure: no DOM.

import { cardiacPulseMmHg, touchResponse, watchedContact, type TouchResponse } from '../index';
import { anatomyOf } from '../anatomy';
import {
  DETECTORS,
  DETECTOR_IDS,
  detectabilityBand,
  type Detector,
  type DetectabilityBand,
  type DetectorId,
} from '../content/detectors';
import {
  REFERENCE_FORCES,
  REFERENCE_LENGTHS,
  REFERENCE_PRESSURES,
  formatLengthM,
  formatNumber2,
  heartbeatPushN,
  sayFactor,
  sentenceForLength,
  sentenceForPressure,
  type Reference,
  type ReferenceLength,
} from '../content/reference-scales';
import { SUBJECTS } from '../subjects';
import { TECHNIQUES } from '../techniques';
import type { BoneId, Contact, SubjectId, TechniqueId } from '../types';
import { mmHgToPa, newtonsToGrams } from '../units';

/** Bone names for sentences ("the right parietal bone"). */
export const BONE_NAMES: Readonly<Record<BoneId, string>> = {
  frontal: 'frontal bone',
  'parietal-left': 'left parietal bone',
  'parietal-right': 'right parietal bone',
  occipital: 'occipital bone',
  'temporal-left': 'left temporal bone',
  'temporal-right': 'right temporal bone',
};

/** What presses the scalp at a contact, in words ("Your fingertip sinks ..."). */
export const CONTACT_WORDS: Readonly<Record<Contact['kind'], string>> = {
  fingertip: 'fingertip',
  palm: 'palm',
  plate: 'plate',
};

/** Said wherever the scalp compression would be, for Downey's plates (no scalp in their load path). */
export const PLATES_NO_SCALP = "Downey's plates are screwed to bone, so no scalp is pressed";

/**
 * How far the hand sinks into the scalp beside how far the bone moves, in one sentence, e.g.
 * "Your fingertip sinks about 42 µm into the scalp, about 45,000 times further than the bone
 * moves: enough for a still fingertip to notice (~20 µm)." Plates press no scalp and say so.
 */
export function sentenceForScalp(scalpM: number, boneM: number, kind: Contact['kind']): string {
  if (kind === 'plate') return `${PLATES_NO_SCALP}: nothing here is felt through skin.`;
  const who = `Your ${CONTACT_WORDS[kind]}`;
  if (!Number.isFinite(scalpM) || !Number.isFinite(boneM)) return 'No comparison: the predicted scalp compression is not a valid number.';
  const s = Math.abs(scalpM);
  const b = Math.abs(boneM);
  if (s === 0) return `${who} rests on the scalp without pressing it: 0 m.`;
  let vsBone = '';
  if (b > 0) {
    const q = s / b;
    if (q >= 1.3) vsBone = `, ${q >= 1e6 ? `${formatNumber2(q)} times` : `about ${sayFactor(q)} times`} further than the bone moves`;
    else if (q > 1 / 1.3) vsBone = ', about as far as the bone moves';
    else vsBone = `, about 1/${sayFactor(1 / q)} of what the bone moves`;
  }
  const tip = DETECTORS.fingertip;
  const felt =
    s >= tip.thresholdSI
      ? `enough for a still fingertip to notice (~${formatLengthM(tip.thresholdSI)})`
      : `less than the ~${formatLengthM(tip.thresholdSI)} a still fingertip notices`;
  return `${who} sinks about ${formatLengthM(s)} into the scalp${vsBone}: ${felt}.`;
}

export interface Placed<R extends Reference = Reference> {
  ref: R;
  /** |prediction| / reference value */
  ratio: number;
}

export interface DetectorVerdict {
  detector: Detector;
  /** the prediction the detector would have to see, SI (m or Pa, magnitude) */
  predictedSI: number;
  /** what the prediction is: the bone's movement or the ICP change */
  predictedQuantity: 'bone displacement' | 'ICP change';
  band: DetectabilityBand;
}

export interface ScaleComparison {
  subject: SubjectId;
  technique: TechniqueId;
  forceN: number;
  forceG: number;
  watchedBone: BoneId;
  boneName: string;
  response: TouchResponse;
  /** |bone displacement|, m; |ICP change|, Pa */
  displacementM: number;
  icpChangePa: number;
  /** what presses the scalp at the watched contact: a fingertip, a palm, or a plate on bone */
  contactKind: Contact['kind'];
  /** how far that contact sinks into the scalp, m (0 for plates) */
  scalpCompressionM: number;
  /** scalp compression / bone displacement (0 when either is 0) */
  scalpTimesBone: number;
  lengths: Placed<ReferenceLength>[];
  pressures: Placed[];
  forces: Placed[];
  /** the heartbeat's ICP pulse (the model's, from the arterial pulse volume) times the watched bone's area (model head
   *  geometry: a model assumption, not a measured area) */
  heartbeat: { pushN: number; pulseMmHg: number; boneAreaM2: number; pulseSource: string; timesTouch: number };
  detectors: DetectorVerdict[];
  /** e.g. "This touch moves the right parietal bone about 1/7,900 of the width of a red blood cell (0.95 nm)." */
  sentence: string;
  /** e.g. "Your fingertip sinks about 42 µm into the scalp, about 45,000 times further than the bone moves: ..." */
  scalpSentence: string;
  pressureSentence: string;
}

const place = <R extends Reference>(refs: readonly R[], v: number): Placed<R>[] =>
  refs.map((ref) => ({ ref, ratio: ref.valueSI > 0 ? v / ref.valueSI : 0 }));

export function scaleComparison({ subject, technique, forceN }: { subject: SubjectId; technique: TechniqueId; forceN: number }): ScaleComparison {
  const response = touchResponse({ subject, technique, forceN });
  const t = TECHNIQUES[technique];
  const bone = t.watchedBone;
  const boneName = BONE_NAMES[bone];
  const displacementM = Math.abs(response.boneDisplacementM);
  const contactKind = watchedContact(t).kind;
  const scalpM = Math.abs(response.scalpCompressionM);
  const icpChangePa = Math.abs(mmHgToPa(response.icpChangeMmHg));
  const area = anatomyOf(subject).bones[bone].areaM2;
  const pulseMmHg = cardiacPulseMmHg(subject);
  const pulseSource = SUBJECTS[subject].params.arterialPulseVolume.source;
  const pushN = heartbeatPushN(area, pulseMmHg);
  const detectors: DetectorVerdict[] = DETECTOR_IDS.map((id: DetectorId) => {
    const d = DETECTORS[id];
    const predictedSI = d.quantity === 'pressure' ? icpChangePa : displacementM;
    return {
      detector: d,
      predictedSI,
      predictedQuantity: d.quantity === 'pressure' ? 'ICP change' : 'bone displacement',
      band: detectabilityBand(id, predictedSI),
    };
  });
  return {
    subject,
    technique,
    forceN,
    forceG: newtonsToGrams(forceN),
    watchedBone: bone,
    boneName,
    response,
    displacementM,
    icpChangePa,
    contactKind,
    scalpCompressionM: scalpM,
    scalpTimesBone: scalpM > 0 && displacementM > 0 ? scalpM / displacementM : 0,
    lengths: place(REFERENCE_LENGTHS, displacementM),
    pressures: place(REFERENCE_PRESSURES, icpChangePa),
    forces: place(REFERENCE_FORCES, forceN),
    heartbeat: { pushN, pulseMmHg, boneAreaM2: area, pulseSource, timesTouch: forceN > 0 ? pushN / forceN : 0 },
    detectors,
    sentence: sentenceForLength(displacementM, `This touch moves the ${boneName}`),
    scalpSentence: sentenceForScalp(scalpM, displacementM, contactKind),
    pressureSentence: sentenceForPressure(icpChangePa, 'It changes ICP by'),
  };
}
