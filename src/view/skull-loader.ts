// Gets a subject's skull arrays without blocking the page. The build meshes every skull once
// (scripts/skull-meshes.ts): the page fetches the subject's packed skull (skull-pack.ts, 30-53 KB
// gzip, a few ms to decode; in the single-file build the packs are inside the page). Where that
// fails (a fetch that errors, no gzip decoder) the skull is meshed here: in the skull worker (skull-worker.ts, one for the
// page's life) where workers run, else on the main thread after the current frame (the worker's
// own module, loaded into the page: skull-worker-start.ts). Each subject is loaded once (skull-cache.ts keeps the arrays);
// loadSkull resolves when skullGeometry(subject) can be called. A worker that fails to start or
// errors (a strict policy without worker-src) is dropped for good and every later build runs on
// the main thread, so the scene always appears.

import { SKULL_PACK_URLS } from 'virtual:craniolab/skull-packs';
import type { SubjectId } from '../model/types';
import type { SkullArrays } from './skull-arrays';
import { skullArraysReady, storeSkullArrays } from './skull-cache';
import { idle } from '../state/idle';
import type { SkullJob } from './skull-worker';
import { loadSkullBuilders, startSkullWorker } from './skull-worker-start';

type Reply =
  | { subject: SubjectId; arrays: SkullArrays }
  | { subject: SubjectId; error: string }
  | { lowDetail: number; index: Uint32Array }
  | { lowDetail: number; error: string };

let worker: Worker | null = null;
let workerBroken = false;
const pending = new Map<SubjectId, Promise<void>>();
const waiting = new Map<SubjectId, () => void>();
/** low-detail indexes asked of the worker, by request number: the arrays and who waits */
const lowDetailWaiting = new Map<number, { arrays: SkullArrays; resolve: (index: Uint32Array) => void; reject: (e: unknown) => void }>();
let lowDetailAsked = 0;
/** each skull's low-detail index, once asked for (by its arrays) */
const lowDetailMade = new WeakMap<SkullArrays, Promise<Uint32Array>>();

/** Records the load as a performance measure the bench and screenshot script read: `where` the
 *  skull came from (a fetched pack, or meshed in the worker or on the main thread). */
function measure(subject: SubjectId, buildMs: number, where: 'pack' | 'worker' | 'main'): void {
  const end = performance.now();
  performance.measure?.('craniolab:skull-mesh', { start: end - buildMs, end, detail: { subject, where } });
}

/** Builds on the main thread (the builders' module is loaded only here and in lowDetailHere). */
async function buildHere(subject: SubjectId): Promise<void> {
  const { buildSkullArrays } = await loadSkullBuilders();
  if (skullArraysReady(subject)) return;
  const a = buildSkullArrays(subject);
  storeSkullArrays(subject, a);
  measure(subject, a.buildMs, 'main');
}

/** Says why a skull never arrives: the pack and the worker failed, and the mesher's own file
 *  could not be loaded either (offline with nothing cached). The scene stays busy meanwhile. */
const meshFailed = (subject: SubjectId) => (e: unknown) =>
  console.error(`CranioLab: the ${subject} skull could not be meshed here (${e instanceof Error ? e.message : String(e)}).`);

/** Gives up on the worker: every subject still waiting is built on the main thread. */
function dropWorker(): void {
  workerBroken = true;
  worker?.terminate();
  worker = null;
  for (const [subject, done] of waiting) void buildHere(subject).then(done, meshFailed(subject));
  waiting.clear();
  for (const { arrays, resolve, reject } of lowDetailWaiting.values()) lowDetailHere(arrays).then(resolve, reject);
  lowDetailWaiting.clear();
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
    if ('lowDetail' in r) {
      const asked = lowDetailWaiting.get(r.lowDetail);
      lowDetailWaiting.delete(r.lowDetail);
      if ('error' in r) asked?.reject(new Error(r.error));
      else asked?.resolve(r.index);
      return;
    }
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

/** True when the build packed this subject's skull (every build, the dev server's too) and this browser can gunzip it. */
function hasPack(subject: SubjectId): boolean {
  return typeof SKULL_PACK_URLS[subject] === 'string' && typeof DecompressionStream === 'function';
}

/** The pack's bytes: a data: URL's (the single-file build) decoded here, without a request;
 *  another fetched. */
async function packBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  if (url.startsWith('data:')) return Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
  const res = await fetch(url);
  if (!res.ok) throw new Error(`skull pack: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Fetches and decodes the subject's pack (gzipped by the build; a server that already undid
 *  the gzip is fine too). */
async function fetchPack(subject: SubjectId): Promise<void> {
  const t0 = performance.now();
  // the decoder needs the head's geometry (and so three.js's maths), which the page's first
  // script does not load: fetched alongside
  const decoder = import('./skull-pack');
  // if the fetch fails first, this may fail too (offline) with nobody awaiting it
  decoder.catch(() => {});
  let bytes = await packBytes(SKULL_PACK_URLS[subject]!);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const gunzip = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    bytes = new Uint8Array(await new Response(gunzip).arrayBuffer());
  }
  const { decodeSkullPack } = await decoder;
  if (skullArraysReady(subject)) return;
  storeSkullArrays(subject, decodeSkullPack(bytes, subject));
  measure(subject, performance.now() - t0, 'pack');
}

/** Meshes the subject's skull here: in the worker where one starts, else on the main thread. */
function meshHere(subject: SubjectId): Promise<void> {
  return new Promise<void>((resolve) => {
    const w = startWorker();
    if (w) {
      waiting.set(subject, resolve);
      w.postMessage({ subject });
    } else {
      // after this task (an import's promise), so the frame that asked is not held up by it
      void buildHere(subject).then(resolve, meshFailed(subject));
    }
  });
}

/** Starts getting the subject's skull as early as the page can: the page's first script
 *  (src/main.ts) calls this before the app itself loads. Meshing on the main thread that early
 *  would hold up the app's own start, so without a pack it only starts the worker, if one starts
 *  here; loadSkull falls back to the main thread later. */
export function prefetchSkull(subject: SubjectId): void {
  if (hasPack(subject) || startWorker()) void loadSkull(subject);
}

/** Resolves once the subject's skull arrays are here (at once if they are). */
export function loadSkull(subject: SubjectId): Promise<void> {
  if (skullArraysReady(subject)) return Promise.resolve();
  const known = pending.get(subject);
  if (known) return known;
  const p = hasPack(subject)
    ? fetchPack(subject).catch((e: unknown) => {
        console.warn(`CranioLab: the ${subject} skull could not be fetched (${e instanceof Error ? e.message : String(e)}); meshing it here instead.`);
        return meshHere(subject);
      })
    : meshHere(subject);
  pending.set(subject, p);
  return p;
}

/** The low-detail index on the main thread (no worker): when the page is next idle, once the
 *  builders' module is here (~50 ms of work on a busy 2-core machine). */
async function lowDetailHere(arrays: SkullArrays): Promise<Uint32Array> {
  const { lowDetailIndex } = await loadSkullBuilders();
  await idle();
  return lowDetailIndex(arrays);
}

/** The skull's low-detail index (skull-low-detail.ts) for the arrays it was meshed into, made in
 *  the skull worker where one starts (the arrays are copied there; the page keeps its own), else
 *  on the main thread. Made once per arrays; rejects if it could not be made (the head then keeps
 *  its full index). */
export function loadLowDetailIndex(arrays: SkullArrays): Promise<Uint32Array> {
  let made = lowDetailMade.get(arrays);
  if (!made) {
    const t0 = performance.now();
    const w = startWorker();
    made = w
      ? new Promise<Uint32Array>((resolve, reject) => {
          const id = ++lowDetailAsked;
          lowDetailWaiting.set(id, { arrays, resolve, reject });
          const job: SkullJob = { lowDetail: id, positions: arrays.positions, index: arrays.index, bones: arrays.bones };
          try {
            w.postMessage(job);
          } catch (e) {
            lowDetailWaiting.delete(id);
            reject(e);
          }
        })
      : lowDetailHere(arrays);
    // where it was made, for the tests: a measure like the skull's own ('craniolab:skull-mesh');
    // a worker dropped meanwhile hands its job to the main thread
    const where = () => (w && !workerBroken ? 'worker' : 'main');
    void made.then(() => performance.measure?.('craniolab:skull-low-detail', { start: t0, end: performance.now(), detail: { where: where() } }), () => {});
    lowDetailMade.set(arrays, made);
  }
  return made;
}
