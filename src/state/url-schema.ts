// The one query-parameter schema (PhET style): every URL option, its type, default, valid values,
// whether it is public, and a description that doc generation reads. Every way into the app's
// options goes through `checkOption`: the page URL, the embed API's `set`/`setState`, links.
//
// Policy for bad values (documented for teachers in doc/teacher-tips.md):
//   - garbage (not a number, NaN, Infinity, 1e309, unknown word, duplicated key) -> the default,
//     with a warning;
//   - a finite number outside its range (negative force, speed 50) -> clamped to the nearest
//     end of the range, with a warning (the nearest sensible value is closer to what was meant);
//   - unknown keys (including `__proto__`, `constructor`) -> ignored, with a warning.
// Warnings are plain text meant for `textContent` (never innerHTML); a value is echoed at most
// MAX_ECHO_CHARS characters long so a 100 kB parameter cannot flood the notice.
// Nothing here throws on any input string.

import type { SubjectId, TechniqueId } from '../model/types';
import type { AppState, ColorProfile, ViewId } from './app-state';
import {
  EXAGGERATION_RANGE,
  FORCE_RANGE_G,
  LECTURE_STEP_RANGE,
  RANDOM_SEED_RANGE,
  SPEED_RANGE,
  type NumberRange,
} from './ranges';

export const SUBJECT_IDS = ['adult', 'child', 'infant', 'rabbit'] as const satisfies readonly SubjectId[];
export const TECHNIQUE_IDS = [
  'vault-hold',
  'frontal-lift',
  'parietal-lift',
  'fronto-occipital-hold',
  'cv4',
  'downey-distraction',
] as const satisfies readonly TechniqueId[];
export const VIEW_IDS = ['sim', 'scale', 'rhythm', 'downey', 'finder', 'sources'] as const satisfies readonly ViewId[];
export const COLOR_PROFILES = ['default', 'projector'] as const satisfies readonly ColorProfile[];
/** Controls an embedding page may keep (`?controls=`); this order is the canonical one. */
export const CONTROL_IDS = ['force', 'subject', 'technique', 'play', 'speed', 'exaggeration', 'reset', 'cutaway'] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

// Compile-time guards: if the model adds a subject or technique, these lists must follow.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
const _allSubjects: Missing<SubjectId, (typeof SUBJECT_IDS)[number]> = true;
const _allTechniques: Missing<TechniqueId, (typeof TECHNIQUE_IDS)[number]> = true;
const _allViews: Missing<ViewId, (typeof VIEW_IDS)[number]> = true;
void _allSubjects;
void _allTechniques;
void _allViews;

/** Every URL option by its URL name, with its parsed type. Names are a public contract. */
export interface UrlOptions {
  subject: SubjectId;
  technique: TechniqueId;
  /** grams-force */
  force: number;
  view: ViewId;
  lecture: boolean;
  step: number;
  colorProfile: ColorProfile;
  embed: boolean;
  controls: ControlId[];
  /** an origin such as 'https://lms.example.edu', or null when not given */
  parentOrigin: string | null;
  speed: number;
  exaggeration: number;
  trueScale: boolean;
  cutaway: boolean;
  paused: boolean;
  randomSeed: number;
  fuzz: boolean;
  ea: boolean;
}
export type OptionName = keyof UrlOptions;

/** Options that mirror AppState (the store): these are what the embed API reads and writes. */
export const STATE_OPTION_NAMES = [
  'subject',
  'technique',
  'force',
  'view',
  'lecture',
  'step',
  'colorProfile',
  'embed',
  'speed',
  'exaggeration',
  'trueScale',
  'cutaway',
  'paused',
  'randomSeed',
] as const satisfies readonly OptionName[];
export type StateOptionName = (typeof STATE_OPTION_NAMES)[number];
export type StateOptions = Pick<UrlOptions, StateOptionName>;

/** Options read once when the page loads; not in the store, not settable through the embed API. */
export const PAGE_OPTION_NAMES = ['controls', 'parentOrigin', 'fuzz', 'ea'] as const satisfies readonly OptionName[];
export type PageOptionName = (typeof PAGE_OPTION_NAMES)[number];
export type PageConfig = Pick<UrlOptions, PageOptionName>;

/** Schema order: the order of parameters in serialised URLs and in generated docs. */
export const OPTION_NAMES: readonly OptionName[] = [
  'subject',
  'technique',
  'force',
  'view',
  'lecture',
  'step',
  'colorProfile',
  'embed',
  'controls',
  'parentOrigin',
  'speed',
  'exaggeration',
  'trueScale',
  'cutaway',
  'paused',
  'randomSeed',
  'fuzz',
  'ea',
];

/** Longest piece of a user-supplied key or value repeated in a warning. */
export const MAX_ECHO_CHARS = 40;
/** Most warnings reported for one URL; the rest are counted in a last line. */
export const MAX_WARNINGS = 20;

/** Result of checking one raw value. `problem` reads "force=abc is not a number". */
export type OptionCheck<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'adjusted'; value: T; problem: string }
  | { kind: 'invalid'; problem: string };

export interface OptionSpec<T> {
  readonly name: OptionName;
  readonly type: 'enum' | 'number' | 'integer' | 'flag' | 'list' | 'origin';
  readonly default: T;
  /** public options appear in docs and in serialised links; non-public ones are QA tools */
  readonly public: boolean;
  readonly description: string;
  /** display unit of a number, e.g. 'g' */
  readonly unit?: string;
  /** valid words of an enum or list */
  readonly values?: readonly string[];
  readonly range?: NumberRange;
  /** raw comes from a URL (string) or from an embed payload (any JSON-like value) */
  check(raw: unknown): OptionCheck<T>;
  /** the value as written into a URL */
  format(value: T): string;
  /** the value as written in a warning ("5 g", "off", "none") */
  describe(value: T): string;
  equals(a: T, b: T): boolean;
}

/** A user-supplied string made safe to repeat in a plain-text warning: one line, short. */
export function echo(raw: unknown): string {
  let s: string;
  if (typeof raw === 'string') s = raw;
  else if (typeof raw === 'number' || typeof raw === 'boolean' || raw === null || raw === undefined) s = String(raw);
  else if (Array.isArray(raw)) s = '[a list]';
  else s = `[${typeof raw}]`;
  // Control characters (newlines, NUL) would break the one-line notice; replace, do not escape.
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return s.length > MAX_ECHO_CHARS ? `${s.slice(0, MAX_ECHO_CHARS)}…` : s;
}

const same = <T>(a: T, b: T): boolean => Object.is(a, b);

function enumOption<T extends string>(
  name: OptionName,
  values: readonly T[],
  def: T,
  description: string,
): OptionSpec<T> {
  return {
    name,
    type: 'enum',
    default: def,
    public: true,
    description,
    values,
    check(raw) {
      // includes() compares by value, so '__proto__' or 'toString' can never match by accident.
      if (typeof raw === 'string' && (values as readonly string[]).includes(raw)) return { kind: 'ok', value: raw as T };
      return { kind: 'invalid', problem: `${name}=${echo(raw)} is not one of ${values.join(', ')}` };
    },
    format: (v) => v,
    describe: (v) => v,
    equals: same,
  };
}

// A plain decimal number: no hex, no 'Infinity', no empty string (Number('') is 0).
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function toNumber(name: OptionName, raw: unknown): { ok: true; n: number } | { ok: false; problem: string } {
  let n: number;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const t = raw.trim();
    if (t === '') return { ok: false, problem: `${name} needs a value` };
    if (!DECIMAL.test(t)) return { ok: false, problem: `${name}=${echo(raw)} is not a number` };
    n = Number(t);
  } else return { ok: false, problem: `${name}=${echo(raw)} is not a number` };
  if (!Number.isFinite(n)) return { ok: false, problem: `${name}=${echo(raw)} is not a finite number` };
  return { ok: true, n };
}

function numberOption(
  name: OptionName,
  range: NumberRange,
  unit: string,
  description: string,
  opts: { integer?: boolean; public?: boolean } = {},
): OptionSpec<number> {
  // 'x' is a factor ("10x"); other units take a space ("5 g").
  const withUnit = (v: number) => (unit === 'x' ? `${v}x` : unit ? `${v} ${unit}` : String(v));
  return {
    name,
    type: opts.integer ? 'integer' : 'number',
    default: range.default,
    public: opts.public ?? true,
    description,
    unit,
    range,
    check(raw) {
      const r = toNumber(name, raw);
      if (!r.ok) return { kind: 'invalid', problem: r.problem };
      if (opts.integer && !Number.isInteger(r.n)) {
        return { kind: 'invalid', problem: `${name}=${echo(raw)} is not a whole number` };
      }
      if (r.n < range.min) {
        return { kind: 'adjusted', value: range.min, problem: `${name}=${echo(raw)} is below the minimum ${withUnit(range.min)}` };
      }
      if (r.n > range.max) {
        return { kind: 'adjusted', value: range.max, problem: `${name}=${echo(raw)} is above the maximum ${withUnit(range.max)}` };
      }
      // -0 would serialise as "0" and come back as +0: normalise so round trips are exact.
      return { kind: 'ok', value: r.n === 0 ? 0 : r.n };
    },
    // String(n) is the shortest text that parses back to exactly n.
    format: (v) => String(v),
    describe: withUnit,
    equals: same,
  };
}

function flagOption(name: OptionName, description: string, isPublic = true): OptionSpec<boolean> {
  return {
    name,
    type: 'flag',
    default: false,
    public: isPublic,
    description,
    check(raw) {
      // `?lecture` (present, no value) means on, as in PhET's flag parameters.
      if (raw === true || raw === 1 || raw === '' || raw === '1' || raw === 'true') return { kind: 'ok', value: true };
      if (raw === false || raw === 0 || raw === '0' || raw === 'false') return { kind: 'ok', value: false };
      return { kind: 'invalid', problem: `${name}=${echo(raw)} is not a flag (use 1 or 0)` };
    },
    format: (v) => (v ? '1' : '0'),
    describe: (v) => (v ? 'on' : 'off'),
    equals: same,
  };
}

/** Longest `controls` list text accepted; all eight names joined are 61 characters. */
const MAX_LIST_CHARS = 200;

function controlsOption(): OptionSpec<ControlId[]> {
  const all = [...CONTROL_IDS];
  return {
    name: 'controls',
    type: 'list',
    default: all,
    public: true,
    description:
      'In embed mode, the controls to keep, comma-separated (e.g. force,subject,technique). ' +
      'Empty (`controls=`) keeps none: scene and readouts only.',
    values: CONTROL_IDS,
    check(raw) {
      let items: unknown[];
      if (typeof raw === 'string') {
        if (raw.length > MAX_LIST_CHARS) return { kind: 'invalid', problem: `controls=${echo(raw)} is too long` };
        items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
      } else if (Array.isArray(raw) && raw.length <= CONTROL_IDS.length * 2) {
        items = raw;
      } else {
        return { kind: 'invalid', problem: `controls=${echo(raw)} is not a comma-separated list` };
      }
      const known = new Set<ControlId>();
      const unknown: string[] = [];
      for (const it of items) {
        if (typeof it === 'string' && (CONTROL_IDS as readonly string[]).includes(it)) known.add(it as ControlId);
        else unknown.push(echo(it));
      }
      // Canonical order and no repeats, so equal sets serialise to equal text.
      const value = CONTROL_IDS.filter((c) => known.has(c));
      if (unknown.length === 0) return { kind: 'ok', value };
      const problem = `controls: ${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', …' : ''} not known (valid: ${CONTROL_IDS.join(', ')})`;
      if (value.length === 0) return { kind: 'invalid', problem };
      return { kind: 'adjusted', value, problem };
    },
    format: (v) => v.join(','),
    describe: (v) => (v.length === 0 ? 'none' : v.join(',')),
    equals: (a, b) => a.join(',') === b.join(','),
  };
}

// scheme://host[:port] with at most a trailing slash: no path, query, fragment or credentials.
const ORIGIN_SHAPE = /^https?:\/\/[^/?#@\s\\]+\/?$/i;
const MAX_ORIGIN_CHARS = 300;

function originOption(): OptionSpec<string | null> {
  return {
    name: 'parentOrigin',
    type: 'origin',
    default: null,
    public: true,
    description:
      'Origin of the page embedding CranioLab, e.g. https://lms.example.edu. The embed API then ' +
      'accepts commands only from it and sends events only to it.',
    check(raw) {
      const bad = (why: string): OptionCheck<string | null> => ({
        kind: 'invalid',
        problem: `parentOrigin=${echo(raw)} ${why}`,
      });
      if (typeof raw !== 'string' || raw === '') return bad('is not an origin such as https://lms.example.edu');
      if (raw.length > MAX_ORIGIN_CHARS) return bad('is too long');
      if (!ORIGIN_SHAPE.test(raw)) return bad('is not an origin (http or https, host, optional port, no path)');
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return bad('is not a valid origin');
      }
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/') return bad('is not an origin');
      // url.origin is the normalised form browsers put in MessageEvent.origin (lower-case host,
      // default port dropped), so comparisons with event.origin are exact.
      return { kind: 'ok', value: url.origin };
    },
    format: (v) => v ?? '',
    describe: (v) => v ?? 'none',
    equals: same,
  };
}

type Schema = { readonly [K in OptionName]: OptionSpec<UrlOptions[K]> };

export const QUERY_PARAMETER_SCHEMA: Schema = {
  subject: enumOption('subject', SUBJECT_IDS, 'adult', 'Whose head: adult, child (about 6 years), infant (open fontanelle) or rabbit (the 2006 study).'),
  technique: enumOption('technique', TECHNIQUE_IDS, 'vault-hold', 'The hand placement applied to the head.'),
  force: numberOption('force', FORCE_RANGE_G, 'g', 'Applied force in grams-force (5 g is the weight of a nickel).'),
  view: enumOption('view', VIEW_IDS, 'sim', 'Which screen opens: sim, scale, rhythm, downey, finder or sources.'),
  lecture: flagOption('lecture', 'Lecture mode: guided steps with captions and large type.'),
  step: numberOption('step', LECTURE_STEP_RANGE, '', 'Lecture step to open at (1-8).', { integer: true }),
  colorProfile: enumOption('colorProfile', COLOR_PROFILES, 'default', 'Colour profile; projector gives high contrast for a lecture hall.'),
  embed: flagOption('embed', 'Embed mode: hide the page chrome, keep the scene and the controls listed in `controls`.'),
  controls: controlsOption(),
  parentOrigin: originOption(),
  speed: numberOption('speed', SPEED_RANGE, 'x', 'Simulated seconds per wall-clock second.'),
  exaggeration: numberOption('exaggeration', EXAGGERATION_RANGE, 'x', 'How many times bone motion is magnified in the scene.'),
  trueScale: flagOption('trueScale', 'Show the scene at true scale (no exaggeration).'),
  cutaway: flagOption('cutaway', 'Cut the skull open to show the CSF space and ventricles.'),
  paused: flagOption('paused', 'Start with the simulation paused.'),
  randomSeed: numberOption('randomSeed', RANDOM_SEED_RANGE, '', 'Seed of the noise generator; the same seed reproduces a run.', { integer: true }),
  fuzz: flagOption('fuzz', 'QA: drive random input for testing.', false),
  ea: flagOption('ea', 'QA: turn on runtime assertions.', false),
};

type AnySpec = OptionSpec<unknown>;
const specOf = (name: OptionName): AnySpec => QUERY_PARAMETER_SCHEMA[name] as unknown as AnySpec;

/** Whether a key is an option name; safe for '__proto__', 'constructor' and friends. */
export function isOptionName(key: unknown): key is OptionName {
  return typeof key === 'string' && (OPTION_NAMES as readonly string[]).includes(key);
}
export function isStateOptionName(key: unknown): key is StateOptionName {
  return typeof key === 'string' && (STATE_OPTION_NAMES as readonly string[]).includes(key);
}

/** Check one raw value (URL text or embed payload value) against its option's schema. */
export function checkOption<K extends OptionName>(name: K, raw: unknown): OptionCheck<UrlOptions[K]> {
  return specOf(name).check(raw) as OptionCheck<UrlOptions[K]>;
}

/** A value as shown in a warning, with its unit: "5 g", "off", "none". */
export function describeOption<K extends OptionName>(name: K, value: UrlOptions[K]): string {
  return specOf(name).describe(value);
}

export function defaultOptions(): UrlOptions {
  const out = {} as Record<OptionName, unknown>;
  for (const name of OPTION_NAMES) {
    const d = specOf(name).default;
    out[name] = Array.isArray(d) ? [...d] : d;
  }
  return out as unknown as UrlOptions;
}

export function stateToOptions(s: AppState): StateOptions {
  return {
    subject: s.subject,
    technique: s.technique,
    force: s.forceG,
    view: s.view,
    lecture: s.lecture,
    step: s.step,
    colorProfile: s.colorProfile,
    embed: s.embed,
    speed: s.speed,
    exaggeration: s.exaggeration,
    trueScale: s.trueScale,
    cutaway: s.cutaway,
    paused: !s.playing,
    randomSeed: s.seed,
  };
}

export function optionsToState(o: StateOptions): AppState {
  return {
    subject: o.subject,
    technique: o.technique,
    forceG: o.force,
    playing: !o.paused,
    speed: o.speed,
    exaggeration: o.exaggeration,
    trueScale: o.trueScale,
    cutaway: o.cutaway,
    view: o.view,
    lecture: o.lecture,
    step: o.step,
    colorProfile: o.colorProfile,
    embed: o.embed,
    seed: o.randomSeed,
  };
}

export function pickPageConfig(o: UrlOptions): PageConfig {
  return { controls: [...o.controls], parentOrigin: o.parentOrigin, fuzz: o.fuzz, ea: o.ea };
}

export interface ParsedUrlOptions {
  /** every option, defaulted where absent or bad */
  options: UrlOptions;
  /** the store's initial state derived from the options */
  state: AppState;
  /** the page-level options (not in the store) */
  page: PageConfig;
  /** plain-text notices, at most MAX_WARNINGS + 1 lines; show with textContent */
  warnings: string[];
}

/** Parse `location.search` (with or without '?'). Never throws; every problem becomes a warning. */
export function parseUrlOptions(search: string): ParsedUrlOptions {
  const options = defaultOptions() as unknown as Record<OptionName, unknown>;
  const warnings: string[] = [];
  let dropped = 0;
  const warn = (w: string) => {
    if (warnings.length < MAX_WARNINGS) warnings.push(w);
    else dropped++;
  };

  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    params = new URLSearchParams();
  }

  // Group values by key in a Map: user keys never touch an object's prototype chain.
  const byKey = new Map<string, string[]>();
  for (const [k, v] of params) {
    const list = byKey.get(k);
    if (list) list.push(v);
    else byKey.set(k, [v]);
  }

  for (const [key, values] of byKey) {
    if (!isOptionName(key)) {
      const hint = OPTION_NAMES.find((n) => n.toLowerCase() === key.toLowerCase());
      warn(`Unknown option "${echo(key)}" ignored${hint ? ` (did you mean ${hint}?)` : ''}`);
      continue;
    }
    const spec = specOf(key);
    if (values.length > 1) {
      warn(`${key} is given ${values.length} times; using the default ${spec.describe(spec.default)}`);
      continue;
    }
    const r = spec.check(values[0]);
    if (r.kind === 'ok') options[key] = r.value;
    else if (r.kind === 'adjusted') {
      options[key] = r.value;
      warn(`${r.problem}; using ${spec.describe(r.value)}`);
    } else warn(`${r.problem}; using the default ${spec.describe(spec.default)}`);
  }
  if (dropped > 0) warnings.push(`…and ${dropped} more problem${dropped === 1 ? '' : 's'} with the URL options`);

  const typed = options as unknown as UrlOptions;
  return { options: typed, state: optionsToState(typed), page: pickPageConfig(typed), warnings };
}

/**
 * The query string (without '?', '' when everything is default) that reproduces `state` and
 * `page`: only public options that differ from their defaults, in schema order, so equal states
 * give equal links. Values that fail their own check (say NaN from a bug) are left out, i.e.
 * they come back as the default rather than as a warning. `includeNonPublic` also writes the QA
 * flags (fuzz, ea): for the tab's own address bar (url-sync.ts), never for shared links.
 */
export function serializeUrlOptions(
  state: AppState,
  page: Partial<PageConfig> = {},
  opts: { includeNonPublic?: boolean } = {},
): string {
  const values: Partial<Record<OptionName, unknown>> = { ...stateToOptions(state), ...page };
  const parts: string[] = [];
  for (const name of OPTION_NAMES) {
    const spec = specOf(name);
    if ((!spec.public && !opts.includeNonPublic) || !(name in values)) continue;
    const r = spec.check(values[name]);
    if (r.kind === 'invalid') continue;
    if (spec.equals(r.value, spec.default)) continue;
    const text = spec.format(r.value);
    // ':', '/' and ',' are legal in a query and keep origins and control lists readable.
    const encoded = encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
    parts.push(`${name}=${encoded}`);
  }
  return parts.join('&');
}

/** One row per option, for doc/teacher-tips.md and the README (public options only by default). */
export function schemaDocRows(includeNonPublic = false): {
  name: OptionName;
  type: string;
  default: string;
  values: string;
  description: string;
}[] {
  return OPTION_NAMES.map(specOf)
    .filter((s) => includeNonPublic || s.public)
    .map((s) => ({
      name: s.name,
      type: s.type,
      default: s.describe(s.default),
      values: s.values
        ? s.values.join(', ')
        : s.range
          ? `${s.describe(s.range.min)} to ${s.describe(s.range.max)}`
          : s.type === 'flag'
            ? '1 or 0 (true/false; bare name = 1)'
            : s.type === 'origin'
              ? 'http(s)://host[:port]'
              : '',
      description: s.description,
    }));
}

/** The bad-value policy in one sentence, for the docs beside the option table. */
export const BAD_VALUE_POLICY =
  'A value that is not understood (not a number, an unknown word, a repeated option) is replaced by the ' +
  'default; a number outside its range is moved to the nearest end of the range; unknown options are ' +
  'ignored. Each case shows a notice at the top of the page.';

/** The option table as Markdown, for the README and doc/teacher-tips.md (generated, never hand-copied). */
export function schemaAsMarkdown(includeNonPublic = false): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|');
  const rows = schemaDocRows(includeNonPublic).map(
    (r) => `| \`${r.name}\` | ${r.type} | ${cell(r.default)} | ${cell(r.values)} | ${cell(r.description)} |`,
  );
  return ['| option | type | default | valid values | what it does |', '|---|---|---|---|---|', ...rows].join('\n');
}
