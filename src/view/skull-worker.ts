// The skull worker: the skull's building off the main thread (skull-builders.ts), results sent
// back without copying (transferred buffers). Two jobs:
//   in { subject }                            out { subject, arrays } or { subject, error }
//   in { lowDetail: id, positions, index, bones }  out { lowDetail: id, index } or { lowDetail: id, error }
// skull-loader.ts starts it (for a skull without a pack, or a software renderer's low-detail
// index) and falls back to the main thread, where it imports this same file for the builders
// (skull-worker-start.ts): they ship once. Loaded there, it listens for nothing and leaves the
// builders under SKULL_BUILDERS.

import type { SubjectId } from '../model/types';
import * as builders from './skull-builders';
import { SKULL_BUILDERS } from './skull-builder-key';

export type SkullJob = { subject: SubjectId } | { lowDetail: number; positions: Float32Array; index: Uint32Array; bones: Float32Array };

/** The part of a dedicated worker's global scope used here (tsconfig's lib is the DOM's). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<SkullJob>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** True in a worker: a page's global scope has `document`, a worker's has not. */
const inWorker = typeof document === 'undefined';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

if (!inWorker) {
  (globalThis as Record<symbol, unknown>)[SKULL_BUILDERS] = builders;
} else {
  scope.onmessage = (e) => {
    const job = e.data;
    if ('lowDetail' in job) {
      try {
        const index = builders.lowDetailIndex(job);
        scope.postMessage({ lowDetail: job.lowDetail, index }, [index.buffer]);
      } catch (err) {
        scope.postMessage({ lowDetail: job.lowDetail, error: message(err) });
      }
      return;
    }
    const { subject } = job;
    try {
      const a = builders.buildSkullArrays(subject);
      scope.postMessage({ subject, arrays: a }, [a.positions.buffer, a.normals.buffer, a.colors.buffer, a.units.buffer, a.bones.buffer, a.index.buffer]);
    } catch (err) {
      scope.postMessage({ subject, error: message(err) });
    }
  };
}
