// The first view's code in few files, asked for by the page from its first bytes
// (scripts/chunks.ts): Rolldown's default splitting gave the default page ~33 files, fetched
// six at a time over HTTP/1.1, the app's only after main.ts had run.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectClean, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the first view', () => {
  it('loads its code in few files, and every file index.html preloads is one it uses', async () => {
    const scripts: string[] = [];
    const app = await openApp(browser, '', {
      beforeGoto: (page) => {
        page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop()!);
        });
      },
    });
    try {
      const html = await (await fetch(inject('baseUrl'))).text();
      const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/assets\/([^"]+)"/g)].map((m) => m[1]);
      // main.ts's imports and the app's chunk (the app is imported dynamically: without the
      // page's list it would be asked for only after main.ts ran)
      expect(preloaded.some((f) => /^app-[\w-]+\.js$/.test(f))).toBe(true);
      // nothing preloaded that the page does not then use
      for (const f of preloaded) expect(scripts).toContain(f);
      // the page, main.ts's chunk, the app's two, the skull decoder and the anatomy worker: not ~30
      expect(scripts.length).toBeLessThanOrEqual(10);
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});
