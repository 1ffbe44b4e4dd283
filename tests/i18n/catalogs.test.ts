// The key-parity guard: every catalog of every locale has exactly English's keys, each message
// parses as ICU MessageFormat, and uses the same argument names with the same plural/select
// shapes as English (a translation may reword freely, but never drop or rename a {value} the
// code fills in). Plural options must be categories the locale has (Spanish has `many`, German
// does not), plus exact matches like =0.
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/i18n/index';
import { parse, shapeOf, type Message } from '../../src/i18n/icu';
import { LOCALE_IDS } from '../../src/i18n/locales';

const files = import.meta.glob<{ default: Record<string, string> }>('../../src/i18n/catalogs/*/*.ts', { eager: true });
const catalog = (locale: string, area: string) => files[`../../src/i18n/catalogs/${locale}/${area}.ts`]?.default;

function pluralKeys(msg: Message, into: string[] = []): string[] {
  for (const p of msg)
    if (p.type === 'plural' || p.type === 'select') {
      if (p.type === 'plural') into.push(...Object.keys(p.options));
      for (const o of Object.values(p.options)) pluralKeys(o, into);
    }
  return into;
}

describe('message catalogs', () => {
  it('has a catalog file for every locale and area, and no folder for a locale not in LOCALE_IDS', () => {
    for (const l of LOCALE_IDS) for (const a of AREAS) expect(catalog(l, a), `${l}/${a}.ts`).toBeTypeOf('object');
    const folders = new Set(Object.keys(files).map((f) => f.split('/').at(-2)));
    expect([...folders].sort()).toEqual([...LOCALE_IDS].sort());
  });

  for (const area of AREAS) {
    const en = catalog('en', area);
    it(`English ${area}: keys start with "${area}.", every message parses`, () => {
      for (const [k, v] of Object.entries(en)) {
        expect(k.startsWith(`${area}.`), k).toBe(true);
        expect(() => parse(v), k).not.toThrow();
      }
    });
    for (const locale of LOCALE_IDS.filter((l) => l !== 'en')) {
      it(`${locale} ${area}: the same keys as English, the same arguments and shapes, valid plural categories`, () => {
        const other = catalog(locale, area);
        expect(Object.keys(other).filter((k) => !(k in en)), 'keys English does not have').toEqual([]);
        expect(Object.keys(en).filter((k) => !(k in other)), 'keys not yet translated').toEqual([]);
        const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
        for (const [k, v] of Object.entries(other)) {
          let msg: Message = [];
          expect(() => (msg = parse(v)), `${locale} ${k}`).not.toThrow();
          expect([...shapeOf(msg)].sort(), `${locale} ${k}`).toEqual([...shapeOf(parse(en[k]))].sort());
          for (const c of pluralKeys(msg)) expect(c.startsWith('=') || categories.has(c), `${locale} ${k}: plural "${c}"`).toBe(true);
        }
      });
    }
  }

  it('prints the number of keys per catalog', () => {
    const counts = LOCALE_IDS.map((l) => `${l}: ${AREAS.map((a) => `${a} ${Object.keys(catalog(l, a)).length}`).join(', ')}`);
    console.log(`keys per catalog\n  ${counts.join('\n  ')}`);
    expect(Object.keys(catalog('en', 'app')).length).toBeGreaterThan(0);
  });
});
