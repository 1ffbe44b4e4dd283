// Gets a subject's skull arrays built without blocking the page: in the skull worker
// (skull-worker.ts, one for the page's life) where workers run, else on the main thread after the
// current frame (skull-arrays.ts, then loaded as a chunk of its own). Each subject is built once
// (skull-mesh.ts caches the arrays); loadSkull resolves when skullGeometry(subject) can be called. A worker that fails to start or errors (a
// single-file copy opened from disk, a strict policy without worker-src) is dropped for good and
// every later build runs on the main thread, so the scene always appears.

import type { SubjectId } from '../model/types';
import type { SkullArrays } from './skull-arrays';
import { skullArraysReady, storeSkullArrays } from './skull-cache';
import { startSkullWorker } from './skull-worker-start';

type Reply = { subject: SubjectId; arrays: SkullArrays } | { subject: SubjectId; error: string };

let worker: Worker | null = null;
let workerBroken = false;
const pending = new Map<SubjectId, Promise<void>>();
const waiting = new Map<SubjectId, () => void>();

/** Records the build as a performance measure the bench and screenshot script read. */
function measure(subject: SubjectId, buildMs: number, where: 'worker' | 'main'): void {
  const end = performance.now();
  performance.measure?.('craniolab:skull-mesh', { start: end - buildMs, end, detail: { subject, where } });
}

/** Builds on the main thread (the builder's chunk is loaded only here). */
async function buildHere(subject: SubjectId): Promise<void> {
  const { buildSkullArrays } = await import('./skull-arrays');
  if (skullArraysReady(subject)) return;
  const a = buildSkullArrays(subject);
  storeSkullArrays(subject, a);
  measure(subject, a.buildMs, 'main');
}

/** Gives up on the worker: every subject still waiting is built on the main thread. */
function dropWorker(): void {
  workerBroken = true;
  worker?.terminate();
  worker = null;
  for (const [subject, done] of waiting) void buildHere(subject).then(done);
  waiting.clear();
}

function startWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    // null in the single-file build (no second file to load there)
    worker = startSkullWorker() as Worker | null;
  } catch {
    worker = null;
  }
  if (!worker) {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const r = e.data;
    if ('error' in r) {
      dropWorker();
      return;
    }
    storeSkullArrays(r.subject, r.arrays);
    measure(r.subject, r.arrays.buildMs, 'worker');
    waiting.get(r.subject)?.();
    waiting.delete(r.subject);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    dropWorker();
  };
  return worker;
}

/** Starts building the subject's skull in the skull worker, if a worker starts here; does nothing
 *  otherwise (the page's first script, src/boot.ts: building on the main thread that early would
 *  hold up the app's own start; loadSkull falls back to it later). */
export function prefetchSkull(subject: SubjectId): void {
  if (startWorker()) void loadSkull(subject);
}

/** Resolves once the subject's skull arrays are built (at once if they are). */
export function loadSkull(subject: SubjectId): Promise<void> {
  if (skullArraysReady(subject)) return Promise.resolve();
  const known = pending.get(subject);
  if (known) return known;
  const p = new Promise<void>((resolve) => {
    const w = startWorker();
    if (w) {
      waiting.set(subject, resolve);
      w.postMessage({ subject });
    } else {
      // after this task (an import's promise), so the frame that asked is not held up by it
      void buildHere(subject).then(resolve);
    }
  });
  pending.set(subject, p);
  return p;
}
