// The skull worker: builds a subject's skull arrays (skull-arrays.ts) off the main thread and sends
// them back without copying (transferred buffers). Message in: { subject }; out: { subject,
// arrays } or { subject, error }. skull-loader.ts starts it and falls back to the main thread,
// where it imports this same file for buildSkullArrays (skull-worker-start.ts): the mesher ships
// once. Loaded there, it listens for nothing and leaves the mesher under SKULL_BUILDER.

import type { SubjectId } from '../model/types';
import { buildSkullArrays } from './skull-arrays';
import { SKULL_BUILDER } from './skull-builder-key';

/** The part of a dedicated worker's global scope used here (tsconfig's lib is the DOM's). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<{ subject: SubjectId }>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** True in a worker: a page's global scope has `document`, a worker's has not. */
const inWorker = typeof document === 'undefined';

if (!inWorker) {
  (globalThis as Record<symbol, unknown>)[SKULL_BUILDER] = buildSkullArrays;
} else {
  scope.onmessage = (e) => {
    const { subject } = e.data;
    try {
      const a = buildSkullArrays(subject);
      scope.postMessage({ subject, arrays: a }, [a.positions.buffer, a.normals.buffer, a.colors.buffer, a.units.buffer, a.bones.buffer, a.index.buffer]);
    } catch (err) {
      scope.postMessage({ subject, error: err instanceof Error ? err.message : String(err) });
    }
  };
}
