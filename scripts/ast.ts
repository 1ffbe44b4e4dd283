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
