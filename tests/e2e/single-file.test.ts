// The offline single-file build (`vite build --mode single`, what `npm run build:single` runs):
// exactly one HTML file with no reference to any other file or origin, which opened from disk
// (file://, as from a USB stick or a learning platform's file area) renders the skull with no
// console error and no request anywhere; its skulls are packed inside it, as in the normal build.
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, measureDetails, pixelStats } from './browser';

const root = resolve(import.meta.dirname, '../..');
let outDir = '';
let browser: Browser;

beforeAll(async () => {
  // a temp dir, not dist-single/, so a test run never overwrites a teacher's build
  outDir = await mkdtemp(join(tmpdir(), 'craniolab-single-'));
  await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'single', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('single-file build', () => {
  it('is one HTML file that references no other file and no other origin', async () => {
    expect(await readdir(outDir)).toEqual(['index.html']);
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    // every script and stylesheet is inline: no src=/href= to a file, no url() to one
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/i);
    expect(html).not.toMatch(/<link[^>]+rel="?modulepreload/i);
    const hrefs = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    for (const h of hrefs) expect(h, h).toMatch(/^(#|data:|\$\{)/);
    const urls = [...html.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]);
    for (const u of urls) expect(u.slice(0, 30), u.slice(0, 60)).toMatch(/^(data:|#|\$\{|%23)/);
    // the shaders are inside (imported as ?raw text): a GLSL line from shaders/ is in the file
    expect(html).toMatch(/gl_Position|uPressureMmHg/);
  });

  it('opened from file:// renders the skull with no console error and no request', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    try {
      const url = `${pathToFileURL(join(outDir, 'index.html')).href}?subject=rabbit&lecture=1&step=2`;
      await page.goto(url);
      await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
      await page.waitForTimeout(800);
      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'single-file.png') });
      const stats = await pixelStats(page, '#scene canvas');
      // as in sim.test.ts: a blank canvas has 1-2 quantised colours, a shaded skull hundreds
      expect(stats.distinct).toBeGreaterThan(50);
      expect(stats.dominantShare).toBeLessThan(0.9);
      // the skull came packed inside the file (scripts/skull-meshes.ts), not meshed on the page
      const sources = (await measureDetails<{ where: string }>(page, 'craniolab:skull-mesh')).map((d) => d.where);
      expect(sources).toEqual(['pack']);
      // link options and lecture mode work from disk too
      expect(await page.locator('.lecture-title').textContent()).toBe("A nickel's touch");
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('.lecture-title').textContent()).toBe('The scale');
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
