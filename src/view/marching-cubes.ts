// Marching cubes over a sampled field, emitting an indexed mesh: each grid edge the surface
// crosses becomes one vertex, shared by every triangle through it. The cube and triangle tables
// are three.js's (three/addons/objects/MarchingCubes.js exports them; importing only the tables
// keeps three's classes out of the skull worker, which then loads ~45 KB gzip less). The maths is
// the one that addon's MarchingCubes uses, so the skull is the same surface: positions in the box
// [-1, 1]^3, cells 1..n-3 along each axis, a bit set where the field is below the isolation level,
// and per-vertex normals from the field's central-difference gradient at the two grid points of
// the edge, interpolated like the position (smooth shading).

import { edgeTable, triTable } from 'three/addons/objects/MarchingCubes.js';

export interface IsoMesh {
  /** vertex positions in [-1, 1]^3 */
  pos: Float32Array;
  /** unnormalised normals (pointing to where the field is lower) */
  nor: Float32Array;
  index: Uint32Array;
}

/**
 * Edge e of a cube (the tables' numbering) as [dx, dy, dz] of its start corner and its axis
 * (0 x, 1 y, 2 z): edges 0-3 the cube's z=0 face, 4-7 its z=1 face, 8-11 the z edges.
 */
const EDGES: readonly (readonly [number, number, number, number])[] = [
  [0, 0, 0, 0], [1, 0, 0, 1], [0, 1, 0, 0], [0, 0, 0, 1],
  [0, 0, 1, 0], [1, 0, 1, 1], [0, 1, 1, 0], [0, 0, 1, 1],
  [0, 0, 0, 2], [1, 0, 0, 2], [1, 1, 0, 2], [0, 1, 0, 2],
];
/** Corner bits of the cube index: corner (dx, dy, dz) -> bit, in the tables' corner order. */
const CORNER_BIT = [1, 2, 8, 4, 16, 32, 128, 64];

/** A Float32Array that doubles when full. */
class Floats {
  a: Float32Array;
  n = 0;
  constructor(capacity: number) {
    this.a = new Float32Array(capacity);
  }
  push3(x: number, y: number, z: number): void {
    if (this.n + 3 > this.a.length) {
      const b = new Float32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
    this.a[this.n++] = y;
    this.a[this.n++] = z;
  }
}

/**
 * The surface field === isolation of an n^3 field (x fastest, then y, then z). Vertices are
 * numbered in the order triangles first use them.
 */
export function marchingCubes(field: Float32Array, n: number, isolation: number): IsoMesh {
  const yd = n;
  const zd = n * n;
  const half = n / 2;
  const delta = 2 / n;
  // vertex on the edge (grid point q, axis a) = vertexOf[3q + a], -1 until made
  const vertexOf = new Int32Array(3 * n * n * n).fill(-1);
  const pos = new Floats(1 << 16);
  const nor = new Floats(1 << 16);
  let index = new Uint32Array(1 << 16);
  let count = 0;
  const step = [1, yd, zd];
  // the gradient's components at a grid point, rounded as the addon's Float32 normal cache does
  const gx = (q: number) => Math.fround(field[q - 1] - field[q + 1]);
  const gy = (q: number) => Math.fround(field[q - yd] - field[q + yd]);
  const gz = (q: number) => Math.fround(field[q - zd] - field[q + zd]);
  const vertex = (q: number, axis: number): number => {
    const key = 3 * q + axis;
    const known = vertexOf[key];
    if (known >= 0) return known;
    const q2 = q + step[axis];
    const mu = (isolation - field[q]) / (field[q2] - field[q]);
    const x = q % n;
    const y = Math.floor(q / yd) % n;
    const z = Math.floor(q / zd);
    pos.push3(
      (x - half) / half + (axis === 0 ? mu * delta : 0),
      (y - half) / half + (axis === 1 ? mu * delta : 0),
      (z - half) / half + (axis === 2 ? mu * delta : 0),
    );
    const ax = gx(q);
    const ay = gy(q);
    const az = gz(q);
    nor.push3(ax + (gx(q2) - ax) * mu, ay + (gy(q2) - ay) * mu, az + (gz(q2) - az) * mu);
    const v = pos.n / 3 - 1;
    vertexOf[key] = v;
    return v;
  };
  const corner = new Int32Array(8);
  for (let c = 0; c < 8; c++) corner[c] = (c & 1) + ((c >> 1) & 1) * yd + (c >> 2) * zd;
  const edgeStart = EDGES.map(([dx, dy, dz]) => dx + dy * yd + dz * zd);
  const last = n - 2;
  for (let z = 1; z < last; z++) {
    for (let y = 1; y < last; y++) {
      for (let x = 1; x < last; x++) {
        const q = x + y * yd + z * zd;
        let cube = 0;
        for (let c = 0; c < 8; c++) if (field[q + corner[c]] < isolation) cube |= CORNER_BIT[c];
        if (edgeTable[cube] === 0) continue;
        for (let i = cube << 4; triTable[i] !== -1; i++) {
          if (count === index.length) {
            const b = new Uint32Array(index.length * 2);
            b.set(index);
            index = b;
          }
          const e = triTable[i];
          index[count++] = vertex(q + edgeStart[e], EDGES[e][3]);
        }
      }
    }
  }
  return { pos: pos.a.slice(0, pos.n), nor: nor.a.slice(0, nor.n), index: index.slice(0, count) };
}
