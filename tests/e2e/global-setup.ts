// Vitest globalSetup for the 'e2e' project: builds the app once with vite's JS API and serves the
// build with `vite preview` on a free localhost port, so the browser tests exercise exactly what a
// teacher would deploy. The URL reaches tests through `inject('baseUrl')`.
// The build goes to a fresh temp directory, not dist/, so two people running `npm test` in the same
// working tree at once cannot overwrite each other's build mid-test.
// Set E2E_BASE_URL to test an already running server instead (e.g. `npm run dev`).
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external.endsWith('/') ? external : `${external}/`);
    return async () => {};
  }
  const outDir = await mkdtemp(join(tmpdir(), 'craniolab-e2e-'));
  const common = { root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' as const };
  await build({ ...common, build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server: PreviewServer = await preview({
    ...common,
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
