// Vite plugin (builds only): a catalog of a language other than English ships as a list, a
// fingerprint of its sorted keys and then its messages in that order (src/i18n/key-order.ts),
// not as a keyed object. Its keys are English's (tests/i18n/catalogs.test.ts holds every catalog
// to exactly English's keys), which the page has anyway; src/i18n/index.ts pairs the list with
// English's keys sorted the same way when the fingerprints agree. The keys were a fifth of each
// language's bytes: 6.2 KB gzip of German's 29.8, 6.1 of Spanish's 28.5 (gzip of the five
// catalogs as objects and as lists). The sources stay keyed objects, to read and to translate
// (doc/translating.md), and the dev server serves them as they are.
import type { Plugin } from 'vite';
import { messageList } from '../src/i18n/key-order.ts';

/** `src/i18n/catalogs/<locale>/<area>.ts`: its locale, or null for any other module. */
export function catalogLocale(id: string): string | null {
  const m = /[\\/]src[\\/]i18n[\\/]catalogs[\\/]([^\\/]+)[\\/][^\\/]+\.ts$/.exec(id.split('?')[0]!);
  return m ? m[1]! : null;
}

/** The list a build ships for a catalog module (key-order.ts messageList). `code` is the module
 *  as JavaScript: `export default { key: 'message', ... }` and nothing else. */
export function builtList(code: string): string[] {
  const body = code.replace(/\bexport\s+default\b/, 'return');
  if (body === code) throw new Error('catalog-values: no default export');
  const catalog: unknown = new Function(body)();
  if (catalog === null || typeof catalog !== 'object' || Array.isArray(catalog)) throw new Error('catalog-values: the default export is not an object');
  for (const [k, v] of Object.entries(catalog)) if (typeof v !== 'string') throw new Error(`catalog-values: "${k}" is not a string`);
  return messageList(catalog as Record<string, string>);
}

export function catalogValues(): Plugin {
  return {
    name: 'craniolab:catalog-values',
    apply: 'build',
    // after TypeScript is stripped (the catalogs end in `satisfies ...`)
    enforce: 'post',
    transform(code, id) {
      const locale = catalogLocale(id);
      if (locale === null || locale === 'en') return null;
      return { code: `export default ${JSON.stringify(builtList(code))};\n`, map: null };
    },
  };
}
