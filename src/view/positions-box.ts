// The box around a mesh's vertices, from its positions (x, y, z, x, ...), m. The skull pack
// quantizes positions over it (skull-pack.ts); the low-detail skull sizes its error bound by its
// longest side (skull-low-detail.ts).

export interface Box {
  lo: [number, number, number];
  hi: [number, number, number];
}

/** The box around the vertices `index` uses (every vertex without one). */
export function positionsBox(positions: ArrayLike<number>, index?: ArrayLike<number>): Box {
  const lo: Box['lo'] = [Infinity, Infinity, Infinity];
  const hi: Box['hi'] = [-Infinity, -Infinity, -Infinity];
  const n = index ? index.length : positions.length / 3;
  for (let j = 0; j < n; j++) {
    const i = index ? index[j]! : j;
    for (let k = 0; k < 3; k++) {
      const v = positions[3 * i + k]!;
      if (v < lo[k]) lo[k] = v;
      if (v > hi[k]) hi[k] = v;
    }
  }
  return { lo, hi };
}

/** The box's size along each axis, m. */
export const boxSize = (b: Box): [number, number, number] => [b.hi[0] - b.lo[0], b.hi[1] - b.lo[1], b.hi[2] - b.lo[2]];

/** The longest side of the box around the positions, m: the skull's length. */
export const longestSide = (positions: ArrayLike<number>): number => Math.max(...boxSize(positionsBox(positions)));
