// skullMeshes (vite.config.ts): the four skulls meshed once, when the app is built, instead of on
// every visitor's machine. Each subject's arrays (src/view/skull-arrays.ts, the same mesher the
// skull worker runs) are packed (src/view/skull-pack.ts), gzipped and emitted as an asset of the
// build, assets/skull-<subject>-<hash>.bin; the virtual module 'virtual:craniolab/skull-packs'
// exports their URLs, and src/view/skull-loader.ts fetches the one it needs. The dev server
// serves the same packs from memory. The single-file build has no second file to fetch: there
// each pack is inside the page, as a data: URL (base64: the four add 232 KB to the file), which
// the loader decodes without a request (a strict policy's connect-src need not allow data:).
//
// Why: meshing the adult took 0.9 s of a core in a fresh worker, 1.2-1.9 s while the page loaded
// beside it (2 cores, software WebGL); its pack is 52.6 KB gzip and decodes in a few ms.

import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const SKULL_PACKS_MODULE = 'virtual:craniolab/skull-packs';
const RESOLVED = `\0${SKULL_PACKS_MODULE}`;
/** where the dev server serves a subject's pack */
const DEV_PREFIX = '/@craniolab/skull-';
const devUrl = (subject: string): string => `${DEV_PREFIX}${subject}.bin`;

type PackSource = typeof import('./skull-pack-source.ts');

export function skullMeshes(): Plugin {
  let serve = false;
  let single = false;
  let source: Promise<PackSource> | null = null;
  const packs = new Map<string, Promise<Uint8Array>>();
  // the mesher runs through Vite's module runner: src/ is TypeScript with extensionless imports
  const load = (): Promise<PackSource> =>
    (source ??= runnerImport<PackSource>(resolve(import.meta.dirname, 'skull-pack-source.ts'), { configFile: false, logLevel: 'error' }).then((r) => r.module));
  const pack = (subject: string): Promise<Uint8Array> => {
    let p = packs.get(subject);
    if (!p) packs.set(subject, (p = load().then((m) => m.gzippedSkullPack(subject as Parameters<PackSource['gzippedSkullPack']>[0]))));
    return p;
  };
  return {
    name: 'craniolab:skull-meshes',
    configResolved(config) {
      serve = config.command === 'serve';
      single = config.mode === 'single';
    },
    configureServer(server) {
      // an edit to the mesher or the head's shape: the next request meshes again
      server.watcher.on('change', (file) => {
        if (/[\\/]src[\\/](view|model)[\\/]/.test(file)) {
          source = null;
          packs.clear();
        }
      });
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith(DEV_PREFIX)) return next();
        void load()
          .then(async ({ SUBJECTS_WITH_SKULLS }) => {
            const subject = SUBJECTS_WITH_SKULLS.find((name) => req.url === devUrl(name));
            if (!subject) return next();
            res.setHeader('Content-Type', 'application/octet-stream');
            res.end(await pack(subject));
          })
          .catch(next);
      });
    },
    resolveId(id) {
      return id === SKULL_PACKS_MODULE ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      const { SUBJECTS_WITH_SKULLS } = await load();
      const urls = await Promise.all(
        SUBJECTS_WITH_SKULLS.map(async (subject) => {
          if (serve) return `${subject}: ${JSON.stringify(devUrl(subject))}`;
          if (single) return `${subject}: ${JSON.stringify(`data:application/octet-stream;base64,${Buffer.from(await pack(subject)).toString('base64')}`)}`;
          const ref = this.emitFile({ type: 'asset', name: `skull-${subject}.bin`, source: await pack(subject) });
          return `${subject}: import.meta.ROLLUP_FILE_URL_${ref}`;
        }),
      );
      return `export const SKULL_PACK_URLS = { ${urls.join(', ')} };`;
    },
  };
}
