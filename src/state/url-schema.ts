// The one declaration of every state field and URL option (PhET's query-parameter schema and its
// NumberProperty in one place). Each line of OPTIONS gives an option's store key, its URL name,
// its kind (type, range or words, default, unit), whether it is public, its description and, if
// any, what a screen reader says about it. Everything else is derived from this list:
//   app-state.ts    the AppState type             store.ts        defaults, sanitiser, setters
//   url-options.ts  URL parse and serialise       option-docs.ts  the generated option tables
//   embed.ts        the embed API's state keys    lecture-mode.ts URL names back to store keys
// Adding a URL-backed control is one line here plus the control: see doc/implementation-notes.md
// ("Adding a state field"). URL names and their order are a public contract: links, embed
// messages and the generated docs use them.

import { SUBJECT_IDS } from '../model/subjects';
import { DEFAULT_SUBJECT } from './default-subject';
import { TECHNIQUE_IDS } from '../model/techniques';
import { ACTIVITY_IDS } from '../model/activities/ids';
import { LOCALE_IDS } from '../i18n/locales';
import { t } from '../i18n/index';
import { flag, integerIn, listOf, numberIn, numberOrAuto, oneOf, oneOfOrNone, origin, type OptionKind } from './option-kinds';
import { EXAGGERATION_RANGE, FORCE_RANGE_G, LECTURE_STEP_RANGE, RANDOM_SEED_RANGE, SPEED_RANGE } from './ranges';

export const VIEW_IDS = ['sim', 'scale', 'rhythm', 'downey', 'finder', 'sources'] as const;
export const COLOR_PROFILES = ['default', 'projector'] as const;
/** Controls an embedding page may keep (`?controls=`); this order is the canonical one. */
export const CONTROL_IDS = ['force', 'subject', 'technique', 'play', 'speed', 'exaggeration', 'reset', 'cutaway', 'language'] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

/** One option: its kind plus where it lives and how it is documented. */
export interface OptionSpec<N extends string = string, T = unknown, K extends string | null = string | null> extends OptionKind<T> {
  /** name in URLs and embed messages (a public contract) */
  readonly name: N;
  /** key in the app store; null for a page option (read once from the URL, never in the store) */
  readonly key: K;
  /** public options appear in docs and in shared links; the others are QA tools */
  readonly public: boolean;
  readonly description: string;
  /** the store holds the opposite of the URL flag: `paused=1` is `playing: false` */
  readonly inverted: boolean;
  /** what a screen reader hears about a value (of the option as named: `paused`), '' for nothing */
  announce?(value: T): string;
}
/** The widest option, for constraints (any: a kind of T must fit where any kind is expected). */
export type AnyOption = OptionSpec<string, any, string | null>;

interface FieldOptions<N extends string, T> {
  /** URL name when it differs from the store key (the key says its unit: forceG, URL force) */
  name?: N;
  public?: boolean;
  inverted?: boolean;
  announce?: (value: T) => string;
}

/** A state field: in the store under `key`, in URLs and embed messages under `name` (default: key). */
export function field<const K extends string, T, const N extends string = K>(
  key: K,
  kind: OptionKind<T>,
  description: string,
  opts: FieldOptions<N, T> = {},
): OptionSpec<N, T, K> {
  const { name = key as string as N, inverted = false, announce } = opts;
  return { ...kind, name, key, public: opts.public ?? true, description, inverted, ...(announce ? { announce } : {}) };
}

/** A page option: read once from the URL, kept in it, never in the store or settable by messages. */
export function pageOption<const N extends string, T>(name: N, kind: OptionKind<T>, description: string, opts: { public?: boolean } = {}): OptionSpec<N, T, null> {
  return { ...kind, name, key: null, public: opts.public ?? true, description, inverted: false };
}

// Types derived from a list of options (the app's below; tests build others).
type ValueOf<O> = O extends OptionSpec<string, infer T, string | null> ? T : never;
/** Every option by URL name, with its value type. */
export type UrlOptionsOf<O extends AnyOption> = { [X in O as X['name']]: ValueOf<X> };
/** The store's state: every state field by store key. */
export type StateOf<O extends AnyOption> = { [X in O as X['key'] & string]: ValueOf<X> };
/** The state by URL name: what links and embed messages carry. */
export type StateOptionsOf<O extends AnyOption> = UrlOptionsOf<Extract<O, { key: string }>>;
export type PageConfigOf<O extends AnyOption> = UrlOptionsOf<Extract<O, { key: null }>>;

/** Every option, in URL order: the order of parameters in links and of rows in the docs. */
export const OPTIONS = [
  field('subject', oneOf(SUBJECT_IDS, DEFAULT_SUBJECT), 'Whose head: adult, child (about 6 years), infant (open fontanelle) or rabbit (the 2006 study).'),
  field('technique', oneOf(TECHNIQUE_IDS, 'vault-hold'), 'The hand placement applied to the head.'),
  field('forceG', numberIn(FORCE_RANGE_G, 'g'), 'Applied force in grams-force (5 g is the weight of a nickel).', { name: 'force' }),
  field('view', oneOf(VIEW_IDS, 'sim'), 'Which screen opens: sim, scale, rhythm, downey, finder or sources.'),
  pageOption('activity', oneOfOrNone(ACTIVITY_IDS), 'Open a guided activity beside the scene (predict, then see the model): nickel, rhythm or downey.'),
  field('lecture', flag(), 'Lecture mode: guided steps with captions and large type.'),
  field('step', integerIn(LECTURE_STEP_RANGE), 'Lecture step to open at (1-8).'),
  field('colorProfile', oneOf(COLOR_PROFILES, 'default'), 'Colour profile; projector gives high contrast for a lecture hall.'),
  field(
    'locale',
    oneOf(LOCALE_IDS, 'en'),
    "Language of the page: en (English), de (Deutsch) or es (Español). Without it, the browser's preferred language when CranioLab speaks it, else English.",
  ),
  field('embed', flag(), 'Embed mode: hide the page chrome, keep the scene and the controls listed in `controls`.'),
  pageOption(
    'controls',
    listOf(CONTROL_IDS),
    'In embed mode, the controls to keep, comma-separated (e.g. force,subject,technique). Empty (`controls=`) keeps none: scene and readouts only.',
  ),
  pageOption(
    'parentOrigin',
    origin(),
    'Origin of the page embedding CranioLab, e.g. https://lms.example.edu. The embed API then accepts commands only from it and sends events only to it.',
  ),
  field('speed', numberIn(SPEED_RANGE, 'x'), 'Simulated seconds per wall-clock second.'),
  field(
    'exaggeration',
    numberOrAuto(EXAGGERATION_RANGE, 'x'),
    'How many times bone motion is magnified in the scene, or auto (the default): fitted to the subject, the largest 1, 2 or 5 × 10^n up to 1,000,000 that shows its motion at the default touch without clipping (×1,000,000 for the adult, less for smaller heads that move more).',
  ),
  field('trueScale', flag(), 'Show the scene at true scale (no exaggeration).'),
  field('cutaway', flag(), 'Cut the skull open to show the CSF space and ventricles.'),
  field('scalp', flag(true), 'Draw the translucent scalp over the skull, with its measured thickness (hidden in the cutaway).'),
  field('playing', flag(), 'Start with the simulation paused.', { name: 'paused', inverted: true, announce: (paused) => (paused ? t('app.describe.paused') : '') }),
  field('seed', integerIn(RANDOM_SEED_RANGE), 'Seed of the noise generator; the same seed reproduces a run.', { name: 'randomSeed' }),
  pageOption('fuzz', flag(), 'QA: drive random input for testing.', { public: false }),
  pageOption('ea', flag(), 'QA: turn on runtime assertions.', { public: false }),
  pageOption('pseudo', flag(), 'QA: show the pseudo-locale en-XA (accented, 40 % longer English) to find untranslated or clipped text.', { public: false }),
] as const;

export type AppOption = (typeof OPTIONS)[number];
export type UrlOptions = UrlOptionsOf<AppOption>;
export type OptionName = keyof UrlOptions;
export type StateOptions = StateOptionsOf<AppOption>;
export type StateOptionName = keyof StateOptions;
export type PageConfig = PageConfigOf<AppOption>;

export const OPTION_NAMES: readonly OptionName[] = OPTIONS.map((o) => o.name);
/** Options that mirror the store: what the embed API reads and writes. */
export const STATE_OPTION_NAMES = OPTIONS.flatMap((o) => (o.key === null ? [] : [o.name])) as readonly StateOptionName[];
/** Options read once when the page loads: not in the store, not settable through the embed API. */
export const PAGE_OPTION_NAMES = OPTIONS.flatMap((o) => (o.key === null ? [o.name] : [])) as readonly (keyof PageConfig)[];

/** The option a URL name or store key belongs to (a Map: '__proto__' finds nothing). */
const byName = new Map<string, AppOption>(OPTIONS.map((o) => [o.name, o]));
const byKey = new Map<string, AppOption>(OPTIONS.flatMap((o) => (o.key === null ? [] : [[o.key, o] as const])));
export const optionNamed = (name: string): AnyOption | undefined => byName.get(name);

/** A state by URL names (the URL's and the embed API's view of it). */
export function stateToOptionsOf<O extends AnyOption>(spec: readonly O[], state: StateOf<O>): StateOptionsOf<O> {
  const s = state as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const o of spec) if (o.key !== null) out[o.name] = o.inverted ? !s[o.key] : s[o.key];
  return out as StateOptionsOf<O>;
}

/** The state from options by URL name (the inverse of stateToOptionsOf). */
export function optionsToStateOf<O extends AnyOption>(spec: readonly O[], options: StateOptionsOf<O>): StateOf<O> {
  const u = options as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const o of spec) if (o.key !== null) out[o.key] = o.inverted ? !u[o.name] : u[o.name];
  return out as StateOf<O>;
}

type AppStateOf = StateOf<AppOption>;
export const stateToOptions = (state: AppStateOf): StateOptions => stateToOptionsOf(OPTIONS, state);
export const optionsToState = (options: StateOptions): AppStateOf => optionsToStateOf(OPTIONS, options);

/** The store key of a URL option name; undefined for a page option or an unknown name. */
export function stateKeyOf(name: string): keyof AppStateOf | undefined {
  return (byName.get(name)?.key ?? undefined) as keyof AppStateOf | undefined;
}

/** What a screen reader hears about a state value, '' for nothing (e.g. 'Paused.' for playing: false). */
export function announce<K extends keyof AppStateOf>(key: K, value: AppStateOf[K]): string {
  const o = byKey.get(key) as AnyOption | undefined;
  return o?.announce?.(o.inverted ? !value : value) ?? '';
}
