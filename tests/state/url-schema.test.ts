// The one declaration (url-schema.ts OPTIONS): adding a field there must be all it takes for the
// state type, the defaults, the sanitiser, the URL round trip, the embed mapping and the docs to
// know it. A fixture list adds fields as doc/implementation-notes.md shows, and every derivation
// is checked on it.

import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AppState } from '../../src/state/app-state';
import { flag, numberIn } from '../../src/state/option-kinds';
import { schemaAsMarkdown, stateKeysAsMarkdown } from '../../src/state/option-docs';
import { DEFAULT_STATE, defaultStateOf, sanitizeStateOf } from '../../src/state/store';
import { parseUrlOptionsOf, serializeUrlOptionsOf } from '../../src/state/url-options';
import {
  OPTIONS,
  STATE_OPTION_NAMES,
  field,
  optionsToStateOf,
  stateKeyOf,
  stateToOptionsOf,
  type StateOf,
  type StateOptionsOf,
  type UrlOptionsOf,
} from '../../src/state/url-schema';

/** The app's options plus two new fields: a flag and a number with its own URL name and unit. */
const FIXTURE = [
  ...OPTIONS,
  field('grid', flag(), 'Draw a 1 cm grid on the scalp.'),
  field('scalpMm', numberIn({ min: 0.5, max: 10, default: 5 }, 'mm'), 'Scalp thickness under the hand, mm.', { name: 'tissue' }),
];
type Fixture = (typeof FIXTURE)[number];
type FixtureState = StateOf<Fixture>;

describe('a field added to the declaration', () => {
  it('is in the state type, with its value type, and in the URL and embed types under its URL name', () => {
    expectTypeOf<FixtureState['grid']>().toEqualTypeOf<boolean>();
    expectTypeOf<FixtureState['scalpMm']>().toEqualTypeOf<number>();
    expectTypeOf<UrlOptionsOf<Fixture>['tissue']>().toEqualTypeOf<number>();
    expectTypeOf<StateOptionsOf<Fixture>>().toHaveProperty('grid');
    expectTypeOf<FixtureState>().toMatchTypeOf<AppState>();
  });

  it('has its default in the default state', () => {
    expect(defaultStateOf(FIXTURE)).toEqual({ ...DEFAULT_STATE, grid: false, scalpMm: 5 });
  });

  it('goes through its guard in the sanitiser: clamped into range, garbage keeps the base value', () => {
    const base = defaultStateOf(FIXTURE);
    expect(sanitizeStateOf(FIXTURE, { grid: true, scalpMm: 99 }, base)).toMatchObject({ grid: true, scalpMm: 10 });
    expect(sanitizeStateOf(FIXTURE, { grid: 'yes', scalpMm: NaN } as never, base)).toMatchObject({ grid: false, scalpMm: 5 });
  });

  it('round-trips through a URL under its URL name, and a bad value gets the standard warning', () => {
    const state: FixtureState = { ...defaultStateOf(FIXTURE), subject: 'rabbit', grid: true, scalpMm: 2.5 };
    const q = serializeUrlOptionsOf(FIXTURE, state);
    expect(q).toBe('subject=rabbit&grid=1&tissue=2.5');
    const p = parseUrlOptionsOf(FIXTURE, q);
    expect(p.warnings).toEqual([]);
    expect(p.state).toEqual(state);
    expect(parseUrlOptionsOf(FIXTURE, 'tissue=0').warnings).toEqual(['tissue=0 is below the minimum 0.5 mm; using 0.5 mm']);
  });

  it('maps between store key and URL name for the embed API', () => {
    const state = { ...defaultStateOf(FIXTURE), scalpMm: 3 };
    const options = stateToOptionsOf(FIXTURE, state);
    expect(options).toMatchObject({ tissue: 3, grid: false });
    expect(optionsToStateOf(FIXTURE, options)).toEqual(state);
  });

  it('gets a row in both generated option tables', () => {
    expect(schemaAsMarkdown(false, FIXTURE)).toContain('| `grid` | flag | off | 1 or 0 (true/false; bare name = 1) | Draw a 1 cm grid on the scalp. |');
    expect(schemaAsMarkdown(false, FIXTURE)).toContain('| `tissue` | number | 5 mm | 0.5 mm to 10 mm | Scalp thickness under the hand, mm. |');
    expect(stateKeysAsMarkdown(FIXTURE)).toContain('| `tissue` | number, mm | 0.5 to 10 |');
  });
});

describe("the app's declaration", () => {
  it('names each option and store key once (a repeated name would shadow another option)', () => {
    const names = OPTIONS.map((o) => o.name);
    const keys = OPTIONS.flatMap((o) => (o.key === null ? [] : [o.key]));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(DEFAULT_STATE).sort()).toEqual([...keys].sort());
  });

  it('keeps the public contract: state keys by URL name, in URL order, and their store keys', () => {
    // links, embed messages and the embed API's `ready` use these names in this order; new fields may join
    const published = ['subject', 'technique', 'force', 'view', 'lecture', 'step', 'colorProfile', 'embed', 'speed', 'exaggeration', 'trueScale', 'cutaway', 'paused', 'randomSeed'];
    expect(STATE_OPTION_NAMES.filter((n) => published.includes(n))).toEqual(published);
    expect([stateKeyOf('force'), stateKeyOf('paused'), stateKeyOf('randomSeed'), stateKeyOf('cutaway')]).toEqual(['forceG', 'playing', 'seed', 'cutaway']);
    expect([stateKeyOf('controls'), stateKeyOf('__proto__')]).toEqual([undefined, undefined]);
  });

  it('inverts paused into playing', () => {
    expect(DEFAULT_STATE.playing).toBe(true);
    expect(stateToOptionsOf(OPTIONS, { ...DEFAULT_STATE, playing: false }).paused).toBe(true);
  });
});
