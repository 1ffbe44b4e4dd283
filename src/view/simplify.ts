// Mesh simplification by quadric error metrics (Garland and Heckbert, "Surface simplification
// using quadric error metrics", SIGGRAPH 1997), as half-edge collapses: a removed vertex merges
// into a neighbour that stays where it is, so every surviving vertex is one the mesher put on the
// surface, with its own normal and attributes. Why: a software renderer (SwiftShader) pays per
// triangle, ~0.3 us each whatever the resolution, and marching cubes spends as many triangles on a
// flat stretch of the vault as on the orbit's rim (doc/implementation-notes.md, "Frame cost").
// No WebAssembly: the app runs under script-src 'self' (no 'wasm-unsafe-eval'), so a WASM
// simplifier would not start there.
//
// Each vertex carries the quadric of the planes of its triangles, weighted by area; collapsing
// u into v costs the quadric sum at v's position, divided by the summed area: the mean squared
// distance, area-weighted, of v from the planes of the surface u and v stood for. Collapses are
// taken cheapest first and refused when they would fold a triangle over, pinch the surface
// (the link condition: u and v share exactly the two neighbours of their edge's triangles), move
// a locked vertex, or exceed the error allowed.

export interface SimplifyOptions {
  /** stop once no more than this many triangles remain */
  targetTriangles: number;
  /** largest allowed RMS distance of a moved vertex from the surface it replaces (position units) */
  maxError: number;
  /** 1 for vertices that must stay (a seam between parts, say); boundary vertices always stay */
  locked?: Uint8Array;
}

/** Vertices with a neighbour in another part (`part`: a number per vertex): the seams between
 *  parts, which a simplification keeps (the skull's bones: the sutures are drawn along them). */
export function seamVertices(index: Uint32Array, part: ArrayLike<number>): Uint8Array {
  const seam = new Uint8Array(part.length);
  for (let t = 0; t < index.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const a = index[t + k];
      const b = index[t + ((k + 1) % 3)];
      if (part[a] !== part[b]) seam[a] = seam[b] = 1;
    }
  return seam;
}

/** A new index buffer over the same vertices; vertices it no longer uses are left out by compact(). */
export function simplifyMesh(pos: Float32Array, index: Uint32Array, opts: SimplifyOptions): Uint32Array {
  const nv = pos.length / 3;
  const nt = index.length / 3;
  const tri = Int32Array.from(index);
  const triAlive = new Uint8Array(nt).fill(1);
  const vertAlive = new Uint8Array(nv).fill(1);
  const locked = opts.locked ? Uint8Array.from(opts.locked) : new Uint8Array(nv);
  const version = new Int32Array(nv);
  const vt: number[][] = Array.from({ length: nv }, () => []);
  for (let t = 0; t < nt; t++) for (let k = 0; k < 3; k++) vt[tri[3 * t + k]].push(t);

  // quadrics: 10 coefficients of the symmetric 4x4 matrix, then the summed area
  const Q = new Float64Array(nv * 11);
  const q = new Float64Array(11);
  const n0 = new Float64Array(3);
  const n1 = new Float64Array(3);
  for (let t = 0; t < nt; t++) {
    const a = tri[3 * t];
    faceNormal(pos, a, tri[3 * t + 1], tri[3 * t + 2], n0);
    const len = Math.sqrt(n0[0] * n0[0] + n0[1] * n0[1] + n0[2] * n0[2]);
    if (len === 0) continue;
    const area = len / 2;
    const x = n0[0] / len;
    const y = n0[1] / len;
    const z = n0[2] / len;
    const d = -(x * pos[3 * a] + y * pos[3 * a + 1] + z * pos[3 * a + 2]);
    q[0] = x * x; q[1] = x * y; q[2] = x * z; q[3] = x * d; q[4] = y * y; q[5] = y * z;
    q[6] = y * d; q[7] = z * z; q[8] = z * d; q[9] = d * d; q[10] = 1;
    for (let k = 0; k < 3; k++) {
      const v = tri[3 * t + k];
      for (let i = 0; i < 11; i++) Q[11 * v + i] += q[i] * area;
    }
  }
  lockBoundary(tri, vt, locked);

  const heap = new EdgeHeap();
  const cost = (u: number, v: number): number => {
    const x = pos[3 * v];
    const y = pos[3 * v + 1];
    const z = pos[3 * v + 2];
    const i = 11 * u;
    const j = 11 * v;
    const err =
      (Q[i] + Q[j]) * x * x + 2 * (Q[i + 1] + Q[j + 1]) * x * y + 2 * (Q[i + 2] + Q[j + 2]) * x * z +
      2 * (Q[i + 3] + Q[j + 3]) * x + (Q[i + 4] + Q[j + 4]) * y * y + 2 * (Q[i + 5] + Q[j + 5]) * y * z +
      2 * (Q[i + 6] + Q[j + 6]) * y + (Q[i + 7] + Q[j + 7]) * z * z + 2 * (Q[i + 8] + Q[j + 8]) * z +
      Q[i + 9] + Q[j + 9];
    const area = Q[i + 10] + Q[j + 10];
    return area > 0 ? Math.max(0, err) / area : 0;
  };
  // neighbours of a vertex, into a reused list (a stamp per vertex instead of a Set)
  const mark = new Int32Array(nv);
  let stamp = 0;
  const ring: number[] = [];
  const neighbours = (v: number): number[] => {
    stamp++;
    ring.length = 0;
    mark[v] = stamp;
    for (const t of vt[v])
      for (let k = 0; k < 3; k++) {
        const w = tri[3 * t + k];
        if (triAlive[t] && mark[w] !== stamp) {
          mark[w] = stamp;
          ring.push(w);
        }
      }
    return ring;
  };
  // one entry per edge: the cheaper of its two collapses
  const pushEdge = (a: number, b: number): void => {
    const ab = locked[a] ? Infinity : cost(a, b);
    const ba = locked[b] ? Infinity : cost(b, a);
    if (ab === Infinity && ba === Infinity) return;
    if (ab <= ba) heap.push(ab, a, b, version[a], version[b]);
    else heap.push(ba, b, a, version[b], version[a]);
  };
  for (let v = 0; v < nv; v++) for (const w of neighbours(v)) if (w > v) pushEdge(v, w);

  const maxCost = opts.maxError * opts.maxError;
  let triangles = nt;
  while (triangles > opts.targetTriangles && heap.size > 0) {
    heap.pop();
    const { cost: c, u, v, vu, vv } = heap;
    if (!vertAlive[u] || !vertAlive[v] || version[u] !== vu || version[v] !== vv) continue;
    if (c > maxCost) break;
    if (!canCollapse(u, v)) continue;
    // the two triangles on the edge go (they stay in their vertices' lists, skipped as dead,
    // until the list is next compacted); u's others now use v
    const into = vt[v];
    let kept = 0;
    for (const t of into) if (triAlive[t]) into[kept++] = t;
    into.length = kept;
    for (const t of vt[u]) {
      if (!triAlive[t]) continue;
      if (tri[3 * t] === v || tri[3 * t + 1] === v || tri[3 * t + 2] === v) {
        triAlive[t] = 0;
        triangles--;
      } else {
        for (let k = 0; k < 3; k++) if (tri[3 * t + k] === u) tri[3 * t + k] = v;
        into.push(t);
      }
    }
    vt[u].length = 0;
    vertAlive[u] = 0;
    for (let i = 0; i < 11; i++) Q[11 * v + i] += Q[11 * u + i];
    version[v]++;
    const around = neighbours(v);
    for (let i = 0; i < around.length; i++) pushEdge(around[i], v);
  }

  function canCollapse(u: number, v: number): boolean {
    // link condition: the common neighbours are exactly the edge triangles' third vertices
    neighbours(u);
    const marked = stamp;
    let shared = 0;
    for (const t of vt[v])
      for (let k = 0; k < 3; k++) {
        const w = tri[3 * t + k];
        // each common neighbour once: unmark it when counted
        if (triAlive[t] && w !== v && w !== u && mark[w] === marked) {
          shared++;
          mark[w] = 0;
        }
      }
    let edgeTris = 0;
    for (const t of vt[u]) if (triAlive[t] && (tri[3 * t] === v || tri[3 * t + 1] === v || tri[3 * t + 2] === v)) edgeTris++;
    if (edgeTris !== 2 || shared !== 2) return false;
    // no triangle may turn over or collapse to a sliver
    for (const t of vt[u]) {
      const a = tri[3 * t];
      const b = tri[3 * t + 1];
      const c = tri[3 * t + 2];
      if (!triAlive[t] || a === v || b === v || c === v) continue;
      faceNormal(pos, a, b, c, n0);
      faceNormal(pos, a === u ? v : a, b === u ? v : b, c === u ? v : c, n1);
      const lb = Math.sqrt(n0[0] * n0[0] + n0[1] * n0[1] + n0[2] * n0[2]);
      const la = Math.sqrt(n1[0] * n1[0] + n1[1] * n1[1] + n1[2] * n1[2]);
      if (la === 0 || lb === 0) return false;
      const cos = (n0[0] * n1[0] + n0[1] * n1[1] + n0[2] * n1[2]) / (la * lb);
      if (cos < MIN_NORMAL_COS) return false;
    }
    return true;
  }

  const out = new Uint32Array(3 * triangles);
  let o = 0;
  for (let t = 0; t < nt; t++) if (triAlive[t]) out.set(tri.subarray(3 * t, 3 * t + 3), (3 * o++));
  return out;
}

/** A collapse may turn a triangle's normal by at most this (cos 45 degrees): no fold-overs, and
 *  the shading of a smooth surface keeps its shape. */
const MIN_NORMAL_COS = Math.SQRT1_2;

/** The vertices an index uses, in first-use order, and the index renumbered over them. */
export function compactMesh(index: Uint32Array, vertexCount: number): { kept: Uint32Array; index: Uint32Array } {
  const remap = new Int32Array(vertexCount).fill(-1);
  const kept: number[] = [];
  const out = new Uint32Array(index.length);
  for (let i = 0; i < index.length; i++) {
    const v = index[i];
    if (remap[v] < 0) {
      remap[v] = kept.length;
      kept.push(v);
    }
    out[i] = remap[v];
  }
  return { kept: Uint32Array.from(kept), index: out };
}

/** The (b - a) x (c - a) of a triangle into `out`: its normal, as long as twice its area. */
function faceNormal(pos: Float32Array, a: number, b: number, c: number, out: Float64Array): void {
  const ux = pos[3 * b] - pos[3 * a];
  const uy = pos[3 * b + 1] - pos[3 * a + 1];
  const uz = pos[3 * b + 2] - pos[3 * a + 2];
  const vx = pos[3 * c] - pos[3 * a];
  const vy = pos[3 * c + 1] - pos[3 * a + 1];
  const vz = pos[3 * c + 2] - pos[3 * a + 2];
  out[0] = uy * vz - uz * vy;
  out[1] = uz * vx - ux * vz;
  out[2] = ux * vy - uy * vx;
}

/** Locks both ends of every edge that only one triangle uses (an open border keeps its outline). */
function lockBoundary(tri: Int32Array, vt: number[][], locked: Uint8Array): void {
  // per vertex a: how many of its triangles each neighbour b shares with it
  const count = new Int32Array(locked.length);
  for (let a = 0; a < vt.length; a++) {
    for (const t of vt[a]) for (let k = 0; k < 3; k++) count[tri[3 * t + k]]++;
    for (const t of vt[a])
      for (let k = 0; k < 3; k++) {
        const b = tri[3 * t + k];
        if (b !== a && count[b] === 1) locked[a] = locked[b] = 1;
      }
    for (const t of vt[a]) for (let k = 0; k < 3; k++) count[tri[3 * t + k]] = 0;
  }
}

/** A binary min-heap of candidate collapses (u into v), with the versions of u and v when pushed:
 *  an entry whose vertices have changed since is stale and skipped when it comes up. */
class EdgeHeap {
  private c = new Float64Array(1024);
  private e = new Int32Array(4 * 1024);
  size = 0;
  /** the entry the last pop() took: its cost, u (removed), v (kept) and their versions */
  cost = 0;
  u = 0;
  v = 0;
  vu = 0;
  vv = 0;

  push(cost: number, u: number, v: number, vu: number, vv: number): void {
    if (this.size === this.c.length) {
      const c = new Float64Array(this.c.length * 2);
      c.set(this.c);
      this.c = c;
      const e = new Int32Array(this.e.length * 2);
      e.set(this.e);
      this.e = e;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.c[p] <= cost) break;
      this.move(p, i);
      i = p;
    }
    this.put(i, cost, u, v, vu, vv);
  }

  pop(): void {
    const e = this.e;
    this.cost = this.c[0];
    this.u = e[0];
    this.v = e[1];
    this.vu = e[2];
    this.vv = e[3];
    const last = --this.size;
    const cost = this.c[last];
    const j = 4 * last;
    const [u, v, vu, vv] = [e[j], e[j + 1], e[j + 2], e[j + 3]];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.c[child + 1] < this.c[child]) child++;
      if (this.c[child] >= cost) break;
      this.move(child, i);
      i = child;
    }
    this.put(i, cost, u, v, vu, vv);
  }

  private put(i: number, cost: number, u: number, v: number, vu: number, vv: number): void {
    this.c[i] = cost;
    const e = this.e;
    e[4 * i] = u;
    e[4 * i + 1] = v;
    e[4 * i + 2] = vu;
    e[4 * i + 3] = vv;
  }

  private move(from: number, to: number): void {
    this.c[to] = this.c[from];
    const e = this.e;
    e[4 * to] = e[4 * from];
    e[4 * to + 1] = e[4 * from + 1];
    e[4 * to + 2] = e[4 * from + 2];
    e[4 * to + 3] = e[4 * from + 3];
  }
}
