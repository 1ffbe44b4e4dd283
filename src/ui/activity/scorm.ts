// The content side of SCORM 1.2: find the LMS's API object (window.API in this window, a parent
// up to MAX_PARENT_HOPS frames away, or the opener's), call LMSInitialize, get and set cmi
// values, commit, and LMSFinish. It follows the search of the pipwerks wrapper and of ADL's
// APIWrapper.js; that wrapper's npm package could not be used here (it installs its code from a
// git repository, which a build without network cannot fetch), and this is all of it we need.
// Every call is guarded: an API that is absent, incomplete, or throws makes `connectLms` return
// null or a call return its fallback, and the activity works exactly as outside an LMS.

/** The SCORM 1.2 API an LMS puts on a window (RTE 1.2, section 3.3). */
interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(key: string): unknown;
  LMSSetValue(key: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
}

/** How far up the frame tree the API is searched (ADL's wrapper uses 7). */
export const MAX_PARENT_HOPS = 7;

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'] as const;

function apiOn(win: unknown): Scorm12Api | null {
  try {
    const api = (win as { API?: unknown } | null)?.API;
    if (typeof api !== 'object' || api === null) return null;
    return METHODS.every((m) => typeof (api as Record<string, unknown>)[m] === 'function') ? (api as Scorm12Api) : null;
  } catch {
    // a cross-origin parent throws on any property read
    return null;
  }
}

function searchUp(start: Window | null): Scorm12Api | null {
  let win: Window | null = start;
  for (let hops = 0; win && hops <= MAX_PARENT_HOPS; hops++) {
    const api = apiOn(win);
    if (api) return api;
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The API in this window's frame tree, else in its opener's (an LMS that opens a pop-up). */
export function findApi(win: Window): Scorm12Api | null {
  const here = searchUp(win);
  if (here) return here;
  try {
    return win.opener ? searchUp(win.opener as Window) : null;
  } catch {
    return null;
  }
}

/** SCORM 1.2 returns "true"/"false" as strings; some runtimes return booleans. */
const ok = (r: unknown): boolean => r === true || r === 'true';

export interface LmsSession {
  get(key: string): string;
  set(key: string, value: string): boolean;
  commit(): void;
  /** LMSFinish, once; afterwards every call does nothing */
  finish(): void;
}

/** LMSInitialize through the API found from `win`; null when there is none or it refuses. */
export function connectLms(win: Window): LmsSession | null {
  const api = findApi(win);
  if (!api) return null;
  try {
    if (!ok(api.LMSInitialize(''))) return null;
  } catch {
    return null;
  }
  let open = true;
  const guard = <T>(fallback: T, f: () => T): T => {
    if (!open) return fallback;
    try {
      return f();
    } catch {
      return fallback;
    }
  };
  return {
    get: (key) => guard('', () => {
      const v = api.LMSGetValue(key);
      return typeof v === 'string' ? v : '';
    }),
    set: (key, value) => guard(false, () => ok(api.LMSSetValue(key, value))),
    commit: () => guard(undefined, () => void api.LMSCommit('')),
    finish: () => {
      guard(undefined, () => void api.LMSFinish(''));
      open = false;
    },
  };
}

/** Seconds as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS. */
export function cmiTimespan(seconds: number): string {
  // whole centiseconds first, so 59.999 s is 00:01:00.00, never 00:00:60.00
  const cs = Math.round(Math.max(0, Number.isFinite(seconds) ? seconds : 0) * 100);
  const hh = Math.min(9999, Math.floor(cs / 360_000));
  const mm = Math.floor((cs % 360_000) / 6000);
  const ss = ((cs % 6000) / 100).toFixed(2).padStart(5, '0');
  return `${String(hh).padStart(4, '0')}:${String(mm).padStart(2, '0')}:${ss}`;
}
