// The option tables in doc/teacher-tips.md (URL options) and doc/embed.md (embed state keys) are
// generated from the one option declaration; this fails when it changed and `npm run
// docs:options` was not run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, withOptions } from '../../scripts/docs-options';

describe('generated docs', () => {
  for (const f of FILES) {
    it(`${f} has the current option tables`, () => {
      const text = readFileSync(resolve(import.meta.dirname, '../..', f), 'utf8');
      expect(withOptions(f, text)).toBe(text);
    });
  }
});
