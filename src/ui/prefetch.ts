// Idle prefetch of the lazy chunks (contrast tabs, lecture, embed dialog, export): after the first
// frame, once the main thread has an idle moment, each chunk is imported in turn, one per idle
// period, so a tab or tool opens later without waiting for the network. The chunks are the app's
// own files: nothing is requested from another origin. The performance mark PREFETCH_MARK says
// when prefetching began; bench/run.ts counts what the page loaded before it as the first view.

import { whenIdle } from '../state/idle';

export const PREFETCH_MARK = 'craniolab:prefetch';

/** Quiet time after the first frame before prefetching starts, ms: the first seconds belong to
 *  the scene and the student's first input. */
const PREFETCH_DELAY_MS = 3000;


/** Parts of the page outside the first view (deferredPart), prefetched before the given list. */
const deferredParts: (() => Promise<unknown>)[] = [];

/**
 * A part of the page outside the first view (below the panel's controls): its code is imported
 * when the idle prefetch reaches it, or at once when `now` is called (first use, or the part
 * scrolling into sight: see `loadWhenSeen`); `code` resolves with what `load` gives.
 */
export function deferredPart<T>(load: () => Promise<T>): { code: Promise<T>; now: () => Promise<T> } {
  let ask: () => void = () => {};
  const code = new Promise<void>((go) => (ask = go)).then(load);
  const now = (): Promise<T> => {
    ask();
    return code;
  };
  deferredParts.push(now);
  return { code, now };
}

/** Asks for a deferred part's code as soon as `el` (its busy placeholder) scrolls into sight. */
export function loadWhenSeen(el: Element, part: { code: Promise<unknown>; now: () => unknown }): void {
  if (typeof IntersectionObserver !== 'function') {
    void part.now();
    return;
  }
  const seen = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) void part.now();
  });
  seen.observe(el);
  void part.code.finally(() => seen.disconnect());
}

/** Imports each loader's chunk in turn when the page is idle, the deferred parts' first; failures
 *  are ignored (the chunk is requested again, with a message if it fails, when it is used). */
export function prefetchWhenIdle(given: readonly (() => Promise<unknown>)[], delayMs = PREFETCH_DELAY_MS): void {
  let i = 0;
  const loaders = [...deferredParts, ...given];
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
