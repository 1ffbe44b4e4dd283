// The sculpted skulls measured on their generated meshes against published craniometric figures.
// Bands: Howells' cranial data (2524 adult crania, 30 populations; Howells 1973, 1989), 5th-95th
// percentiles of individual crania: cranial index 100*XCB/GOL 69-85, bizygomatic breadth over
// cranial length ZYB/GOL 0.67-0.79, orbital index 100*OBH/OBB 75-95. Rabbit: skull length over
// zygomatic breadth 1.7-2.3 (a wild adult 1.81; domestic skulls are relatively longer, Darwin
// 1868). Measured the way a craniometer would: extents of the surface, not of the design.
import { describe, expect, it } from 'vitest';
import { HEAD_SHAPES } from '../../src/model/geometry';
import type { SubjectId } from '../../src/model/types';
import { FIXED_BONE_INDEX } from '../../src/view/bone-slots';
import { memoize } from '../../src/model/memo';
import { buildSkullArrays } from '../../src/view/skull-arrays';

/** The mesh the app draws: the arrays its geometry is made of, built once per subject. */
const skull = memoize(buildSkullArrays);

function vertices(subject: SubjectId): Float32Array {
  return skull(subject).positions;
}

/** Extent along axis `a` of the vertices that pass `keep`, m. */
function extent(p: Float32Array, a: 0 | 1 | 2, keep: (x: number, y: number, z: number) => boolean): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < p.length; i += 3) {
    if (!keep(p[i], p[i + 1], p[i + 2])) continue;
    lo = Math.min(lo, p[i + a]);
    hi = Math.max(hi, p[i + a]);
  }
  return hi - lo;
}

/**
 * The orbit's opening seen from the front: along a horizontal and a vertical line through the
 * deepest point of the right orbit, the stretch where the front surface lies well behind the
 * rim (see walk below). Returns [height, breadth], m.
 */
function orbitOpening(p: Float32Array, ax: number, ay: number): [number, number] {
  // the front-most surface z over a grid of (x, y) cells, from the vertices
  const cell = 0.003;
  const front = new Map<string, number>();
  for (let i = 0; i < p.length; i += 3) {
    const [x, y, z] = [p[i], p[i + 1], p[i + 2]];
    if (x < 0 || x > 0.9 * ax || y > 0.1 * ay || y < -0.9 * ay || z < 0) continue;
    const key = `${Math.round(x / cell)},${Math.round(y / cell)}`;
    front.set(key, Math.max(front.get(key) ?? -Infinity, z));
  }
  let deepest = { key: '', z: Infinity };
  let rim = -Infinity;
  for (const [key, z] of front) {
    // look for the orbit where an orbit is: beside the nose, below the brow, above the cheek
    const [i, j] = key.split(',').map(Number);
    if (i * cell < 0.25 * ax || i * cell > 0.6 * ax || j * cell < -0.55 * ay || j * cell > -0.2 * ay) continue;
    if (z < deepest.z) deepest = { key, z };
    rim = Math.max(rim, z);
  }
  // the orbit floor is the deepest front surface inside the face's outline; walking out from
  // it, the opening ends where the surface comes more than halfway up to the rim, or at a crest
  // (the lateral rim is set back, and behind it the surface falls into the temporal fossa)
  const [ci, cj] = deepest.key.split(',').map(Number);
  const high = deepest.z + 0.55 * (rim - deepest.z);
  const low = deepest.z + 0.35 * (rim - deepest.z);
  const walk = (di: number, dj: number): number => {
    let last = deepest.z;
    for (let k = 1; k < 40; k++) {
      const z = front.get(`${ci + k * di},${cj + k * dj}`) ?? last;
      const next = front.get(`${ci + (k + 1) * di},${cj + (k + 1) * dj}`) ?? z;
      if (z >= high || (z >= low && next <= z)) return k;
      last = z;
    }
    return 40;
  };
  const up = walk(0, 1) + walk(0, -1);
  const side = walk(1, 0) + walk(-1, 0);
  return [up * cell, side * cell];
}

describe('sculpted skull proportions (measured on the mesh)', () => {
  const adult = vertices('adult');
  const [ax, ay] = HEAD_SHAPES.adult.semiAxesM;
  const cranium = (_x: number, y: number): boolean => y > -0.3 * ay; // above the orbits: vault
  const gol = extent(adult, 2, cranium);
  const xcb = extent(adult, 0, cranium);
  // zygomatic arches: the band below the orbits, in front of the ear
  const zyb = extent(adult, 0, (_x, y, z) => y < -0.55 * ay && y > -0.8 * ay && z > -0.05);

  it('adult cranial index 100*XCB/GOL is inside Howells 69-85', () => {
    const ci = (100 * xcb) / gol;
    expect(ci).toBeGreaterThan(69);
    expect(ci).toBeLessThan(85);
  });

  it('adult bizygomatic breadth to cranial length ZYB/GOL is inside Howells 0.67-0.79', () => {
    expect(zyb / gol).toBeGreaterThan(0.67);
    expect(zyb / gol).toBeLessThan(0.79);
  });

  it('adult orbital index 100*OBH/OBB is inside Howells 75-95, and the orbit is 30-45 mm across', () => {
    const [obh, obb] = orbitOpening(adult, ax, ay);
    const oi = (100 * obh) / obb;
    expect(obb * 1000).toBeGreaterThan(30);
    expect(obb * 1000).toBeLessThan(45);
    expect(oi).toBeGreaterThan(75);
    expect(oi).toBeLessThan(95);
  });

  it('the face is smaller against the cranium the younger the head (infant < child < adult)', () => {
    const faceToLength = (s: SubjectId): number => {
      const p = vertices(s);
      const [, sy] = HEAD_SHAPES[s].semiAxesM;
      // height of everything below the orbit roofs, over cranial length
      return extent(p, 1, (_x, y) => y < -0.3 * sy) / extent(p, 2, (_x, y) => y > -0.3 * sy);
    };
    expect(faceToLength('infant')).toBeLessThan(faceToLength('child'));
    expect(faceToLength('child')).toBeLessThan(faceToLength('adult'));
  });

  it('rabbit skull length over zygomatic breadth is 1.7-2.3', () => {
    const r = vertices('rabbit');
    const len = extent(r, 2, () => true);
    const zb = extent(r, 0, () => true);
    expect(len / zb).toBeGreaterThan(1.7);
    expect(len / zb).toBeLessThan(2.3);
  });

  it('vault vertices carry the model bones and the face is fixed', () => {
    const bones = skull('adult').bones;
    const moving = bones.filter((b) => b < FIXED_BONE_INDEX).length;
    // the vault is a large share of the surface, but not all of it (the face and jaw stay)
    expect(moving / bones.length).toBeGreaterThan(0.3);
    expect(moving / bones.length).toBeLessThan(0.8);
  });
});
