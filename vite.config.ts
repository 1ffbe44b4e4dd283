// Vite build: relative base so a build runs from any sub-path (a course site, a zip on disk).
// `--mode single` inlines everything into one HTML file for offline use (issue 5).
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: mode === 'single' ? [viteSingleFile()] : [],
  build: {
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173, strictPort: false },
}));
