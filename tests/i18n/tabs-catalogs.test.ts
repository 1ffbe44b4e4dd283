// The contrast tabs' catalogs (`tabs`) and the model content's (`content`), beyond the key-parity
// guard in catalogs.test.ts: the English content catalog is the model's own prose (declared once),
// model prose holds nothing ICU would read as syntax, every key the tabs ask for exists (a
// misspelt key would put the key itself on screen), and German and Spanish are translations,
// not English copied over.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/i18n/key-order';
import { contentCatalog } from '../../src/i18n/content-catalog';
import deContent from '../../src/i18n/catalogs/de/content';
import deTabs from '../../src/i18n/catalogs/de/tabs';
import enApp from '../../src/i18n/catalogs/en/app';
import enContent from '../../src/i18n/catalogs/en/content';
import enTabs from '../../src/i18n/catalogs/en/tabs';
import esContent from '../../src/i18n/catalogs/es/content';
import esTabs from '../../src/i18n/catalogs/es/tabs';
import { BONE_NAMES } from '../../src/model/contrasts';
import { DETECTOR_IDS, REFERENCE_FORCES, REFERENCE_LENGTHS, REFERENCE_PRESSURES, SOURCE_IDS, SOURCES } from '../../src/model/content';
import { VIEW_IDS } from '../../src/state/url-schema';


describe('tabs and content catalogs', () => {
  it('the English content catalog is the model content itself, and model prose holds no ICU braces', () => {
    expect(enContent).toEqual(contentCatalog());
    expect(enContent['content.detector.fingertip.label']).toBe("Examiner's fingertip");
    for (const id of SOURCE_IDS) SOURCES[id].usedFor.forEach((u, i) => expect(enContent[`content.source.${id}.usedFor.${i}`]).toBe(u));
    for (const r of [...REFERENCE_LENGTHS, ...REFERENCE_PRESSURES, ...REFERENCE_FORCES]) expect(enContent[`content.reference.${r.id}.phrase`]).toBe(r.phrase);
    expect(Object.entries(enContent).filter(([, v]) => /[{}]/.test(v))).toEqual([]);
  });

  it('every key the tabs ask for exists in English (static keys read from the source, dynamic families listed)', () => {
    const dir = resolve(import.meta.dirname, '../../src/ui/tabs');
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/['`]((?:app\.view|tabs|content)\.[A-Za-z0-9.-]+)['`]/g)) used.add(m[1]);
    }
    const dynamic = [
      ...VIEW_IDS.map((id) => `app.view.${id}`),
      ...Object.keys(BONE_NAMES).flatMap((id) => [`app.boneInText.${id}`, `tabs.bone.the.${id}`]),
      ...DETECTOR_IDS.flatMap((id) => [`content.detector.${id}.label`, `content.detector.${id}.rationale`]),
      ...['fingertip', 'palm', 'plate'].flatMap((k) => [`tabs.contact.Your.${k}`, `tabs.contact.your.${k}`]),
      ...['no', 'lower', 'upper', 'yes'].map((k) => `tabs.rhythm.inBand.${k}`),
      ...Array.from({ length: 10 }, (_, i) => `tabs.downey.csv.col.${i}`),
    ];
    // about 300 keys are read by name in the tab files; fewer means the regexp stopped matching
    expect(used.size).toBeGreaterThan(200);
    const all: Catalog = { ...enApp, ...enTabs, ...enContent };
    expect([...used, ...dynamic].filter((k) => all[k] === undefined)).toEqual([]);
  });

  const pairs: Array<[string, Catalog, Catalog]> = [
    ['de tabs', enTabs, deTabs],
    ['es tabs', enTabs, esTabs],
    ['de content', enContent, deContent],
    ['es content', enContent, esContent],
  ];
  for (const [name, en, other] of pairs) {
    it(`${name}: translated, not copied (only names, symbols and pure-argument messages stay as in English)`, () => {
      const same = Object.keys(en).filter((k) => other[k] === en[k] && /[a-z]{3}/.test(en[k].replace(/\{[^}]*\}/g, '')));
      // what may stay: author-year labels ("Hanten 1998"), 'Mayer', 'Total', 'Animal', 'Detector', 'MRI'-like symbols
      expect(same.length, same.join(', ')).toBeLessThanOrEqual(12);
    });
  }
});
