// Vite build: relative base so a build runs from any sub-path (a course site, a zip on disk).
// `--mode single` inlines everything into one HTML file for offline use (issue 5).
// The normal build has a second page, examples/embed.html (a host page for the embed API, see
// doc/embed.md), so `vite preview` serves it beside the app at /examples/embed.html; the single
// file build has only the app (one input is what makes it one file).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: mode === 'single' ? [viteSingleFile()] : [],
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
          },
  },
  server: { port: 5173, strictPort: false },
}));
