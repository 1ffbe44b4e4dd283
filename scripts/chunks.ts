// How the app's code is split into files, for the normal build (the single-file build has every
// chunk inline). Two Vite/Rolldown settings, one job: the default page gets the code it draws with
// in few requests, asked for from its first bytes, and what it loads later comes in few files.
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
// 3. After the first view, few lazy chunks (the same groups setting):
//    - `later`: every part the page loads after its first view and fetches together when idle
//      (src/ui/prefetch.ts: the contrast tabs, lecture, Embed dialog, export, instructor panel,
//      cutaway, the guided activities). Split by Rolldown's default, they were ~30
//      files, each gzipped alone: one chunk is 8 KB smaller and one request.
//    - one chunk per language other than English (all its areas): switching language fetches one
//      file, and the areas' shared words compress together (~3 KB smaller per language).
//    - `early`: what the first view's own dynamic imports load (the skull pack's decoder).
//    - ON_DEMAND below: parts loaded at the start in one context only (inside an iframe, for the
//      browser tests, for QA), each a chunk of its own so that context does not fetch `later`.
// The same code loads either way: this changes how many files and when, not what.

import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { catalogLocale } from './catalog-values.ts';

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

/** Parts loaded at the start in one context only (app.ts imports each when its context asks):
 *  the embed API inside an iframe, the browser tests' hooks (?ea), the fuzzer (?fuzz). Each keeps
 *  its own chunk, with what it needs from outside the first view. */
const ON_DEMAND = ['src/state/embed.ts', 'src/ui/qa-hooks.ts', 'src/ui/fuzz.ts'];

export interface AppChunks {
  plugin: Plugin;
  /** Rolldown code-splitting groups (build.rolldownOptions.output.codeSplitting.groups), one per
   *  kind of chunk, highest priority first. A group takes its modules' imports with it, so each
   *  kind's modules are what it reaches and the kinds before it do not. */
  groups: { name: (id: string) => string | null; priority: number }[];
}

/** The kinds of chunk, in priority order: main.ts's imports, the app's, what the first view
 *  imports dynamically, the ON_DEMAND parts, a language's catalogs, everything later. */
const KINDS = ['entry', 'app', 'early', 'on-demand', 'language', 'later'] as const;
type Kind = (typeof KINDS)[number];

/** `main` and `app`: the entry module and the app module it imports dynamically; `root`: the
 *  project's folder, for ON_DEMAND (absolute ids). */
export function appChunks(main: string, app: string, root: string): AppChunks {
  /** each module of the page's build: its kind of chunk and the chunk's name (set at buildEnd) */
  const placed = new Map<string, { kind: Kind; chunk: string }>();
  const plugin: Plugin = {
    name: 'craniolab:chunks',
    apply: 'build',
    buildEnd() {
      placed.clear();
      if (!this.getModuleInfo(main) || !this.getModuleInfo(app)) return; // another build (a worker's)
      const imports = (id: string) => this.getModuleInfo(id)?.importedIds;
      const dynamicImports = (id: string) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? [];
      // real files only: Vite's virtual modules (its preload helper) are shared with main.ts; main.ts
      // itself stays the page's entry
      const place = (kind: Kind, chunk: string, ids: Iterable<string>) => {
        for (const id of ids) if (id.startsWith('/') && id !== main && !placed.has(id)) placed.set(id, { kind, chunk });
      };
      const fromMain = reachable(main, imports);
      place('entry', 'entry', fromMain);
      place('app', 'app', reachable(app, imports));
      for (const id of fromMain) for (const d of dynamicImports(id)) if (d !== app) place('early', 'early', reachable(d, imports));
      for (const file of ON_DEMAND) place('on-demand', basename(file, '.ts'), reachable(resolve(root, file), imports));
      // everything the page can load, static or dynamic (not the example host page's files)
      const all = reachable(main, (id) => [...(imports(id) ?? []), ...dynamicImports(id)]);
      for (const id of all) {
        const locale = catalogLocale(id);
        if (locale !== null && locale !== 'en') place('language', locale, [id]);
      }
      place('later', 'later', all);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        // only the page whose script is main.ts (not the embed example's)
        if (!bundle || !ctx.chunk?.moduleIds.includes(main)) return html;
        const appChunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.includes(app));
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
    groups: KINDS.map((kind, i) => ({
      name: (id: string) => {
        const p = placed.get(id);
        return p?.kind === kind ? p.chunk : null;
      },
      priority: KINDS.length - i,
    })),
  };
}
