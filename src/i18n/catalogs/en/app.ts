// English: the source of every key (app area: everything outside the contrast tabs). ICU
// MessageFormat (src/i18n/icu.ts); keys start with the area name. Translators: keep the {names}
// and the plural/select options; reword everything else freely (doc/translating.md, doc/glossary.md).
export default {
  'app.title': 'CranioLab: what a light touch does to the skull',
  'app.description': 'A simulation of what a light craniosacral touch does, and does not do, to skull bones and cerebrospinal fluid pressure.',
  'app.skipLink': 'Skip to the controls',
  'app.tagline': 'What a light touch does, and does not do, to skull bones and the pressure of the fluid around the brain',
  'app.region.scene': '3D view of the skull under the touch',
  'app.region.panel': 'Controls and readouts',
  'app.region.charts': 'Charts',
  'app.language.label': 'Language',
  'app.language.loading': 'Loading the language…',
} as const;
