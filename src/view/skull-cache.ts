// The skull arrays loaded so far, per subject (skull-arrays.ts builds them, at build time or in
// the page; skull-loader.ts hands them in). Kept apart from skull-mesh.ts, which turns them
// into three.js geometry, so that the page's first script (src/main.ts) can ask for a skull
// without loading three.js.

import type { SubjectId } from '../model/types';
import type { SkullArrays } from './skull-arrays';

const cache = new Map<SubjectId, SkullArrays>();

/** True when this subject's arrays are here (skullGeometry can be called). */
export function skullArraysReady(subject: SubjectId): boolean {
  return cache.has(subject);
}

/** Hands in a subject's arrays (decoded from a pack, or meshed in the page). */
export function storeSkullArrays(subject: SubjectId, arrays: SkullArrays): void {
  cache.set(subject, arrays);
}

/** The subject's arrays, or undefined while they are not built. */
export function skullArrays(subject: SubjectId): SkullArrays | undefined {
  return cache.get(subject);
}
