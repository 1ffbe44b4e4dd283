// Another language's catalog ships as its messages in the order of its sorted keys
// (scripts/catalog-values.ts); the page pairs them with English's keys sorted the same way
// (src/i18n/index.ts withKeys). Both sides are checked here against the real catalogs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { catalogLocale, messagesInKeyOrder } from '../../scripts/catalog-values';
import { AREAS, withKeys } from '../../src/i18n/index';
import { LOCALE_IDS } from '../../src/i18n/locales';

const files = import.meta.glob<{ default: Record<string, string> }>('../../src/i18n/catalogs/*/*.ts', { eager: true });
const catalog = (locale: string, area: string) => files[`../../src/i18n/catalogs/${locale}/${area}.ts`]!.default;
const source = (locale: string, area: string) => readFileSync(resolve(import.meta.dirname, `../../src/i18n/catalogs/${locale}/${area}.ts`), 'utf8');
// the plugin sees the module after Vite has stripped its TypeScript (it runs `enforce: 'post'`)
const asBuilt = async (locale: string, area: string) => (await transformWithOxc(source(locale, area), `${locale}-${area}.ts`)).code;

describe('catalogs shipped without their keys', () => {
  it('are the catalogs of the other languages only, by file path', () => {
    expect(catalogLocale('/x/src/i18n/catalogs/de/tabs.ts')).toBe('de');
    expect(catalogLocale('C:\\x\\src\\i18n\\catalogs\\es\\app.ts?v=1')).toBe('es');
    expect(catalogLocale('/x/src/i18n/catalogs/en/app.ts')).toBe('en');
    expect(catalogLocale('/x/src/i18n/content-catalog.ts')).toBeNull();
  });

  for (const locale of LOCALE_IDS.filter((l) => l !== 'en'))
    for (const area of AREAS)
      it(`${locale} ${area}: every message comes back under its own key`, async () => {
        const list = messagesInKeyOrder(await asBuilt(locale, area));
        const paired = Object.fromEntries(withKeys(Object.keys(catalog('en', area)).sort(), list));
        expect(paired).toEqual(catalog(locale, area));
      });

  it('orders by key, not by where a message stands in the file', () => {
    expect(messagesInKeyOrder("export default { 'b.x': 'second', 'a.y': 'first' };")).toEqual(['first', 'second']);
    expect(() => messagesInKeyOrder("export const x = { 'a': 'b' };")).toThrow(/no default export/);
    expect(() => messagesInKeyOrder("export default { 'a': 1 };")).toThrow(/not a string/);
  });

  it('a list that does not match the keys is not used (English shows instead of misplaced text)', () => {
    expect(withKeys(['a', 'b'], ['A', 'B'])).toEqual([['a', 'A'], ['b', 'B']]);
    expect(withKeys(['a', 'b'], ['A'])).toEqual([]);
    expect(withKeys(['a'], ['A', 'B'])).toEqual([]);
  });
});
