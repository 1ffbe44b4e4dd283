// The teachers' URL option table (doc/teacher-tips.md) is generated from the one schema; this
// fails when the schema changed and `npm run docs:options` was not run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, withOptions } from '../../scripts/docs-options';

describe('generated docs', () => {
  for (const f of FILES) {
    it(`${f} has the current URL option table`, () => {
      const text = readFileSync(resolve(import.meta.dirname, '../..', f), 'utf8');
      expect(withOptions(text)).toBe(text);
    });
  }
});
