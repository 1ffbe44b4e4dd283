// Starts the skull worker (skull-worker.ts), a file of its own in the normal build, and loads the
// same file as a module where the page builds a skull itself (no worker could start): one copy of
// the builders serves both. The single-file build has no second file to load, so vite.config.ts
// replaces this module there with one whose startSkullWorker returns null and whose
// loadSkullBuilders imports skull-builders.ts into the page.
import skullWorkerUrl from './skull-worker?worker&url';
import type * as builders from './skull-builders';
import { SKULL_BUILDERS } from './skull-builder-key';

export type SkullBuilders = typeof builders;

export function startSkullWorker(): Worker {
  return new Worker(skullWorkerUrl, { type: 'module', name: 'craniolab-skull' });
}

/** The builders, from the worker's file loaded into the page (where it listens for nothing). */
export async function loadSkullBuilders(): Promise<SkullBuilders> {
  await import(/* @vite-ignore */ skullWorkerUrl);
  const found = (globalThis as Record<symbol, unknown>)[SKULL_BUILDERS] as SkullBuilders | undefined;
  if (typeof found?.buildSkullArrays !== 'function') throw new Error('the skull builders did not load');
  return found;
}
