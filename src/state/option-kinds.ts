// How a value of each type (a word from a list, a number in a range, a flag, a list, an origin)
// is checked, written into a URL, described in a warning and guarded in the store. The schema
// (url-schema.ts) gives each option one of these kinds; nothing else parses or clamps a value.
//
// Policy for bad values (documented for teachers in doc/teacher-tips.md):
//   - garbage (not a number, NaN, Infinity, 1e309, unknown word) -> invalid: the caller keeps the
//     default or the current value, with a warning;
//   - a finite number outside its range (negative force, speed 50) -> clamped to the nearest end
//     of the range, with a warning (the nearest sensible value is closer to what was meant).
// Warnings are plain text meant for `textContent` (never innerHTML); a value is echoed at most
// MAX_ECHO_CHARS characters long so a 100 kB parameter cannot flood the notice.
// Nothing here throws on any input.

import type { NumberRange } from './ranges';
import { t } from '../i18n/index';

/** "force=abc": the option and the value as given, echoed safely */
const given = (name: string, raw: unknown): string => `${name}=${echo(raw)}`;

/** Longest piece of a user-supplied key or value repeated in a warning. */
export const MAX_ECHO_CHARS = 40;

/** Result of checking one raw value. `problem` reads "force=abc is not a number". */
export type OptionCheck<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'adjusted'; value: T; problem: string }
  | { kind: 'invalid'; problem: string };

export type OptionType = 'enum' | 'number' | 'integer' | 'flag' | 'list' | 'origin';

/** One option's value type. Method syntax keeps a kind of T usable where a kind of unknown is expected. */
export interface OptionKind<T> {
  readonly type: OptionType;
  /** the value when the URL does not give one */
  readonly default: T;
  /** display unit of a number: 'g' gives "5 g", 'x' gives "10x" */
  readonly unit?: string;
  /** valid words of an enum or list */
  readonly values?: readonly string[];
  readonly range?: NumberRange;
  /** raw comes from a URL (string) or from an embed payload (any JSON-like value); `name` is for the problem text */
  check(raw: unknown, name: string): OptionCheck<T>;
  /**
   * The store's guard for a value that is already typed (a control, a fixture, a lecture step):
   * the value made usable (clamped into range), or undefined when it cannot be (NaN, a string
   * where a number belongs, an unknown word). Unlike `check`, it never converts "10" to 10.
   */
  accept(value: unknown): T | undefined;
  /** the value as written into a URL */
  format(value: T): string;
  /** the value as written in a warning or a doc: "5 g", "off", "none" */
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
const isWord = <T extends string>(v: unknown, values: readonly T[]): v is T =>
  // includes() compares by value, so '__proto__' or 'toString' can never match by accident.
  typeof v === 'string' && (values as readonly string[]).includes(v);

/** One word of `values`, e.g. a subject id. */
export function oneOf<T extends string>(values: readonly T[], def: T): OptionKind<T> {
  return {
    type: 'enum',
    default: def,
    values,
    check(raw, name) {
      if (isWord(raw, values)) return { kind: 'ok', value: raw };
      return { kind: 'invalid', problem: t('app.url.notOneOf', { given: given(name, raw), values: values.join(', ') }) };
    },
    accept: (v) => (isWord(v, values) ? v : undefined),
    format: (v) => v,
    describe: (v) => v,
    equals: same,
  };
}

/** One word of `values`, or none (the default: the option is off), e.g. an activity id. */
export function oneOfOrNone<T extends string>(values: readonly T[]): OptionKind<T | null> {
  const words = oneOf(values, values[0]);
  return {
    type: 'enum',
    default: null,
    values,
    check: (raw, name) => words.check(raw, name),
    accept: (v) => (v === null ? null : words.accept(v)),
    format: (v) => v ?? '',
    describe: (v) => v ?? t('app.url.none'),
    equals: same,
  };
}

// A plain decimal number: no hex, no 'Infinity', no empty string (Number('') is 0).
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function toNumber(name: string, raw: unknown): { ok: true; n: number } | { ok: false; problem: string } {
  let n: number;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { ok: false, problem: t('app.url.needsValue', { name }) };
    if (!DECIMAL.test(text)) return { ok: false, problem: t('app.url.notANumber', { given: given(name, raw) }) };
    n = Number(text);
  } else return { ok: false, problem: t('app.url.notANumber', { given: given(name, raw) }) };
  if (!Number.isFinite(n)) return { ok: false, problem: t('app.url.notFinite', { given: given(name, raw) }) };
  return { ok: true, n };
}

/** The one clamp: into [min, max]; -0 becomes 0 so a value serialises and parses back exactly. */
function clamp(n: number, range: NumberRange): number {
  const x = Math.min(range.max, Math.max(range.min, n));
  return x === 0 ? 0 : x;
}

/** A number in `range` (its default is the option's default), shown with `unit`. */
export function numberIn(range: NumberRange, unit = '', opts: { integer?: boolean } = {}): OptionKind<number> {
  const integer = opts.integer ?? false;
  // 'x' is a factor ("10x"); other units take a space ("5 g").
  const withUnit = (v: number) => (unit === 'x' ? `${v}x` : unit ? `${v} ${unit}` : String(v));
  return {
    type: integer ? 'integer' : 'number',
    default: range.default,
    unit,
    range,
    check(raw, name) {
      const r = toNumber(name, raw);
      if (!r.ok) return { kind: 'invalid', problem: r.problem };
      if (integer && !Number.isInteger(r.n)) return { kind: 'invalid', problem: t('app.url.notWhole', { given: given(name, raw) }) };
      const value = clamp(r.n, range);
      if (value === r.n) return { kind: 'ok', value };
      const key = r.n < range.min ? 'app.url.belowMin' : 'app.url.aboveMax';
      return { kind: 'adjusted', value, problem: t(key, { given: given(name, raw), limit: withUnit(r.n < range.min ? range.min : range.max) }) };
    },
    accept(v) {
      if (typeof v !== 'number' || Number.isNaN(v)) return undefined;
      // a fraction is garbage for a whole-number option, as in a URL; Infinity still clamps
      if (integer && Number.isFinite(v) && !Number.isInteger(v)) return undefined;
      return clamp(v, range);
    },
    // String(n) is the shortest text that parses back to exactly n.
    format: (v) => String(v),
    describe: withUnit,
    equals: same,
  };
}

/** The word that lets the app choose a number option's value (see state/exaggeration.ts). */
export const AUTO = 'auto';

/** A number in `range`, or the word 'auto' (the default): the app chooses, e.g. an exaggeration fitted to the subject. */
export function numberOrAuto(range: NumberRange, unit = ''): OptionKind<number | typeof AUTO> {
  const num = numberIn(range, unit);
  return {
    type: 'number',
    default: AUTO,
    unit,
    range,
    values: [AUTO],
    check(raw, name) {
      if (raw === AUTO) return { kind: 'ok', value: AUTO };
      const r = num.check(raw, name);
      return r.kind === 'invalid' ? { kind: 'invalid', problem: t('app.url.orAuto', { problem: r.problem, auto: AUTO }) } : r;
    },
    accept: (v) => (v === AUTO ? AUTO : num.accept(v)),
    format: (v) => String(v),
    describe: (v) => (v === AUTO ? AUTO : num.describe(v)),
    equals: same,
  };
}

/** A whole number in `range`. */
export const integerIn = (range: NumberRange, unit = ''): OptionKind<number> => numberIn(range, unit, { integer: true });

/** On or off; `?lecture` (present, no value) means on, as in PhET's flag parameters. */
export function flag(def = false): OptionKind<boolean> {
  return {
    type: 'flag',
    default: def,
    check(raw, name) {
      if (raw === true || raw === 1 || raw === '' || raw === '1' || raw === 'true') return { kind: 'ok', value: true };
      if (raw === false || raw === 0 || raw === '0' || raw === 'false') return { kind: 'ok', value: false };
      return { kind: 'invalid', problem: t('app.url.notFlag', { given: given(name, raw) }) };
    },
    accept: (v) => (typeof v === 'boolean' ? v : undefined),
    format: (v) => (v ? '1' : '0'),
    describe: (v) => t(v ? 'app.url.on' : 'app.url.off'),
    equals: same,
  };
}

/** Longest list text accepted; all eight control names joined are 61 characters. */
const MAX_LIST_CHARS = 200;

/** A set of words from `values`, comma-separated in a URL, kept in `values` order; default: all. */
export function listOf<T extends string>(values: readonly T[]): OptionKind<T[]> {
  const kind: OptionKind<T[]> = {
    type: 'list',
    default: [...values],
    values,
    check(raw, name) {
      let items: unknown[];
      if (typeof raw === 'string') {
        if (raw.length > MAX_LIST_CHARS) return { kind: 'invalid', problem: t('app.url.tooLong', { given: given(name, raw) }) };
        items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
      } else if (Array.isArray(raw) && raw.length <= values.length * 2) {
        items = raw;
      } else {
        return { kind: 'invalid', problem: t('app.url.notList', { given: given(name, raw) }) };
      }
      const known = new Set<T>();
      const unknown: string[] = [];
      for (const it of items) {
        if (isWord(it, values)) known.add(it);
        else unknown.push(echo(it));
      }
      // Canonical order and no repeats, so equal sets serialise to equal text.
      const value = values.filter((c) => known.has(c));
      if (unknown.length === 0) return { kind: 'ok', value };
      const problem = t('app.url.unknownItems', { name, items: `${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', …' : ''}`, values: values.join(', ') });
      if (value.length === 0) return { kind: 'invalid', problem };
      return { kind: 'adjusted', value, problem };
    },
    accept: (v) => (Array.isArray(v) ? okValue(kind.check(v, '')) : undefined),
    format: (v) => v.join(','),
    describe: (v) => (v.length === 0 ? t('app.url.none') : v.join(',')),
    equals: (a, b) => a.join(',') === b.join(','),
  };
  return kind;
}

const okValue = <T>(r: OptionCheck<T>): T | undefined => (r.kind === 'ok' ? r.value : undefined);

// scheme://host[:port] with at most a trailing slash: no path, query, fragment or credentials.
const ORIGIN_SHAPE = /^https?:\/\/[^/?#@\s\\]+\/?$/i;
const MAX_ORIGIN_CHARS = 300;

/** An http(s) origin, normalised as MessageEvent.origin has it; default none (null). */
export function origin(): OptionKind<string | null> {
  const kind: OptionKind<string | null> = {
    type: 'origin',
    default: null,
    check(raw, name) {
      const bad = (why: string): OptionCheck<string | null> => ({ kind: 'invalid', problem: t(why, { given: given(name, raw) }) });
      if (typeof raw !== 'string' || raw === '') return bad('app.url.originExample');
      if (raw.length > MAX_ORIGIN_CHARS) return bad('app.url.tooLong');
      if (!ORIGIN_SHAPE.test(raw)) return bad('app.url.originShape');
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return bad('app.url.originInvalid');
      }
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/') return bad('app.url.notOrigin');
      // url.origin is the normalised form browsers put in MessageEvent.origin (lower-case host,
      // default port dropped), so comparisons with event.origin are exact.
      return { kind: 'ok', value: url.origin };
    },
    accept: (v) => (v === null ? null : okValue(kind.check(v, ''))),
    format: (v) => v ?? '',
    describe: (v) => v ?? t('app.url.none'),
    equals: same,
  };
  return kind;
}
