// Skull mechanics under touch and under the pressure inside, quasi-static (the skull's lowest
// vibration modes are in the kHz range, far faster than any touch or heartbeat, so the skull is
// always in equilibrium with its loads). doc/model.md section 2 gives the equations and sources.
//
// Two scales, added because they act in series:
// 1. Whole bones: each vault bone is a rigid body with six degrees of freedom (translation u and
//    small rotation theta about its centroid), so forces and moments are both balanced. Joints
//    are continuous springs along their line (anatomy.ts integrates the geometry): per unit
//    length, opening E t / w, sliding G t / w, transverse 1 / (w / (G t) + w^3 / (E t^3)),
//    hinge E t^3 / (12 w) and twist G t^3 / (3 w). Sutures use the suture modulus and width. The
//    frontal, occipital and temporal squamae are continuous bone with the skull base (the
//    orbital plates, the basilar part, the petrous part), so those joints use the bone modulus
//    over the span of bone between the centroid and the base (rigid-body-spring models,
//    Kawai 1978). The skull base is the fixed frame.
// 2. Each bone's own shell: under a contact it dimples (Reissner's point load on a shallow
//    spherical shell, w = 0.41 F R / (E t^2)); under pressure it bulges by membrane stretching,
//    w = p R^2 (1 - nu) / (2 E t). By Maxwell-Betti reciprocity the volume a point force F
//    displaces is F times the bulge per pascal at that point, F R^2 (1 - nu) / (2 E t).
// The infant's open anterior fontanelle is a tensioned membrane (fontanelle.ts).
//
// Linear in loads: q = G (F f_t + dP a), G = K^-1 (36 x 36). Everything the time loop needs
// reduces to a few scalars per technique, precomputed here.

import { memoize } from './memo';
import { anatomyOf, type Anatomy, type Joint } from './anatomy';
import { fontanelleMembrane, type FontanelleMembrane } from './fontanelle';
import { BONE_IDS, HEAD_SHAPES, regionAt, surfaceNormal, surfacePoint } from './geometry';
import { dot, invert, matVec } from './linalg';
import { paramValues, type ParamValues } from './subjects';
import { TECHNIQUES, watchedContact } from './techniques';
import type { BoneId, Contact, SubjectId, SutureId, TechniqueId, Vec3 } from './types';

/** Poisson's ratio of bone and suture (model assumption, typical of bone 0.2-0.35) */
export const NU = 0.3;
const REISSNER = Math.sqrt(3 * (1 - NU * NU)) / 4; // = 0.413
/** contact radii, m (model assumption: fingertip pad ~5 mm, thenar/palm ~20 mm, plate 3 mm) */
export const CONTACT_RADIUS_M: Readonly<Record<Contact['kind'], number>> = { fingertip: 0.005, palm: 0.02, plate: 0.003 };

const DOF_PER_BONE = 6;
const N = BONE_IDS.length * DOF_PER_BONE;
const boneIndex = (b: BoneId): number => BONE_IDS.indexOf(b);
/** bones whose squama is continuous with the skull base (no suture there) */
const CONTINUOUS_WITH_BASE: ReadonlySet<BoneId> = new Set(['frontal', 'occipital', 'temporal-left', 'temporal-right']);

export interface SkullMechanics {
  subject: SubjectId;
  anatomy: Anatomy;
  params: ParamValues;
  /** compliance matrix G = K^-1, 36 x 36 (m/N, rad/(N m) and mixed) */
  compliance: Float64Array;
  /** generalised areas: per bone [vector area a (m^2), moment area b (m^3)], 36 */
  vectorAreas: Float64Array;
  /** G a: bone motions per pascal of pressure rise (36) */
  pressureShape: Float64Array;
  /** volume compliances, m^3/Pa: whole bones on their joints, the bones' own shells bulging, the
   *  fontanelle membrane, and their sum */
  rigidComplianceM3PerPa: number;
  shellComplianceM3PerPa: number;
  fontanelleComplianceM3PerPa: number;
  skullComplianceM3PerPa: number;
  /** outward membrane bulge of the bone shell per pascal, m/Pa */
  bulgePerPa: number;
  /** local shell stiffness under a point load (Reissner), N/m */
  pointStiffnessNPerM: number;
  fontanelle: FontanelleMembrane | null;
}

const mechanicsOf = memoize(assemble, (subject, params) => `${subject}|${JSON.stringify(params)}`, 256);

/** The mechanics for a subject and parameter set (cached: the force finder asks many times). */
export function buildMechanics(subject: SubjectId, params: ParamValues = paramValues(subject)): SkullMechanics {
  return mechanicsOf(subject, params);
}

function assemble(subject: SubjectId, params: ParamValues): SkullMechanics {
  const anatomy = anatomyOf(subject);
  const t = params.boneThickness * 1e-3;
  const eBone = params.boneModulus * 1e9;
  const phi = params.sutureOssification;
  // Voigt mix: an ossified fraction phi of the suture carries load as bone does
  const eSut = params.sutureModulus * 1e9 * (1 - phi) + eBone * phi;

  const K = new Float64Array(N * N);
  for (const jn of anatomy.joints) {
    const continuous = jn.b === 'base' && CONTINUOUS_WITH_BASE.has(jn.a);
    const E = continuous ? eBone : eSut;
    const w = continuous ? jn.spanM : params.sutureWidth * 1e-3;
    addJoint(K, jn, jointStiffness(E, t, w));
  }
  const compliance = invert(K, N);
  const vectorAreas = new Float64Array(N);
  let areaTotal = 0;
  for (const b of BONE_IDS) {
    const g = anatomy.bones[b];
    vectorAreas.set(g.vectorArea, DOF_PER_BONE * boneIndex(b));
    vectorAreas.set(g.momentArea, DOF_PER_BONE * boneIndex(b) + 3);
    areaTotal += g.areaM2;
  }
  const pressureShape = matVec(compliance, vectorAreas, N);
  const R = anatomy.meanRadiusM;
  const bulgePerPa = (R * R * (1 - NU)) / (2 * eBone * t);
  const fontanelle = fontanelleMembrane(anatomy, params);
  const rigid = dot(vectorAreas, pressureShape);
  const shell = areaTotal * bulgePerPa;
  const font = fontanelle ? fontanelle.complianceM3PerPa : 0;
  return {
    subject,
    anatomy,
    params,
    compliance,
    vectorAreas,
    pressureShape,
    rigidComplianceM3PerPa: rigid,
    shellComplianceM3PerPa: shell,
    fontanelleComplianceM3PerPa: font,
    skullComplianceM3PerPa: rigid + shell + font,
    bulgePerPa,
    pointStiffnessNPerM: (eBone * t * t) / (REISSNER * R),
    fontanelle,
  };
}

interface JointStiffness {
  opening: number;
  slide: number;
  transverse: number;
  hinge: number;
  twist: number;
}

/** Per-unit-length stiffnesses of a strip of modulus E, thickness t and width w (file header). */
function jointStiffness(E: number, t: number, w: number): JointStiffness {
  const G = E / (2 * (1 + NU));
  return {
    opening: (E * t) / w,
    slide: (G * t) / w,
    transverse: 1 / (w / (G * t) + w ** 3 / (E * t ** 3)),
    hinge: (E * t ** 3) / (12 * w),
    twist: (G * t ** 3) / (3 * w),
  };
}

function addJoint(K: Float64Array, jn: Joint, k: JointStiffness): void {
  const ia = DOF_PER_BONE * boneIndex(jn.a);
  const ib = jn.b === 'base' ? -1 : DOF_PER_BONE * boneIndex(jn.b);
  const global = (local: number): number => (local < 6 ? ia + local : ib + local - 6);
  for (let r = 0; r < 12; r++) {
    if (r >= 6 && ib < 0) break;
    const gr = global(r);
    for (let c = 0; c < 12; c++) {
      if (c >= 6 && ib < 0) break;
      const i = 12 * r + c;
      const v =
        k.opening * jn.opening[i] + k.slide * jn.slide[i] + k.transverse * jn.transverse[i] + k.hinge * jn.hinge[i] + k.twist * jn.twist[i];
      if (v !== 0) K[gr * N + global(c)] += v;
    }
  }
}

/** The 6 generalised-force entries of a force f at point p on a bone (force and moment about the
 *  bone's centroid), added into a 36-vector. The same row, transposed, reads the displacement of
 *  that point from the bone's motion. */
function addPointForce(out: Float64Array, m: SkullMechanics, bone: BoneId, p: Vec3, f: Vec3, scale = 1): void {
  const i = DOF_PER_BONE * boneIndex(bone);
  const c = m.anatomy.bones[bone].centroid;
  const r = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
  out[i] += scale * f[0];
  out[i + 1] += scale * f[1];
  out[i + 2] += scale * f[2];
  out[i + 3] += scale * (r[1] * f[2] - r[2] * f[1]);
  out[i + 4] += scale * (r[2] * f[0] - r[0] * f[2]);
  out[i + 5] += scale * (r[0] * f[1] - r[1] * f[0]);
}

/** Displacement of point p on a bone along a unit direction e, for bone motions q (36). */
export function pointDisplacement(m: SkullMechanics, bone: BoneId, p: Vec3, e: Vec3, q: ArrayLike<number>): number {
  const row = new Float64Array(N);
  addPointForce(row, m, bone, p, e);
  return dot(row, q);
}

/** A contact's point on the outer bone surface, m. */
export function contactPoint(subject: SubjectId, c: Contact): Vec3 {
  return surfacePoint(HEAD_SHAPES[subject], c.site);
}

/** Local stiffness of the shell under a contact of radius a, N/m. A contact wider than the
 *  shell's bending length l = 0.78 sqrt(R t) spreads the load and stiffens it (model assumption:
 *  interpolated as 1 + (a/l)^2). */
export function localStiffness(m: SkullMechanics, contactRadiusM: number): number {
  const l = 0.78 * Math.sqrt(m.anatomy.meanRadiusM * m.params.boneThickness * 1e-3);
  return m.pointStiffnessNPerM * (1 + (contactRadiusM / l) ** 2);
}

/** Everything the time loop needs for one technique, per newton of technique force and per
 *  pascal of pressure rise. */
export interface TechniqueResponse {
  technique: TechniqueId;
  /** bone motions per newton (36) */
  touchShape: Float64Array;
  /** skull volume change per newton, m^3/N (negative when the hands press inward): whole bones
   *  plus the dimples under the contacts */
  volumePerNewton: number;
  /** watched contact: displacement along its force direction per newton (whole bone + local
   *  dimple), m/N, and per pascal (whole bone + shell bulge), m/Pa */
  watchedPerNewton: number;
  watchedPerPascal: number;
  /** watched suture opening per newton, m/N, and per pascal, m/Pa (the linear part; the rabbit's
   *  plate construct adds its toe, see distractionToeGapM) */
  gapPerNewton: number;
  gapPerPascal: number;
  /** normal force on the watched contact per newton of technique force (0 for a plate's
   *  tangential pull), and the contact's radius, m: what squeezes the scalp under it */
  watchedNormalPerNewton: number;
  watchedContactRadiusM: number;
  /** the technique pulls on screwed plates, whose construct has a toe (distractionToeGapM) */
  plates: boolean;
}

export function techniqueResponse(m: SkullMechanics, technique: TechniqueId): TechniqueResponse {
  const tq = TECHNIQUES[technique];
  if (!tq) throw new Error(`unknown technique '${String(technique)}': use one of ${Object.keys(TECHNIQUES).join(', ')}`);
  const shape = HEAD_SHAPES[m.subject];
  const f = new Float64Array(N);
  let dimpleVolume = 0;
  for (const c of tq.contacts) {
    addPointForce(f, m, c.bone, contactPoint(m.subject, c), c.direction, c.share);
    // an inward normal force dimples the shell and takes volume (reciprocity with the bulge)
    dimpleVolume += c.share * dot(c.direction, surfaceNormal(shape, c.site)) * m.bulgePerPa;
  }
  const touchShape = matVec(m.compliance, f, N);
  const watched = watchedContact(tq);
  const p = contactPoint(m.subject, watched);
  const normal = surfaceNormal(shape, watched.site);
  const normalComponent = Math.abs(dot(watched.direction, normal));
  const radius = CONTACT_RADIUS_M[watched.kind];
  // only the normal part of the force bends the shell under the contact; plates pull tangentially
  const dimple = watched.kind === 'plate' ? 0 : (watched.share * normalComponent * normalComponent) / localStiffness(m, radius);
  const gap = (q: ArrayLike<number>): number =>
    technique === 'downey-distraction' ? plateSeparation(m, q) : sutureOpening(m, tq.watchedSuture, q);
  return {
    technique,
    touchShape,
    volumePerNewton: dot(m.vectorAreas, touchShape) + dimpleVolume,
    watchedPerNewton: pointDisplacement(m, watched.bone, p, watched.direction, touchShape) + dimple,
    // the bulge pushes outward, against an inward press: its component along the force
    watchedPerPascal:
      pointDisplacement(m, watched.bone, p, watched.direction, m.pressureShape) + m.bulgePerPa * dot(watched.direction, normal),
    gapPerNewton: gap(touchShape),
    gapPerPascal: gap(m.pressureShape),
    watchedNormalPerNewton: watched.kind === 'plate' ? 0 : watched.share * normalComponent,
    watchedContactRadiusM: radius,
    plates: technique === 'downey-distraction',
  };
}

/** Change of the distance between Downey's two plates for bone motions q, m (positive = apart). */
function plateSeparation(m: SkullMechanics, q: ArrayLike<number>): number {
  const plates = TECHNIQUES['downey-distraction'].contacts;
  const [fp, pp] = [plates[0], plates[1]];
  const a = contactPoint(m.subject, fp);
  const b = contactPoint(m.subject, pp);
  const d = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  const l = Math.hypot(d[0], d[1], d[2]);
  const e: Vec3 = [d[0] / l, d[1] / l, d[2] / l];
  return pointDisplacement(m, fp.bone, a, e, q) - pointDisplacement(m, pp.bone, b, e, q);
}

/** Suture gap of a technique at force F beyond its linear part, m: the toe of Downey's
 *  plate-and-suture construct for plate techniques, nothing otherwise. */
export function techniqueToeGapM(r: TechniqueResponse, params: ParamValues, forceN: number): number {
  return r.plates ? distractionToeGapM(params, forceN) : 0;
}

/** The slack of Downey's plate-and-suture construct taken up at a pull of forceN, m: a toe,
 *  gap = toe (1 - exp(-F / F_toe)), before the suture itself carries the load (the linear part is
 *  the whole-bone model). Zero for subjects without that construct. */
export function distractionToeGapM(params: ParamValues, forceN: number): number {
  const f = Math.min(Math.max(forceN, 0), params.distractionFailure);
  return params.distractionToe * 1e-3 * -Math.expm1(-f / params.distractionToeForce);
}

/** Opening of a suture (positive = the gap widens) for bone motions q: its mean along the line. */
export function sutureOpening(m: SkullMechanics, suture: SutureId, q: ArrayLike<number>): number {
  const jn = m.anatomy.joints.find((j) => j.suture === suture);
  if (!jn) return 0;
  const ia = DOF_PER_BONE * boneIndex(jn.a);
  const ib = DOF_PER_BONE * boneIndex(jn.b as BoneId);
  let s = 0;
  for (let k = 0; k < 6; k++) s += jn.openingRow[k] * q[ia + k] + jn.openingRow[6 + k] * q[ib + k];
  return s;
}

/** Outward normal displacement of each bone at its centroid for bone motions q, m. */
export function boneNormalDisplacements(m: SkullMechanics, q: ArrayLike<number>): Record<BoneId, number> {
  const out = {} as Record<BoneId, number>;
  for (const b of BONE_IDS) {
    const g = m.anatomy.bones[b];
    out[b] = pointDisplacement(m, b, g.centroid, g.normal, q);
  }
  return out;
}

/** Bone-only deformation between a contact at unit-head direction `site`, pushed inward, and a
 *  rigid support at the opposite point, per newton, m/N: whole-bone motion at both points plus the
 *  local shell dimple under each (contact radius a at the load, aSupport at the support). Points
 *  on the skull base move only by their dimple. The pressure response is left out: a quasi-static
 *  test on a cadaver head has no blood pressure to hold the volume. */
export function boneApproachPerNewton(m: SkullMechanics, site: Vec3, contactRadiusM: number, supportRadiusM: number): number {
  const shape = HEAD_SHAPES[m.subject];
  const opposite: Vec3 = [-site[0], -site[1], -site[2]];
  const f = new Float64Array(N);
  const ends: Array<{ bone: BoneId | null; p: Vec3; inward: Vec3 }> = [site, opposite].map((u) => {
    const n = surfaceNormal(shape, u);
    const inward: Vec3 = [-n[0], -n[1], -n[2]];
    const bone = boneAt(m, u);
    const p = surfacePoint(shape, u);
    if (bone) addPointForce(f, m, bone, p, inward);
    return { bone, p, inward };
  });
  const q = matVec(m.compliance, f, N);
  let whole = 0;
  for (const e of ends) if (e.bone) whole += pointDisplacement(m, e.bone, e.p, e.inward, q);
  return whole + 1 / localStiffness(m, contactRadiusM) + 1 / localStiffness(m, supportRadiusM);
}

/** The vault bone at a unit-head direction, or null on the skull base or the fontanelle. */
function boneAt(m: SkullMechanics, u: Vec3): BoneId | null {
  const l = Math.hypot(u[0], u[1], u[2]);
  const r = regionAt(HEAD_SHAPES[m.subject], [u[0] / l, u[1] / l, u[2] / l]);
  return r === 'base' || r === 'fontanelle' ? null : r;
}
