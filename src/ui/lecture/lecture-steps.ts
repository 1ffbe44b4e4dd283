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
import { scaleComparison, forceFinder, BONE_NAMES, CONTACT_WORDS, PLATES_NO_SCALP } from '../../model/contrasts/index';
import { DETECTORS } from '../../model/content/detectors';
import { CRI_BAND_PER_MIN, DOWNEY_2006 } from '../../model/content/reliability';
import { REFERENCE_FORCES } from '../../model/content/reference-scales';
import { memoize } from '../../model/memo';
import { gramsToNewtons } from '../../model/units';
import type { AppState } from '../../state/app-state';
import { FORCE_MARKS_G, LECTURE_STEP_RANGE } from '../../state/ranges';
import { shownExaggeration } from '../../state/exaggeration';
import { formatForceG, formatForceN, formatLength, formatNumber, formatPressure } from '../format';

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
  if (!Number.isFinite(ratio) || ratio <= 0) return 'an unknown number of times';
  if (ratio >= 1000 && ratio < 1e6) return `${Number(ratio.toPrecision(2)).toLocaleString('en-US')} times`;
  return `${formatNumber(ratio, { sig: 2, sciBelow: 1e-3 })} times`;
}

/** An exaggeration factor as the scene's overlay writes it: "1,000,000". */
function factor(x: number): string {
  return x.toLocaleString('en-US', { maximumSignificantDigits: 3 });
}

function boneOf(s: AppState): string {
  return BONE_NAMES[TECHNIQUES[s.technique].watchedBone];
}

/** "your fingertip sinks 42 µm into the scalp" (the readouts' units), or the plates' plain words */
function fingerSinks(s: AppState, r: TouchResponse): string {
  const kind = watchedContact(TECHNIQUES[s.technique]).kind;
  if (kind === 'plate') return PLATES_NO_SCALP;
  return `your ${CONTACT_WORDS[kind]} sinks ${formatLength(r.scalpCompressionM)} into the scalp`;
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
    title: 'The anatomy',
    setup: { view: 'sim', subject: 'adult', technique: 'vault-hold', forceG: nickelG, cutaway: true, trueScale: false, playing: true },
    caption: (s) => {
      const p = SUBJECTS[s.subject].params;
      return (
        `${SUBJECTS[s.subject].label}: the vault is made of the frontal, two parietal, occipital and two temporal bones, ` +
        `joined by sutures. Inside, about ${formatNumber(p.csfVolume.value, { sig: 3 })} mL of cerebrospinal fluid (CSF) ` +
        `surrounds the brain at a resting pressure (ICP) of about ${formatPressure(p.restingIcp.value)}. ` +
        (s.cutaway ? `The cutaway shows the CSF space and the ventricles.` : `Turn on the cutaway to see the CSF space and the ventricles.`)
      );
    },
  },
  {
    n: 2,
    title: "A nickel's touch",
    setup: { view: 'sim', subject: 'adult', technique: 'vault-hold', forceG: nickelG, cutaway: false, trueScale: false, playing: true },
    caption: (s) => {
      const r = touchNow(s);
      const shown = shownExaggeration(s);
      return (
        `A craniosacral touch is about ${formatForceG(nickelG)}, the weight of a nickel; ` +
        `here ${formatForceG(s.forceG)} (${formatForceN(gramsToNewtons(s.forceG))}). ` +
        `The model moves the ${boneOf(s)} by ${formatLength(r.boneDisplacementM)} and changes ICP by ` +
        `${formatPressure(r.icpChangeMmHg, { signed: true })}; ${fingerSinks(s, r)}. ` +
        (shown === 1
          ? `The scene shows bone motion at true scale: nothing visible moves.`
          : `The scene magnifies bone motion ${factor(shown)} times, or you would see nothing.`)
      );
    },
  },
  {
    n: 3,
    title: 'The scale',
    setup: { view: 'scale', subject: 'adult', technique: 'vault-hold', forceG: nickelG },
    caption: (s) => {
      const c = scaleComparison({ subject: s.subject, technique: s.technique, forceN: gramsToNewtons(s.forceG) });
      // the scalp sentence carries the fingertip's threshold (~20 µm) and the scalp/bone ratio
      return `${c.sentence} ${c.pressureSentence} ${c.scalpSentence}`;
    },
  },
  {
    n: 4,
    title: 'The claimed rhythm',
    setup: { view: 'sim', subject: 'adult', technique: 'vault-hold', forceG: nickelG, cutaway: true, speed: 1, playing: true },
    caption: (s) => {
      const p = SUBJECTS[s.subject].params;
      return (
        `Practitioners describe a "cranial rhythm" of ${CRI_BAND_PER_MIN.min}-${CRI_BAND_PER_MIN.max} cycles per minute (a claim). ` +
        `Measured ICP has rhythms of its own, and the chart shows the model's: the heartbeat ` +
        `(${formatNumber(p.heartRate.value, { sig: 3 })} per minute, about ${formatPressure(cardiacPulseMmHg(s.subject))}), ` +
        `breathing (${formatNumber(p.breathingRate.value, { sig: 3 })} per minute) and slower Mayer waves ` +
        `(${formatNumber(p.mayerFrequency.value * 60, { sig: 2 })} per minute). No known physiology drives a separate cranial rhythm.`
      );
    },
  },
  {
    n: 5,
    title: 'The spectrum',
    setup: { view: 'rhythm', subject: 'adult' },
    caption: (s) => {
      // per minute, as the spectrum's axis and the claimed band are labelled (not Hz beside /min)
      const p = SUBJECTS[s.subject].params;
      return (
        `The spectrum of simulated resting ICP: peaks at the heartbeat (${formatNumber(p.heartRate.value, { sig: 2 })}/min), ` +
        `breathing (${formatNumber(p.breathingRate.value, { sig: 2 })}/min) and Mayer waves ` +
        `(${formatNumber(p.mayerFrequency.value * 60, { sig: 2 })}/min). The shaded band is the claimed ` +
        `${CRI_BAND_PER_MIN.min}–${CRI_BAND_PER_MIN.max}/min. ` +
        `Mayer waves fall inside it: one candidate for what hands feel, without any bone moving.`
      );
    },
  },
  {
    n: 6,
    title: 'The 2006 replay',
    // the panel shows the study's top load, the force the caption's model figures are for
    setup: { view: 'downey', subject: 'rabbit', technique: 'downey-distraction', forceG: DOWNEY_2006.mainSeries[DOWNEY_2006.mainSeries.length - 1].loadG },
    caption: (s) => {
      const top = DOWNEY_2006.mainSeries[DOWNEY_2006.mainSeries.length - 1];
      const r = touchNow(s);
      return (
        `Downey and colleagues (2006) pulled across the coronal suture of ${DOWNEY_2006.animals} rabbits with ` +
        `${formatForceG(DOWNEY_2006.mainSeries[0].loadG)} to ${formatForceG(top.loadG)}: no suture separation, no ICP change. ` +
        `In one animal the suture first separated (${formatNumber(DOWNEY_2006.firstMovement.separationMm)} mm) at ` +
        `${formatForceG(DOWNEY_2006.firstMovement.loadG)}. The model, ${SUBJECTS[s.subject].label.toLowerCase()} at ${formatForceG(s.forceG)}: the gap ` +
        `${r.sutureGapChangeM >= 0 ? 'opens' : 'closes'} ${formatLength(Math.abs(r.sutureGapChangeM))} and ICP changes ${formatPressure(r.icpChangeMmHg, { signed: true })}, ` +
        (Math.abs(r.sutureGapChangeM) < caliper.thresholdSI && Math.abs(r.icpChangeMmHg) < DETECTORS['icp-transducer'].display.value
          ? `below a radiograph's ~${caliper.display.value} ${caliper.display.unit} and a transducer's resolution.`
          : `enough for a radiograph (~${caliper.display.value} ${caliper.display.unit}) or a transducer to register.`)
      );
    },
  },
  {
    n: 7,
    title: 'The force finder',
    setup: { view: 'finder', subject: 'adult', technique: 'vault-hold', forceG: nickelG },
    caption: (s) => {
      const f = finderFor(s);
      const t = f.targets.find((x) => x.id === 'fingertip-bone');
      const sc = f.targets.find((x) => x.id === 'fingertip-scalp');
      const fr = fracture ? ` An adult skull fractures at about ${formatNumber(fracture.display.value)} ${fracture.display.unit}.` : '';
      // what the fingertip does feel: the scalp's 20 µm, at a few grams (plates press no scalp)
      const scalp =
        sc && sc.forceG !== null && !sc.notApplicable
          ? ` The scalp gives those ${fingertip.display.value} ${fingertip.display.unit} at ${formatForceG(sc.forceG)}.`
          : sc?.notApplicable
            ? ` ${PLATES_NO_SCALP}.`
            : '';
      if (!t || t.forceG === null) {
        return `In the model, no force a hand could give moves the ${boneOf(s)} enough for a fingertip to feel (${fingertip.display.value} ${fingertip.display.unit}).${scalp}${fr}`;
      }
      return (
        `How hard must a hand press for a fingertip to feel the ${boneOf(s)} move ` +
        `(${fingertip.display.value} ${fingertip.display.unit})? The model: ${formatForceG(t.forceG)} ` +
        `(${formatForceN(t.forceN ?? 0)}), ${times(t.timesNickel ?? NaN)} a nickel's touch.${scalp}${fr}`
      );
    },
  },
  {
    n: 8,
    title: 'Summary',
    setup: { view: 'sim', subject: 'adult', technique: 'vault-hold', forceG: nickelG, cutaway: false, trueScale: false, playing: true },
    caption: (s) => {
      const r = touchNow(s);
      const pulseRatio = Math.abs(r.icpChangeMmHg) > 0 ? cardiacPulseMmHg(s.subject) / Math.abs(r.icpChangeMmHg) : Infinity;
      const felt = r.scalpCompressionM >= fingertip.thresholdSI;
      return (
        `${formatForceG(s.forceG)} on the ${boneOf(s)}: ${formatLength(r.boneDisplacementM)} of bone motion, ` +
        `${times(fingertip.thresholdSI / Math.max(Math.abs(r.boneDisplacementM), Number.MIN_VALUE))} below what a fingertip feels, ` +
        `while ${fingerSinks(s, r)}; ` +
        `an ICP change of ${formatPressure(r.icpChangeMmHg, { signed: true })}, ` +
        (Number.isFinite(pulseRatio) ? `${times(pulseRatio)} smaller than each heartbeat's ${formatPressure(cardiacPulseMmHg(s.subject))} pulse. ` : 'none at all. ') +
        (felt
          ? `What practitioners feel is real: in this model, the scalp giving, not the skull bones moving or the CSF pressure changing.`
          : `What practitioners feel is real to them; in this model it is not the skull bones moving or the CSF pressure changing under the touch.`)
      );
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
    return `(This caption could not be computed: ${e instanceof Error ? e.message : String(e)})`;
  }
}
