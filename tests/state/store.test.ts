// The app store: Reset All must return the step to its factory set-up, and no setter may let a
// value the model or the screen cannot use (NaN, out of range, unknown word) into the store.

import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, createAppStore, createSimStore, onResetAll, resetAll, sanitizeState, setField, setFields, setResetSetup, watch } from '../../src/state/store';
import type { SubjectId } from '../../src/model/types';
import { parseUrlOptions } from '../../src/state/url-options';

describe('createAppStore and Reset All', () => {
  it('starts from the defaults when given nothing', () => {
    expect(createAppStore().getState()).toEqual(DEFAULT_STATE);
  });

  it('Reset All returns the step to its factory set-up, not the URL the page opened with (a reload at 500 g must not keep 500 g)', () => {
    const store = createAppStore(parseUrlOptions('subject=rabbit&force=500&view=scale&colorProfile=projector').state);
    setField(store, 'forceG', 20);
    setField(store, 'playing', false);
    resetAll(store);
    // where the student is (the tab) and the room's colour profile stay; the rest is factory
    expect(store.getState()).toEqual({ ...DEFAULT_STATE, view: 'scale', colorProfile: 'projector' });
  });

  it('Reset All in a lecture step applies that step\'s set-up over the defaults', () => {
    const store = createAppStore(parseUrlOptions('lecture=1&step=6&force=500').state);
    const off = setResetSetup(store, (s) => (s.step === 6 ? { subject: 'rabbit', forceG: 20 } : {}));
    setField(store, 'speed', 2);
    resetAll(store);
    expect(store.getState()).toEqual({ ...DEFAULT_STATE, lecture: true, step: 6, subject: 'rabbit', forceG: 20 });
    off();
    resetAll(store);
    expect(store.getState().forceG).toBe(DEFAULT_STATE.forceG);
  });

  it('Reset All notifies reset listeners every time, even when the state is already initial (the model clock still needs rewinding)', () => {
    const store = createAppStore();
    let resets = 0;
    const off = onResetAll(store, () => resets++);
    resetAll(store);
    resetAll(store);
    expect(resets).toBe(2);
    off();
    resetAll(store);
    expect(resets).toBe(2);
  });

  it('subscribers of a slice hear only that slice (views update only on change)', () => {
    const store = createAppStore();
    const seen: number[] = [];
    store.subscribe((s) => s.forceG, (g) => seen.push(g));
    setField(store, 'speed', 2);
    setField(store, 'forceG', 10);
    setField(store, 'forceG', 10); // same value: no second notification
    expect(seen).toEqual([10]);
  });

  it('an initial state with bad values is sanitised (a hand-built fixture cannot smuggle NaN in)', () => {
    const store = createAppStore({ forceG: NaN, speed: 99, subject: 'martian' as SubjectId, step: 2.5 });
    expect(store.getState()).toMatchObject({ forceG: 5, speed: 10, subject: 'adult', step: 1 });
  });

  it('sanitizeState drops unknown keys so the store stays exactly AppState', () => {
    const s = sanitizeState({ evil: 1 } as never);
    expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_STATE).sort());
  });
});

describe('sanitising setters', () => {
  it.each([
    ['NaN is ignored', NaN, 5],
    ['negative clamps to the 0.1 g minimum', -3, 0.1],
    ['10 kg + 1 g clamps to the 10 kg maximum', 10_001, 10_000],
    ['Infinity clamps to the maximum', Infinity, 10_000],
    ['a nickel stays a nickel', 5, 5],
    ['500 g (Downey\'s first suture motion) is in range', 500, 500],
  ])('setField forceG: %s', (_why, input, expected) => {
    const store = createAppStore();
    expect(setField(store, 'forceG', input)).toBe(expected);
    expect(store.getState().forceG).toBe(expected);
  });

  it('non-numbers from loose callers are ignored, not coerced ("10" is not 10 here)', () => {
    const store = createAppStore();
    expect(setField(store, 'forceG', '10' as unknown as number)).toBe(5);
  });

  it('speed, exaggeration, step and seed clamp to their ranges; a fraction of a whole-number field is refused, as in a URL', () => {
    const store = createAppStore();
    expect(setField(store, 'speed', 0)).toBe(0.1);
    expect(setField(store, 'exaggeration', 1e12)).toBe(1e9);
    expect(setField(store, 'step', 3.6)).toBe(1);
    expect(setField(store, 'step', 12)).toBe(8);
    expect(setField(store, 'seed', -1)).toBe(0);
  });

  it('enum setters refuse unknown words and keep the current value', () => {
    const store = createAppStore();
    setField(store, 'subject', 'rabbit');
    expect(setField(store, 'subject', 'martian' as SubjectId)).toBe('rabbit');
    expect(setField(store, 'technique', '__proto__' as never)).toBe('vault-hold');
    expect(setField(store, 'view', 'finder')).toBe('finder');
  });

  it('setFields writes several fields in one update, each through its guard, and only what changed', () => {
    const store = createAppStore();
    const heard: string[][] = [];
    store.subscribe((s, prev) => heard.push(Object.keys(s).filter((k) => s[k as keyof typeof s] !== prev[k as keyof typeof s])));
    setFields(store, { subject: 'rabbit', forceG: -1, speed: NaN, playing: true, evil: 1 } as never);
    expect(store.getState()).toEqual({ ...DEFAULT_STATE, subject: 'rabbit', forceG: 0.1 });
    expect(heard).toEqual([['subject', 'forceG']]);
    setFields(store, { subject: 'rabbit' });
    expect(heard).toHaveLength(1); // nothing changed: no update
  });
});

describe('sim store', () => {
  it('starts with no frame and no touch summary, so views can show "waiting" rather than NaN', () => {
    expect(createSimStore().getState()).toEqual({ frame: null, touch: null, historyVersion: 0 });
  });
});

describe('watch: readers subscribe to the slice they show', () => {
  it('calls once at once, again only when a watched field changes', () => {
    const store = createAppStore();
    const seen: Array<readonly [SubjectId, number]> = [];
    const stop = watch(store, (s) => [s.subject, s.forceG] as const, (slice) => seen.push(slice));
    expect(seen).toHaveLength(1);
    setField(store, 'playing', false); // not watched: no call
    setField(store, 'forceG', 12);
    setField(store, 'forceG', 12); // same value: no call
    setField(store, 'subject', 'infant');
    expect(seen.map(([s, f]) => `${s} ${f}`)).toEqual([`${DEFAULT_STATE.subject} ${DEFAULT_STATE.forceG}`, `${DEFAULT_STATE.subject} 12`, 'infant 12']);
    stop();
    setField(store, 'forceG', 20);
    expect(seen).toHaveLength(3);
  });
});
