// `npx tsx bench/ab.ts <git-ref> [--loads N] [--lighthouse K]`: the first frame and Lighthouse of
// an earlier revision against the working tree, measured in turns on the same machine. On a
// shared 2-core machine the browser figures of `npm run bench` move by 20-30 % between runs
// minutes apart; two builds loaded alternately see the same machine, so their difference is
// what the change did. Builds <git-ref> in a temporary git worktree (its own vite.config.ts,
// this checkout's node_modules) and the working tree, serves both with vite preview, then
// alternates: N cold loads of each at 1280x720 (the 'craniolab:first-frame' mark, as the bench
// reads it), and K Lighthouse runs of each (desktop preset, bench/lighthouse.ts). Prints every
// value, the medians and the load average. Takes ~1 min per 10 loads and ~1 min per Lighthouse run.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { runLighthouse } from './lighthouse';
import { firstFrameMs } from './page-bench';
import { freePort, median } from './serve';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/chromium';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { loads: { type: 'string', default: '12' }, lighthouse: { type: 'string', default: '3' } } });
const ref = positionals[0];
if (!ref) {
  console.error('usage: npx tsx bench/ab.ts <git-ref> [--loads N] [--lighthouse K]');
  process.exit(2);
}
const loads = Number(values.loads);
const audits = Number(values.lighthouse);
const root = resolve(import.meta.dirname, '..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const sha = git('rev-parse', '--short', ref);

const tmp = await mkdtemp(join(tmpdir(), 'craniolab-ab-'));
const tree = join(tmp, 'tree');
const servers: PreviewServer[] = [];
try {
  git('worktree', 'add', '--detach', tree, sha);
  await symlink(join(root, 'node_modules'), join(tree, 'node_modules'));
  const sides = [
    { name: `${sha} (${ref})`, root: tree },
    { name: 'working tree', root },
  ];
  const urls: string[] = [];
  for (const [i, side] of sides.entries()) {
    const common = { root: side.root, configFile: join(side.root, 'vite.config.ts'), logLevel: 'error' as const };
    const outDir = join(tmp, `build-${i}`);
    await build({ ...common, build: { outDir, emptyOutDir: true } });
    const port = await freePort();
    servers.push(await preview({ ...common, build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } }));
    urls.push(`http://127.0.0.1:${port}/`);
  }
  const load0 = loadavg()[0];
  const firstFrames: number[][] = [[], []];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    for (let n = 0; n < loads; n++) {
      for (const i of n % 2 === 0 ? [0, 1] : [1, 0]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(urls[i], { waitUntil: 'load' });
        await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
        firstFrames[i].push(Math.round(await firstFrameMs(page)));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const lighthouse: { performance: number; tbtMs: number; lcpMs: number }[][] = [[], []];
  for (let n = 0; n < audits; n++) {
    for (const i of n % 2 === 0 ? [0, 1] : [1, 0]) lighthouse[i].push(await runLighthouse(urls[i], await freePort()));
  }
  console.log(`load average ${load0.toFixed(2)} -> ${loadavg()[0].toFixed(2)}`);
  for (const [i, side] of sides.entries()) {
    console.log(`${side.name}:`);
    console.log(`  first frame, ms: median ${median(firstFrames[i])} of ${firstFrames[i].join(', ')}`);
    if (audits > 0) {
      const l = lighthouse[i];
      console.log(`  Lighthouse: score ${l.map((x) => x.performance).join(', ')} (median ${median(l.map((x) => x.performance))}); TBT ms ${l.map((x) => x.tbtMs).join(', ')} (median ${median(l.map((x) => x.tbtMs))}); LCP ms ${l.map((x) => x.lcpMs).join(', ')}`);
    }
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
  try {
    git('worktree', 'remove', '--force', tree);
  } catch {
    // a worktree never added: nothing to remove
  }
  await rm(tmp, { recursive: true, force: true });
}
