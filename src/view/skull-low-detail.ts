// The skull with about half its triangles, for a drawing buffer at half the resolution or less
// (LOW_DETAIL_BELOW_SCALE in frame-pacer.ts: a software renderer holding its frame rate). There a triangle of the full skull
// covers one or two pixels, and a software renderer pays for each one it rasterises: in the
// cutaway at 0.35 of 1280x720 the skull took ~7 of ~17 ms a frame, whatever its shader, and half
// the triangles saved 2-3 ms (doc/implementation-notes.md, "Low-detail skull").
//
// The same vertices with a second index (simplify.ts's collapses only move a vertex onto another
// one the mesher put on the surface), so positions, normals, bones and the shader are shared and
// the sutures' seams stay where they are. Made only where it is drawn, once per subject, in the
// skull worker (skull-loader.ts loadLowDetailIndex; on the main thread only where no worker
// starts): ~20 ms for the adult in Node, ~50 ms on a busy 2-core machine, which a software
// renderer's main thread cannot spare; a machine with a GPU never needs it.

import type { SkullArrays } from './skull-arrays';
import { longestSide } from './positions-box';
import { seamVertices, simplifyMesh } from './simplify';

/** Share of the skull's triangles the low-detail index aims to keep. */
export const LOW_DETAIL_KEEP = 0.5;
/** Largest RMS move of the surface, as a share of the skull's longest side: 1 mm in the adult,
 *  where one pixel at the lowest resolution is ~1.7 mm of skull. */
export const LOW_DETAIL_MAX_ERROR = 1 / 200;

/** What the index is made from: the skull's vertices, triangles and bone per vertex. */
export type LowDetailSource = Pick<SkullArrays, 'positions' | 'index' | 'bones'>;

const made = new WeakMap<LowDetailSource, Uint32Array>();

/** The skull's low-detail index over its own vertices (made once per arrays). */
export function lowDetailIndex(a: LowDetailSource): Uint32Array {
  let index = made.get(a);
  if (!index) {
    index = simplifyMesh(a.positions, a.index, {
      targetTriangles: Math.round((a.index.length / 3) * LOW_DETAIL_KEEP),
      maxError: LOW_DETAIL_MAX_ERROR * longestSide(a.positions),
      locked: seamVertices(a.index, a.bones),
    });
    made.set(a, index);
  }
  return index;
}
