// Starts the anatomy worker (anatomy-worker.ts), a file of its own in the normal build. The
// single-file build has no second file to load, so vite.config.ts replaces this module there with
// one whose startAnatomyWorker returns null: the model then builds the anatomy on the main thread.

export function startAnatomyWorker(): Worker {
  return new Worker(new URL('./anatomy-worker.ts', import.meta.url), { type: 'module', name: 'craniolab-anatomy' });
}
