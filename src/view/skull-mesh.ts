// A subject's skull as a BufferGeometry with the attributes the bone shader reads (position,
// normal, occlusion colour, aUnit, aBone), made from arrays built by skull-arrays.ts, in the skull
// worker where one runs (skull-loader.ts hands them in with storeSkullArrays). The arrays are
// cached per subject; each call makes a new geometry (the caller disposes it).

import { BufferAttribute, BufferGeometry } from 'three';
import type { SubjectId } from '../model/types';
import type { SkullArrays } from './skull-arrays';

const cache = new Map<SubjectId, SkullArrays>();

/** True when this subject's arrays are here (skullGeometry can be called). */
export function skullArraysReady(subject: SubjectId): boolean {
  return cache.has(subject);
}

/** Hands in a subject's arrays (built by the skull worker or skull-arrays.ts). */
export function storeSkullArrays(subject: SubjectId, arrays: SkullArrays): void {
  cache.set(subject, arrays);
}

/** A new geometry of the subject's skull; its arrays must be here (loadSkull in skull-loader.ts). */
export function skullGeometry(subject: SubjectId): BufferGeometry {
  const a = cache.get(subject);
  if (!a) throw new Error(`The ${subject} skull is not built yet (skull-loader.ts loadSkull).`);
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(a.positions, 3));
  g.setAttribute('normal', new BufferAttribute(a.normals, 3));
  g.setAttribute('color', new BufferAttribute(a.colors, 3));
  g.setAttribute('aUnit', new BufferAttribute(a.units, 3));
  g.setAttribute('aBone', new BufferAttribute(a.bones, 1));
  g.setIndex(new BufferAttribute(a.index, 1));
  g.userData.buildMs = a.buildMs;
  return g;
}
