// Idle prefetch of the lazy chunks (contrast tabs, lecture, embed dialog, export): after the first
// frame, once the main thread has an idle moment, each chunk is imported in turn, one per idle
// period, so a tab or tool opens later without waiting for the network. The chunks are the app's
// own files: nothing is requested from another origin. The performance mark PREFETCH_MARK says
// when prefetching began; bench/run.ts counts what the page loaded before it as the first view.

export const PREFETCH_MARK = 'craniolab:prefetch';

/** Quiet time after the first frame before prefetching starts, ms: the first seconds belong to
 *  the scene and the student's first input. */
const PREFETCH_DELAY_MS = 3000;

type Idle = (run: () => void) => void;
const whenIdle: Idle = (run) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout: 5000 });
  else setTimeout(run, 200);
};

/** Imports each loader's chunk in turn when the page is idle; failures are ignored (the chunk is
 *  requested again, with a message if it fails, when it is used). */
export function prefetchWhenIdle(loaders: readonly (() => Promise<unknown>)[], delayMs = PREFETCH_DELAY_MS): void {
  let i = 0;
  const next = (): void => {
    const load = loaders[i++];
    if (!load) return;
    load().then(
      () => whenIdle(next),
      () => whenIdle(next),
    );
  };
  setTimeout(
    () =>
      whenIdle(() => {
        performance.mark(PREFETCH_MARK);
        next();
      }),
    delayMs,
  );
}
