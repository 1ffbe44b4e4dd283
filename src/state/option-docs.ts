// The option tables in the docs, generated from the options of url-schema.ts (never hand-copied):
// the teachers' link options (doc/teacher-tips.md) and the embed API's state keys (doc/embed.md).
// `npm run docs:options` (scripts/docs-options.ts) writes them; tests/ui/docs.test.ts fails when
// a doc is out of date.

import { OPTIONS, type AnyOption, type OptionName } from './url-schema';

export interface OptionDocRow {
  name: OptionName;
  type: string;
  default: string;
  values: string;
  description: string;
}

/** One row per option (public options only by default), in URL order. */
export function schemaDocRows(includeNonPublic = false, spec: readonly AnyOption[] = OPTIONS): OptionDocRow[] {
  return spec
    .filter((o) => includeNonPublic || o.public)
    .map((o) => ({
      name: o.name as OptionName,
      type: o.type,
      default: o.describe(o.default),
      values: o.range
        ? `${o.describe(o.range.min)} to ${o.describe(o.range.max)}${o.values ? `, or ${o.values.join(', ')}` : ''}`
        : o.values
          ? o.values.join(', ')
          : o.type === 'flag'
            ? '1 or 0 (true/false; bare name = 1)'
            : o.type === 'origin'
              ? 'http(s)://host[:port]'
              : '',
      description: o.description,
    }));
}

/** The bad-value policy in one sentence, for the docs beside the option table. */
export const BAD_VALUE_POLICY =
  'A value that is not understood (not a number, an unknown word, a repeated option) is replaced by the ' +
  'default; a number outside its range is moved to the nearest end of the range; unknown options are ' +
  'ignored. Each case shows a notice at the top of the page.';

const cell = (t: string) => t.replace(/\|/g, '\\|');

/** The link option table as Markdown (doc/teacher-tips.md). */
export function schemaAsMarkdown(includeNonPublic = false, spec: readonly AnyOption[] = OPTIONS): string {
  const rows = schemaDocRows(includeNonPublic, spec).map(
    (r) => `| \`${r.name}\` | ${r.type} | ${cell(r.default)} | ${cell(r.values)} | ${cell(r.description)} |`,
  );
  return ['| option | type | default | valid values | what it does |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The embed API's state keys as Markdown (doc/embed.md): JSON types and bare numbers; the meaning is the link option's. */
export function stateKeysAsMarkdown(spec: readonly AnyOption[] = OPTIONS): string {
  const rows = spec
    .filter((o) => o.key !== null && o.public)
    .map((o) => {
      const unit = o.unit === 'x' ? 'factor' : o.unit;
      const type = o.type === 'enum' ? 'string' : o.type === 'flag' ? 'boolean' : unit ? `${o.type}, ${unit}` : o.type;
      const words = o.values?.map((v) => `\`${v}\``).join(', ');
      const values = o.range
        ? `${o.range.min} to ${o.range.max}${words ? `, or ${words}` : ''}`
        : words
          ? words
          : o.type === 'flag'
            ? '`true`, `false`'
            : '';
      return `| \`${o.name}\` | ${type} | ${cell(values)} |`;
    });
  return ['| key | type and unit | range or values |', '|---|---|---|', ...rows].join('\n');
}
