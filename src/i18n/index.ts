// The i18n API every module uses: t(key, args) looks a key up in the current locale's catalogs
// (ICU MessageFormat, src/i18n/icu.ts), falling back to English per key; setLocale loads a
// locale's catalogs (their own chunks: only English `app` is in the first view) and then tells
// the listeners of onLocaleChange; the number helpers give Intl.NumberFormat in the locale.
// No DOM here: the DOM helpers are in bind.ts, the language menu in src/ui/language-menu.ts.
//
// Catalogs are flat objects, one file per locale and area: catalogs/<locale>/<area>.ts. English
// is the source of keys; tests/i18n/catalogs.test.ts checks every other catalog against it. A
// build ships the other languages' catalogs as lists without the keys (key-order.ts).
// The areas other than `app` (the contrast tabs, the model's prose) load with the code that
// shows them: `await loadArea('tabs')` before rendering.

import enApp from './catalogs/en/app';
import { format, mapText, parse, type Args, type Formatters, type Message } from './icu';
import { keyOrder, withKeys, type Catalog } from './key-order';
import { PSEUDO_LOCALE, intlTagOf, isLocaleId, type AnyLocale, type LocaleId } from './locales';
import { accent, pad } from './pseudo';

export { LOCALE_IDS, LOCALE_NAMES, PSEUDO_LOCALE, isLocaleId, preferredLocale, type AnyLocale, type LocaleId } from './locales';
export type { Args } from './icu';

/** app: the first view; lecture: lecture mode (its chunk); tabs, content: the contrast tabs and the model's prose; activity: the guided activities (their chunk) */
export const AREAS = ['app', 'lecture', 'tabs', 'content', 'activity'] as const;
export type Area = (typeof AREAS)[number];
export type { Catalog } from './key-order';
/** A catalog as it arrives: keyed (the sources, English always), or, for another language in a
 *  build, a list of its messages to pair with English's keys (key-order.ts). */
type LoadedCatalog = Catalog | readonly string[];

// Every catalog but English `app` as a lazy chunk; the single-file build inlines them. Outside
// vite (the Node scripts run by tsx, e.g. docs:options) there is no import.meta.glob: English only.
function catalogLoaders(): Record<string, () => Promise<{ default: LoadedCatalog }>> {
  try {
    return import.meta.glob<{ default: LoadedCatalog }>(['./catalogs/*/*.ts', '!./catalogs/en/app.ts']);
  } catch {
    return {};
  }
}
const LOADERS = catalogLoaders();
const loaderOf = (locale: LocaleId, area: Area) => LOADERS[`./catalogs/${locale}/${area}.ts`];

/** Messages by locale (the pseudo-locale reads English), merged over the loaded areas. */
const messages = new Map<LocaleId, Map<string, string>>([['en', new Map(Object.entries(enApp))]]);
const loaded = new Set<string>(['en/app']);
/** loads under way, by `locale/area`: a catalog is fetched once however many ask */
const loading = new Map<string, Promise<void>>();
/** English's catalogs by area, as loaded: their keys pair another language's built list */
const english = new Map<Area, Catalog>([['app', enApp]]);
const areasInUse = new Set<Area>(['app']);
let current: AnyLocale = 'en';
let request = 0;
const listeners = new Set<(locale: AnyLocale) => void>();

export const getLocale = (): AnyLocale => current;
/** The locale Intl formats with ('en' for the pseudo-locale). */
export const getIntlLocale = (): LocaleId => intlTagOf(current);

const asLocale = (locale: unknown): AnyLocale => (locale === PSEUDO_LOCALE || isLocaleId(locale) ? locale : 'en');

function load(locale: LocaleId, area: Area): Promise<void> {
  const id = `${locale}/${area}`;
  if (loaded.has(id)) return Promise.resolve();
  let p = loading.get(id);
  if (!p) {
    p = loadCatalog(locale, area, id).finally(() => loading.delete(id));
    loading.set(id, p);
  }
  return p;
}

/** Fetches a catalog and merges its messages into the locale's (`id`: locale/area). A failed
 *  download (offline) rejects, and the next call tries again. */
async function loadCatalog(locale: LocaleId, area: Area, id: string): Promise<void> {
  // another language's list is paired with English's keys, so English comes first
  if (locale !== 'en') await load('en', area);
  const loader = loaderOf(locale, area);
  const catalog: LoadedCatalog = loader ? (await loader()).default : {};
  let entries: [string, string][];
  if (isMessageList(catalog)) {
    const paired = withKeys(keyOrder(english.get(area) ?? {}), catalog);
    if (!paired) console.error(`i18n: the ${id} catalog was built for other keys than English's ${area}; English shows instead`);
    entries = paired ?? [];
  } else {
    entries = Object.entries(catalog);
    if (locale === 'en') english.set(area, catalog);
  }
  let map = messages.get(locale);
  if (!map) messages.set(locale, (map = new Map()));
  for (const [k, v] of entries) map.set(k, v);
  loaded.add(id);
}

const isMessageList = (c: LoadedCatalog): c is readonly string[] => Array.isArray(c);

const loadAll = (locale: AnyLocale, areas: Iterable<Area>) =>
  Promise.all([...areas].flatMap((a) => [load('en', a), ...(intlTagOf(locale) === 'en' ? [] : [load(intlTagOf(locale), a)])]));

/** Whether switching to `locale` needs a download (the caller shows aria-busy meanwhile). */
export const needsLoading = (locale: AnyLocale): boolean =>
  [...areasInUse].some((a) => !loaded.has(`${intlTagOf(asLocale(locale))}/${a}`) || !loaded.has(`en/${a}`));

/**
 * Switch language: loads the locale's catalogs for every area in use, then notifies. Unknown
 * ids become English. When calls overlap, the last one wins.
 */
export async function setLocale(locale: AnyLocale | string): Promise<void> {
  const next = asLocale(locale);
  const mine = ++request;
  // an area put in use meanwhile (loadArea, still in the old language) is loaded too
  for (let done = 0; done < areasInUse.size && mine === request; ) {
    done = areasInUse.size;
    await loadAll(next, [...areasInUse]);
  }
  if (mine !== request || next === current) return;
  current = next;
  for (const l of [...listeners]) l(next);
}

/** Load an area's catalogs (English and the current locale); later setLocale calls keep it loaded. */
export async function loadArea(area: Area): Promise<void> {
  areasInUse.add(area);
  await loadAll(current, [area]);
}

/** Call `listener` after every language switch; returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: AnyLocale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// --- messages ------------------------------------------------------------------------------

const parsed = new Map<string, Message>();
function compiled(source: string, pseudo: boolean): Message {
  const id = pseudo ? `\u0000${source}` : source;
  let m = parsed.get(id);
  if (!m) {
    m = pseudo ? mapText(parse(source), accent) : parse(source);
    parsed.set(id, m);
  }
  return m;
}

const warned = new Set<string>();
/**
 * The message `key` in the current locale with `args` filled in; English when the locale's
 * catalog lacks the key; the key itself (and one console warning) when English lacks it too.
 */
export function t(key: string, args: Args = {}): string {
  const pseudo = current === PSEUDO_LOCALE;
  const source = messages.get(intlTagOf(current))?.get(key) ?? messages.get('en')?.get(key);
  if (source === undefined) {
    if (!warned.has(key)) console.warn(`i18n: no message "${key}"`);
    warned.add(key);
    return key;
  }
  const text = format(compiled(source, pseudo), args, formatters());
  return pseudo ? pad(text) : text;
}

/**
 * `fn()` with every t() and number in English, whatever the page shows: for text sent to a
 * program's developer (the embed API's `error` messages, doc/translating.md). Synchronous, and
 * no listener hears of it: English `app` is always loaded, and the page's locale is back before
 * anything else runs.
 */
export function inEnglish<T>(fn: () => T): T {
  const was = current;
  current = 'en';
  try {
    return fn();
  } finally {
    current = was;
  }
}

/** Whether English has `key` (for code that chooses between messages). */
export const hasMessage = (key: string): boolean => messages.get('en')?.has(key) ?? false;

// --- numbers ------------------------------------------------------------------------------

const numberFormats = new Map<string, Intl.NumberFormat>();
/** A cached Intl.NumberFormat for the current locale (decimal comma in de and es). */
export function numberFormat(opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const id = `${getIntlLocale()}|${JSON.stringify(opts)}`;
  let f = numberFormats.get(id);
  if (!f) numberFormats.set(id, (f = new Intl.NumberFormat(getIntlLocale(), opts)));
  return f;
}
/** A number in the current locale; plain by default (grouping from 5 digits: 1200, 12,000 / 12.000). */
export const formatDecimal = (x: number, opts: Intl.NumberFormatOptions = {}): string =>
  // 'min2' (ES2023 Intl, in every supported browser) is not in TypeScript's ES2022 lib
  numberFormat({ maximumFractionDigits: 6, useGrouping: 'min2' as unknown as boolean, ...opts }).format(x);
/** The locale's decimal separator ('.' or ','). */
export const decimalSeparator = (): string => numberFormat().formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';

const pluralRules = new Map<string, Intl.PluralRules>();
function formatters(): Formatters {
  const tag = getIntlLocale();
  let rules = pluralRules.get(tag);
  if (!rules) pluralRules.set(tag, (rules = new Intl.PluralRules(tag)));
  const r = rules;
  return { number: (x) => formatDecimal(x), plural: (x) => r.select(x) };
}
