// English, area 'tabs': the source of its keys (keys start with 'tabs.'). ICU MessageFormat (src/i18n/icu.ts).
export default {} as const;
