// Starts the skull worker (skull-worker.ts), a file of its own in the normal build, and loads the
// same file as a module where the page meshes a skull itself (no worker could start): one copy of
// the mesher serves both. The single-file build has no second file to load, so vite.config.ts
// replaces this module there with one whose startSkullWorker returns null and whose
// loadSkullBuilder imports the mesher into the page.
import skullWorkerUrl from './skull-worker?worker&url';
import type { buildSkullArrays } from './skull-arrays';
import { SKULL_BUILDER } from './skull-builder-key';

export function startSkullWorker(): Worker {
  return new Worker(skullWorkerUrl, { type: 'module', name: 'craniolab-skull' });
}

/** The mesher, from the worker's file loaded into the page (where it listens for nothing). */
export async function loadSkullBuilder(): Promise<{ buildSkullArrays: typeof buildSkullArrays }> {
  await import(/* @vite-ignore */ skullWorkerUrl);
  const build = (globalThis as Record<symbol, unknown>)[SKULL_BUILDER];
  if (typeof build !== 'function') throw new Error('the skull mesher did not load');
  return { buildSkullArrays: build as typeof buildSkullArrays };
}
