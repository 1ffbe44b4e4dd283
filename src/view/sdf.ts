// Signed-distance primitives and the smooth operators the skulls are sculpted with (after Inigo
// Quilez's "distance functions" catalogue). Distances in metres; negative inside. The ellipsoid
// and the smooth operators give a bound, not an exact distance, which is all meshing needs.

/** A signed distance; `lower`, when present, is a cheap lower bound of it (the distance to a
 *  sphere around the shape), which lets the operators skip a part that cannot change the result. */
export type Sdf = ((x: number, y: number, z: number) => number) & { lower?: (x: number, y: number, z: number) => number };

/** Attach a bounding sphere (centre c, radius r) as the shape's cheap lower bound. */
function withSphere(f: Sdf, c: V3, r: number): Sdf {
  const [cx, cy, cz] = c;
  f.lower = (x, y, z) => Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz)) - r;
  return f;
}
export type V3 = readonly [number, number, number];

/** Ellipsoid with semi-axes r centred at c (IQ's k0 (k0 - 1) / k1 bound). */
export function ellipsoid(c: V3, r: V3): Sdf {
  const [cx, cy, cz] = c;
  const [rx, ry, rz] = r;
  return withSphere((x, y, z) => {
    const px = x - cx;
    const py = y - cy;
    const pz = z - cz;
    const k0 = Math.sqrt((px * px) / (rx * rx) + (py * py) / (ry * ry) + (pz * pz) / (rz * rz));
    const k1 = Math.sqrt((px * px) / (rx * rx * rx * rx) + (py * py) / (ry * ry * ry * ry) + (pz * pz) / (rz * rz * rz * rz));
    return k1 > 0 ? (k0 * (k0 - 1)) / k1 : -Math.min(rx, ry, rz);
  }, c, Math.max(rx, ry, rz));
}

/** Segment a-b swept by a radius going from ra at a to rb at b (a tapered capsule). */
export function capsule(a: V3, b: V3, ra: number, rb = ra): Sdf {
  const bax = b[0] - a[0];
  const bay = b[1] - a[1];
  const baz = b[2] - a[2];
  const bb = bax * bax + bay * bay + baz * baz;
  const mid: V3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
  return withSphere((x, y, z) => {
    const pax = x - a[0];
    const pay = y - a[1];
    const paz = z - a[2];
    const h = Math.min(1, Math.max(0, (pax * bax + pay * bay + paz * baz) / bb));
    const dx = pax - bax * h;
    const dy = pay - bay * h;
    const dz = paz - baz * h;
    return Math.sqrt(dx * dx + dy * dy + dz * dz) - (ra + (rb - ra) * h);
  }, mid, Math.sqrt(bb) / 2 + Math.max(ra, rb));
}

/** A chain of tapered capsules through points p[i] with radii r[i]. */
export function tube(points: readonly V3[], radii: readonly number[]): Sdf {
  const parts: Sdf[] = [];
  for (let i = 0; i + 1 < points.length; i++) parts.push(capsule(points[i], points[i + 1], radii[i], radii[i + 1]));
  return union(...parts);
}

/** Polynomial smooth minimum: a union whose seams are filleted over about k. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

export function union(...parts: Sdf[]): Sdf {
  const n = parts.length;
  const f: Sdf = (x, y, z) => {
    let d = Infinity;
    for (let i = 0; i < n; i++) {
      const lo = parts[i].lower;
      if (lo && lo(x, y, z) >= d) continue;
      d = Math.min(d, parts[i](x, y, z));
    }
    return d;
  };
  if (parts.every((p) => p.lower)) {
    f.lower = (x, y, z) => {
      let d = Infinity;
      for (let i = 0; i < n; i++) d = Math.min(d, parts[i].lower!(x, y, z));
      return d;
    };
  }
  return f;
}

/** Smooth union of parts onto a base, each with its own fillet k. */
export function smoothUnion(base: Sdf, parts: ReadonlyArray<readonly [Sdf, number]>): Sdf {
  const fs = parts.map((p) => p[0]);
  const ks = parts.map((p) => p[1]);
  const n = fs.length;
  const los = parts.map((p) => p[0].lower);
  return (x, y, z) => {
    let d = base(x, y, z);
    for (let i = 0; i < n; i++) {
      // a part at least k beyond the surface so far cannot change it
      const lo = los[i];
      if (lo && lo(x, y, z) >= d + ks[i]) continue;
      d = smin(d, fs[i](x, y, z), ks[i]);
    }
    return d;
  };
}

const negated = (f: Sdf): Sdf => (x, y, z) => -f(x, y, z);

/**
 * Smooth subtraction: cut each carve out of the base, rims rounded over k. Cutting a carve out of
 * a solid is joining it to the solid's outside: the smooth union of the carves onto the negated
 * base, negated back (with the same early skip of far-away carves).
 */
export function smoothSubtract(base: Sdf, carves: ReadonlyArray<readonly [Sdf, number]>): Sdf {
  return negated(smoothUnion(negated(base), carves));
}

/** Mirror a shape across the midline (x = 0): both sides from one description. */
export function mirrored(make: (s: 1 | -1) => Sdf): Sdf {
  const right = make(1);
  const f: Sdf = (x, y, z) => right(Math.abs(x), y, z);
  const lo = right.lower;
  if (lo) f.lower = (x, y, z) => lo(Math.abs(x), y, z);
  return f;
}

/** Cheap bounding test: the shape's value outside the box is at least its distance to the box. */
export function bounded(shape: Sdf, lo: V3, hi: V3, marginM = 0.012): Sdf {
  const box = (x: number, y: number, z: number): number => {
    const dx = Math.max(lo[0] - x, 0, x - hi[0]);
    const dy = Math.max(lo[1] - y, 0, y - hi[1]);
    const dz = Math.max(lo[2] - z, 0, z - hi[2]);
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  };
  const f: Sdf = (x, y, z) => {
    const out = box(x, y, z);
    return out > marginM ? out : shape(x, y, z);
  };
  f.lower = box;
  return f;
}
