// Integrates the shared head geometry into what the mechanics needs. Per bone: area, centroid c,
// vector area a = integral of the outward normal n dA and moment area b = integral of
// (p - c) x n dA, so that a rigid motion (translation u, small rotation theta about c) changes
// the intracranial volume by a . u + b . theta. Per joint (two bones along a suture, or a bone
// and the skull base): its length and four geometric stiffness matrices over the joint's 12
// degrees of freedom [u_a, theta_a, u_b, theta_b], integrated along the joint line:
//   opening    sum ds B^T n n^T B   (n: in-surface direction from a to b)
//   slide      sum ds B^T s s^T B   (s: along the joint)
//   transverse sum ds B^T m m^T B   (m: outward normal)
//   hinge    sum ds R^T s s^T R          (relative rotation about the joint line)
//   twist    sum ds R^T n n^T R          (relative rotation about the opening direction)
// where B maps the 12 dofs to the relative displacement of b against a at the segment and R to
// their relative rotation. The mechanics multiplies each by a stiffness per unit length.
// Computed once per subject on a latitude-longitude grid and cached.

import { memoize } from './memo';
import { BONE_IDS, HEAD_SHAPES, isKnownSubject, regionAt, sutureBetween, surfaceNormal, type Region } from './geometry';
import type { BoneId, SubjectId, SutureId, Vec3 } from './types';

export interface BoneGeometry {
  id: BoneId;
  /** outer surface area, m^2 */
  areaM2: number;
  /** integral of the outward unit normal over the bone, m^2 */
  vectorArea: Vec3;
  /** area-weighted centroid, m */
  centroid: Vec3;
  /** outward unit normal at the centroid direction */
  normal: Vec3;
  /** integral of (p - c) x n dA: volume change per radian of rotation about the centroid, m^3 */
  momentArea: Vec3;
}

export interface Joint {
  /** the two sides; 'base' is the fixed skull base */
  a: BoneId;
  b: BoneId | 'base';
  suture?: SutureId;
  /** total length, m */
  lengthM: number;
  /** unit mean opening direction (from a toward b) */
  openingDir: Vec3;
  /** 12 x 12 row-major geometric matrices (see the file header), m^3 (opening, slide,
   *  transverse: integrals of ds r r over lever arms r) or m (hinge, twist) */
  opening: Float64Array;
  slide: Float64Array;
  transverse: Float64Array;
  hinge: Float64Array;
  twist: Float64Array;
  /** mean opening of the joint per unit of each dof: (1/L) sum ds n^T B (12) */
  openingRow: Float64Array;
  /** length-weighted mean distance from bone a's centroid to the joint along n, m: the span of
   *  bone that bends and stretches when a bone continuous with the base moves (rigid-body-spring
   *  models, Kawai 1978) */
  spanM: number;
}

export interface Anatomy {
  subject: SubjectId;
  bones: Record<BoneId, BoneGeometry>;
  joints: Joint[];
  /** mean radius of curvature of the vault, m (for the shell terms) */
  meanRadiusM: number;
  /** the open anterior fontanelle (infant), or null where it has closed */
  fontanelle: { areaM2: number; centroid: Vec3; normal: Vec3 } | null;
}

const N_POLAR = 160;
const N_AZIMUTH = 320;

const built: (subject: SubjectId) => Anatomy = memoize(buildAnatomy);
/** Anatomies built by this same code elsewhere (provideAnatomy), and the subjects built here. */
const provided = new Map<SubjectId, Anatomy>();
const builtHere = new Set<SubjectId>();

/** A subject's anatomy: built on first use (~60-130 ms: 51,200 surface points), then cached. */
export function anatomyOf(subject: SubjectId): Anatomy {
  const a = provided.get(subject);
  if (a) return a;
  builtHere.add(subject);
  return built(subject);
}

/**
 * Hands in an anatomy that this file's buildAnatomy built in another thread (the page builds the
 * first subject's in a worker while the app loads: src/state/anatomy-early.ts), so it is not built
 * again here. Structured cloning keeps every number exactly, so the model's results are the same
 * bit for bit. Ignored if this subject's anatomy is already in use here: one subject, one object.
 */
export function provideAnatomy(a: Anatomy): void {
  if (!isKnownSubject(a.subject) || provided.has(a.subject) || builtHere.has(a.subject)) return;
  provided.set(a.subject, a);
}

function buildAnatomy(subject: SubjectId): Anatomy {
  const shape = HEAD_SHAPES[subject];
  const [ax, ay, az] = shape.semiAxesM;
  const dTh = Math.PI / N_POLAR;
  const dPh = (2 * Math.PI) / N_AZIMUTH;

  const regions: Region[] = new Array(N_POLAR * N_AZIMUTH);
  // the grid's points, x y z each: one typed array, not 51,200 small arrays to collect
  const points = new Float64Array(3 * N_POLAR * N_AZIMUTH);
  const acc = new Map<BoneId, { area: number; va: number[]; c: number[]; pxn: number[] }>();
  for (const id of BONE_IDS) acc.set(id, { area: 0, va: [0, 0, 0], c: [0, 0, 0], pxn: [0, 0, 0] });
  const font = { area: 0, c: [0, 0, 0] };

  // the unit direction, reused: 51,200 points, and allocating per point was most of the
  // model's first build (~400 ms, much of it garbage collection) on the page's main thread
  const u: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < N_POLAR; i++) {
    const th = (i + 0.5) * dTh;
    const st = Math.sin(th);
    const ct = Math.cos(th);
    for (let j = 0; j < N_AZIMUTH; j++) {
      const ph = (j + 0.5) * dPh;
      const sp = Math.sin(ph);
      const cp = Math.cos(ph);
      // p = (ax sinth sinph, ay costh, az sinth cosph)
      u[0] = st * sp;
      u[1] = ct;
      u[2] = st * cp;
      const px = ax * u[0];
      const py = ay * u[1];
      const pz = az * u[2];
      const k = i * N_AZIMUTH + j;
      const r = regionAt(shape, u);
      regions[k] = r;
      points[3 * k] = px;
      points[3 * k + 1] = py;
      points[3 * k + 2] = pz;
      if (r === 'base') continue;
      // dp/dth = (ax costh sinph, -ay sinth, az costh cosph), dp/dph = (ax sinth cosph, 0, -az sinth sinph)
      const t0 = ax * ct * sp;
      const t1 = -ay * st;
      const t2 = az * ct * cp;
      const f0 = ax * st * cp;
      const f1 = 0;
      const f2 = -az * st * sp;
      // outward normal: dp/dth x dp/dph
      const nx = t1 * f2 - t2 * f1;
      const ny = t2 * f0 - t0 * f2;
      const nz = t0 * f1 - t1 * f0;
      const w = dTh * dPh;
      const dA = Math.hypot(nx, ny, nz) * w;
      if (r === 'fontanelle') {
        font.area += dA;
        font.c[0] += px * dA;
        font.c[1] += py * dA;
        font.c[2] += pz * dA;
        continue;
      }
      const b = acc.get(r)!;
      b.area += dA;
      b.va[0] += nx * w;
      b.va[1] += ny * w;
      b.va[2] += nz * w;
      b.c[0] += px * dA;
      b.c[1] += py * dA;
      b.c[2] += pz * dA;
      // p x (n w): the moment of the vector area about the origin
      b.pxn[0] += (py * nz - pz * ny) * w;
      b.pxn[1] += (pz * nx - px * nz) * w;
      b.pxn[2] += (px * ny - py * nx) * w;
    }
  }

  const bones = {} as Record<BoneId, BoneGeometry>;
  for (const id of BONE_IDS) {
    const b = acc.get(id)!;
    const c: Vec3 = [b.c[0] / b.area, b.c[1] / b.area, b.c[2] / b.area];
    const va: Vec3 = [b.va[0], b.va[1], b.va[2]];
    bones[id] = {
      id,
      areaM2: b.area,
      vectorArea: va,
      centroid: c,
      normal: surfaceNormal(shape, [c[0] / ax, c[1] / ay, c[2] / az]),
      // integral of (p - c) x n dA = integral of p x n dA - c x a
      momentArea: [
        b.pxn[0] - (c[1] * va[2] - c[2] * va[1]),
        b.pxn[1] - (c[2] * va[0] - c[0] * va[2]),
        b.pxn[2] - (c[0] * va[1] - c[1] * va[0]),
      ],
    };
  }

  // Joints: walk the grid's edges; where the regions differ, that edge is a piece of joint line.
  const joints = new Map<string, Joint>();
  const acc2 = new Map<Joint, { dir: number[]; row: Float64Array; span: number }>();
  const addEdge = (k1: number, k2: number, ds: number): void => {
    let r1 = regions[k1];
    let r2 = regions[k2];
    if (r1 === r2 || r1 === 'fontanelle' || r2 === 'fontanelle') return;
    if (r1 === 'base' && r2 === 'base') return;
    let p1: Vec3 = [points[3 * k1], points[3 * k1 + 1], points[3 * k1 + 2]];
    let p2: Vec3 = [points[3 * k2], points[3 * k2 + 1], points[3 * k2 + 2]];
    if (r1 === 'base' || (r2 !== 'base' && r2 < r1)) {
      [r1, r2] = [r2, r1];
      [p1, p2] = [p2, p1];
    }
    const a = r1 as BoneId;
    const b = r2 as BoneId | 'base';
    const suture = b === 'base' ? undefined : sutureBetween(a, b);
    if (b !== 'base' && !suture) return; // bones that only touch at a corner
    const key = `${a}|${b}`;
    let jn = joints.get(key);
    if (!jn) {
      jn = {
        a,
        b,
        suture,
        lengthM: 0,
        openingDir: [0, 0, 0],
        opening: new Float64Array(144),
        slide: new Float64Array(144),
        transverse: new Float64Array(144),
        hinge: new Float64Array(144),
        twist: new Float64Array(144),
        openingRow: new Float64Array(12),
        spanM: 0,
      };
      joints.set(key, jn);
      acc2.set(jn, { dir: [0, 0, 0], row: new Float64Array(12), span: 0 });
    }
    const mid: Vec3 = [(p1[0] + p2[0]) / 2, (p1[1] + p2[1]) / 2, (p1[2] + p2[2]) / 2];
    const m = surfaceNormal(shape, [mid[0] / ax, mid[1] / ay, mid[2] / az]);
    // in-surface opening direction: the grid step from a to b with its normal part removed
    const d = [p2[0] - p1[0], p2[1] - p1[1], p2[2] - p1[2]];
    const dm = d[0] * m[0] + d[1] * m[1] + d[2] * m[2];
    const t = [d[0] - dm * m[0], d[1] - dm * m[1], d[2] - dm * m[2]];
    const tl = Math.hypot(t[0], t[1], t[2]);
    const n: Vec3 = [t[0] / tl, t[1] / tl, t[2] / tl];
    const sAlong: Vec3 = [m[1] * n[2] - m[2] * n[1], m[2] * n[0] - m[0] * n[2], m[0] * n[1] - m[1] * n[0]];
    const ca = bones[a].centroid;
    const cb = b === 'base' ? null : bones[b].centroid;
    // relative displacement of b against a at mid, per dof: rows of B (3 x 12)
    const B = relativeMotionMatrix(mid, ca, cb);
    addProjected(jn.opening, B, n, ds);
    addProjected(jn.slide, B, sAlong, ds);
    addProjected(jn.transverse, B, m, ds);
    addRotational(jn.hinge, sAlong, ds, b !== 'base');
    addRotational(jn.twist, n, ds, b !== 'base');
    const ac = acc2.get(jn)!;
    for (let q = 0; q < 12; q++) ac.row[q] += ds * (n[0] * B[q] + n[1] * B[12 + q] + n[2] * B[24 + q]);
    for (let q = 0; q < 3; q++) ac.dir[q] += ds * n[q];
    ac.span += ds * Math.abs((mid[0] - ca[0]) * n[0] + (mid[1] - ca[1]) * n[1] + (mid[2] - ca[2]) * n[2]);
    jn.lengthM += ds;
  };
  for (let i = 0; i < N_POLAR; i++) {
    for (let j = 0; j < N_AZIMUTH; j++) {
      const k = i * N_AZIMUTH + j;
      const kRight = i * N_AZIMUTH + ((j + 1) % N_AZIMUTH);
      // the shared edge between azimuth neighbours runs along the polar direction
      // (the edge's length only where the regions differ: most edges lie inside one bone)
      if (regions[k] !== regions[kRight]) addEdge(k, kRight, edgeLength(i, j, 'polar', shape.semiAxesM));
      if (i + 1 < N_POLAR) {
        const kDown = (i + 1) * N_AZIMUTH + j;
        if (regions[k] !== regions[kDown]) addEdge(k, kDown, edgeLength(i, j, 'azimuth', shape.semiAxesM));
      }
    }
  }
  const jointList = [...joints.values()];
  for (const jn of jointList) {
    const ac = acc2.get(jn)!;
    const l = Math.hypot(ac.dir[0], ac.dir[1], ac.dir[2]) || 1;
    jn.openingDir = [ac.dir[0] / l, ac.dir[1] / l, ac.dir[2] / l];
    for (let q = 0; q < 12; q++) jn.openingRow[q] = ac.row[q] / jn.lengthM;
    jn.spanM = ac.span / jn.lengthM;
  }

  // Mean radius of curvature: radius of the sphere of equal volume (a fair single number for a
  // near-spherical vault; local radii differ by about +/-25 %).
  const meanRadiusM = Math.cbrt(ax * ay * az);
  let fontanelle: Anatomy['fontanelle'] = null;
  if (font.area > 0) {
    const c: Vec3 = [font.c[0] / font.area, font.c[1] / font.area, font.c[2] / font.area];
    fontanelle = { areaM2: font.area, centroid: c, normal: surfaceNormal(shape, [c[0] / ax, c[1] / ay, c[2] / az]) };
  }
  return { subject, bones, joints: jointList, meanRadiusM, fontanelle };
}

/** Rows of the 3 x 12 map from [u_a, theta_a, u_b, theta_b] to the displacement of b minus that
 *  of a at point p (rigid motions about the centroids ca, cb; cb null = the fixed base). Row-major,
 *  36 numbers. A rigid motion moves p by u + theta x (p - c). */
function relativeMotionMatrix(p: Vec3, ca: Vec3, cb: Vec3 | null): Float64Array {
  const B = new Float64Array(36);
  const put = (offset: number, c: Vec3, sign: number): void => {
    const r = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
    for (let i = 0; i < 3; i++) B[12 * i + offset + i] = sign;
    // theta x r = -[r]x theta: rows of -[r]x
    const skew = [
      [0, r[2], -r[1]],
      [-r[2], 0, r[0]],
      [r[1], -r[0], 0],
    ];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) B[12 * i + offset + 3 + j] = sign * skew[i][j];
  };
  put(0, ca, -1);
  if (cb) put(6, cb, 1);
  return B;
}

/** M += ds (B^T e)(e^T B) for a unit direction e. */
function addProjected(M: Float64Array, B: Float64Array, e: Vec3, ds: number): void {
  const v = new Float64Array(12);
  for (let q = 0; q < 12; q++) v[q] = e[0] * B[q] + e[1] * B[12 + q] + e[2] * B[24 + q];
  for (let r = 0; r < 12; r++) {
    if (v[r] === 0) continue;
    for (let c = 0; c < 12; c++) M[12 * r + c] += ds * v[r] * v[c];
  }
}

/** M += ds (R^T e)(e^T R) with R the relative rotation theta_b - theta_a (theta_a alone at the base). */
function addRotational(M: Float64Array, e: Vec3, ds: number, withB: boolean): void {
  const v = new Float64Array(12);
  for (let i = 0; i < 3; i++) {
    v[3 + i] = -e[i];
    if (withB) v[9 + i] = e[i];
  }
  for (let r = 0; r < 12; r++) {
    if (v[r] === 0) continue;
    for (let c = 0; c < 12; c++) M[12 * r + c] += ds * v[r] * v[c];
  }
}

function edgeLength(i: number, j: number, along: 'polar' | 'azimuth', a: Vec3): number {
  const dTh = Math.PI / N_POLAR;
  const dPh = (2 * Math.PI) / N_AZIMUTH;
  const th = (i + (along === 'polar' ? 0.5 : 1)) * dTh;
  const ph = (j + (along === 'polar' ? 1 : 0.5)) * dPh;
  const st = Math.sin(th);
  const ct = Math.cos(th);
  const sp = Math.sin(ph);
  const cp = Math.cos(ph);
  if (along === 'polar') {
    return Math.hypot(a[0] * ct * sp, a[1] * st, a[2] * ct * cp) * dTh;
  }
  return Math.hypot(a[0] * st * cp, 0, a[2] * st * sp) * dPh;
}
