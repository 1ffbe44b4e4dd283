// index.html's own words (title, description, skip link, tagline, region names) in the current
// language: the HTML carries English for the first paint and for crawlers; these bindings replace
// it and follow every switch.

import { bindAttr, bindText, localize } from '../i18n/bind';
import { t } from '../i18n/index';

export function localizePage(doc: Document = document): void {
  localize(doc.documentElement, () => {
    doc.title = t('app.title');
  });
  const meta = doc.querySelector('meta[name="description"]');
  if (meta) bindAttr(meta, 'content', 'app.description');
  const text: ReadonlyArray<[string, string]> = [
    ['.skip-link', 'app.skipLink'],
    ['.app-header .tagline', 'app.tagline'],
  ];
  for (const [sel, key] of text) {
    const el = doc.querySelector(sel);
    if (el) bindText(el, key);
  }
  const regions: ReadonlyArray<[string, string]> = [
    ['#scene', 'app.region.scene'],
    ['#panel', 'app.region.panel'],
    ['#charts', 'app.region.charts'],
  ];
  for (const [sel, key] of regions) {
    const el = doc.querySelector(sel);
    if (el) bindAttr(el, 'aria-label', key);
  }
}
