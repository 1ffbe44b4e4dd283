// What the build plugins that edit a module's code (maintainer-notes.ts, three-modules-in-use.ts)
// share: the ESTree nodes of Vite's parser (parseAst), with their offsets in the code.

export interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (x: unknown): x is AstNode => typeof x === 'object' && x !== null && typeof (x as AstNode).type === 'string';

/** Calls `visit` on `root` and every node below it, parents first. */
export function eachNode(root: unknown, visit: (node: AstNode) => void): void {
  if (Array.isArray(root)) {
    for (const x of root) eachNode(x, visit);
    return;
  }
  if (!isNode(root)) return;
  visit(root);
  for (const [k, v] of Object.entries(root)) if (k !== 'parent' && typeof v === 'object') eachNode(v, visit);
}

/** `code` with each [start, end) range replaced by its text. Ranges must not overlap (an edit
 *  inside another's range would land on shifted offsets): that throws, naming `where`. */
export function applyEdits(code: string, edits: readonly { start: number; end: number; text: string }[], where: string): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = code;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error(`${where}: overlapping edits at ${e.start}-${e.end}`);
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}
