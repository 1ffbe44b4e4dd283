// Familiar yardsticks for the Scale view: lengths from an atom to a coin, everyday ICP swings
// (heartbeat, breathing, standing up, a strain or cough) and reference forces, each with its
// range, unit, source and confidence. `sentenceForLength` turns a predicted displacement into
// the one-line comparison the Scale view shows ("about 1/130 of the width of a red blood cell").
// Pure data + arithmetic: no DOM, no three.

import { lengthUnitFor, mmHgToPa } from '../units';
import { DETECTORS } from './detectors';
import { referenceIn } from './reference-forces';
import type { Confidence, SourceId } from './sources';

export interface Reference {
  id: string;
  /** short label for the scale's tick, e.g. "Red blood cell" */
  label: string;
  /** noun phrase used in sentences, e.g. "the width of a red blood cell" */
  phrase: string;
  /** SI value: m, Pa or N */
  valueSI: number;
  rangeSI: { min: number; max: number };
  display: { value: number; min: number; max: number; unit: string };
  /** studies behind the number; empty for everyday textbook facts (then `basis` says so) */
  sourceIds: readonly SourceId[];
  /** where the number comes from when no study is cited, or a caveat */
  basis?: string;
  confidence: Confidence;
}

export interface ReferenceLength extends Reference {
  /** may anchor the comparison sentence (familiar objects only, not instruments) */
  sentenceAnchor: boolean;
  /** 'everyday' objects, or the resolution of a 'detector' */
  kind: 'everyday' | 'detector';
}

const NM = 1e-9;
const UM = 1e-6;
const MM = 1e-3;

const length = (
  id: string,
  label: string,
  phrase: string,
  [value, min, max]: [number, number, number],
  unit: 'nm' | 'µm' | 'mm',
  rest: Pick<ReferenceLength, 'sourceIds' | 'confidence' | 'sentenceAnchor' | 'kind'> & { basis?: string },
): ReferenceLength => {
  const k = unit === 'nm' ? NM : unit === 'µm' ? UM : MM;
  return {
    id,
    label,
    phrase,
    valueSI: value * k,
    rangeSI: { min: min * k, max: max * k },
    display: { value, min, max, unit },
    ...rest,
  };
};

const detectorLength = (id: 'fingertip' | 'radiograph-caliper' | 'mri', label: string, phrase: string): ReferenceLength => {
  const d = DETECTORS[id];
  return {
    id: `${id}-threshold`,
    label,
    phrase,
    valueSI: d.thresholdSI,
    rangeSI: { ...d.rangeSI },
    display: { ...d.display },
    sourceIds: d.sourceIds,
    basis: d.rationale,
    confidence: d.confidence,
    sentenceAnchor: false,
    kind: 'detector',
  };
};

const TEXTBOOK = 'textbook value, recalled (not re-checked in a study)';

/** Reference lengths, smallest first. */
export const REFERENCE_LENGTHS: readonly ReferenceLength[] = [
  length('atom', 'Atom', 'the width of an atom', [0.1, 0.1, 0.3], 'nm', {
    sourceIds: [],
    basis: `${TEXTBOOK}: atomic diameters run from ~0.1 nm (hydrogen) to ~0.3 nm`,
    confidence: 'recalled',
    sentenceAnchor: true,
    kind: 'everyday',
  }),
  length('cell-membrane', 'Cell membrane', 'the thickness of a cell membrane', [7.5, 5, 10], 'nm', {
    sourceIds: [],
    basis: TEXTBOOK,
    confidence: 'recalled',
    sentenceAnchor: true,
    kind: 'everyday',
  }),
  length('visible-light', 'Wavelength of green light', 'the wavelength of green light', [550, 380, 750], 'nm', {
    sourceIds: [],
    basis: `${TEXTBOOK}: visible light spans ~380-750 nm`,
    confidence: 'recalled',
    sentenceAnchor: false,
    kind: 'everyday',
  }),
  length('bacterium', 'Bacterium', 'the width of a bacterium', [1, 0.5, 2], 'µm', {
    sourceIds: [],
    basis: `${TEXTBOOK}: e.g. E. coli is ~1 µm wide`,
    confidence: 'recalled',
    sentenceAnchor: false,
    kind: 'everyday',
  }),
  length('red-blood-cell', 'Red blood cell', 'the width of a red blood cell', [7.5, 6.2, 8.5], 'µm', {
    sourceIds: [],
    basis: `${TEXTBOOK}: human red cell diameter ~7.5-8 µm`,
    confidence: 'recalled',
    sentenceAnchor: true,
    kind: 'everyday',
  }),
  detectorLength('fingertip', 'Fingertip detection threshold', "the smallest movement a still fingertip notices"),
  length('hair', 'Human hair', 'the thickness of a human hair', [70, 50, 100], 'µm', {
    sourceIds: [],
    basis: `${TEXTBOOK}: typical scalp hair 50-100 µm (some are thinner or thicker)`,
    confidence: 'recalled',
    sentenceAnchor: true,
    kind: 'everyday',
  }),
  detectorLength('radiograph-caliper', 'Radiograph + caliper resolution', 'what a radiograph and caliper can resolve'),
  length('credit-card', 'Credit card', 'the thickness of a credit card', [0.76, 0.68, 0.84], 'mm', {
    sourceIds: [],
    basis: 'ISO/IEC 7810 ID-1 card thickness 0.76 mm (recalled)',
    confidence: 'recalled',
    sentenceAnchor: true,
    kind: 'everyday',
  }),
  detectorLength('mri', 'MRI pixel', 'one MRI pixel'),
  length('nickel-thickness', 'US nickel (thickness)', 'the thickness of a US nickel', [1.95, 1.9, 2.0], 'mm', {
    sourceIds: [],
    basis: 'US Mint specification 1.95 mm (recalled); the nickel also sets the 5 g touch',
    confidence: 'recalled',
    sentenceAnchor: true,
    kind: 'everyday',
  }),
  length('nickel-diameter', 'US nickel (diameter)', 'the diameter of a US nickel', [21.21, 21.2, 21.3], 'mm', {
    sourceIds: [],
    basis: 'US Mint specification 21.21 mm (recalled)',
    confidence: 'recalled',
    sentenceAnchor: true,
    kind: 'everyday',
  }),
];

/** A pressure given in mmHg: its value and range in Pa, shown in mmHg. */
const pressure = referenceIn(mmHgToPa, 'mmHg');

/**
 * Everyday ICP swings in a healthy adult, as magnitudes (the Scale view is logarithmic).
 * Values are changes or peak-to-peak swings, not absolute pressures, except `resting-icp`.
 */
export const REFERENCE_PRESSURES: readonly Reference[] = [
  // No healthy-subject figure was found in this pass; 1 mmHg (0.5-2) matches the model's own
  // respiratory-wave parameter (src/model/subjects.ts) and the usual description of respiratory
  // waves as similar to or smaller than the cardiac pulse when lying still.
  pressure('breathing-wave', 'Breathing wave', "the ICP swing of one breath", [1, 0.5, 2], {
    sourceIds: ['czosnykaPickard2004', 'sakka2011'],
    basis: 'size not found for healthy people; our estimate, labelled as such in the app',
    confidence: 'inferred',
  }),
  pressure('heartbeat-pulse', 'Heartbeat pulse', "the ICP pulse of one heartbeat", [2, 1, 4], {
    sourceIds: ['czosnykaPickard2004'],
    basis: '1-4 mmHg peak-to-peak at normal ICP, growing as mean ICP rises',
    confidence: 'recalled',
  }),
  // Derived, not measured in one person: Norager 2021 reference intervals are 0.9-16.3 mmHg supine
  // (midpoint 8.6) and -5.9 to 8.3 mmHg upright (midpoint 1.2): a fall of about 7 mmHg. The range
  // 4-15 mmHg is our judgement of person-to-person spread.
  pressure('lying-to-standing', 'Lying down → standing up', 'the ICP fall on standing up', [7, 4, 15], {
    sourceIds: ['norager2021', 'andresen2015'],
    basis: 'difference of the supine and upright reference-interval midpoints (8.6 → 1.2 mmHg); ICP falls on standing',
    confidence: 'inferred',
  }),
  pressure('resting-icp', 'Resting ICP (lying down)', 'resting ICP', [10, 0.9, 16.3], {
    sourceIds: ['norager2021', 'malm2011'],
    basis: 'supine reference interval 0.9-16.3 mmHg; healthy elderly median 11.6 mmHg',
    confidence: 'read',
  }),
  // The only measured number found is for straining (Valsalva phase I: +29.4 +/- 13.5 mmHg, three
  // people with IIH, Yiangou 2023); cough peaks are brief versions of the same mechanism (Williams
  // 1976). We show it as "a cough or strain" with the +/- 1 SD range rather than claim a cough figure.
  pressure('cough-or-strain', 'A cough or strain', 'the ICP spike of a cough or strain', [30, 16, 43], {
    sourceIds: ['yiangou2023', 'williams1976'],
    basis: 'measured for straining (Valsalva) in 3 patients; a cough is assumed similar in size but briefer',
    confidence: 'read',
  }),
];

// the reference forces are a file of their own (the panel's force finder needs them, not the rest)
export { REFERENCE_FORCES } from './reference-forces';

/**
 * The push the heartbeat's own ICP pulse gives a bone from inside: pressure swing x bone area.
 * E.g. 2 mmHg over a parietal bone of ~0.01 m^2 is ~2.7 N, about 50 times the 5 g touch.
 * Returns 0 for invalid input so the view never shows NaN.
 */
export function heartbeatPushN(boneAreaM2: number, pulseMmHg = 2): number {
  if (!Number.isFinite(boneAreaM2) || !Number.isFinite(pulseMmHg) || boneAreaM2 <= 0 || pulseMmHg <= 0) return 0;
  return mmHgToPa(pulseMmHg) * boneAreaM2;
}

// ------------------------------------------------------------------ comparison sentences

/** within this factor of an anchor we say "about the size of" rather than a fraction */
const SAME_SIZE_FACTOR = 1.3;
/** beyond a million-fold we stop quoting digits: the number would be noise */
const MAX_QUOTED_FACTOR = 1e6;

/** Round to n significant figures (n >= 1); 125 -> 130 with n = 2. */
export function roundSig(x: number, n = 2): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = Math.pow(10, n - 1 - Math.floor(Math.log10(Math.abs(x))));
  return Math.round(x * p) / p;
}

/** 1300 -> "1,300": locale-independent so tests and screenshots are stable */
function groupDigits(n: number): string {
  const s = String(Math.round(n));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A factor as people say it: integers below 10, two significant figures above ("45,000"). */
export function sayFactor(f: number): string {
  return f < 10 ? String(Math.round(f)) : groupDigits(roundSig(f, 2));
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** 2 significant figures; scientific "2.5 × 10⁻⁷" outside 0.001-999 999 so text never shows "e-7" */
export function formatNumber2(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e3) return String(Number(roundSig(x, 2).toPrecision(2)));
  if (a >= 1e3 && a < 1e6) return (x < 0 ? '-' : '') + groupDigits(roundSig(a, 2));
  const exp = Math.floor(Math.log10(a));
  let mant = roundSig(x / Math.pow(10, exp), 2);
  let e = exp;
  if (Math.abs(mant) >= 10) {
    mant /= 10;
    e += 1;
  }
  const sup = String(e).split('').map((ch) => SUPERSCRIPT[ch] ?? ch).join('');
  return `${Number(mant.toPrecision(2))} × 10${sup}`;
}

/** Length in the unit units.ts lengthUnitFor picks (the same as every readout), 2 significant
 *  figures, e.g. 6e-8 -> "60 nm". */
export function formatLengthM(m: number): string {
  if (!Number.isFinite(m)) return '— m';
  if (m === 0) return '0 m';
  const u = lengthUnitFor(m);
  return `${formatNumber2(m / u.m)} ${u.unit}`;
}

export interface Comparison {
  /** the reference the sentence is built on (undefined for zero or invalid input) */
  anchorId?: string;
  /** predicted / anchor (>= 0); 0 for zero or invalid input */
  ratio: number;
  /** e.g. "about 1/130 of the width of a red blood cell" */
  text: string;
}

function compareTo(value: number, anchors: readonly Reference[], zeroText: string): Comparison {
  if (!Number.isFinite(value)) return { ratio: 0, text: 'not a valid number, so no comparison is shown' };
  const v = Math.abs(value);
  if (v === 0) return { ratio: 0, text: zeroText };
  const sorted = [...anchors].sort((a, b) => a.valueSI - b.valueSI);
  const near = sorted.find((a) => v / a.valueSI <= SAME_SIZE_FACTOR && a.valueSI / v <= SAME_SIZE_FACTOR);
  if (near) return { anchorId: near.id, ratio: v / near.valueSI, text: `about ${near.phrase}` };
  const largest = sorted[sorted.length - 1];
  if (v > largest.valueSI) {
    const f = v / largest.valueSI;
    const times =
      f >= MAX_QUOTED_FACTOR
        ? 'more than a million times'
        : f < 1.75
          ? 'a little more than'
          : `about ${sayFactor(f)} times`;
    return { anchorId: largest.id, ratio: f, text: `${times} ${largest.phrase}` };
  }
  // nearest larger anchor: the prediction is a fraction of something familiar
  const anchor = sorted.find((a) => a.valueSI >= v) ?? largest;
  const f = anchor.valueSI / v;
  // small factors read better in words than as "1/1" or "1/2"
  const frac =
    f >= MAX_QUOTED_FACTOR
      ? 'less than a millionth of'
      : f < 1.75
        ? 'a little less than'
        : f < 2.5
          ? 'about half of'
          : `about 1/${sayFactor(f)} of`;
  return { anchorId: anchor.id, ratio: v / anchor.valueSI, text: `${frac} ${anchor.phrase}` };
}

/** Compare a length (m, sign ignored) with the nearest larger familiar object. */
export function compareLength(predictedM: number): Comparison {
  return compareTo(
    predictedM,
    REFERENCE_LENGTHS.filter((r) => r.sentenceAnchor),
    'no movement at all in the model',
  );
}

/**
 * The Scale view's sentence, e.g.
 * sentenceForLength(6e-8) -> "This touch moves the bone about 1/130 of the width of a red blood cell (60 nm)."
 * `subject` is the start of the sentence, so views can name the bone.
 */
export function sentenceForLength(predictedM: number, subject = 'This touch moves the bone'): string {
  if (!Number.isFinite(predictedM)) return 'No comparison: the predicted movement is not a valid number.';
  if (predictedM === 0) return `${subject} 0 m: no movement at all in the model.`;
  const c = compareLength(predictedM);
  return `${subject} ${c.text} (${formatLengthM(Math.abs(predictedM))}).`;
}

/** Pressure anchors: the everyday ICP swings (not resting ICP, which is a level, not a change). */
const PRESSURE_ANCHORS = REFERENCE_PRESSURES.filter((r) => r.id !== 'resting-icp');

/** Compare an ICP change (Pa, sign ignored) with everyday ICP swings. */
export function comparePressure(predictedPa: number): Comparison {
  return compareTo(predictedPa, PRESSURE_ANCHORS, 'no ICP change at all in the model');
}

/** e.g. "This touch changes ICP by about 1/4,000 of the ICP swing of one breath (0.00025 mmHg)." (sign ignored) */
export function sentenceForPressure(predictedPa: number, subject = 'This touch changes ICP by'): string {
  if (!Number.isFinite(predictedPa)) return 'No comparison: the predicted ICP change is not a valid number.';
  if (predictedPa === 0) return `${subject} 0 mmHg: no ICP change at all in the model.`;
  const c = comparePressure(predictedPa);
  return `${subject} ${c.text} (${formatNumber2(Math.abs(predictedPa) / mmHgToPa(1))} mmHg).`;
}
