// When the page's main thread is next idle: `requestIdleCallback`, or a short timeout where the
// browser has none (Safari). One helper for the idle prefetch (src/ui/prefetch.ts) and the scene's
// low-detail skull (src/view/skull-scene.ts), so their callbacks queue in one order: the order
// they were asked for.

/** Runs `run` when the page is next idle, at the latest after `timeoutMs`. */
export function whenIdle(run: () => void, timeoutMs = 5000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout: timeoutMs });
  else setTimeout(run, 200);
}

/** Resolves when the page is next idle (whenIdle). */
export const idle = (timeoutMs?: number): Promise<void> => new Promise((resolve) => whenIdle(resolve, timeoutMs));
