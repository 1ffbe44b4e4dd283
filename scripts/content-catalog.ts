// Prints an English catalog that is derived from the model rather than written as a list, as a
// flat catalog file to start a translation:
//   npx tsx scripts/content-catalog.ts > src/i18n/catalogs/fr/content.ts            (src/model/content)
//   npx tsx scripts/content-catalog.ts activity > src/i18n/catalogs/fr/activity.ts  (src/model/activities)
import { contentCatalog } from '../src/i18n/content-catalog';
import enActivity from '../src/i18n/catalogs/en/activity';

const area = process.argv[2] ?? 'content';
const catalogs: Record<string, [Record<string, string>, string]> = {
  content: [contentCatalog(), 'src/model/content (see src/i18n/content-catalog.ts)'],
  activity: [enActivity, 'src/model/activities (see src/i18n/activity-catalog.ts) and src/i18n/catalogs/en/activity.ts'],
};
const chosen = catalogs[area];
if (!chosen) {
  process.stderr.write(`unknown area "${area}": use one of ${Object.keys(catalogs).join(', ')}\n`);
  process.exit(1);
}
const [catalog, source] = chosen;
const lines = Object.entries(catalog).map(([k, v]) => `  '${k}': ${JSON.stringify(v)},`);
process.stdout.write(`// Translate each message; keep the keys and the {names}. English source: ${source}.\nexport default {\n${lines.join('\n')}\n} satisfies Record<string, string>;\n`);
