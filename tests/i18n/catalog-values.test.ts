// Another language's catalog ships as a fingerprint of its sorted keys and its messages in that
// order (scripts/catalog-values.ts, src/i18n/key-order.ts); the page pairs them with English's
// keys sorted the same way when the fingerprints agree. Both sides are checked here against the
// real catalogs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { builtList, catalogLocale } from '../../scripts/catalog-values';
import { AREAS } from '../../src/i18n/index';
import { keyOrder, keysFingerprint, messageList, withKeys } from '../../src/i18n/key-order';
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
        const list = builtList(await asBuilt(locale, area));
        const paired = withKeys(keyOrder(catalog('en', area)), list);
        expect(paired).not.toBeNull();
        expect(Object.fromEntries(paired!)).toEqual(catalog(locale, area));
        // no keys shipped: the list is the fingerprint and the messages
        expect(list).toHaveLength(Object.keys(catalog('en', area)).length + 1);
      });

  it('orders by key, not by where a message stands in the file', () => {
    expect(builtList("export default { 'b.x': 'second', 'a.y': 'first' };").slice(1)).toEqual(['first', 'second']);
    expect(() => builtList("export const x = { 'a': 'b' };")).toThrow(/no default export/);
    expect(() => builtList("export default { 'a': 1 };")).toThrow(/not a string/);
  });

  it('a list built for other keys is not used (English shows instead of misplaced text)', () => {
    const en = { 'a.one': 'One', 'a.two': 'Two', 'a.zed': 'Zed' };
    expect(withKeys(keyOrder(en), messageList({ 'a.one': 'Eins', 'a.two': 'Zwei', 'a.zed': 'Zett' }))).toEqual([
      ['a.one', 'Eins'],
      ['a.two', 'Zwei'],
      ['a.zed', 'Zett'],
    ]);
    // a key renamed in one catalog: the same count, every message after it one key off
    expect(withKeys(keyOrder(en), messageList({ 'a.one': 'Eins', 'a.three': 'Zwei', 'a.zed': 'Zett' }))).toBeNull();
    // a key missing or extra
    expect(withKeys(keyOrder(en), messageList({ 'a.one': 'Eins', 'a.zed': 'Zett' }))).toBeNull();
    expect(withKeys(keyOrder(en), messageList({ ...en, 'a.four': 'Vier' }))).toBeNull();
    // the fingerprint tells key lists apart, not just their lengths or characters
    expect(keysFingerprint(['ab', 'c'])).not.toBe(keysFingerprint(['a', 'bc']));
    expect(keysFingerprint([])).toMatch(/^[0-9a-f]{8}$/);
  });
});
