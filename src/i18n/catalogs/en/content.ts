// English, area 'content': the source of its keys (keys start with 'content.'). ICU MessageFormat (src/i18n/icu.ts).
export default {} as const;
