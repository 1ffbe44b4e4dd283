// Integrates the shared head geometry into what the mechanics needs: each bone's area, vector
// area (the integral of the outward normal, so that a rigid translation x of the bone changes
// the intracranial volume by a . x) and centroid, and for each pair of neighbours (or bone and
// skull base) the suture length and the tensor sum ds n n^T of its in-surface opening directions.
// Computed once per subject on a latitude-longitude grid and cached.

import { BONE_IDS, HEAD_SHAPES, regionAt, sutureBetween, surfaceNormal, type Region } from './geometry';
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
}

export interface Joint {
  /** the two sides; 'base' is the fixed skull base */
  a: BoneId;
  b: BoneId | 'base';
  suture?: SutureId;
  /** total length, m */
  lengthM: number;
  /** sum over segments of ds * n n^T, n = unit in-surface direction from a to b, m (row-major 3x3) */
  openingTensor: number[];
  /** unit mean opening direction (from a toward b) */
  openingDir: Vec3;
}

export interface Anatomy {
  subject: SubjectId;
  bones: Record<BoneId, BoneGeometry>;
  joints: Joint[];
  /** mean radius of curvature of the vault, m (for local shell bending) */
  meanRadiusM: number;
}

const cache = new Map<SubjectId, Anatomy>();

const N_POLAR = 160;
const N_AZIMUTH = 320;

export function anatomyOf(subject: SubjectId): Anatomy {
  let a = cache.get(subject);
  if (!a) {
    a = buildAnatomy(subject);
    cache.set(subject, a);
  }
  return a;
}

function buildAnatomy(subject: SubjectId): Anatomy {
  const shape = HEAD_SHAPES[subject];
  const [ax, ay, az] = shape.semiAxesM;
  const dTh = Math.PI / N_POLAR;
  const dPh = (2 * Math.PI) / N_AZIMUTH;

  const regions: Region[] = new Array(N_POLAR * N_AZIMUTH);
  const points: Vec3[] = new Array(N_POLAR * N_AZIMUTH);
  const acc = new Map<BoneId, { area: number; va: number[]; c: number[] }>();
  for (const id of BONE_IDS) acc.set(id, { area: 0, va: [0, 0, 0], c: [0, 0, 0] });

  for (let i = 0; i < N_POLAR; i++) {
    const th = (i + 0.5) * dTh;
    const st = Math.sin(th);
    const ct = Math.cos(th);
    for (let j = 0; j < N_AZIMUTH; j++) {
      const ph = (j + 0.5) * dPh;
      const sp = Math.sin(ph);
      const cp = Math.cos(ph);
      // p = (ax sinth sinph, ay costh, az sinth cosph)
      const u: Vec3 = [st * sp, ct, st * cp];
      const p: Vec3 = [ax * u[0], ay * u[1], az * u[2]];
      const k = i * N_AZIMUTH + j;
      const r = regionAt(shape, u);
      regions[k] = r;
      points[k] = p;
      if (r === 'base' || r === 'fontanelle') continue;
      const dpdth: Vec3 = [ax * ct * sp, -ay * st, az * ct * cp];
      const dpdph: Vec3 = [ax * st * cp, 0, -az * st * sp];
      // outward normal: dp/dth x dp/dph
      const nx = dpdth[1] * dpdph[2] - dpdth[2] * dpdph[1];
      const ny = dpdth[2] * dpdph[0] - dpdth[0] * dpdph[2];
      const nz = dpdth[0] * dpdph[1] - dpdth[1] * dpdph[0];
      const w = dTh * dPh;
      const dA = Math.hypot(nx, ny, nz) * w;
      const b = acc.get(r)!;
      b.area += dA;
      b.va[0] += nx * w;
      b.va[1] += ny * w;
      b.va[2] += nz * w;
      b.c[0] += p[0] * dA;
      b.c[1] += p[1] * dA;
      b.c[2] += p[2] * dA;
    }
  }

  const bones = {} as Record<BoneId, BoneGeometry>;
  for (const id of BONE_IDS) {
    const b = acc.get(id)!;
    const c: Vec3 = [b.c[0] / b.area, b.c[1] / b.area, b.c[2] / b.area];
    bones[id] = {
      id,
      areaM2: b.area,
      vectorArea: [b.va[0], b.va[1], b.va[2]],
      centroid: c,
      normal: surfaceNormal(shape, [c[0] / ax, c[1] / ay, c[2] / az]),
    };
  }

  // Joints: walk the grid's edges; where the regions differ, that edge is a piece of suture.
  const joints = new Map<string, Joint>();
  const dirSums = new Map<Joint, number[]>();
  const addEdge = (k1: number, k2: number, ds: number): void => {
    let r1 = regions[k1];
    let r2 = regions[k2];
    if (r1 === r2 || r1 === 'fontanelle' || r2 === 'fontanelle') return;
    if (r1 === 'base' && r2 === 'base') return;
    let p1 = points[k1];
    let p2 = points[k2];
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
      jn = { a, b, suture, lengthM: 0, openingTensor: [0, 0, 0, 0, 0, 0, 0, 0, 0], openingDir: [0, 0, 0] };
      joints.set(key, jn);
      dirSums.set(jn, [0, 0, 0]);
    }
    const d = [p2[0] - p1[0], p2[1] - p1[1], p2[2] - p1[2]];
    const dl = Math.hypot(d[0], d[1], d[2]);
    const n = [d[0] / dl, d[1] / dl, d[2] / dl];
    jn.lengthM += ds;
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) jn.openingTensor[3 * r + c] += ds * n[r] * n[c];
    const od = dirSums.get(jn)!;
    od[0] += ds * n[0];
    od[1] += ds * n[1];
    od[2] += ds * n[2];
  };
  for (let i = 0; i < N_POLAR; i++) {
    for (let j = 0; j < N_AZIMUTH; j++) {
      const k = i * N_AZIMUTH + j;
      const kRight = i * N_AZIMUTH + ((j + 1) % N_AZIMUTH);
      // the shared edge between azimuth neighbours runs along the polar direction
      addEdge(k, kRight, edgeLength(points, i, j, 'polar', shape.semiAxesM));
      if (i + 1 < N_POLAR) {
        const kDown = (i + 1) * N_AZIMUTH + j;
        addEdge(k, kDown, edgeLength(points, i, j, 'azimuth', shape.semiAxesM));
      }
    }
  }
  const jointList = [...joints.values()];
  for (const jn of jointList) {
    const od = dirSums.get(jn)!;
    const l = Math.hypot(od[0], od[1], od[2]) || 1;
    jn.openingDir = [od[0] / l, od[1] / l, od[2] / l];
  }

  // Mean radius of curvature: radius of the sphere of equal volume (a fair single number for a
  // near-spherical vault; local radii differ by about +/-25 %).
  const meanRadiusM = Math.cbrt(ax * ay * az);
  return { subject, bones, joints: jointList, meanRadiusM };
}

function edgeLength(_points: Vec3[], i: number, j: number, along: 'polar' | 'azimuth', a: Vec3): number {
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
