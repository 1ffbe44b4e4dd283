// The languages CranioLab speaks. A teacher adds one by copying src/i18n/catalogs/en to a folder
// named after the language's BCP 47 code, translating it and adding the code here
// (doc/translating.md); the key-parity test then checks the new catalogs.

/** Public locales, in menu order: the `?locale=` values. */
export const LOCALE_IDS = ['en', 'de', 'es'] as const;
export type LocaleId = (typeof LOCALE_IDS)[number];

/**
 * A non-public pseudo-locale for the guard test: English run through pseudo.ts (accented, ~40 %
 * longer), never a hand-written catalog. Chosen with the QA option `?pseudo`.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type AnyLocale = LocaleId | typeof PSEUDO_LOCALE;

/** Each language's own name (an endonym, the same in every catalog: a reader finds their language). */
export const LOCALE_NAMES: Readonly<Record<LocaleId, string>> = { en: 'English', de: 'Deutsch', es: 'Español' };

export const isLocaleId = (x: unknown): x is LocaleId => typeof x === 'string' && (LOCALE_IDS as readonly string[]).includes(x);

/**
 * The first of the browser's preferred languages (navigator.languages, best first) that we
 * speak, by primary subtag ('de-AT' -> 'de'); English when none is.
 */
export function preferredLocale(languages: readonly string[] | undefined): LocaleId {
  for (const tag of languages ?? []) {
    const primary = typeof tag === 'string' ? tag.toLowerCase().split(/[-_]/)[0] : '';
    if (isLocaleId(primary)) return primary;
  }
  return 'en';
}

/** The tag Intl formats numbers with: the pseudo-locale formats like English. */
export const intlTagOf = (locale: AnyLocale): LocaleId => (locale === PSEUDO_LOCALE ? 'en' : locale);
