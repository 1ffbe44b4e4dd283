// The skull's mesh simplifier (src/view/simplify.ts) on surfaces whose true shape is known: a
// marching-cubes sphere (closed, curved everywhere) and a flat square sheet (open, every triangle
// in one plane). What must hold whatever the collapse order: the surface stays a closed
// two-manifold with every triangle facing out, its volume and radius barely change, locked and
// border vertices stay, and no collapse moves the surface further than the error allowed.
import { describe, expect, it } from 'vitest';
import { marchingCubes } from '../../src/view/marching-cubes';
import { compactMesh, simplifyMesh } from '../../src/view/simplify';

/** A sphere of radius r (box units, box [-1, 1]^3) meshed on an n^3 grid like the skull. */
function sphere(n: number, r: number) {
  const field = new Float32Array(n * n * n);
  for (let z = 0; z < n; z++)
    for (let y = 0; y < n; y++)
      for (let x = 0; x < n; x++) {
        const [X, Y, Z] = [x, y, z].map((i) => (i - n / 2) / (n / 2));
        field[x + n * (y + n * z)] = r - Math.hypot(X, Y, Z);
      }
  return marchingCubes(field, n, 0);
}

/** Edges used by other than exactly two triangles (0 for a closed two-manifold). */
function badEdges(index: Uint32Array): number {
  const uses = new Map<string, number>();
  for (let t = 0; t < index.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const a = index[t + k];
      const b = index[t + ((k + 1) % 3)];
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  return [...uses.values()].filter((u) => u !== 2).length;
}

/** Signed volume enclosed (divergence theorem over the triangles). */
function volume(pos: Float32Array, index: Uint32Array): number {
  let v = 0;
  for (let t = 0; t < index.length; t += 3) {
    const [a, b, c] = [index[t], index[t + 1], index[t + 2]].map((i) => [pos[3 * i], pos[3 * i + 1], pos[3 * i + 2]]);
    v += (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0])) / 6;
  }
  return v;
}

/** Cosine between each triangle's normal and the direction from the centre to it: the least. */
function leastOutwardCos(pos: Float32Array, index: Uint32Array): number {
  let least = 1;
  for (let t = 0; t < index.length; t += 3) {
    const [a, b, c] = [index[t], index[t + 1], index[t + 2]].map((i) => [pos[3 * i], pos[3 * i + 1], pos[3 * i + 2]]);
    const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const w = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    const n = [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]];
    const m = [(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3];
    const cos = (n[0] * m[0] + n[1] * m[1] + n[2] * m[2]) / (Math.hypot(...n) * Math.hypot(...m));
    least = Math.min(least, cos);
  }
  return least;
}

describe('simplifyMesh on a marching-cubes sphere', () => {
  const n = 48;
  const r = 0.8;
  const mc = sphere(n, r);
  const cell = 2 / n;
  const triangles = mc.index.length / 3;
  const out = simplifyMesh(mc.pos, mc.index, { targetTriangles: Math.round(triangles / 4), maxError: 0.1 * cell });

  it('reaches the target on a smooth surface (a quarter of the triangles)', () => {
    // a sphere sampled at ~60 cells across has far more triangles than its curvature needs
    expect(out.length / 3).toBeLessThanOrEqual(Math.round(triangles / 4) + 1);
  });

  it('keeps a closed two-manifold, every triangle facing out', () => {
    expect(badEdges(mc.index)).toBe(0);
    expect(badEdges(out)).toBe(0);
    // marching cubes orients its triangles consistently; a fold-over would face inward. The
    // simplifier lets a collapse turn a triangle by at most 45 degrees; a sphere's triangles
    // stay within a few tens of degrees of radial
    const sign = Math.sign(leastOutwardCos(mc.pos, mc.index));
    expect(sign * leastOutwardCos(mc.pos, out)).toBeGreaterThan(0.5);
  });

  it('keeps the enclosed volume within 1 % and every vertex on the original sphere', () => {
    const v0 = volume(mc.pos, mc.index);
    expect(Math.abs(volume(mc.pos, out) / v0 - 1)).toBeLessThan(0.01);
    // half-edge collapses keep original vertices: each kept one is where the mesher put it,
    // within the mesher's own error of the true radius (a fraction of a cell)
    const { kept } = compactMesh(out, mc.pos.length / 3);
    for (const k of kept) expect(Math.abs(Math.hypot(mc.pos[3 * k], mc.pos[3 * k + 1], mc.pos[3 * k + 2]) - r)).toBeLessThan(0.1 * cell);
  });

  it('does nothing where every collapse would move the surface more than allowed', () => {
    // an error bound of 1e-9 box units: no collapse on a curved surface is that small
    const none = simplifyMesh(mc.pos, mc.index, { targetTriangles: 0, maxError: 1e-9 });
    expect(none.length).toBe(mc.index.length);
  });

  it('never removes a locked vertex', () => {
    const nv = mc.pos.length / 3;
    // lock the upper half (y > 0): only the lower half may lose vertices
    const locked = new Uint8Array(nv).map((_, i) => (mc.pos[3 * i + 1] > 0 ? 1 : 0));
    const some = simplifyMesh(mc.pos, mc.index, { targetTriangles: 0, maxError: 0.1 * cell, locked });
    const used = new Uint8Array(nv);
    for (const i of some) used[i] = 1;
    for (let i = 0; i < nv; i++) if (locked[i]) expect(used[i]).toBe(1);
    expect(some.length).toBeLessThan(mc.index.length * 0.75);
  });
});

describe('simplifyMesh on a flat sheet', () => {
  // a 10 x 10 grid of squares in z = 0, two triangles each: a plane needs no interior vertex at
  // all, so every interior one can go (zero error), while the border keeps its outline
  const side = 10;
  const pos = new Float32Array((side + 1) * (side + 1) * 3);
  for (let j = 0; j <= side; j++) for (let i = 0; i <= side; i++) pos.set([i, j, 0], 3 * (j * (side + 1) + i));
  const idx: number[] = [];
  for (let j = 0; j < side; j++)
    for (let i = 0; i < side; i++) {
      const a = j * (side + 1) + i;
      idx.push(a, a + 1, a + side + 2, a, a + side + 2, a + side + 1);
    }
  const out = simplifyMesh(pos, Uint32Array.from(idx), { targetTriangles: 0, maxError: 1e-6 });

  it('removes the interior and keeps the 40 border vertices and the area', () => {
    const { kept } = compactMesh(out, pos.length / 3);
    const border = [...kept].filter((k) => {
      const [x, y] = [pos[3 * k], pos[3 * k + 1]];
      return x === 0 || y === 0 || x === side || y === side;
    });
    expect(border.length).toBe(4 * side);
    expect(kept.length).toBe(4 * side);
    let area = 0;
    for (let t = 0; t < out.length; t += 3) {
      const [a, b, c] = [out[t], out[t + 1], out[t + 2]];
      area += ((pos[3 * b] - pos[3 * a]) * (pos[3 * c + 1] - pos[3 * a + 1]) - (pos[3 * c] - pos[3 * a]) * (pos[3 * b + 1] - pos[3 * a + 1])) / 2;
    }
    // every triangle kept its winding (positive area) and together they still tile the square
    expect(area).toBeCloseTo(side * side, 6);
  });
});

describe('compactMesh', () => {
  it('renumbers the used vertices in first-use order', () => {
    const { kept, index } = compactMesh(Uint32Array.from([5, 2, 7, 2, 5, 9]), 10);
    expect([...kept]).toEqual([5, 2, 7, 9]);
    expect([...index]).toEqual([0, 1, 2, 1, 0, 3]);
  });
});
