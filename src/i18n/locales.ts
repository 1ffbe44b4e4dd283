// The locales CranioLab speaks. English is the source of every key.
export const LOCALE_IDS = ['en', 'de', 'es'] as const;
export type LocaleId = (typeof LOCALE_IDS)[number];
