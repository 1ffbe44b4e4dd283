// STAND-IN for the i18n API of issue #13 (branch wt-i18n builds the real one; this file is
// replaced by theirs on merge). Same contract: t(key, args?), getLocale, setLocale,
// onLocaleChange. English catalogs load with the page; other locales' catalogs load on demand.
import { IntlMessageFormat } from 'intl-messageformat';
import enContent from './catalogs/en/content';
import enTabs from './catalogs/en/tabs';
import { LOCALE_IDS, type LocaleId } from './locales';

type Catalog = Record<string, string>;
const loaded: Partial<Record<LocaleId, Catalog>> = { en: { ...enTabs, ...enContent } };
const lazy = import.meta.glob<{ default: Catalog }>('./catalogs/*/*.ts');
let locale: LocaleId = 'en';
const listeners = new Set<(l: LocaleId) => void>();
const cache = new Map<string, IntlMessageFormat>();

export function getLocale(): LocaleId {
  return locale;
}

export async function setLocale(next: string): Promise<void> {
  const l = (LOCALE_IDS as readonly string[]).includes(next) ? (next as LocaleId) : 'en';
  if (!loaded[l]) {
    const parts = await Promise.all(Object.entries(lazy).filter(([p]) => p.startsWith(`./catalogs/${l}/`)).map(([, load]) => load()));
    loaded[l] = Object.assign({}, ...parts.map((m) => m.default));
  }
  locale = l;
  document.documentElement.lang = l;
  listeners.forEach((f) => f(l));
}

export function onLocaleChange(f: (l: LocaleId) => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

export function t(key: string, args?: Record<string, string | number>): string {
  const cat = loaded[locale] ?? loaded.en!;
  const msg = cat[key] ?? loaded.en![key];
  if (msg === undefined) return key;
  const id = `${locale}\u0000${key}`;
  let f = cache.get(id);
  if (!f) cache.set(id, (f = new IntlMessageFormat(msg, locale)));
  return String(f.format(args));
}
