// Ranges, defaults and control steps of every adjustable quantity, in one place (PhET style).
// The option declarations (url-schema.ts) and the UI sliders read these, so a range changes here
// and nowhere else; clamping into them is done once, by the option kinds (option-kinds.ts).
// The unit is in each name.

export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

/**
 * Applied force, grams-force. 0.1 g is below any hand's resolution; 10 kg is far beyond any
 * cranial technique (the 2006 rabbit study went to 500 g). Default 5 g: "the weight of a nickel".
 */
export const FORCE_RANGE_G: NumberRange = { min: 0.1, max: 10_000, default: 5 };

/** Reference forces marked on the force slider, grams-force (a US nickel is 5.000 g; Downey 2006 pulled with 5-20 g and, in one animal, 500 g). */
export const FORCE_MARKS_G = {
  /** a US nickel weighs 5.000 g: the CST touch */
  nickel: 5,
  /** Downey 2006 applied 5-20 g across the rabbit coronal suture */
  downeyLow: 10,
  downeyHigh: 20,
  /** the load at which the rabbit suture first moved (0.30 mm) in Downey 2006 */
  sutureFirstMoved: 500,
} as const;

/**
 * The force slider is logarithmic (five decades), so its steps are in decades of force.
 * Arrow = 1/20 decade (x1.12), Shift+Arrow = 1/100 decade (x1.023), PageUp/Down = 1/2 decade (x3.16).
 */
export const FORCE_SLIDER_STEP_DECADES = 0.05;
export const FORCE_SLIDER_FINE_STEP_DECADES = 0.01;
export const FORCE_SLIDER_PAGE_STEP_DECADES = 0.5;

/** Simulated seconds per wall-clock second. 0.1 slows the heartbeat enough to follow one pulse. */
export const SPEED_RANGE: NumberRange = { min: 0.1, max: 10, default: 1 };

/**
 * Visual exaggeration of bone displacement in the scene (dimensionless, 1 = true scale).
 * The option's default is 'auto' (state/exaggeration.ts fits the factor to the subject); the
 * range's default, x1,000,000, is the largest factor 'auto' picks: the adult's heartbeat and a
 * 5 g touch move its vault ~4 nm, which x1e6 turns into ~4 mm on a life-size head.
 */
export const EXAGGERATION_RANGE: NumberRange = { min: 1, max: 1e9, default: 1e6 };
/** Every decade of the exaggeration's range (x1 = true scale, x10, ... x10^9): the factors the controls list. */
export const EXAGGERATION_DECADES: readonly number[] = Array.from(
  { length: Math.round(Math.log10(EXAGGERATION_RANGE.max / EXAGGERATION_RANGE.min)) + 1 },
  (_, i) => EXAGGERATION_RANGE.min * 10 ** i,
);
/** Shown motion is clipped at this fraction of the head's largest semi-axis (the scene's limit). */
export const MAX_SHOWN_FRACTION = 0.25;

/** Lecture steps, 1-based (eight steps: a lecture's worth). */
export const LECTURE_STEP_RANGE: NumberRange = { min: 1, max: 8, default: 1 };

/** Seed of the model's noise generator: a uint32, as 32-bit seeded generators take. */
export const RANDOM_SEED_RANGE: NumberRange = { min: 0, max: 0xffff_ffff, default: 1 };

/** Model time the Step button advances while paused, s: about 1/8 of an adult heartbeat (~0.85 s), so a few presses walk through one pulse. */
export const STEP_BUTTON_S = 0.1;

/**
 * Longest wall-clock gap one animation frame may turn into model time, s. A tab hidden for
 * minutes returns with one huge frame delta; without this cap the loop would try to run minutes
 * of catch-up in one frame (a freeze). 0.25 s is 15 frames at 60 Hz: invisible in normal use.
 */
export const MAX_WALL_DT_S = 0.25;

/** Charts: history window, s, and sampling rate in model time, Hz (50 Hz resolves a 1.3 Hz pulse). */
export const HISTORY_WINDOW_S = 30;
export const HISTORY_SAMPLE_HZ = 50;


/** The "ICP mean" readout's averaging window, model s: fixed, so its label never changes; 10 s
 *  spans about 12 heartbeats and 2-3 breaths of an adult. */
export const ICP_MEAN_WINDOW_S = 10;
