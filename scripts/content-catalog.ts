// Prints the English `content` catalog (derived from src/model/content, where the English is
// declared) as a flat catalog file, to start a translation:
//   npx tsx scripts/content-catalog.ts > src/i18n/catalogs/fr/content.ts
import { contentCatalog } from '../src/i18n/content-catalog';

const lines = Object.entries(contentCatalog()).map(([k, v]) => `  '${k}': ${JSON.stringify(v)},`);
process.stdout.write(`// Translate each message; keep the keys. English source: src/model/content (see src/i18n/content-catalog.ts).\nexport default {\n${lines.join('\n')}\n} satisfies Record<string, string>;\n`);
