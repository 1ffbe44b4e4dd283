// What could notice the touch: an examiner's fingertip, an epidural ICP transducer, a radiograph
// read with a digital caliper, and MRI. Each detector has a threshold (the smallest change it
// can resolve) in SI units with a plausible range and where the number comes from. The pure
// function `detectability` compares a model prediction with a threshold.
// Pure data + arithmetic: no DOM, no three.

import { mmHgToPa } from '../units';
import type { Confidence, SourceId } from './sources';

export type DetectorId = 'fingertip' | 'icp-transducer' | 'radiograph-caliper' | 'mri';
export type DetectedQuantity = 'displacement' | 'pressure';

export interface Detector {
  id: DetectorId;
  label: string;
  quantity: DetectedQuantity;
  /** smallest resolvable change: metres for displacement, pascals for pressure */
  thresholdSI: number;
  /** plausible range of that threshold, same SI unit */
  rangeSI: { min: number; max: number };
  /** the threshold as people read it */
  display: { value: number; min: number; max: number; unit: 'µm' | 'mm' | 'mmHg' };
  sourceIds: readonly SourceId[];
  confidence: Confidence;
  /** one line: why this number */
  rationale: string;
}

const UM = 1e-6;
const MM = 1e-3;

export const DETECTORS: Readonly<Record<DetectorId, Detector>> = {
  // Quasi-static threshold, ~20 um (10-50 um). Recalled, not re-read: Bolanowski 1988 places the
  // slowest touch channel (NP III, slowly adapting afferents, 0.4 Hz and up) at thresholds of tens
  // of micrometres, and Johansson & Vallbo 1979 report fingertip indentation thresholds of order
  // 10 um. A palpated rhythm of ~0.1 Hz is slower than anything Bolanowski tested, and the
  // examiner feels the bone through 5-7 mm of scalp with a hand that itself drifts and trembles,
  // so the real threshold for bone motion is more likely at the top of the range than below it.
  // Sliding touch is far more sensitive (edges of ~1 um, Johansson & LaMotte 1983), but a cranial
  // hold is a still hand, so that figure does not apply here.
  fingertip: {
    id: 'fingertip',
    label: "Examiner's fingertip",
    quantity: 'displacement',
    thresholdSI: 20 * UM,
    rangeSI: { min: 10 * UM, max: 50 * UM },
    display: { value: 20, min: 10, max: 50, unit: 'µm' },
    sourceIds: ['bolanowski1988', 'johanssonVallbo1979', 'johanssonLaMotte1983'],
    confidence: 'recalled',
    rationale:
      'A still fingertip notices slow skin indentation of roughly 10-50 µm (touch-threshold studies); through the scalp, bone motion must be at least that large.',
  },
  // 1 mmHg is our stated assumption. Bench tests of clinical microtransducers found static errors
  // from < 0.3 mmHg (Camino) to < 2 mmHg (Codman) and 24 h drift < 0.8 mmHg (Czosnyka 1996). The
  // NeuroMonitor epidural device Downey used has no published resolution we could find.
  'icp-transducer': {
    id: 'icp-transducer',
    label: 'Epidural ICP transducer',
    quantity: 'pressure',
    thresholdSI: mmHgToPa(1),
    rangeSI: { min: mmHgToPa(0.3), max: mmHgToPa(2) },
    display: { value: 1, min: 0.3, max: 2, unit: 'mmHg' },
    sourceIds: ['czosnyka1996', 'downey2006'],
    confidence: 'model assumption',
    rationale:
      'Model assumption: clinical ICP sensors resolve about 1 mmHg (bench static error 0.3-2 mmHg, drift under 0.8 mmHg a day).',
  },
  // 0.1 mm is an assumption consistent with Downey 2006: plate separation read off radiographs with
  // a digital caliper showed nothing at 100 g and 0.30 mm at 500 g, so the resolution is at most
  // 0.30 mm. Calipers themselves read 0.01 mm; finding a plate edge on a film is the limit.
  'radiograph-caliper': {
    id: 'radiograph-caliper',
    label: 'Radiograph + digital caliper',
    quantity: 'displacement',
    thresholdSI: 0.1 * MM,
    rangeSI: { min: 0.05 * MM, max: 0.3 * MM },
    display: { value: 0.1, min: 0.05, max: 0.3, unit: 'mm' },
    sourceIds: ['downey2006', 'downey2005'],
    confidence: 'model assumption',
    rationale:
      'Model assumption: locating plate edges on a radiograph limits a caliper to about 0.1 mm; Downey 2006 resolved 0.30 mm but saw nothing at 100 g.',
  },
  // Crow 2009 states a resolution threshold of 0.898 mm/pixel. The 2024 dynamic MRI study found a
  // technical error of measurement > 1 mm for two landmark distances and 0.32 mm for the best one,
  // so the range runs from 0.32 mm to about 1 mm (the upper end is "more than 1 mm").
  mri: {
    id: 'mri',
    label: 'MRI',
    quantity: 'displacement',
    thresholdSI: 0.898 * MM,
    rangeSI: { min: 0.32 * MM, max: 1.0 * MM },
    display: { value: 0.898, min: 0.32, max: 1.0, unit: 'mm' },
    sourceIds: ['crow2009', 'mri2024'],
    confidence: 'read',
    rationale:
      'Clinical MRI resolves about one pixel, 0.898 mm (Crow 2009); repeated measurements of skull landmarks scatter by 0.32 to more than 1 mm (2024 study).',
  },
};

export const DETECTOR_IDS: readonly DetectorId[] = ['fingertip', 'icp-transducer', 'radiograph-caliper', 'mri'];

export function isDetectorId(id: string): id is DetectorId {
  return Object.prototype.hasOwnProperty.call(DETECTORS, id);
}

export interface Detectability {
  /** true when |prediction| reaches the threshold */
  detectable: boolean;
  /** |prediction| / threshold: always finite and >= 0 (0 for zero or invalid input) */
  ratio: number;
  /** set when the input could not be used; the result then says "not detectable" */
  error?: string;
}

/** |predicted| / threshold, guarded so the UI never shows NaN or Infinity */
function safeRatio(predictedSI: number, thresholdSI: number): { ratio: number; error?: string } {
  if (typeof predictedSI !== 'number' || !Number.isFinite(predictedSI)) {
    return { ratio: 0, error: 'prediction is not a finite number' };
  }
  const r = Math.abs(predictedSI) / thresholdSI;
  // |x| / t overflows only for |x| near Number.MAX_VALUE; clamp so the ratio stays finite
  return { ratio: Number.isFinite(r) ? r : Number.MAX_VALUE };
}

/**
 * Can this detector resolve the predicted change? `predictedSI` is metres for displacement
 * detectors and pascals for the ICP transducer; the sign is ignored (a detector sees size).
 * Invalid input (unknown detector, NaN, Infinity) gives { detectable: false, ratio: 0, error }.
 */
export function detectability(detectorId: DetectorId, predictedSI: number): Detectability {
  if (!isDetectorId(detectorId)) {
    return { detectable: false, ratio: 0, error: `unknown detector "${String(detectorId)}"` };
  }
  const { ratio, error } = safeRatio(predictedSI, DETECTORS[detectorId].thresholdSI);
  return error ? { detectable: false, ratio, error } : { detectable: ratio >= 1, ratio };
}

export interface DetectabilityBand {
  /** ratio against the most sensitive end of the threshold range (largest ratio) */
  best: Detectability;
  /** ratio against the nominal threshold */
  nominal: Detectability;
  /** ratio against the least sensitive end (smallest ratio) */
  worst: Detectability;
  /** the verdict does not change anywhere within the threshold's range */
  robust: boolean;
}

/**
 * The same comparison across the detector's whole threshold range, so the app can say whether
 * "far below detection" survives the uncertainty in the threshold itself.
 */
export function detectabilityBand(detectorId: DetectorId, predictedSI: number): DetectabilityBand {
  const nominal = detectability(detectorId, predictedSI);
  if (nominal.error) return { best: nominal, nominal, worst: nominal, robust: true };
  const { min, max } = DETECTORS[detectorId].rangeSI;
  const at = (t: number): Detectability => {
    const { ratio } = safeRatio(predictedSI, t);
    return { detectable: ratio >= 1, ratio };
  };
  const best = at(min);
  const worst = at(max);
  return { best, nominal, worst, robust: best.detectable === worst.detectable };
}
