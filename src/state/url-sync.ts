// Keeps the page URL equal to the app state, so the address bar is always a link that reproduces
// the current view. DOM-free: the caller supplies `write`, in the browser
//   (q) => history.replaceState(history.state, '', q ? `?${q}` : location.pathname)
// replaceState, not pushState: dragging a slider must not fill the Back button's history.
// Writes are debounced (URL_WRITE_DEBOUNCE_MS after the last change): browsers throttle
// replaceState calls (Safari throws after 100 in 30 s), and a 60 Hz slider drag would hit that.

import type { AppStore } from './store';
import { serializeUrlOptions } from './url-options';
import type { PageConfig } from './url-schema';

export const URL_WRITE_DEBOUNCE_MS = 250;

export interface UrlSyncOptions {
  /** page options to keep in the URL (embed, controls, parentOrigin, and QA flags fuzz/ea) */
  page?: Partial<PageConfig>;
  write: (query: string) => void;
  debounceMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

/** Start syncing; returns a function that stops it (and drops a pending write). */
export function syncUrlWithStore(store: AppStore, opts: UrlSyncOptions): () => void {
  const setT = opts.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clearT = opts.clearTimeout ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));
  const ms = opts.debounceMs ?? URL_WRITE_DEBOUNCE_MS;
  // QA flags are not public (never in shared links) but must survive in the tab that uses them,
  // or a reload in the middle of a fuzz run would silently stop fuzzing.
  const query = () => serializeUrlOptions(store.getState(), opts.page ?? {}, { includeNonPublic: true });
  let last = query();
  let timer: unknown = null;
  const flush = () => {
    timer = null;
    const q = query();
    if (q !== last) {
      last = q;
      opts.write(q);
    }
  };
  const unsubscribe = store.subscribe(() => {
    if (timer !== null) clearT(timer);
    timer = setT(flush, ms);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearT(timer);
    timer = null;
  };
}
