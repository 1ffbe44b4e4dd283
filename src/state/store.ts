// The app's two zustand vanilla stores and the only sanctioned ways to change them.
//
//   app store: the INPUT state (subject, technique, force in grams, playing, speed, toggles).
//     Plain serialisable data; it is the URL state, the embed API's state and a test fixture.
//   sim store: the model's OUTPUT (latest SimFrame, the touch-response summary), written only by
//     SimLoop, read by the view and the UI.
// Data flows one way: input -> app store -> SimLoop (model step) -> sim store -> view.
//
// Reset All: `resetAll(store)` restores the state the page STARTED from (the URL-derived initial
// state passed to createAppStore), not the factory defaults: a teacher who shares a link with
// ?subject=rabbit&force=500 expects Reset All to return to that set-up. It also notifies the
// listeners registered with `onResetAll` (SimLoop rewinds the model and clears the charts).

import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { SimFrame, SubjectId, TechniqueId } from '../model/types';
import type { TouchResponse } from '../model/index';
import type { AppState, ColorProfile, ViewId } from './app-state';
import {
  EXAGGERATION_RANGE,
  FORCE_RANGE_G,
  LECTURE_STEP_RANGE,
  RANDOM_SEED_RANGE,
  SPEED_RANGE,
  type NumberRange,
} from './ranges';
import { COLOR_PROFILES, SUBJECT_IDS, TECHNIQUE_IDS, VIEW_IDS } from './url-schema';

export const DEFAULT_STATE: Readonly<AppState> = Object.freeze({
  subject: 'adult',
  technique: 'vault-hold',
  forceG: FORCE_RANGE_G.default,
  playing: true,
  speed: SPEED_RANGE.default,
  exaggeration: EXAGGERATION_RANGE.default,
  trueScale: false,
  cutaway: false,
  view: 'sim',
  lecture: false,
  step: LECTURE_STEP_RANGE.default,
  colorProfile: 'default',
  embed: false,
  seed: RANDOM_SEED_RANGE.default,
});

/**
 * A sanitised copy of `input` over `base`: out-of-range numbers clamped, NaN/non-numbers and
 * unknown enum words replaced by base's value, unknown keys dropped. Used for createAppStore's
 * initial state so even a hand-built fixture cannot put NaN into the store.
 */
export function sanitizeState(input: Partial<AppState> | undefined, base: AppState = DEFAULT_STATE): AppState {
  const i = (input ?? {}) as Partial<Record<keyof AppState, unknown>>;
  const num = (v: unknown, range: NumberRange, fallback: number, integer = false): number => {
    if (typeof v !== 'number' || Number.isNaN(v)) return fallback;
    if (integer && Number.isFinite(v) && !Number.isInteger(v)) return fallback;
    return Math.min(range.max, Math.max(range.min, v));
  };
  const oneOf = <T extends string>(v: unknown, values: readonly T[], fallback: T): T =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : fallback;
  const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
  return {
    subject: oneOf<SubjectId>(i.subject, SUBJECT_IDS, base.subject),
    technique: oneOf<TechniqueId>(i.technique, TECHNIQUE_IDS, base.technique),
    forceG: num(i.forceG, FORCE_RANGE_G, base.forceG),
    playing: bool(i.playing, base.playing),
    speed: num(i.speed, SPEED_RANGE, base.speed),
    exaggeration: num(i.exaggeration, EXAGGERATION_RANGE, base.exaggeration),
    trueScale: bool(i.trueScale, base.trueScale),
    cutaway: bool(i.cutaway, base.cutaway),
    view: oneOf<ViewId>(i.view, VIEW_IDS, base.view),
    lecture: bool(i.lecture, base.lecture),
    step: num(i.step, LECTURE_STEP_RANGE, base.step, true),
    colorProfile: oneOf<ColorProfile>(i.colorProfile, COLOR_PROFILES, base.colorProfile),
    embed: bool(i.embed, base.embed),
    seed: num(i.seed, RANDOM_SEED_RANGE, base.seed, true),
  };
}

export function createAppStore(initial?: Partial<AppState>) {
  const start = sanitizeState(initial);
  return createStore<AppState>()(subscribeWithSelector(() => start));
}
export type AppStore = ReturnType<typeof createAppStore>;

// Reset listeners live beside the store rather than in it: the store holds plain data only.
const resetListeners = new WeakMap<AppStore, Set<() => void>>();

/** Run `listener` after every resetAll(store). Returns the unsubscribe function. */
export function onResetAll(store: AppStore, listener: () => void): () => void {
  let set = resetListeners.get(store);
  if (!set) resetListeners.set(store, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Reset All: back to the state the page started from (see the file header), in one call. */
export function resetAll(store: AppStore): void {
  store.setState(store.getInitialState(), true);
  // Listeners run even when the state was already the initial one: the model time and the
  // charts still need rewinding.
  for (const l of [...(resetListeners.get(store) ?? [])]) l();
}

// Sanitising setters. Each ignores values it cannot use (NaN, wrong type, unknown word), clamps
// finite numbers into range, and returns the value now in the store. Components call these, never
// setState with raw input.

function setNumber(store: AppStore, key: 'forceG' | 'speed' | 'exaggeration' | 'step' | 'seed', v: unknown, range: NumberRange, integer = false): number {
  if (typeof v !== 'number' || Number.isNaN(v)) return store.getState()[key];
  let x = Math.min(range.max, Math.max(range.min, v));
  if (integer) x = Math.round(x);
  if (store.getState()[key] !== x) store.setState({ [key]: x });
  return x;
}
function setWord<K extends 'subject' | 'technique' | 'view' | 'colorProfile'>(
  store: AppStore,
  key: K,
  v: unknown,
  values: readonly string[],
): AppState[K] {
  if (typeof v === 'string' && values.includes(v) && store.getState()[key] !== v) {
    store.setState({ [key]: v } as Partial<AppState>);
  }
  return store.getState()[key];
}
function setFlag(store: AppStore, key: 'playing' | 'trueScale' | 'cutaway' | 'lecture' | 'embed', v: unknown): boolean {
  if (typeof v === 'boolean' && store.getState()[key] !== v) store.setState({ [key]: v });
  return store.getState()[key];
}

/** grams-force, clamped to FORCE_RANGE_G */
export const setForceG = (s: AppStore, g: number): number => setNumber(s, 'forceG', g, FORCE_RANGE_G);
/** simulated s per wall s, clamped to SPEED_RANGE */
export const setSpeed = (s: AppStore, x: number): number => setNumber(s, 'speed', x, SPEED_RANGE);
export const setExaggeration = (s: AppStore, x: number): number => setNumber(s, 'exaggeration', x, EXAGGERATION_RANGE);
/** lecture step, rounded to a whole step and clamped to LECTURE_STEP_RANGE */
export const setStep = (s: AppStore, n: number): number => setNumber(s, 'step', n, LECTURE_STEP_RANGE, true);
export const setSeed = (s: AppStore, n: number): number => setNumber(s, 'seed', n, RANDOM_SEED_RANGE, true);
export const setSubject = (s: AppStore, id: SubjectId): SubjectId => setWord(s, 'subject', id, SUBJECT_IDS);
export const setTechnique = (s: AppStore, id: TechniqueId): TechniqueId => setWord(s, 'technique', id, TECHNIQUE_IDS);
export const setView = (s: AppStore, id: ViewId): ViewId => setWord(s, 'view', id, VIEW_IDS);
export const setColorProfile = (s: AppStore, id: ColorProfile): ColorProfile => setWord(s, 'colorProfile', id, COLOR_PROFILES);
export const setPlaying = (s: AppStore, on: boolean): boolean => setFlag(s, 'playing', on);
export const togglePlaying = (s: AppStore): boolean => setFlag(s, 'playing', !s.getState().playing);
export const setTrueScale = (s: AppStore, on: boolean): boolean => setFlag(s, 'trueScale', on);
export const setCutaway = (s: AppStore, on: boolean): boolean => setFlag(s, 'cutaway', on);
export const setLecture = (s: AppStore, on: boolean): boolean => setFlag(s, 'lecture', on);
export const setEmbed = (s: AppStore, on: boolean): boolean => setFlag(s, 'embed', on);

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
