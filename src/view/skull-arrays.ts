// Builds a subject's skull: samples its sculpt (skull-human.ts, skull-rabbit.ts) and meshes it into
// the arrays the bone shader reads. Isosurface: marching cubes (marching-cubes.ts, the maths and
// tables of three.js's MarchingCubes addon without its Mesh, so the worker carries no three.js);
// its normals come from the field's gradient, so the surface is smoothly shaded. The mesh is then
// simplified (simplify.ts) to a quarter of its triangles, fewer where the surface is flat: a
// software renderer pays per triangle (adult 30,384 -> ~7,600; the skull's share of a frame on
// SwiftShader fell from 14.4 to ~6 ms at the scene's lowest resolution). The sutures' seams keep
// every vertex. The field is sampled coarse-to-fine: blocks whose corners are all farther
// from the surface than the block is wide are filled by interpolation, so the sculpt is
// evaluated only near its surface. Per vertex: aUnit (direction on the unit vault ellipsoid),
// aBone (the model's bone, bone-slots.ts: vault vertices by regionAt, everything else fixed) and
// a colour darkened by ambient occlusion sampled from the same distance field (orbits, nasal
// aperture, between teeth). 0.15-0.4 s a subject (adult slowest; `buildMs`, Node, 2 cores), 0.9 s
// in a fresh browser worker and 1.2-1.9 s in the page while it loads beside it: so the build runs
// this once per subject (scripts/skull-meshes.ts, packed by skull-pack.ts) and the page fetches
// the result (the single-file build carries the packs inside); the page runs it only where a
// pack cannot be had (a failed fetch, no gzip decoder), in the skull worker (skull-worker.ts) or,
// where no worker starts, on the main thread (skull-loader.ts). skull-mesh.ts turns the arrays into geometry.

import { HEAD_SHAPES } from '../model/geometry';
import type { SubjectId } from '../model/types';
import { boneIndexAt, faceRecessFor, unrecessedUnit } from './head-geometry';
import { FIXED_BONE_INDEX } from './bone-slots';
import type { Sdf, V3 } from './sdf';
import { humanSkullSdf } from './skull-human';
import { marchingCubes } from './marching-cubes';
import { compactMesh, seamVertices, simplifyMesh } from './simplify';
import { rabbitSkullSdf } from './skull-rabbit';

/** Grid cells along the longest side of the skull's box: ~2 mm for the adult, ~1 mm rabbit. */
export const SKULL_GRID = 72;
/** A vertex this close to the vault ellipsoid (relative) belongs to a vault bone. */
const VAULT_BAND = 0.1;

export interface SkullArrays {
  positions: Float32Array;
  normals: Float32Array;
  colors: Float32Array;
  units: Float32Array;
  bones: Float32Array;
  index: Uint32Array;
  /** time to sample, mesh and attribute, ms */
  buildMs: number;
}

/** Share of the mesher's triangles the simplifier aims to keep (it stops earlier where every
 *  further collapse would move the surface more than SIMPLIFY_MAX_ERROR_CELLS). */
const SIMPLIFY_KEEP = 0.25;
/** Largest RMS move of the surface a simplification may make, in grid cells. */
const SIMPLIFY_MAX_ERROR_CELLS = 0.1;

/** The subject's skull sculpt as a signed distance, m, head frame. */
export function skullSdf(subject: SubjectId): Sdf {
  const shape = HEAD_SHAPES[subject];
  return subject === 'rabbit' ? rabbitSkullSdf(shape) : humanSkullSdf(subject, shape, faceRecessFor(subject));
}

/** The box the sculpt fits in, m (generous: the face and jaw hang below and in front). */
export function skullBox(subject: SubjectId): { lo: V3; hi: V3 } {
  const [ax, ay, az] = HEAD_SHAPES[subject].semiAxesM;
  if (subject === 'rabbit') return { lo: [-1.8 * ax, -2.0 * ay, -1.1 * az], hi: [1.8 * ax, 1.1 * ay, 3.8 * az] };
  return { lo: [-1.1 * ax, -1.9 * ay, -1.1 * az], hi: [1.1 * ax, 1.1 * ay, 1.1 * az] };
}

export function buildSkullArrays(subject: SubjectId): SkullArrays {
  const t0 = performance.now();
  const shape = HEAD_SHAPES[subject];
  const sdf = skullSdf(subject);
  const { lo, hi } = skullBox(subject);
  const centre: V3 = [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2];
  const half = Math.max(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]) / 2;
  const n = SKULL_GRID;
  const field = new Float32Array(n * n * n);
  fillField(field, n, centre, half, sdf);
  const mc = marchingCubes(field, n, 0);
  const nv0 = mc.pos.length / 3;
  // head-frame position, unit direction and bone of every vertex the mesher made
  const head = new Float32Array(nv0 * 3);
  const unit0 = new Float32Array(nv0 * 3);
  const bone0 = new Float32Array(nv0);
  const recess = faceRecessFor(subject);
  for (let i = 0; i < nv0; i++) {
    const p: V3 = [centre[0] + mc.pos[i * 3] * half, centre[1] + mc.pos[i * 3 + 1] * half, centre[2] + mc.pos[i * 3 + 2] * half];
    head.set(p, i * 3);
    const { unit, extent } = unrecessedUnit(shape, recess, p);
    unit0.set(unit, i * 3);
    bone0[i] = Math.abs(extent - 1) < VAULT_BAND ? boneIndexAt(shape, unit) : FIXED_BONE_INDEX;
  }
  // fewer triangles where the surface is flat (simplify.ts); the sutures' seams stay as meshed
  const cell = (2 * half) / n;
  const simplified = simplifyMesh(head, mc.index, {
    targetTriangles: Math.round((mc.index.length / 3) * SIMPLIFY_KEEP),
    maxError: SIMPLIFY_MAX_ERROR_CELLS * cell,
    locked: seamVertices(mc.index, bone0),
  });
  const { kept, index } = compactMesh(simplified, nv0);
  const nv = kept.length;
  const positions = new Float32Array(nv * 3);
  const normals = new Float32Array(nv * 3);
  const colors = new Float32Array(nv * 3);
  const units = new Float32Array(nv * 3);
  const bones = new Float32Array(nv);
  const aoStep = half * 0.03;
  for (let i = 0; i < nv; i++) {
    const k = kept[i];
    const x = head[k * 3];
    const y = head[k * 3 + 1];
    const z = head[k * 3 + 2];
    positions.set([x, y, z], i * 3);
    let nx = mc.nor[k * 3];
    let ny = mc.nor[k * 3 + 1];
    let nz = mc.nor[k * 3 + 2];
    const nl = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    nx /= nl;
    ny /= nl;
    nz /= nl;
    normals.set([nx, ny, nz], i * 3);
    units.set(unit0.subarray(k * 3, k * 3 + 3), i * 3);
    bones[i] = bone0[k];
    // the vault is convex and open: occlusion only where the face and base fold
    const ao = bones[i] === FIXED_BONE_INDEX ? occlusion(sdf, x, y, z, nx, ny, nz, aoStep) : 1;
    colors[i * 3] = ao;
    colors[i * 3 + 1] = ao;
    colors[i * 3 + 2] = ao;
  }
  const t1 = performance.now();
  return { positions, normals, colors, units, bones, index, buildMs: t1 - t0 };
}

/** Samples the sculpt on the grid: exactly within a few cells of the surface, and elsewhere by
 *  the value at the centre of the largest block the surface keeps clear of (an octree-like
 *  descent). Marching cubes only reads values across sign changes and the gradient beside them,
 *  so far values need only the right sign. The field is the negated distance (marching-cubes.ts
 *  treats larger as inside). */
function fillField(field: Float32Array, n: number, c: V3, half: number, sdf: Sdf): void {
  const cell = (2 * half) / n;
  const at = (i: number): number => (i - n / 2) * cell;
  // every point of a far block is this many cells from the surface: the gradient stencil next
  // to a surface crossing never reaches into one
  const marginCells = 1.5;
  const visit = (i0: number, j0: number, k0: number, size: number): void => {
    const i1 = Math.min(i0 + size, n);
    const j1 = Math.min(j0 + size, n);
    const k1 = Math.min(k0 + size, n);
    if (i0 >= i1 || j0 >= j1 || k0 >= k1) return;
    if (size > 1) {
      const ci = (i0 + i1 - 1) / 2;
      const cj = (j0 + j1 - 1) / 2;
      const ck = (k0 + k1 - 1) / 2;
      const d = sdf(c[0] + at(ci), c[1] + at(cj), c[2] + at(ck));
      const halfDiag = Math.sqrt((i1 - i0) ** 2 + (j1 - j0) ** 2 + (k1 - k0) ** 2) * 0.5 * cell;
      // x1.15: the ellipsoid and smooth operators give near-distances, not exact ones
      if (Math.abs(d) > halfDiag * 1.15 + marginCells * cell) {
        for (let k = k0; k < k1; k++)
          for (let j = j0; j < j1; j++) field.fill(-d, i0 + n * (j + n * k), i1 + n * (j + n * k));
        return;
      }
      const h = size / 2;
      for (let m = 0; m < 8; m++) visit(i0 + (m & 1) * h, j0 + ((m >> 1) & 1) * h, k0 + (m >> 2) * h, h);
      return;
    }
    field[i0 + n * (j0 + n * k0)] = -sdf(c[0] + at(i0), c[1] + at(j0), c[2] + at(k0));
  };
  let top = 1;
  while (top < n) top *= 2;
  visit(0, 0, 0, top);
}

/** Ambient occlusion from the distance field: how much nearer than expected the surface is
 *  along the normal (the classic ray-marched AO estimate); 1 = open, ~0.35 = deep in a pit. */
function occlusion(sdf: Sdf, x: number, y: number, z: number, nx: number, ny: number, nz: number, step: number): number {
  let occ = 0;
  let weight = 1;
  for (let s = 1; s <= 3; s++) {
    const h = step * s;
    const d = sdf(x + nx * h, y + ny * h, z + nz * h);
    occ += (weight * Math.max(0, h - d)) / step;
    weight *= 0.55;
  }
  return Math.max(0.35, Math.min(1, 1 - 0.3 * occ));
}
