// Procedural geometry of the head, in metres in the head frame (x right, y up, z forward), built
// from a HeadShape so the drawn bones are exactly the model's partition: every vault vertex asks
// regionAt() which bone it belongs to and stores that as the `aBone` attribute (its slot:
// BONE_IDS order, FIXED_BONE_INDEX for the base and other parts that never move; bone-slots.ts).
// Nothing here is per frame; builders run when the subject changes.

import { BufferAttribute, BufferGeometry } from 'three';
import { BONE_IDS, bregma, regionAt, type HeadShape } from '../model/geometry';
import type { SubjectId, Vec3 } from '../model/types';
import { FIXED_BONE_INDEX } from './bone-slots';
import { inCutawayQuarter } from './cutaway-quarter';

/** Lowest point of the vault shell on the unit ellipsoid; the base plate closes it there. */
export const VAULT_CUT_Y = -0.6;

/**
 * The bone a vertex moves with. Fontanelle vertices are cut out of the drawn bone anyway; they
 * move with the bone around them (the partition without the fontanelle) so the triangles at the
 * fontanelle's edge do not stretch back to a fixed point.
 */
export function boneIndexAt(shape: HeadShape, u: Vec3): number {
  let r = regionAt(shape, u);
  if (r === 'fontanelle') r = regionAt({ ...shape, fontanelleHalfWidth: [0, 0] }, u);
  if (r === 'base' || r === 'fontanelle') return FIXED_BONE_INDEX;
  return BONE_IDS.indexOf(r);
}

export interface GridOptions {
  shape: HeadShape;
  /** inward offset along the outward normal, m (0 = outer skull surface) */
  depthM: number;
  segAround: number;
  segPolar: number;
  /** normals point inward (for the skull's inner surface seen from the cranial cavity) */
  inward: boolean;
  /** y (m) below which the surface is flattened: closes brain and CSF shells at the base */
  floorYM?: number;
  /** go all the way round the bottom (closed shell) instead of stopping at VAULT_CUT_Y */
  closed: boolean;
  /** carve the longitudinal fissure between the hemispheres, m deep */
  fissureDepthM?: number;
  /** pull the vault's lower front in (0..~0.3) so the face sits below a brow, not under a dome */
  faceRecess?: number;
  /** where an open layer stops (unit-ellipsoid y); VAULT_CUT_Y unless given */
  cutY?: number;
}

const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

/** Below the brow and in front, the vault curves back toward the orbits and temples. */
export function faceRecessWeight(u: Vec3): number {
  return smoothstep(-0.12, -0.55, u[1]) * smoothstep(0.15, 0.85, u[2]);
}

/**
 * Where a layer's vertex lies for a unit-ellipsoid direction (display shape only: the bone a
 * vertex belongs to is still decided on the plain ellipsoid by regionAt).
 */
function layerPoint(o: GridOptions, u: Vec3, out: Float64Array): void {
  const [ax, ay, az] = o.shape.semiAxesM;
  let nx = u[0] / ax;
  let ny = u[1] / ay;
  let nz = u[2] / az;
  const nl = Math.hypot(nx, ny, nz);
  nx /= nl;
  ny /= nl;
  nz /= nl;
  let px = ax * u[0] - nx * o.depthM;
  let py = ay * u[1] - ny * o.depthM;
  let pz = az * u[2] - nz * o.depthM;
  if (o.fissureDepthM && py > 0) {
    // a groove along the midline, deepest on top, fading toward the base
    const w = 0.06 * ax;
    const g = o.fissureDepthM * Math.exp(-(px * px) / (w * w)) * Math.min(1, py / (0.3 * ay));
    px -= nx * g;
    py -= ny * g;
    pz -= nz * g;
  }
  if (o.faceRecess) {
    const w = faceRecessWeight(u);
    pz *= 1 - o.faceRecess * w;
    px *= 1 - 0.35 * o.faceRecess * w;
  }
  if (o.floorYM !== undefined && py < o.floorYM) py = o.floorYM;
  out[0] = px;
  out[1] = py;
  out[2] = pz;
}

/**
 * A latitude-longitude grid on the head ellipsoid, offset inward by depthM along the normal.
 * Attributes: position, normal, aUnit (unit-ellipsoid direction, the key into regionAt), aBone.
 * Normals come from finite differences of the surface, so they are seamless and follow the
 * display shaping.
 */
export function ellipsoidLayer(o: GridOptions): BufferGeometry {
  const polarMax = o.closed ? Math.PI : Math.acos(o.cutY ?? VAULT_CUT_Y);
  const cols = o.segAround + 1;
  const rows = o.segPolar + 1;
  const n = cols * rows;
  const pos = new Float32Array(n * 3);
  const nor = new Float32Array(n * 3);
  const unit = new Float32Array(n * 3);
  const bone = new Float32Array(n);
  const p0 = new Float64Array(3);
  const pa = new Float64Array(3);
  const pb = new Float64Array(3);
  const dir = (polar: number, azim: number): Vec3 => {
    const sp = Math.sin(polar);
    return [sp * Math.sin(azim), Math.cos(polar), sp * Math.cos(azim)];
  };
  const h = 1e-4;
  const [ax, ay, az] = o.shape.semiAxesM;
  let k = 0;
  for (let j = 0; j < rows; j++) {
    const polar = (j / o.segPolar) * polarMax;
    for (let i = 0; i < cols; i++) {
      const azim = (i / o.segAround) * Math.PI * 2;
      const u = dir(polar, azim);
      layerPoint(o, u, p0);
      let nx: number;
      let ny: number;
      let nz: number;
      if (o.floorYM !== undefined && p0[1] <= o.floorYM + 1e-9) {
        nx = 0;
        ny = -1;
        nz = 0;
      } else if (Math.sin(polar) < 1e-3) {
        nx = 0;
        ny = Math.sign(Math.cos(polar));
        nz = 0;
      } else {
        // tangents along increasing polar and azimuth; their cross product points outward
        layerPoint(o, dir(polar + h, azim), pa);
        layerPoint(o, dir(polar, azim + h), pb);
        const tx = pa[0] - p0[0];
        const ty = pa[1] - p0[1];
        const tz = pa[2] - p0[2];
        const sx = pb[0] - p0[0];
        const sy = pb[1] - p0[1];
        const sz = pb[2] - p0[2];
        nx = sy * tz - sz * ty;
        ny = sz * tx - sx * tz;
        nz = sx * ty - sy * tx;
        const l = Math.hypot(nx, ny, nz) || 1;
        nx /= l;
        ny /= l;
        nz /= l;
        // guard the orientation against the finite-difference sign convention
        if (nx * u[0] / ax + ny * u[1] / ay + nz * u[2] / az < 0) {
          nx = -nx;
          ny = -ny;
          nz = -nz;
        }
      }
      const s = o.inward ? -1 : 1;
      pos[k * 3] = p0[0];
      pos[k * 3 + 1] = p0[1];
      pos[k * 3 + 2] = p0[2];
      nor[k * 3] = nx * s;
      nor[k * 3 + 1] = ny * s;
      nor[k * 3 + 2] = nz * s;
      unit[k * 3] = u[0];
      unit[k * 3 + 1] = u[1];
      unit[k * 3 + 2] = u[2];
      bone[k] = boneIndexAt(o.shape, u);
      k++;
    }
  }
  const idx: number[] = [];
  for (let j = 0; j < o.segPolar; j++) {
    for (let i = 0; i < o.segAround; i++) {
      const a = j * cols + i;
      const b = a + cols;
      const c = b + 1;
      const d = a + 1;
      // skip the degenerate triangles at the poles
      if (j > 0) pushTri(idx, o.inward, a, b, d);
      if (j < o.segPolar - 1 || !o.closed) pushTri(idx, o.inward, b, c, d);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setAttribute('normal', new BufferAttribute(nor, 3));
  g.setAttribute('aUnit', new BufferAttribute(unit, 3));
  g.setAttribute('aBone', new BufferAttribute(bone, 1));
  g.setIndex(idx);
  return g;
}

function pushTri(idx: number[], flip: boolean, a: number, b: number, c: number): void {
  if (flip) idx.push(a, c, b);
  else idx.push(a, b, c);
}

/**
 * The skull base plate closing the vault at VAULT_CUT_Y: an outer (downward) and inner (upward)
 * elliptical disc joined at the rim, so the vault is a closed solid for the cutaway.
 */
export function basePlate(shape: HeadShape, thicknessM: number, seg: number, faceRecess = 0): BufferGeometry {
  const [ax, ay, az] = shape.semiAxesM;
  const rimScale = Math.sqrt(1 - VAULT_CUT_Y * VAULT_CUT_Y);
  const yOut = ay * VAULT_CUT_Y;
  const pos: number[] = [];
  const idx: number[] = [];
  // centre vertices: 0 = outer centre, 1 = inner centre
  pos.push(0, yOut, 0, 0, yOut + thicknessM, 0);
  for (let i = 0; i <= seg; i++) {
    const t = (i / seg) * Math.PI * 2;
    const w = faceRecess * faceRecessWeight([Math.sin(t) * rimScale, VAULT_CUT_Y, Math.cos(t) * rimScale]);
    const x = Math.sin(t) * ax * rimScale * (1 - 0.35 * w);
    const z = Math.cos(t) * az * rimScale * (1 - w);
    // outer rim on the ellipsoid, inner rim pulled in by about one thickness
    const shrinkX = Math.max(0.2, 1 - (1.6 * thicknessM) / (ax * rimScale));
    const shrinkZ = Math.max(0.2, 1 - (1.6 * thicknessM) / (az * rimScale));
    pos.push(x, yOut, z, x * shrinkX, yOut + thicknessM, z * shrinkZ);
  }
  for (let i = 0; i < seg; i++) {
    const o0 = 2 + i * 2;
    const o1 = o0 + 2;
    idx.push(0, o1, o0); // outer disc faces down
    idx.push(1, o0 + 1, o1 + 1); // inner disc faces up
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  addFixedAttributes(g);
  return g;
}

/** Give a geometry the aUnit/aBone attributes of a part that never moves. */
export function addFixedAttributes(g: BufferGeometry): BufferGeometry {
  const n = g.getAttribute('position').count;
  g.setAttribute('aUnit', new BufferAttribute(new Float32Array(n * 3), 3));
  g.setAttribute('aBone', new BufferAttribute(new Float32Array(n).fill(FIXED_BONE_INDEX), 1));
  return g;
}

/**
 * The open anterior fontanelle as a membrane patch: the diamond |x|/fx + |z - bz|/fz < 1 of
 * regionAt, gridded so it follows the curved head, sitting at mid-thickness of the bone.
 */
export function fontanelleMembrane(shape: HeadShape, depthM: number, seg: number): BufferGeometry | null {
  const [fx, fz] = shape.fontanelleHalfWidth;
  if (fx <= 0 || fz <= 0) return null;
  const bz = bregma(shape)[2];
  const [ax, ay, az] = shape.semiAxesM;
  const pos: number[] = [];
  const units: number[] = [];
  const bones: number[] = [];
  const idx: number[] = [];
  const cols = seg + 1;
  for (let j = 0; j <= seg; j++) {
    for (let i = 0; i <= seg; i++) {
      const a = (i / seg) * 2 - 1;
      const b = (j / seg) * 2 - 1;
      // square -> diamond: |s| + |t| = max(|a|, |b|) <= 1; slightly oversized to overlap the edge
      const s = ((a + b) / 2) * 1.04;
      const t = ((a - b) / 2) * 1.04;
      const ux = fx * s;
      const uz = bz + fz * t;
      const uy = Math.sqrt(Math.max(0, 1 - ux * ux - uz * uz));
      let nx = ux / ax;
      let ny = uy / ay;
      let nz = uz / az;
      const l = Math.hypot(nx, ny, nz);
      nx /= l;
      ny /= l;
      nz /= l;
      // the membrane sags a little inward at its centre (it is soft tissue, not bone)
      const sag = depthM * (1 + 0.6 * (1 - Math.max(Math.abs(a), Math.abs(b))));
      pos.push(ax * ux - nx * sag, ay * uy - ny * sag, az * uz - nz * sag);
      units.push(ux, uy, uz);
      bones.push(boneIndexAt(shape, [ux, uy, uz]));
    }
  }
  for (let j = 0; j < seg; j++) {
    for (let i = 0; i < seg; i++) {
      const p = j * cols + i;
      idx.push(p, p + 1, p + cols, p + 1, p + cols + 1, p + cols);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3));
  g.setIndex(idx);
  g.computeVertexNormals();
  // make the normals face outward (up), whatever the winding turned out to be
  const nAttr = g.getAttribute('normal');
  const mid = Math.floor((seg * cols + seg) / 2);
  if (nAttr.getY(mid) < 0) {
    const arr = nAttr.array as Float32Array;
    for (let i = 0; i < arr.length; i++) arr[i] = -arr[i];
  }
  // the membrane stretches between the bones around it and moves with them
  g.setAttribute('aUnit', new BufferAttribute(new Float32Array(units), 3));
  g.setAttribute('aBone', new BufferAttribute(new Float32Array(bones), 1));
  return g;
}

/**
 * Drops the triangles the cutaway removes whole: every vertex in the removed quarter
 * (cutaway-quarter.ts, the rule the shaders discard by), so every pixel of them would be
 * discarded anyway (the quarter is convex). For the layers drawn only in the
 * cutaway: a software renderer pays per triangle, discarded or not. Returns the geometry.
 */
export function withoutCutAway(g: BufferGeometry): BufferGeometry {
  const index = g.index;
  if (!index) return g;
  const pos = g.getAttribute('position');
  const removed = (i: number) => inCutawayQuarter(pos.getX(i), pos.getZ(i));
  const kept: number[] = [];
  for (let t = 0; t < index.count; t += 3) {
    const [a, b, c] = [index.getX(t), index.getX(t + 1), index.getX(t + 2)];
    if (!(removed(a) && removed(b) && removed(c))) kept.push(a, b, c);
  }
  g.setIndex(kept);
  return g;
}

/** How far the vault's lower front is pulled in for the face (see ellipsoidLayer). */
export function faceRecessFor(subject: SubjectId): number {
  return subject === 'rabbit' ? 0 : subject === 'infant' ? 0.16 : 0.24;
}

/**
 * A head-frame point mapped back through the display recess onto the plain ellipsoid family:
 * its unit direction (the key into regionAt) and its extent (1 on the vault surface).
 */
export function unrecessedUnit(shape: HeadShape, recess: number, p: Vec3): { unit: Vec3; extent: number } {
  const [ax, ay, az] = shape.semiAxesM;
  const l0 = Math.hypot(p[0] / ax, p[1] / ay, p[2] / az) || 1;
  const w = recess * faceRecessWeight([p[0] / ax / l0, p[1] / ay / l0, p[2] / az / l0]);
  const q: Vec3 = [p[0] / (1 - 0.35 * w) / ax, p[1] / ay, p[2] / (1 - w) / az];
  const extent = Math.hypot(q[0], q[1], q[2]) || 1;
  return { unit: [q[0] / extent, q[1] / extent, q[2] / extent], extent };
}
