// Starts the skull worker (skull-worker.ts), a file of its own in the normal build. The single-file
// build has no second file to load, so vite.config.ts replaces this module there with one whose
// startSkullWorker returns null: the skull is then built on the main thread (skull-loader.ts).

export function startSkullWorker(): Worker {
  return new Worker(new URL('./skull-worker.ts', import.meta.url), { type: 'module', name: 'craniolab-skull' });
}
