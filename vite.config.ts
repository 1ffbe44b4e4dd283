// Vite build: relative base so a build runs from any sub-path (a course site, a zip on disk).
// `--mode single` inlines everything into one HTML file for offline use (issue 5).
// The normal build has a second page, examples/embed.html (a host page for the embed API, see
// doc/embed.md), so `vite preview` serves it beside the app at /examples/embed.html; the single
// file build has only the app (one input is what makes it one file).
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { compactShaderFiles, threeFromSource } from './scripts/compact-glsl.ts';
import { threeModulesInUse } from './scripts/three-modules-in-use.ts';
import { threeShadersInUse } from './scripts/three-shaders-in-use.ts';
import { skullMeshes } from './scripts/skull-meshes.ts';
import { appChunks } from './scripts/chunks.ts';
import { catalogValues } from './scripts/catalog-values.ts';
import { maintainerNotes } from './scripts/maintainer-notes.ts';

/**
 * lil-gui's stylesheet embeds its three icon glyphs (folder arrow, select arrows, check mark) as
 * a data: URL font. Chrome decodes data: fonts as soon as the stylesheet is parsed, so a strict
 * Content-Security-Policy (default-src 'self', no font-src data:) logs a violation on every load
 * (issue 6). The glyphs exist in every system font, so drop the @font-face: lil-gui's
 * `font-family: lil-gui` then falls back to the page font and looks the same.
 */
function dropLilGuiFont(): Plugin {
  return {
    name: 'craniolab:drop-lil-gui-font',
    transform(code, id) {
      if (!/lil-gui[\\/]dist[\\/]lil-gui(\.min)?\.css/.test(id)) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*font-family:\s*["']?lil-gui["']?[^}]*\}/g, ''), map: null };
    },
  };
}

/**
 * The single-file build is one HTML file, so it cannot load a worker's own file: there
 * src/view/skull-worker-start.ts and src/state/anatomy-worker-start.ts become modules that start
 * no worker, and the skull and the anatomy are built on the main thread (src/view/skull-loader.ts,
 * src/state/anatomy-early.ts).
 */
function noWorkers(): Plugin {
  /** each stubbed module (its file name) and what it exports there: a start that starts nothing,
   *  and for the skull its builders imported into the page */
  const stubs: Record<string, string> = {
    'skull-worker-start': `export function startSkullWorker() { return null; }
export function loadSkullBuilders() { return import(${JSON.stringify(resolve(import.meta.dirname, 'src/view/skull-builders.ts'))}); }`,
    'anatomy-worker-start': 'export function startAnatomyWorker() { return null; }',
  };
  const PREFIX = '\0craniolab:no-worker:';
  return {
    name: 'craniolab:no-workers',
    enforce: 'pre',
    resolveId(source) {
      const file = source.split('/').pop()!.replace(/\.ts$/, '');
      return Object.hasOwn(stubs, file) ? PREFIX + file : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? stubs[id.slice(PREFIX.length)] : null;
    },
  };
}

export default defineConfig(({ mode }) => {
  const chunks = appChunks(resolve(import.meta.dirname, 'src/main.ts'), resolve(import.meta.dirname, 'src/app.ts'), import.meta.dirname);
  return {
    base: './',
    plugins: [
      threeFromSource(),
      threeShadersInUse(import.meta.dirname),
      threeModulesInUse(),
      compactShaderFiles(),
      skullMeshes(),
      dropLilGuiFont(),
      catalogValues(),
      maintainerNotes(),
      ...(mode === 'single' ? [noWorkers(), viteSingleFile()] : [chunks.plugin]),
    ],
    build: {
      outDir: mode === 'single' ? 'dist-single' : 'dist',
      target: 'es2022',
      sourcemap: false,
      rolldownOptions:
        mode === 'single'
          ? {}
          : {
              input: {
                main: resolve(import.meta.dirname, 'index.html'),
                embedExample: resolve(import.meta.dirname, 'examples/embed.html'),
              },
              // the first view's code in two chunks, what comes later in few (scripts/chunks.ts)
              output: { codeSplitting: { groups: chunks.groups } },
            },
    },
    // ES module workers: the skull worker's file is also imported into the page as a module where
    // no worker starts (src/view/skull-worker-start.ts), so it must be module code in both places
    // (Vite drops a worker's exports: the builders are found through skull-builder-key.ts)
    worker: { format: 'es' },
    server: { port: 5173, strictPort: false },
  };
});
