// What scripts/skull-meshes.ts runs at build time, loaded through Vite's module runner (so the
// Vite config itself imports nothing from src/): each subject's skull meshed by the app's own
// mesher (src/view/skull-arrays.ts) and packed (src/view/skull-pack.ts), gzipped.
import { gzipSync } from 'node:zlib';
import { HEAD_SHAPES } from '../src/model/geometry';
import type { SubjectId } from '../src/model/types';
import { buildSkullArrays } from '../src/view/skull-arrays';
import { encodeSkullPack } from '../src/view/skull-pack';

/** The subjects that have a skull to draw. */
export const SUBJECTS_WITH_SKULLS = Object.keys(HEAD_SHAPES) as SubjectId[];

/** One subject's skull, meshed, packed and gzipped. */
export function gzippedSkullPack(subject: SubjectId): Uint8Array {
  return gzipSync(encodeSkullPack(buildSkullArrays(subject)), { level: 9 });
}
