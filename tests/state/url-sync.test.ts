// URL sync: the address bar must always be a link to the current view, without hammering
// history.replaceState during a slider drag (browsers throttle or throw on that).

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, setField } from '../../src/state/store';
import { parseUrlOptions } from '../../src/state/url-options';
import { URL_WRITE_DEBOUNCE_MS, syncUrlWithStore } from '../../src/state/url-sync';

describe('syncUrlWithStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a 60-step slider drag writes the URL once, after it settles, with the final value', () => {
    const store = createAppStore();
    const writes: string[] = [];
    syncUrlWithStore(store, { write: (q) => writes.push(q) });
    for (let i = 1; i <= 60; i++) {
      setField(store, 'forceG', 5 + i);
      vi.advanceTimersByTime(16);
    }
    expect(writes).toEqual([]); // still dragging: every change restarts the debounce
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(writes).toEqual(['force=65']);
  });

  it('the written query reproduces the state (the link is the view)', () => {
    const store = createAppStore();
    const writes: string[] = [];
    syncUrlWithStore(store, { write: (q) => writes.push(q), page: { fuzz: true } });
    setField(store, 'subject', 'rabbit');
    setField(store, 'speed', 0.5);
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(writes).toHaveLength(1);
    const p = parseUrlOptions(writes[0]);
    expect(p.state).toEqual(store.getState());
    // the tab keeps its QA flag through a reload, though shared links never carry it
    expect(p.page.fuzz).toBe(true);
  });

  it('changing and changing back writes nothing (the URL already says it)', () => {
    const store = createAppStore();
    const writes: string[] = [];
    syncUrlWithStore(store, { write: (q) => writes.push(q) });
    setField(store, 'forceG', 10);
    setField(store, 'forceG', 5);
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([]);
  });

  it('stopping drops a pending write', () => {
    const store = createAppStore();
    const writes: string[] = [];
    const stop = syncUrlWithStore(store, { write: (q) => writes.push(q) });
    setField(store, 'forceG', 10);
    stop();
    vi.advanceTimersByTime(1000);
    setField(store, 'forceG', 20);
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([]);
  });
});
