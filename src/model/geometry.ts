// Head geometry shared by the model (areas, vector areas, suture lengths) and the view (which
// vertex belongs to which bone). It is pure geometry: one source of truth for where each bone
// and suture lies, so the scene draws the same partition the mechanics uses.
//
// The vault is an ellipsoid with semi-axes (x, y, z) per subject. A point is classified from its
// direction on the unit ellipsoid u = p / semiAxes, by suture planes that follow human anatomy:
// the coronal suture runs from bregma down and forward to pterion, the lambdoid from lambda down
// and forward to asterion, the squamous suture arches over the ear. The frontal, parietal and
// occipital arcs along the midline are about equal (nasion-bregma, bregma-lambda, lambda-opisthion
// chords of ~110-125 mm, standard craniometry), which places bregma at u.z ~ 0.42 and lambda at
// u.z ~ -0.64 on the unit head. Below `baseY` lies the skull
// base, which the model treats as the fixed frame.

import { memoize } from './memo';
import type { BoneId, SubjectId, SutureId, Vec3 } from './types';

export interface HeadShape {
  /** outer semi-axes of the vault ellipsoid, m (x right, y up, z forward) */
  semiAxesM: Vec3;
  /** vault/base boundary on the unit ellipsoid (u.y below this is skull base) */
  baseY: number;
  /** coronal suture: frontal where u.z > coronalZ0 - coronalTilt * u.y */
  coronalZ0: number;
  coronalTilt: number;
  /** lambdoid suture: occipital where u.z < lambdoidZ0 - lambdoidTilt * u.y */
  lambdoidZ0: number;
  lambdoidTilt: number;
  /** squamous suture: temporal where u.y < squamousTop - squamousCurve * u.z^2 */
  squamousTop: number;
  squamousCurve: number;
  /** anterior fontanelle half-widths on the unit ellipsoid (x, z); 0 when closed */
  fontanelleHalfWidth: readonly [number, number];
}

// Semi-axes: adult head breadth ~150 mm and length ~190 mm (anthropometric averages, recalled);
// child (6 y) and infant (6 mo) scaled by head circumference ~51 cm and ~43 cm against ~56 cm
// (WHO growth standards, recalled); rabbit braincase ~40 x 28 x 22 mm (model assumption).
// Anterior fontanelle at 6 months ~2 cm across (Popich & Smith 1972; closes by 12-18 months, Pindrik 2014).
/** Where the human sutures run on the unit head: the same partition at every age (the head's
 *  size and the fontanelle are what change). */
const HUMAN_SUTURES = {
  baseY: -0.3,
  coronalZ0: 0.5,
  coronalTilt: 0.1,
  lambdoidZ0: -0.47,
  lambdoidTilt: 0.22,
  squamousTop: 0.2,
  squamousCurve: 0.8,
} as const;

export const HEAD_SHAPES: Readonly<Record<SubjectId, HeadShape>> = {
  adult: { semiAxesM: [0.075, 0.085, 0.095], ...HUMAN_SUTURES, fontanelleHalfWidth: [0, 0] },
  child: { semiAxesM: [0.069, 0.077, 0.087], ...HUMAN_SUTURES, fontanelleHalfWidth: [0, 0] },
  infant: { semiAxesM: [0.058, 0.063, 0.073], ...HUMAN_SUTURES, fontanelleHalfWidth: [0.17, 0.2] },
  rabbit: {
    semiAxesM: [0.014, 0.011, 0.02],
    baseY: -0.2,
    coronalZ0: 0.3,
    coronalTilt: 0.1,
    lambdoidZ0: -0.6,
    lambdoidTilt: 0.2,
    squamousTop: 0.1,
    squamousCurve: 0.6,
    fontanelleHalfWidth: [0, 0],
  },
};

/** True for a subject id the model has a head for (a string from a link or a message may not be). */
export function isKnownSubject(x: unknown): x is SubjectId {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(HEAD_SHAPES, x);
}

export type Region = BoneId | 'base' | 'fontanelle';

export const BONE_IDS: readonly BoneId[] = [
  'frontal',
  'parietal-left',
  'parietal-right',
  'occipital',
  'temporal-left',
  'temporal-right',
];

/** Bregma on the unit ellipsoid: where the coronal suture meets the midline. */
export const bregma: (shape: HeadShape) => Vec3 = memoize(solveBregma);

function solveBregma(shape: HeadShape): Vec3 {
  // solve z = z0 - tilt * y with y = sqrt(1 - z^2) on the midline by bisection on z
  let lo = -1;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const z = 0.5 * (lo + hi);
    const y = Math.sqrt(Math.max(0, 1 - z * z));
    if (z - (shape.coronalZ0 - shape.coronalTilt * y) > 0) hi = z;
    else lo = z;
  }
  const z = 0.5 * (lo + hi);
  return [0, Math.sqrt(Math.max(0, 1 - z * z)), z];
}

/** Which region a direction on the unit ellipsoid (|u| = 1) belongs to. */
export function regionAt(shape: HeadShape, u: Vec3): Region {
  const [x, y, z] = u;
  if (y < shape.baseY) return 'base';
  const [fx, fz] = shape.fontanelleHalfWidth;
  // |x| < fx is implied by the test below; asked first, it spares the bregma lookup for most
  // of the model's 51,200 surface points
  if (fx > 0 && y > 0 && Math.abs(x) < fx) {
    const b = bregma(shape);
    if (Math.abs(x) / fx + Math.abs(z - b[2]) / fz < 1) return 'fontanelle';
  }
  if (z > shape.coronalZ0 - shape.coronalTilt * y) return 'frontal';
  if (z < shape.lambdoidZ0 - shape.lambdoidTilt * y) return 'occipital';
  // literal ids, not a template: this runs for every point of the model's surface grid
  if (y < shape.squamousTop - shape.squamousCurve * z * z) return x >= 0 ? 'temporal-right' : 'temporal-left';
  return x >= 0 ? 'parietal-right' : 'parietal-left';
}

const SUTURE_OF_PAIR: Readonly<Record<string, SutureId>> = {
  'frontal|parietal-left': 'coronal-left',
  'frontal|parietal-right': 'coronal-right',
  'parietal-left|parietal-right': 'sagittal',
  'occipital|parietal-left': 'lambdoid-left',
  'occipital|parietal-right': 'lambdoid-right',
  'parietal-left|temporal-left': 'squamous-left',
  'parietal-right|temporal-right': 'squamous-right',
  'frontal|temporal-left': 'pterion-left',
  'frontal|temporal-right': 'pterion-right',
  'occipital|temporal-left': 'occipitomastoid-left',
  'occipital|temporal-right': 'occipitomastoid-right',
};

/** The suture between two bones, or undefined where they do not meet. */
export function sutureBetween(a: BoneId, b: BoneId): SutureId | undefined {
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  return SUTURE_OF_PAIR[key];
}

/** The two bones a suture joins. */
export function sutureBones(s: SutureId): readonly [BoneId, BoneId] {
  for (const [key, id] of Object.entries(SUTURE_OF_PAIR)) {
    if (id === s) return key.split('|') as [BoneId, BoneId];
  }
  throw new Error(`unknown suture '${s}'`);
}

export const SUTURE_IDS: readonly SutureId[] = Object.values(SUTURE_OF_PAIR);

/** Point on the outer ellipsoid surface for a unit-ellipsoid direction, m. */
export function surfacePoint(shape: HeadShape, u: Vec3): Vec3 {
  const [ax, ay, az] = shape.semiAxesM;
  return [ax * u[0], ay * u[1], az * u[2]];
}

/** Outward unit normal of the ellipsoid at a unit-ellipsoid direction. */
export function surfaceNormal(shape: HeadShape, u: Vec3): Vec3 {
  const [ax, ay, az] = shape.semiAxesM;
  const n: Vec3 = [u[0] / ax, u[1] / ay, u[2] / az];
  const len = Math.hypot(n[0], n[1], n[2]);
  return [n[0] / len, n[1] / len, n[2] / len];
}

/** Unit direction from spherical angles: polar angle from +y, azimuth from +z toward +x. */
export function unitDirection(polar: number, azimuth: number): Vec3 {
  const s = Math.sin(polar);
  return [s * Math.sin(azimuth), Math.cos(polar), s * Math.cos(azimuth)];
}
