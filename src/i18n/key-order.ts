// How another language's catalog ships in a build without its keys (scripts/catalog-values.ts):
// a fingerprint of its sorted keys, then its messages in that order. The page pairs the list
// with English's keys sorted the same way (index.ts), and only when the fingerprints agree:
// every catalog has exactly English's keys (tests/i18n/catalogs.test.ts), but a key renamed in
// one catalog and not the other would keep the count and shift every message after it onto its
// neighbour's key. Pure: used by the build (Node) and the page.

/** A catalog as written: key to ICU message (src/i18n/catalogs/<locale>/<area>.ts). */
export type Catalog = Readonly<Record<string, string>>;

/** A catalog's keys in the order a built list holds their messages. */
export const keyOrder = (catalog: Catalog): string[] => Object.keys(catalog).sort();

/** FNV-1a (32-bit) over the keys in order, each ended by a line feed, as 8 hex digits. */
export function keysFingerprint(keys: readonly string[]): string {
  let h = 0x811c9dc5;
  const mix = (c: number) => {
    h = Math.imul(h ^ c, 0x01000193);
  };
  for (const k of keys) {
    for (let i = 0; i < k.length; i++) mix(k.charCodeAt(i));
    mix(10);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The list a build ships for `catalog`: the fingerprint of its keys, then its messages. */
export function messageList(catalog: Catalog): string[] {
  const keys = keyOrder(catalog);
  return [keysFingerprint(keys), ...keys.map((k) => catalog[k]!)];
}

/** A built list's messages under `keys` (English's, in keyOrder), or null when the list was
 *  built for other keys: then none of it is used. */
export function withKeys(keys: readonly string[], list: readonly string[]): [string, string][] | null {
  if (list.length !== keys.length + 1 || list[0] !== keysFingerprint(keys)) return null;
  return keys.map((k, i) => [k, list[i + 1]!]);
}
