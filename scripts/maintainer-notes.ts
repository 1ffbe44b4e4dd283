// maintainerNotes (vite.config.ts): each source in src/model/content/sources.ts carries a
// maintainers' note on how it was checked (`note`: which fields were seen in a stored copy, what
// was surprising). `npm run docs:sources` prints the notes into doc/sources.md; the app never
// shows them (the Sources view lists the reference and what CranioLab takes from it). So the
// build leaves them out of the page: 44 notes, ~5 KB of text, ~1.7 KB gzip. They stay in the
// source, beside the entry they describe; the dev server serves the file unchanged.
// tests/maintainer-notes.test.ts runs the real file through Vite's TS transform and this.
import { parseAst, type Plugin } from 'vite';
import { applyEdits, eachNode, type AstNode } from './ast.ts';

/** The module whose `note` properties are left out. */
const SOURCES = /[\\/]src[\\/]model[\\/]content[\\/]sources\.ts$/;

/** `code` (JavaScript) without any `note: ...` property of an object literal, and its comma. */
export function withoutNotes(code: string): string {
  const cuts: [number, number][] = [];
  eachNode(parseAst(code), (node) => {
    if (node.type !== 'ObjectExpression') return;
    const props = node.properties as AstNode[];
    props.forEach((p, i) => {
      const key = p.key as (AstNode & { name?: string; value?: unknown }) | undefined;
      if (p.type !== 'Property' || p.computed || (key?.name ?? key?.value) !== 'note') return;
      // with the comma after it, or before it when it is the last property
      if (i + 1 < props.length) cuts.push([p.start, props[i + 1]!.start]);
      else if (i > 0) cuts.push([props[i - 1]!.end, p.end]);
      else cuts.push([p.start, p.end]);
    });
  });
  return applyEdits(code, cuts.map(([start, end]) => ({ start, end, text: '' })), 'withoutNotes');
}

export function maintainerNotes(): Plugin {
  return {
    name: 'craniolab:maintainer-notes',
    apply: 'build',
    transform(code, id) {
      if (!SOURCES.test(id)) return null;
      return { code: withoutNotes(code), map: null };
    },
  };
}
