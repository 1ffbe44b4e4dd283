// The app's two zustand vanilla stores and the one way to write the app store.
//
//   app store: the INPUT state (AppState: subject, technique, force in grams, playing, ...).
//     Plain serialisable data; it is the URL state, the embed API's state and a test fixture.
//     Its defaults and sanitiser are derived from the field declarations (url-schema.ts OPTIONS).
//   sim store: the model's OUTPUT (latest SimFrame, the touch-response summary), written only by
//     SimLoop, read by the view and the UI.
// Data flows one way: input -> app store -> SimLoop (model step) -> sim store -> view.
//
// Writing: controls, lecture steps and embed messages all call `setField` / `setFields`, which put
// every value through its field's guard (clamped into range; NaN, wrong types and unknown words
// ignored). Nothing outside src/state calls `store.setState` with raw input (the QA handle aside).
// Reading: subscribe to the slice shown, `store.subscribe((s) => s.forceG, render)`.
//
// Reset All: `resetAll(store)` returns the current step to its factory set-up, as PhET's Reset
// All does: every field to its default, except where the student is (RESET_KEEPS: the tab, the
// lecture and its step, the room's colour profile, embed mode), with the lecture step's own set-up on top
// (registered by the lecture with `setResetSetup`). Not the URL the page opened with: after a
// reload at 500 g, Reset All must still give 5 g. It also notifies the listeners registered with
// `onResetAll` (SimLoop rewinds the model and clears the charts).

import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { shallow } from 'zustand/vanilla/shallow';
import type { SimFrame } from '../model/types';
import type { TouchResponse } from '../model/index';
import type { AppState } from './app-state';
import { OPTIONS, type AnyOption, type StateOf } from './url-schema';

/** The default of every state field in `spec` (the store's view: `playing` for `paused`). */
export function defaultStateOf<O extends AnyOption>(spec: readonly O[]): StateOf<O> {
  const out: Record<string, unknown> = {};
  for (const o of spec) if (o.key !== null) out[o.key] = o.inverted ? !o.default : o.default;
  return out as StateOf<O>;
}

/**
 * A sanitised copy of `input` over `base`: each field through its guard (out-of-range numbers
 * clamped; NaN, non-numbers, fractions of whole-number fields and unknown words replaced by
 * base's value), unknown keys dropped, so even a hand-built fixture cannot put NaN into a store.
 */
export function sanitizeStateOf<O extends AnyOption>(spec: readonly O[], input: Partial<StateOf<O>> | undefined, base: StateOf<O>): StateOf<O> {
  const i = (input ?? {}) as Record<string, unknown>;
  const b = base as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const o of spec) {
    if (o.key === null) continue;
    const v = Object.prototype.hasOwnProperty.call(i, o.key) ? o.accept(i[o.key]) : undefined;
    out[o.key] = v === undefined ? b[o.key] : v;
  }
  return out as StateOf<O>;
}

export const DEFAULT_STATE: Readonly<AppState> = Object.freeze(defaultStateOf(OPTIONS));

export function sanitizeState(input: Partial<AppState> | undefined, base: AppState = DEFAULT_STATE): AppState {
  return sanitizeStateOf(OPTIONS, input, base);
}

export function createAppStore(initial?: Partial<AppState>) {
  const start = sanitizeState(initial);
  return createStore<AppState>()(subscribeWithSelector(() => start));
}
export type AppStore = ReturnType<typeof createAppStore>;

/**
 * Write several fields in one store update, each through its guard (see sanitizeStateOf); a value
 * that cannot be used leaves its field as it was. Subscribers hear only fields that changed.
 */
export function setFields(store: AppStore, patch: Partial<AppState>): void {
  const current = store.getState();
  const next = sanitizeState({ ...current, ...patch }, current);
  const changed: Partial<Record<keyof AppState, unknown>> = {};
  let any = false;
  for (const k of Object.keys(next) as (keyof AppState)[]) {
    if (!Object.is(next[k], current[k])) {
      changed[k] = next[k];
      any = true;
    }
  }
  if (any) store.setState(changed as Partial<AppState>);
}

/** Write one field through its guard; returns the value now in the store. */
export function setField<K extends keyof AppState>(store: AppStore, key: K, value: AppState[K]): AppState[K] {
  setFields(store, { [key]: value } as Partial<AppState>);
  return store.getState()[key];
}

/**
 * Readers subscribe to the slice they show: `listener` runs now, and again whenever an element of
 * `pick(state)` changes (compared one by one), never on writes to other fields. Returns unsubscribe.
 */
export function watch<T extends readonly unknown[]>(store: AppStore, pick: (s: AppState) => T, listener: (slice: T) => void): () => void {
  return store.subscribe(pick, listener, { equalityFn: shallow, fireImmediately: true });
}

// Reset listeners live beside the store rather than in it: the store holds plain data only.
const resetListeners = new WeakMap<AppStore, Set<() => void>>();

/** Run `listener` after every resetAll(store). Returns the unsubscribe function. */
export function onResetAll(store: AppStore, listener: () => void): () => void {
  let set = resetListeners.get(store);
  if (!set) resetListeners.set(store, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Fields Reset All keeps: where the student is, the room's colour profile, the language, and
 *  embed mode (an embedded page stays embedded). */
export const RESET_KEEPS = ['view', 'lecture', 'step', 'colorProfile', 'locale', 'embed'] as const satisfies readonly (keyof AppState)[];

const resetSetups = new WeakMap<AppStore, (s: AppState) => Partial<AppState>>();

/** The set-up a step adds over the defaults on Reset All (the lecture registers its steps'). Returns unregister. */
export function setResetSetup(store: AppStore, setup: (s: AppState) => Partial<AppState>): () => void {
  resetSetups.set(store, setup);
  return () => {
    if (resetSetups.get(store) === setup) resetSetups.delete(store);
  };
}

/** What Reset All gives for the state now: the defaults, the kept fields, the step's set-up. */
export function factorySetup(store: AppStore): AppState {
  const s = store.getState();
  const keep: Partial<AppState> = {};
  for (const k of RESET_KEEPS) (keep as Record<string, unknown>)[k] = s[k];
  return sanitizeState({ ...DEFAULT_STATE, ...keep, ...(resetSetups.get(store)?.(s) ?? {}) });
}

/** Reset All: the current step back to its factory set-up (see the file header), in one call. */
export function resetAll(store: AppStore): void {
  store.setState(factorySetup(store), true);
  // Listeners run even when the state was already the factory one: the model time and the
  // charts still need rewinding.
  for (const l of [...(resetListeners.get(store) ?? [])]) l();
}

/** Quasi-static response to the current touch, as model/index.ts `touchResponse` returns it. */
export type { TouchResponse };

export interface SimState {
  /** latest model frame; null before the first simulation exists */
  frame: SimFrame | null;
  /** quasi-static summary for the current subject/technique/force; null if not computed */
  touch: TouchResponse | null;
  /** bumps with every published frame (the chart history may have gained samples or been cleared), so charts know to redraw */
  historyVersion: number;
}

export function createSimStore() {
  return createStore<SimState>()(subscribeWithSelector((): SimState => ({ frame: null, touch: null, historyVersion: 0 })));
}
export type SimStore = ReturnType<typeof createSimStore>;
