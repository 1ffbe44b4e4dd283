// A subject's skull as a BufferGeometry with the attributes the bone shader reads (position,
// normal, occlusion colour, aUnit, aBone), made from arrays built by skull-arrays.ts (fetched packed,
// or meshed in the page: skull-loader.ts hands them in to skull-cache.ts, where they are kept per
// subject); each call makes a new geometry (the caller disposes it).

import { BufferAttribute, BufferGeometry } from 'three';
import type { SubjectId } from '../model/types';
import { skullArrays } from './skull-cache';

/** A new geometry of the subject's skull; its arrays must be here (loadSkull in skull-loader.ts).
 *  `roomForLowDetail`: the index buffer gets as much room again after the skull's own index, for
 *  a low-detail index written in later (HeadView.setLowDetailIndex, skull-low-detail.ts), so that
 *  switching between the two is a draw range and never a second buffer. */
export function skullGeometry(subject: SubjectId, roomForLowDetail = false): BufferGeometry {
  const a = skullArrays(subject);
  if (!a) throw new Error(`The ${subject} skull is not built yet (skull-loader.ts loadSkull).`);
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(a.positions, 3));
  g.setAttribute('normal', new BufferAttribute(a.normals, 3));
  g.setAttribute('color', new BufferAttribute(a.colors, 3));
  g.setAttribute('aUnit', new BufferAttribute(a.units, 3));
  g.setAttribute('aBone', new BufferAttribute(a.bones, 1));
  if (roomForLowDetail) {
    const index = new Uint32Array(2 * a.index.length);
    index.set(a.index);
    g.setIndex(new BufferAttribute(index, 1));
    g.setDrawRange(0, a.index.length);
  } else g.setIndex(new BufferAttribute(a.index, 1));
  g.userData.buildMs = a.buildMs;
  return g;
}
