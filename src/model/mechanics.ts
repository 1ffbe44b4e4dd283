// Skull mechanics under touch and under the pressure inside, quasi-static (bones have no mass
// here: the lowest skull vibration modes are in the kHz range, far faster than any touch or
// heartbeat, so the skull is always in equilibrium with its loads).
//
// Each vault bone is a rigid plate that translates (x_i in R^3, rotations left out). Sutures are
// continuous springs along their length: per unit length the opening stiffness is E t / w and the
// shear stiffness G t / w (E suture modulus, raised toward bone by ossification; t bone thickness;
// w suture width). Bones meeting the skull base are held by the same kind of suture to a fixed
// frame. Pressure inside pushes each bone outward with dP * a_i (a_i = vector area), and an
// outward move x_i adds a_i . x_i of intracranial volume.
//
// Linear in loads: x = G (F f_t + dP a), with G = K^-1. Everything the time loop needs reduces to
// a few scalars per technique, precomputed here, so a time step costs only scalar work.
//
// Under a fingertip the bone also dimples locally: Reissner's point load on a shallow spherical
// shell, w = 0.41 F R / (E t^2) (sqrt(3(1-nu^2))/4 with nu = 0.3), softened for a broad contact.

import { anatomyOf, type Anatomy } from './anatomy';
import { BONE_IDS, HEAD_SHAPES, surfaceNormal, sutureBones } from './geometry';
import { dot, invert, matVec } from './linalg';
import { paramValues, type ParamValues } from './subjects';
import { TECHNIQUES } from './techniques';
import type { BoneId, Contact, SubjectId, SutureId, TechniqueId, Vec3 } from './types';

const NU = 0.3; // Poisson's ratio of bone and suture (model assumption, typical of bone 0.2-0.35)
const REISSNER = Math.sqrt(3 * (1 - NU * NU)) / 4; // = 0.413
/** contact radii, m (model assumption: fingertip pad through scalp ~5 mm, thenar/palm ~20 mm) */
const CONTACT_RADIUS_M: Record<Contact['kind'], number> = { fingertip: 0.005, palm: 0.02, plate: 0.003 };

const N = BONE_IDS.length * 3;
const boneIndex = (b: BoneId): number => BONE_IDS.indexOf(b);

export interface SkullMechanics {
  subject: SubjectId;
  anatomy: Anatomy;
  /** compliance matrix G = K^-1, m/N, 18x18 */
  compliance: Float64Array;
  /** stacked vector areas, m^2 */
  vectorAreas: Float64Array;
  /** G a: bone translations per pascal of pressure rise, m/Pa */
  pressureShape: Float64Array;
  /** a^T G a: skull volume compliance, m^3/Pa */
  skullComplianceM3PerPa: number;
  /** local shell stiffness under a point load (Reissner), N/m */
  pointStiffnessNPerM: number;
  params: ParamValues;
}

export function buildMechanics(subject: SubjectId, params: ParamValues = paramValues(subject)): SkullMechanics {
  const anatomy = anatomyOf(subject);
  const tBone = params.boneThickness * 1e-3;
  const eBone = params.boneModulus * 1e9;
  const phi = params.sutureOssification;
  // Voigt mix: an ossified fraction phi of the suture carries load as bone does
  const eSut = params.sutureModulus * 1e9 * (1 - phi) + eBone * phi;
  const gSut = eSut / (2 * (1 + NU));
  const perLength = tBone / (params.sutureWidth * 1e-3);

  const K = new Float64Array(N * N);
  const addBlock = (i: number, j: number, T: number[], sign: number): void => {
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) K[(3 * i + r) * N + 3 * j + c] += sign * T[3 * r + c];
  };
  for (const jn of anatomy.joints) {
    const T = jn.openingTensor.map((s, idx) => perLength * ((eSut - gSut) * s + (idx % 4 === 0 ? gSut * jn.lengthM : 0)));
    const ia = boneIndex(jn.a);
    addBlock(ia, ia, T, 1);
    if (jn.b !== 'base') {
      const ib = boneIndex(jn.b);
      addBlock(ib, ib, T, 1);
      addBlock(ia, ib, T, -1);
      addBlock(ib, ia, T, -1);
    }
  }
  const compliance = invert(K, N);
  const vectorAreas = new Float64Array(N);
  for (const b of BONE_IDS) vectorAreas.set(anatomy.bones[b].vectorArea, 3 * boneIndex(b));
  const pressureShape = matVec(compliance, vectorAreas, N);
  return {
    subject,
    anatomy,
    compliance,
    vectorAreas,
    pressureShape,
    skullComplianceM3PerPa: dot(vectorAreas, pressureShape),
    pointStiffnessNPerM: (eBone * tBone * tBone) / (REISSNER * anatomy.meanRadiusM),
    params,
  };
}

/** Local stiffness of the shell under a contact of this kind, N/m. A contact wider than the
 *  shell's bending length l = 0.78 sqrt(R t) spreads the load and stiffens it (model assumption:
 *  interpolated as 1 + (a/l)^2). */
export function contactStiffness(m: SkullMechanics, kind: Contact['kind']): number {
  const l = 0.78 * Math.sqrt(m.anatomy.meanRadiusM * m.params.boneThickness * 1e-3);
  const a = CONTACT_RADIUS_M[kind];
  return m.pointStiffnessNPerM * (1 + (a / l) ** 2);
}

/** Everything the time loop needs for one technique, per newton of technique force and per
 *  pascal of pressure rise. */
export interface TechniqueResponse {
  technique: TechniqueId;
  /** bone translations per newton, m/N (18) */
  touchShape: Float64Array;
  /** a^T G f: skull volume change per newton, m^3/N (negative when the hands press inward) */
  volumePerNewton: number;
  /** watched contact: displacement along its force direction per newton (rigid + local), m/N */
  watchedPerNewton: number;
  /** watched contact: displacement along its force direction per pascal, m/Pa */
  watchedPerPascal: number;
  /** watched suture opening per newton, m/N, and per pascal, m/Pa */
  gapPerNewton: number;
  gapPerPascal: number;
}

export function techniqueResponse(m: SkullMechanics, technique: TechniqueId): TechniqueResponse {
  const t = TECHNIQUES[technique];
  if (!t) throw new Error(`unknown technique '${String(technique)}': use one of ${Object.keys(TECHNIQUES).join(', ')}`);
  const f = new Float64Array(N);
  for (const c of t.contacts) {
    const i = boneIndex(c.bone);
    for (let k = 0; k < 3; k++) f[3 * i + k] += c.share * c.direction[k];
  }
  const touchShape = matVec(m.compliance, f, N);
  const watched = t.contacts.find((c) => c.bone === t.watchedBone) ?? t.contacts[0];
  const wi = boneIndex(watched.bone);
  const along = (x: ArrayLike<number>): number =>
    x[3 * wi] * watched.direction[0] + x[3 * wi + 1] * watched.direction[1] + x[3 * wi + 2] * watched.direction[2];
  return {
    technique,
    touchShape,
    volumePerNewton: dot(m.vectorAreas, touchShape),
    watchedPerNewton: along(touchShape) + localDimplePerNewton(m, watched),
    watchedPerPascal: along(m.pressureShape),
    gapPerNewton: sutureOpening(m, t.watchedSuture, touchShape),
    gapPerPascal: sutureOpening(m, t.watchedSuture, m.pressureShape),
  };
}

/** Local dimple at a contact per newton of technique force, projected on the force direction. Only
 *  the component of the force normal to the bone bends the shell under it. */
function localDimplePerNewton(m: SkullMechanics, c: Contact): number {
  const n = surfaceNormal(HEAD_SHAPES[m.subject], c.site);
  const normalComponent = Math.abs(c.direction[0] * n[0] + c.direction[1] * n[1] + c.direction[2] * n[2]);
  return (c.share * normalComponent * normalComponent) / contactStiffness(m, c.kind);
}

/** Opening of a suture (positive = the gap widens) for bone translations x. */
export function sutureOpening(m: SkullMechanics, suture: SutureId, x: ArrayLike<number>): number {
  const [a, b] = sutureBones(suture);
  const jn = m.anatomy.joints.find((j) => j.suture === suture);
  if (!jn) return 0;
  const [from, to] = jn.a === a ? [a, b] : [b, a];
  const i = boneIndex(from);
  const j = boneIndex(to);
  const d = jn.openingDir;
  return (x[3 * j] - x[3 * i]) * d[0] + (x[3 * j + 1] - x[3 * i + 1]) * d[1] + (x[3 * j + 2] - x[3 * i + 2]) * d[2];
}

/** Outward normal displacement of each bone for translations x, m. */
export function boneNormalDisplacements(m: SkullMechanics, x: ArrayLike<number>): Record<BoneId, number> {
  const out = {} as Record<BoneId, number>;
  for (const b of BONE_IDS) {
    const i = boneIndex(b);
    const n: Vec3 = m.anatomy.bones[b].normal;
    out[b] = x[3 * i] * n[0] + x[3 * i + 1] * n[1] + x[3 * i + 2] * n[2];
  }
  return out;
}

/** Stiffness of the skull under a point load at a site on a bone, pushing inward, N/m
 *  (rigid-plate motion on the sutures in series with local bending; the pressure response is
 *  left out because a quasi-static test lets venous blood leave). */
export function pointLoadStiffness(m: SkullMechanics, bone: BoneId, site: Vec3): number {
  const n = surfaceNormal(HEAD_SHAPES[m.subject], site);
  const f = new Float64Array(N);
  const i = boneIndex(bone);
  for (let k = 0; k < 3; k++) f[3 * i + k] = -n[k];
  const x = matVec(m.compliance, f, N);
  const rigid = -(x[3 * i] * n[0] + x[3 * i + 1] * n[1] + x[3 * i + 2] * n[2]);
  return 1 / (rigid + 1 / m.pointStiffnessNPerM);
}
