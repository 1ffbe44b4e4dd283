// Generated docs stay current: the option tables in doc/teacher-tips.md (URL options) and
// doc/embed.md (embed state keys), from the one option declaration, and doc/sources.md, from the
// source table; each fails when its source changed and its script (`npm run docs:options`,
// `npm run docs:sources`) was not run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES, withOptions } from '../../scripts/docs-options';
import { SOURCES_DOC, sourcesMarkdown } from '../../scripts/docs-sources';

describe('generated docs', () => {
  for (const f of FILES) {
    it(`${f} has the current option tables`, () => {
      const text = readFileSync(resolve(import.meta.dirname, '../..', f), 'utf8');
      expect(withOptions(f, text)).toBe(text);
    });
  }
  it(`${SOURCES_DOC} lists the current source table (npm run docs:sources)`, () => {
    expect(readFileSync(resolve(import.meta.dirname, '../..', SOURCES_DOC), 'utf8')).toBe(sourcesMarkdown());
  });
});
