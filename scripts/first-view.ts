// How the app's first view loads, for the normal build (the single-file build has every chunk
// inline). Two Vite/Rolldown settings, one job: the default page gets the code it draws with in
// few requests, asked for from its first bytes.
//
// 1. Two chunks for the first view: main.ts's imports, and the app's. src/main.ts loads the app
//    (src/app.ts) with a dynamic import, and every contrast tab, dialog and worker is a lazy
//    chunk of its own. Rolldown's default splitting then gives each set of modules shared by a
//    different set of those entries its own chunk: the first view was ~30 files, many under
//    1 KB. The browser fetches them six at a time over HTTP/1.1, each a round trip to a server
//    that shares the machine's cores with the page. The groups below put what main.ts imports
//    into one chunk and every module the app imports statically (and main.ts does not) into
//    another; the lazy chunks import what they share with them from there.
// 2. index.html lists that chunk and its static imports as modulepreload links (and the app's
//    stylesheet as a preload): without them, Vite's preload helper asks for them only once
//    main.ts has arrived and run.
// The same code loads either way: this changes how many files and when, not what.

import type { Plugin } from 'vite';

/** `start` and everything reachable from it through `next` (a module's or a chunk's static imports). */
function reachable(start: string, next: (id: string) => readonly string[] | undefined): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const n of next(id) ?? []) visit(n);
  };
  visit(start);
  return seen;
}

export interface FirstView {
  plugin: Plugin;
  /** Rolldown code-splitting groups (build.rolldownOptions.output.codeSplitting.groups): what
   *  main.ts imports, then the app's first view. A group takes its modules' imports with it, so
   *  main.ts's come first (a higher priority) and stay out of the app's chunk. */
  groups: { name: string; test: (id: string) => boolean; priority: number }[];
}

/** `main` and `app`: the entry module and the app module it imports dynamically (absolute ids). */
export function firstView(main: string, app: string): FirstView {
  /** modules the app imports statically, less those main.ts loads before it */
  const appModules = new Set<string>();
  /** what main.ts imports (itself left out: it stays the page's entry) */
  const mainModules = new Set<string>();
  const plugin: Plugin = {
    name: 'craniolab:first-view',
    apply: 'build',
    buildEnd() {
      appModules.clear();
      mainModules.clear();
      if (!this.getModuleInfo(main) || !this.getModuleInfo(app)) return; // another build (a worker's)
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds;
      const fromMain = reachable(main, imports);
      const fromApp = reachable(app, imports);
      // real files only: Vite's virtual modules (its preload helper) are shared with main.ts
      const real = (id: string) => id.startsWith('/');
      for (const id of fromApp) if (!fromMain.has(id) && real(id)) appModules.add(id);
      for (const id of fromMain) if (id !== main && real(id)) mainModules.add(id);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        // only the page whose script is main.ts (not the embed example's)
        if (!bundle || !ctx.chunk?.moduleIds.includes(main)) return html;
        const appChunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId === app);
        if (!appChunk) return html;
        const imports = (f: string) => {
          const c = bundle[f];
          return c?.type === 'chunk' ? c.imports : undefined;
        };
        const loaded = reachable(ctx.chunk.fileName, imports);
        const wanted = [...reachable(appChunk.fileName, imports)].filter((f) => !loaded.has(f));
        const css = new Set<string>();
        for (const f of wanted) {
          const c = bundle[f];
          if (c?.type === 'chunk') for (const s of c.viteMetadata?.importedCss ?? []) css.add(s);
        }
        return {
          html,
          tags: [
            ...wanted.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
            ...[...css].map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
          ],
        };
      },
    },
  };
  return {
    plugin,
    groups: [
      { name: 'entry', test: (id) => mainModules.has(id), priority: 2 },
      { name: 'app', test: (id) => appModules.has(id), priority: 1 },
    ],
  };
}
