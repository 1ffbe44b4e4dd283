// The lecture's eight steps: what each one sets up (through the app state, the same plain data a
// link or the embed API sets) and the caption the hall reads. No DOM here, so the captions are
// unit-tested in Node.
//
// Captions are computed from the model every time they are shown, for the state now on screen:
// a teacher who drags the force to 500 g in step 2 sees the caption's numbers follow. No number
// in a caption is typed here; each comes from the model, its parameter tables or its cited
// content, and carries its unit. Wording is fair: claims are called claims, model assumptions are
// called the model's, and where a rhythm does exist (Mayer waves at about the claimed rate) the
// caption says so. Where a caption states the bone's motion it also states the finger's: how far
// it sinks into the scalp (tens of µm under a nickel), which is what a practitioner feels give.

import { TECHNIQUES, SUBJECTS, touchResponse, cardiacPulseMmHg, watchedContact, type TouchResponse } from '../../model/index';
import { scaleComparison, forceFinder } from '../../model/contrasts/index';
import { DETECTORS } from '../../model/content/detectors';
import { CRI_BAND_PER_MIN, DOWNEY_2006 } from '../../model/content/reliability';
import { REFERENCE_FORCES } from '../../model/content/reference-scales';
import { memoize } from '../../model/memo';
import { gramsToNewtons } from '../../model/units';
import type { AppState } from '../../state/app-state';
import { FORCE_MARKS_G, LECTURE_STEP_RANGE } from '../../state/ranges';
import { shownExaggeration } from '../../state/exaggeration';
import { formatForceG, formatForceN, formatLength, formatNumber, formatPressure } from '../format';
import { formatDecimal, t } from '../../i18n/index';
import { lengthSentence, pressureSentence, scalpSentence } from '../tabs/scale-words';
import { BONE_NAMES_IN_TEXT, SUBJECT_LABELS, platesNoScalp } from '../labels';

export interface LectureStep {
  /** 1-based, as in `?step=` */
  n: number;
  title: string;
  /** what the step sets up; applied when the step is entered (keys not listed are kept) */
  setup: Partial<AppState>;
  /** the caption for the state now on screen, every number from the model, with units */
  caption(s: AppState): string;
}

const nickelG = FORCE_MARKS_G.nickel;

/** A ratio as people read it: "21,000 times", "4.2 × 10⁶ times" (2 significant figures). */
function times(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio <= 0) return t('lecture.timesUnknown');
  if (ratio >= 1000 && ratio < 1e6) return t('app.format.times', { n: formatDecimal(Number(ratio.toPrecision(2)), { useGrouping: true }) });
  return t('app.format.times', { n: formatNumber(ratio, { sig: 2, sciBelow: 1e-3 }) });
}

/** An exaggeration factor as the scene's overlay writes it: "1,000,000". */
function factor(x: number): string {
  return formatDecimal(x, { maximumSignificantDigits: 3, useGrouping: true });
}

function boneOf(s: AppState): string {
  return BONE_NAMES_IN_TEXT[TECHNIQUES[s.technique].watchedBone];
}

/** "your fingertip sinks 42 µm into the scalp" (the readouts' units), or the plates' plain words */
function fingerSinks(s: AppState, r: TouchResponse): string {
  const kind = watchedContact(TECHNIQUES[s.technique]).kind;
  if (kind === 'plate') return platesNoScalp();
  return t('lecture.fingerSinks', { kind, length: formatLength(r.scalpCompressionM) });
}

function touchNow(s: AppState) {
  return touchResponse({ subject: s.subject, technique: s.technique, forceN: gramsToNewtons(s.forceG) });
}

// forceFinder bisects touchResponse (~0.2-0.4 s); its answer depends on subject and technique only.
const finderFor = memoize(
  (s: AppState) => forceFinder({ subject: s.subject, technique: s.technique }),
  (s) => `${s.subject}|${s.technique}`,
);

const fingertip = DETECTORS.fingertip;
const caliper = DETECTORS['radiograph-caliper'];
const fracture = REFERENCE_FORCES.find((r) => r.id === 'skull-fracture');

export const LECTURE_STEPS: readonly LectureStep[] = [
  {
    n: 1,
    get title() {
      return t('lecture.s1.title');
    },
    setup: { view: 'sim', subject: 'adult', technique: 'vault-hold', forceG: nickelG, cutaway: true, trueScale: false, playing: true },
    caption: (s) => {
      const p = SUBJECTS[s.subject].params;
      return t('lecture.s1.caption', {
        subject: SUBJECT_LABELS[s.subject],
        csf: formatNumber(p.csfVolume.value, { sig: 3 }),
        icp: formatPressure(p.restingIcp.value),
        cutaway: s.cutaway ? 'on' : 'off',
      });
    },
  },
  {
    n: 2,
    get title() {
      return t('lecture.s2.title');
    },
    setup: { view: 'sim', subject: 'adult', technique: 'vault-hold', forceG: nickelG, cutaway: false, trueScale: false, playing: true },
    caption: (s) => {
      const r = touchNow(s);
      const shown = shownExaggeration(s);
      return t('lecture.s2.caption', {
        nickel: formatForceG(nickelG),
        force: formatForceG(s.forceG),
        newtons: formatForceN(gramsToNewtons(s.forceG)),
        bone: boneOf(s),
        moves: formatLength(r.boneDisplacementM),
        icp: formatPressure(r.icpChangeMmHg, { signed: true }),
        sinks: fingerSinks(s, r),
        trueScale: shown === 1 ? 'yes' : 'no',
        factor: factor(shown),
      });
    },
  },
  {
    n: 3,
    get title() {
      return t('lecture.s3.title');
    },
    setup: { view: 'scale', subject: 'adult', technique: 'vault-hold', forceG: nickelG },
    caption: (s) => {
      const c = scaleComparison({ subject: s.subject, technique: s.technique, forceN: gramsToNewtons(s.forceG) });
      // the Scale tab's own sentences (in the reader's language); the scalp sentence carries the
      // fingertip's threshold (~20 µm) and the scalp/bone ratio
      return `${lengthSentence(c)} ${pressureSentence(c)} ${scalpSentence(c)}`;
    },
  },
  {
    n: 4,
    get title() {
      return t('lecture.s4.title');
    },
    setup: { view: 'sim', subject: 'adult', technique: 'vault-hold', forceG: nickelG, cutaway: true, speed: 1, playing: true },
    caption: (s) => {
      const p = SUBJECTS[s.subject].params;
      return t('lecture.s4.caption', {
        min: formatNumber(CRI_BAND_PER_MIN.min),
        max: formatNumber(CRI_BAND_PER_MIN.max),
        heart: formatNumber(p.heartRate.value, { sig: 3 }),
        pulse: formatPressure(cardiacPulseMmHg(s.subject)),
        breathing: formatNumber(p.breathingRate.value, { sig: 3 }),
        mayer: formatNumber(p.mayerFrequency.value * 60, { sig: 2 }),
      });
    },
  },
  {
    n: 5,
    get title() {
      return t('lecture.s5.title');
    },
    setup: { view: 'rhythm', subject: 'adult' },
    caption: (s) => {
      // per minute, as the spectrum's axis and the claimed band are labelled (not Hz beside /min)
      const p = SUBJECTS[s.subject].params;
      return t('lecture.s5.caption', {
        heart: formatNumber(p.heartRate.value, { sig: 2 }),
        breathing: formatNumber(p.breathingRate.value, { sig: 2 }),
        mayer: formatNumber(p.mayerFrequency.value * 60, { sig: 2 }),
        min: formatNumber(CRI_BAND_PER_MIN.min),
        max: formatNumber(CRI_BAND_PER_MIN.max),
      });
    },
  },
  {
    n: 6,
    get title() {
      return t('lecture.s6.title');
    },
    // the panel shows the study's top load, the force the caption's model figures are for
    setup: { view: 'downey', subject: 'rabbit', technique: 'downey-distraction', forceG: DOWNEY_2006.mainSeries[DOWNEY_2006.mainSeries.length - 1].loadG },
    caption: (s) => {
      const top = DOWNEY_2006.mainSeries[DOWNEY_2006.mainSeries.length - 1];
      const r = touchNow(s);
      return t('lecture.s6.caption', {
        animals: DOWNEY_2006.animals,
        low: formatForceG(DOWNEY_2006.mainSeries[0].loadG),
        high: formatForceG(top.loadG),
        separation: `${formatNumber(DOWNEY_2006.firstMovement.separationMm)} mm`,
        firstAt: formatForceG(DOWNEY_2006.firstMovement.loadG),
        subject: SUBJECT_LABELS[s.subject],
        force: formatForceG(s.forceG),
        direction: r.sutureGapChangeM >= 0 ? 'opens' : 'closes',
        gap: formatLength(Math.abs(r.sutureGapChangeM)),
        icp: formatPressure(r.icpChangeMmHg, { signed: true }),
        detectable: Math.abs(r.sutureGapChangeM) < caliper.thresholdSI && Math.abs(r.icpChangeMmHg) < DETECTORS['icp-transducer'].display.value ? 'no' : 'yes',
        caliper: `${formatNumber(caliper.display.value)} ${caliper.display.unit}`,
      });
    },
  },
  {
    n: 7,
    get title() {
      return t('lecture.s7.title');
    },
    setup: { view: 'finder', subject: 'adult', technique: 'vault-hold', forceG: nickelG },
    caption: (s) => {
      const f = finderFor(s);
      const bone = f.targets.find((x) => x.id === 'fingertip-bone');
      const sc = f.targets.find((x) => x.id === 'fingertip-scalp');
      const felt = `${formatNumber(fingertip.display.value)} ${fingertip.display.unit}`;
      const fr = fracture ? ` ${t('lecture.s7.fracture', { load: `${formatNumber(fracture.display.value)} ${fracture.display.unit}` })}` : '';
      // what the fingertip does feel: the scalp's 20 µm, at a few grams (plates press no scalp)
      const scalp =
        sc && sc.forceG !== null && !sc.notApplicable
          ? ` ${t('lecture.s7.scalp', { felt, force: formatForceG(sc.forceG) })}`
          : sc?.notApplicable
            ? ` ${platesNoScalp()}.`
            : '';
      if (!bone || bone.forceG === null) return t('lecture.s7.none', { bone: boneOf(s), felt }) + scalp + fr;
      return (
        t('lecture.s7.caption', {
          bone: boneOf(s),
          felt,
          force: formatForceG(bone.forceG),
          newtons: formatForceN(bone.forceN ?? 0),
          times: times(bone.timesNickel ?? NaN),
        }) +
        scalp +
        fr
      );
    },
  },
  {
    n: 8,
    get title() {
      return t('lecture.s8.title');
    },
    setup: { view: 'sim', subject: 'adult', technique: 'vault-hold', forceG: nickelG, cutaway: false, trueScale: false, playing: true },
    caption: (s) => {
      const r = touchNow(s);
      const pulseRatio = Math.abs(r.icpChangeMmHg) > 0 ? cardiacPulseMmHg(s.subject) / Math.abs(r.icpChangeMmHg) : Infinity;
      const felt = r.scalpCompressionM >= fingertip.thresholdSI;
      return t('lecture.s8.caption', {
        force: formatForceG(s.forceG),
        bone: boneOf(s),
        moves: formatLength(r.boneDisplacementM),
        below: times(fingertip.thresholdSI / Math.max(Math.abs(r.boneDisplacementM), Number.MIN_VALUE)),
        sinks: fingerSinks(s, r),
        icp: formatPressure(r.icpChangeMmHg, { signed: true }),
        hasPulse: Number.isFinite(pulseRatio) ? 'yes' : 'no',
        smaller: Number.isFinite(pulseRatio) ? times(pulseRatio) : '',
        pulse: formatPressure(cardiacPulseMmHg(s.subject)),
        felt: felt ? 'yes' : 'no',
      });
    },
  },
];

if (LECTURE_STEPS.length !== LECTURE_STEP_RANGE.max) {
  // A mismatch would let ?step= name a step that does not exist (or hide one).
  throw new Error(`LECTURE_STEPS has ${LECTURE_STEPS.length} steps but LECTURE_STEP_RANGE.max is ${LECTURE_STEP_RANGE.max}`);
}

/** The step for a (1-based) number, clamped into range; never undefined. */
export function stepAt(n: number): LectureStep {
  const i = Number.isFinite(n) ? Math.min(LECTURE_STEPS.length, Math.max(1, Math.round(n))) - 1 : 0;
  return LECTURE_STEPS[i];
}

/** The caption for the state, with a plain message instead of a crash if the model refuses. */
export function captionFor(s: AppState): string {
  try {
    return stepAt(s.step).caption(s);
  } catch (e) {
    return t('lecture.captionFailed', { reason: e instanceof Error ? e.message : String(e) });
  }
}
