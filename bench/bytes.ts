// `npx tsx bench/bytes.ts`: the two byte figures of `npm run bench` alone, in ~20 s: builds into a
// temporary folder, counts totalGzipBytes (bench/assets.ts) and loads the default page at
// 1280x720 in headless Chromium for firstViewGzipBytes (bench/page-bench.ts measureLoadedBytes,
// the same count as the bench). Prints the first view's files, largest first, then both figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { builtAssets, sumGzip } from './assets';
import { measureLoadedBytes } from './page-bench';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/chromium';

const root = resolve(import.meta.dirname, '..');
const outDir = await mkdtemp(join(tmpdir(), 'craniolab-bytes-'));
const common = { root, configFile: join(root, 'vite.config.ts'), logLevel: 'error' as const };
try {
  await build({ ...common, build: { outDir, emptyOutDir: true } });
  const { totalGzipBytes } = builtAssets(outDir);
  const server = await preview({ ...common, build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    const { firstView } = await measureLoadedBytes(await context.newPage(), server.resolvedUrls!.local[0]);
    for (const a of [...firstView].sort((x, y) => y.gzipBytes - x.gzipBytes)) console.log(`  ${a.url.padEnd(48)} ${String(a.gzipBytes).padStart(7)} B gzip`);
    console.log(`firstViewGzipBytes ${sumGzip(firstView)} (budget ${200 * 1024})`);
    console.log(`totalGzipBytes ${totalGzipBytes} (budget ${300 * 1024})`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
