// Reading and writing the options of url-schema.ts: the page URL into options, the store's
// initial state and page settings (with plain-text warnings), and a state back into the query
// string that reproduces it. The embed API checks its values with the same `checkOption`, so a
// message can do nothing a link cannot. Unknown keys (including `__proto__`, `constructor`) and
// repeated keys are ignored with a warning; bad values follow the policy in option-kinds.ts.
// Nothing here throws on any input string.

import { echo, type OptionCheck } from './option-kinds';
import { t } from '../i18n/index';
import {
  OPTIONS,
  STATE_OPTION_NAMES,
  optionNamed,
  optionsToStateOf,
  stateToOptionsOf,
  type AnyOption,
  type AppOption,
  type OptionName,
  type PageConfigOf,
  type StateOf,
  type StateOptionName,
  type StateOptionsOf,
  type UrlOptions,
  type UrlOptionsOf,
} from './url-schema';

/** Most warnings reported for one URL; the rest are counted in a last line. */
export const MAX_WARNINGS = 20;

/** Whether a key is a state option name (one the embed API may set); safe for '__proto__' and friends. */
export function isStateOptionName(key: unknown): key is StateOptionName {
  return typeof key === 'string' && (STATE_OPTION_NAMES as readonly string[]).includes(key);
}

/** Check one raw value (URL text or embed payload value) against its option's kind. */
export function checkOption<K extends OptionName>(name: K, raw: unknown): OptionCheck<UrlOptions[K]> {
  const o = optionNamed(name) as AnyOption;
  return o.check(raw, o.name);
}

/** A value as shown in a warning, with its unit: "5 g", "off", "none". */
export function describeOption<K extends OptionName>(name: K, value: UrlOptions[K]): string {
  return (optionNamed(name) as AnyOption).describe(value);
}

export interface ParsedUrlOptionsOf<O extends AnyOption> {
  /** every option, defaulted where absent or bad */
  options: UrlOptionsOf<O>;
  /** the store's initial state derived from the options */
  state: StateOf<O>;
  /** the page-level options (not in the store) */
  page: PageConfigOf<O>;
  /** plain-text notices, at most MAX_WARNINGS + 1 lines; show with textContent */
  warnings: string[];
}
export type ParsedUrlOptions = ParsedUrlOptionsOf<AppOption>;

/** Parse `search` (with or without '?') against the options in `spec`. Never throws; every problem becomes a warning. */
export function parseUrlOptionsOf<O extends AnyOption>(spec: readonly O[], search: string): ParsedUrlOptionsOf<O> {
  const byName = new Map<string, AnyOption>(spec.map((o) => [o.name, o]));
  const options: Record<string, unknown> = {};
  for (const o of spec) options[o.name] = Array.isArray(o.default) ? [...o.default] : o.default;
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
    const o = byName.get(key);
    if (!o) {
      const hint = spec.find((x) => x.name.toLowerCase() === key.toLowerCase())?.name;
      warn(t(hint ? 'app.url.unknownOptionHint' : 'app.url.unknownOption', { key: echo(key), hint: hint ?? '' }));
      continue;
    }
    if (values.length > 1) {
      warn(t('app.url.repeated', { key, n: values.length, value: o.describe(o.default) }));
      continue;
    }
    const r = o.check(values[0], o.name);
    if (r.kind === 'ok') options[key] = r.value;
    else if (r.kind === 'adjusted') {
      options[key] = r.value;
      warn(t('app.url.using', { problem: r.problem, value: o.describe(r.value) }));
    } else warn(t('app.url.usingDefault', { problem: r.problem, value: o.describe(o.default) }));
  }
  if (dropped > 0) warnings.push(t('app.url.more', { n: dropped }));

  const page: Record<string, unknown> = {};
  for (const o of spec) if (o.key === null) page[o.name] = options[o.name];
  return {
    options: options as UrlOptionsOf<O>,
    state: optionsToStateOf(spec, options as StateOptionsOf<O>),
    page: page as PageConfigOf<O>,
    warnings,
  };
}

/** Parse `location.search` against the app's options. */
export const parseUrlOptions = (search: string): ParsedUrlOptions => parseUrlOptionsOf(OPTIONS, search);

export interface SerializeOptions {
  /** also write the non-public QA flags (fuzz, ea): for the tab's own address bar (url-sync.ts), never for shared links */
  includeNonPublic?: boolean;
}

/**
 * The query string (without '?', '' when everything is default) that reproduces `state` and
 * `page`: only public options that differ from their defaults, in schema order, so equal states
 * give equal links. Values that fail their own check (say NaN from a bug) are left out, i.e.
 * they come back as the default rather than as a warning.
 */
export function serializeUrlOptionsOf<O extends AnyOption>(
  spec: readonly O[],
  state: StateOf<O>,
  page: Partial<PageConfigOf<O>> = {},
  opts: SerializeOptions = {},
): string {
  const values: Record<string, unknown> = { ...stateToOptionsOf(spec, state), ...page };
  const parts: string[] = [];
  for (const o of spec) {
    if ((!o.public && !opts.includeNonPublic) || !Object.prototype.hasOwnProperty.call(values, o.name)) continue;
    const r = o.check(values[o.name], o.name);
    if (r.kind === 'invalid' || o.equals(r.value, o.default)) continue;
    // ':', '/' and ',' are legal in a query and keep origins and control lists readable.
    const encoded = encodeURIComponent(o.format(r.value)).replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
    parts.push(`${o.name}=${encoded}`);
  }
  return parts.join('&');
}

export const serializeUrlOptions = (
  state: StateOf<AppOption>,
  page: Partial<PageConfigOf<AppOption>> = {},
  opts: SerializeOptions = {},
): string => serializeUrlOptionsOf(OPTIONS, state, page, opts);
