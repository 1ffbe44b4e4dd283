// Hands the main thread back to the browser for a moment: whatever waits runs first (input, a
// paint, the skull's fetch arriving), then the caller goes on. The app
// sets itself up in steps separated by this, so no step blocks the page for long: one 600 ms
// task became several under ~200 ms on a 2-core machine with software WebGL (bench/run.ts,
// longestTaskMs and Lighthouse's Total Blocking Time).

/** Resolves in a new task (a timer, not a microtask: pending tasks and rendering run first). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
