// The Scale view's numbers: one prediction (how far this touch moves the watched bone, and how
// much it changes ICP) placed among familiar lengths, everyday ICP swings and reference forces,
// the push that each heartbeat's own pressure pulse already gives the same bone from inside, and
// whether each detector could resolve it. Pure: no DOM.

import { cardiacPulseMmHg, touchResponse, type TouchResponse } from '../index';
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
  heartbeatPushN,
  sentenceForLength,
  sentenceForPressure,
  type Reference,
  type ReferenceLength,
} from '../content/reference-scales';
import { SUBJECTS } from '../subjects';
import { TECHNIQUES } from '../techniques';
import type { BoneId, SubjectId, TechniqueId } from '../types';
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
  lengths: Placed<ReferenceLength>[];
  pressures: Placed[];
  forces: Placed[];
  /** the heartbeat's ICP pulse (the model's, from the arterial pulse volume) times the watched bone's area (model head
   *  geometry: a model assumption, not a measured area) */
  heartbeat: { pushN: number; pulseMmHg: number; boneAreaM2: number; pulseSource: string; timesTouch: number };
  detectors: DetectorVerdict[];
  /** e.g. "This touch moves the right parietal bone about 1/8,100 of the width of a red blood cell (0.92 nm)." */
  sentence: string;
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
    lengths: place(REFERENCE_LENGTHS, displacementM),
    pressures: place(REFERENCE_PRESSURES, icpChangePa),
    forces: place(REFERENCE_FORCES, forceN),
    heartbeat: { pushN, pulseMmHg, boneAreaM2: area, pulseSource, timesTouch: forceN > 0 ? pushN / forceN : 0 },
    detectors,
    sentence: sentenceForLength(displacementM, `This touch moves the ${boneName}`),
    pressureSentence: sentenceForPressure(icpChangePa, 'It changes ICP by'),
  };
}
