// The language: the menu in the page header (a labelled <select>), and the switch itself. The
// store's `locale` (URL ?locale=, embed setState, the menu) decides; this loads its catalogs
// (src/i18n), keeping aria-busy="true" on <body> meanwhile (the fuzzer and screen readers wait),
// then sets <html lang> and the page's own text (page-text.ts). With the QA option ?pseudo the
// page shows the pseudo-locale whatever `locale` says.

import { LOCALE_IDS, LOCALE_NAMES, PSEUDO_LOCALE, getLocale, needsLoading, setLocale, type AnyLocale, type LocaleId } from '../i18n/index';
import { bindText } from '../i18n/bind';
import { setField, type AppStore } from '../state/store';
import { h, uid } from './dom';

/** Switch the page to `locale`: load, then notify; body is aria-busy while a catalog downloads. */
export async function switchLocale(locale: AnyLocale): Promise<void> {
  const busy = needsLoading(locale);
  if (busy) document.body.setAttribute('aria-busy', 'true');
  try {
    await setLocale(locale);
  } finally {
    if (busy) document.body.removeAttribute('aria-busy');
  }
  document.documentElement.lang = getLocale();
}

/** Follow the store's `locale` (or the pseudo-locale) from now on. */
export function followLocale(store: AppStore, pseudo: boolean): void {
  store.subscribe(
    (s) => s.locale,
    (locale) => void switchLocale(pseudo ? PSEUDO_LOCALE : locale),
  );
}

/** The labelled language menu; each language is named in itself (translate="no": not UI text). */
export function languageMenu(store: AppStore): HTMLElement {
  const id = uid('language');
  const select = h('select', { id, class: 'language-select' });
  for (const l of LOCALE_IDS) select.append(h('option', { value: l, lang: l, translate: 'no', text: LOCALE_NAMES[l] }));
  store.subscribe(
    (s) => s.locale,
    (l) => (select.value = l),
    { fireImmediately: true },
  );
  select.addEventListener('change', () => setField(store, 'locale', select.value as LocaleId));
  return h('div', { class: 'language-menu' }, bindText(h('label', { for: id }), 'app.language.label'), select);
}
