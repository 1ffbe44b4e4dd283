// Shared vocabulary of the numeric model: ids, the shapes of its inputs and outputs.
// Everything here is plain data in SI units unless a name says otherwise (icpMmHg, volumeML).

export type SubjectId = 'adult' | 'child' | 'infant' | 'rabbit';
export type TechniqueId =
  | 'vault-hold'
  | 'frontal-lift'
  | 'parietal-lift'
  | 'fronto-occipital-hold'
  | 'cv4'
  | 'downey-distraction';

/** The cranial vault bones the model moves. The skull base is the fixed frame. */
export type BoneId =
  | 'frontal'
  | 'parietal-left'
  | 'parietal-right'
  | 'occipital'
  | 'temporal-left'
  | 'temporal-right';

export type SutureId =
  | 'coronal-left'
  | 'coronal-right'
  | 'sagittal'
  | 'lambdoid-left'
  | 'lambdoid-right'
  | 'squamous-left'
  | 'squamous-right'
  | 'pterion-left'
  | 'pterion-right'
  | 'occipitomastoid-left'
  | 'occipitomastoid-right';

/** Head frame: x to the subject's right, y up, z forward (anterior). Metres. */
export type Vec3 = readonly [number, number, number];

/** A parameter with its value, plausible range, unit and where it comes from. */
export interface Param {
  value: number;
  min: number;
  max: number;
  /** display unit of value/min/max, e.g. 'mmHg', 'mL/min', 'GPa', 'mm' */
  unit: string;
  source: string;
  confidence: 'read' | 'secondary' | 'recalled' | 'inferred' | 'model assumption' | 'calibrated';
}

/** One hand or plate contact of a technique. */
export interface Contact {
  bone: BoneId;
  /** contact point as a direction on the unit head (normalised by the head's semi-axes) */
  site: Vec3;
  /** unit direction of the force the hand applies to the bone (head frame) */
  direction: Vec3;
  /** this contact's force as a multiple of the technique's force: the fingertips of one hand
   *  split it (shares of one hand sum to 1); opposing hands or plates each carry all of it, as a
   *  load cell between Downey's plates reads the tension each plate pulls with */
  share: number;
  /** which hand (or plate) the contact belongs to, for drawing */
  hand: 'left' | 'right' | 'frontal-plate' | 'parietal-plate';
  /** 'fingertip' pads are pressed through the scalp; 'plate' are Downey's screwed microplates */
  kind: 'fingertip' | 'palm' | 'plate';
}

/** What the time simulation reports at one instant: true values, SI (ICP in mmHg as named). */
export interface SimFrame {
  timeS: number;
  /** the force applied now, following the touch profile (ramp, hold, release), N */
  appliedForceN: number;
  /** true ICP now, mmHg */
  icpMmHg: number;
  /** the part of ICP now caused by the touch, mmHg */
  icpTouchMmHg: number;
  /** outward normal displacement of each bone from rest (touch + pulse), m */
  boneDisplacementM: Readonly<Record<BoneId, number>>;
  /** displacement of the watched bone at the contact caused by the touch alone, m (signed: + along the applied force) */
  touchDisplacementM: number;
  /** how far the watched contact sinks into the scalp, m (what the practitioner's finger feels
   *  give; 0 for Downey's plates, screwed to bone) */
  scalpCompressionM: number;
  /** the same bone and direction, touch plus the pressure pulse's push from inside, m (what
   *  simulate() reports as boneDisplacementM) */
  watchedDisplacementM: number;
  /** the technique's watched suture, touch plus pressure plus the plates' toe (what touchResponse
   *  reports as sutureGapChangeM, live), m (positive = wider) */
  watchedGapM: number;
  /** opening of each suture from rest (positive = gap widens), m */
  sutureGapChangeM: Readonly<Record<SutureId, number>>;
  /** simulated instrument readings, with noise and resolution; never used by the physics */
  measured: { icpMmHg: number; caliperGapM: number };
}
