// Hostile input (issue 6): a course page must not become a way into the host site, and a crafted
// link must not break a lecture. URL parameters (NaN, Infinity, 1e309, negatives, 100 kB strings,
// HTML and script, __proto__) and postMessage payloads (wrong origin, wrong protocol, wrong types,
// huge payloads, __proto__ keys) are ignored or defaulted: no error thrown, nothing injected, no
// prototype polluted, the state stays in range. The app also runs under a strict
// Content-Security-Policy (no inline script or style, no eval) with no violation, and makes no
// request to any other origin (every request is recorded).
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser } from './browser';
import { BAD_NUMBER_TEXT, probeScript, readProbe, readoutTexts } from './hardening-probes';
import { STRICT_CSP, startProxy, type Proxy } from './hardening-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PWN = 'window.__pwned=1';
/** Markup that would run PWN if anything put it into the page as HTML. */
const HTML_PAYLOADS = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `"><svg onload="${PWN}">`,
  `javascript:${PWN}`,
];

/** What injected markup would leave behind, and whether Object.prototype was touched. */
async function injectionTraces(page: Page | Frame) {
  return page.evaluate(() => ({
    scripts: document.querySelectorAll('script:not([src])').length,
    imgs: document.querySelectorAll('img, svg[onload], [onerror], [onload], iframe, object, embed').length,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    polluted: Object.keys(Object.prototype).length + Object.keys(Array.prototype).length,
  }));
}

/** The app store's numbers, all of which must be finite and in range whatever the link said. */
async function stateNumbers(page: Page) {
  return page.evaluate(() => {
    const s = window.__craniolab!.store.getState();
    return { forceG: s.forceG, speed: s.speed, exaggeration: s.exaggeration, step: s.step, seed: s.seed, subject: s.subject, view: s.view };
  });
}

/**
 * openApp for URLs of any length. HTTP servers refuse request lines over ~16 kB (vite preview
 * answers 431), yet the app must cope with a 100 kB query (a saved file, a single-file build, a
 * bookmarklet): the page's own request is answered with the app's index.html, so the long query
 * reaches location.search exactly as written.
 */
async function openLongUrl(query: string) {
  const base = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      foreignRequests.push(url.href);
      return route.abort();
    }
    if (url.search.length > 0 && route.request().resourceType() === 'document') {
      return route.fulfill({ response: await route.fetch({ url: base }) });
    }
    return route.continue();
  });
  await page.addInitScript(probeScript());
  await page.goto(`${base}${query}`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
  return { page, consoleErrors, pageErrors, foreignRequests, close: () => context.close() };
}

describe('hostile URL parameters', () => {
  const long = 'x'.repeat(100_000);
  const cases: [string, Record<string, string>][] = [
    [
      'NaN, Infinity, 1e309, negatives and markup',
      {
        force: 'NaN',
        speed: 'Infinity',
        exaggeration: '1e309',
        step: '-5',
        randomSeed: '-1',
        subject: HTML_PAYLOADS[0],
        technique: HTML_PAYLOADS[1],
        view: HTML_PAYLOADS[2],
        colorProfile: 'constructor',
        controls: HTML_PAYLOADS[1],
        parentOrigin: HTML_PAYLOADS[3],
        lecture: '<b>1</b>',
        'constructor[prototype][x]': '1',
      },
    ],
    [
      '100 kB values, -Infinity, hex and NUL',
      {
        force: '-Infinity',
        speed: '0x10',
        exaggeration: '-1',
        step: '1e9',
        randomSeed: '1.5',
        subject: long,
        technique: `${long}<img src=x onerror="${PWN}">`,
        controls: long,
        parentOrigin: `https://${long}.example`,
        cutaway: '\u0000',
        [long.slice(0, 5000)]: '1',
      },
    ],
  ];

  for (const [name, params] of cases) {
    it(`defaults ${name}, with a text notice and nothing injected`, async () => {
      const q = new URLSearchParams({ ...params, ea: '1' });
      // (a '__proto__' key in an object literal would set its prototype, so it is appended here)
      q.append('__proto__', 'polluted');
      const app = await openLongUrl(`?${q.toString()}`);
      const p = app.page;
      try {
        await p.waitForTimeout(500);
        const s = await stateNumbers(p);
        // every number finite and inside its range (src/state/ranges.ts)
        expect(s.forceG).toBeGreaterThanOrEqual(0.1);
        expect(s.forceG).toBeLessThanOrEqual(10_000);
        expect(s.speed).toBeGreaterThanOrEqual(0.1);
        expect(s.speed).toBeLessThanOrEqual(10);
        // 'auto' (fitted to the subject: the default a garbage value falls back to) or a factor in range
        if (s.exaggeration !== 'auto') {
          expect(s.exaggeration).toBeGreaterThanOrEqual(1);
          expect(s.exaggeration).toBeLessThanOrEqual(1e9);
        }
        expect(Number.isInteger(s.step) && s.step >= 1 && s.step <= 8).toBe(true);
        expect(Number.isInteger(s.seed) && s.seed >= 0).toBe(true);
        expect(['adult', 'child', 'infant', 'rabbit']).toContain(s.subject);
        expect(['sim', 'scale', 'rhythm', 'downey', 'finder', 'sources']).toContain(s.view);

        // the problems are explained in a notice, as text, and the notice stays short
        const notice = p.locator('.notice').first();
        await expect(notice.isVisible()).resolves.toBe(true);
        const text = (await notice.textContent()) ?? '';
        expect(text.length).toBeLessThan(5000);
        expect(await injectionTraces(p)).toEqual({ scripts: 0, imgs: 0, pwned: undefined, polluted: 0 });
        for (const t of await readoutTexts(p)) expect(t).not.toMatch(BAD_NUMBER_TEXT);
        expect(app.pageErrors).toEqual([]);
        expect(app.consoleErrors).toEqual([]);
        expect((await readProbe(p)).errors).toEqual([]);
        expect(app.foreignRequests).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});

describe('hostile postMessage', () => {
  let host: Proxy;
  beforeAll(async () => {
    // The embedding page lives on another origin than the app (another port): origins really differ.
    host = await startProxy({
      target: inject('baseUrl'),
      pages: { '/host.html': '<!doctype html><title>host</title><link rel="icon" href="data:,"><body></body>' },
    });
  });
  afterAll(async () => {
    await host?.close();
  });

  /** Opens the host page with the app in an iframe; returns the host page and the app's frame. */
  async function embed(query: string) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await context.addInitScript(probeScript());
    await page.goto(`${host.origin}/host.html`);
    await page.evaluate(
      ({ src }) =>
        new Promise<void>((ok) => {
          (window as unknown as { __received: unknown[] }).__received = [];
          window.addEventListener('message', (e) => (window as unknown as { __received: unknown[] }).__received.push(e.data));
          const f = document.createElement('iframe');
          f.src = src;
          f.width = '900';
          f.height = '700';
          f.addEventListener('load', () => ok());
          document.body.append(f);
        }),
      { src: `${inject('baseUrl')}${query}` },
    );
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error('no app frame');
    await frame.waitForSelector('html[data-ready]', { timeout: 60_000 });
    const post = (msg: unknown) =>
      page.evaluate((m) => {
        // JSON.parse makes '__proto__' a real own key, as a structured clone from a hostile page would
        const data = typeof m === 'string' && m.startsWith('JSON:') ? JSON.parse(m.slice(5)) : m;
        document.querySelector('iframe')!.contentWindow!.postMessage(data, '*');
      }, msg);
    const state = () => frame.evaluate(() => window.__craniolab!.store.getState());
    return { page, frame, errors, post, state, close: () => context.close() };
  }

  const hostile: unknown[] = [
    'a string',
    42,
    null,
    [1, 2, 3],
    { protocol: 'other', version: 1, type: 'set', payload: { force: 100 } },
    { protocol: 'craniolab', version: 2, type: 'set', payload: { force: 100 } },
    { protocol: 'craniolab', version: '1', type: 'set', payload: { force: 100 } },
    { protocol: 'craniolab', version: 1, type: 'eval', payload: PWN },
    { protocol: 'craniolab', version: 1, type: 'set', payload: 'force=100' },
    { protocol: 'craniolab', version: 1, type: 'set', payload: { force: Number.NaN, speed: Number.POSITIVE_INFINITY, exaggeration: -1, step: 1e309 } },
    { protocol: 'craniolab', version: 1, type: 'set', payload: { subject: HTML_PAYLOADS[0], technique: HTML_PAYLOADS[1], view: { toString: 1 } } },
    { protocol: 'craniolab', version: 1, type: 'set', payload: { ea: true, fuzz: true, parentOrigin: 'https://evil.example' } },
    { protocol: 'craniolab', version: 1, type: 'set', payload: { force: 'x'.repeat(1_000_000) } },
    { protocol: 'craniolab', version: 1, type: 'get', payload: { keys: Array(10_000).fill('force') }, requestId: { a: 1 } },
    'JSON:{"protocol":"craniolab","version":1,"type":"set","payload":{"__proto__":{"polluted":1},"force":100}}',
    'JSON:{"__proto__":{"polluted":1},"protocol":"craniolab","version":1,"type":"reset"}',
    'JSON:{"protocol":"craniolab","version":1,"type":"setState","payload":{"constructor":{"prototype":{"polluted":1}}}}',
    `JSON:${'{"a":'.repeat(500)}1${'}'.repeat(500)}`,
  ];

  it('ignores every hostile message, then still obeys a valid one', async () => {
    const app = await embed('?ea');
    try {
      const before = await app.state();
      for (const m of hostile) {
        await app.post(m);
        // the bridge reports at most 10 errors a second (ERROR_LIMIT): pace so every code is heard
        await app.page.waitForTimeout(120);
      }
      // messages are delivered in order: a valid command after them proves they were all handled
      await app.post({ protocol: 'craniolab', version: 1, type: 'set', payload: { force: 100 }, requestId: 'last' });
      await app.frame.waitForFunction(() => window.__craniolab!.store.getState().forceG === 100, null, { timeout: 30_000, polling: 100 });
      const after = await app.state();
      // Garbage was not applied; the one finite out-of-range number (exaggeration -1) was clamped
      // into range, as a link's would be; nothing else moved.
      const { forceG: _f, exaggeration: ex, ...rest } = after;
      const { forceG: _f0, exaggeration: _e0, ...rest0 } = before;
      expect(rest).toEqual(rest0);
      expect(ex).toBeGreaterThanOrEqual(1);
      expect(ex).toBeLessThanOrEqual(1e9);
      expect(await injectionTraces(app.frame)).toEqual({ scripts: 0, imgs: 0, pwned: undefined, polluted: 0 });
      expect(await app.page.evaluate(() => Object.keys(Object.prototype).length)).toBe(0);
      // the host was told what was wrong (error events with codes), and got its reply
      const received = (await app.page.evaluate(() => (window as unknown as { __received: unknown[] }).__received)) as {
        type?: string;
        payload?: { code?: string };
        requestId?: unknown;
      }[];
      const codes = new Set(received.filter((r) => r.type === 'error').map((r) => r.payload?.code));
      for (const c of ['not-object', 'wrong-protocol', 'wrong-version', 'unknown-type', 'forbidden-key', 'too-large', 'not-settable']) {
        expect(codes, `error code ${c}`).toContain(c);
      }
      expect(received.some((r) => r.type === 'state' && r.requestId === 'last')).toBe(true);
      expect(app.errors).toEqual([]);
      expect((await readProbe(app.frame)).errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('with ?parentOrigin set, commands from any other origin are ignored', async () => {
    const app = await embed('?ea&parentOrigin=https://lms.example.edu');
    try {
      const before = await app.state();
      await app.post({ protocol: 'craniolab', version: 1, type: 'set', payload: { force: 100, subject: 'rabbit' } });
      await app.post({ protocol: 'craniolab', version: 1, type: 'pause' });
      // and a message from the app's own window (not its parent) is not a command either
      await app.frame.evaluate(() => window.postMessage({ protocol: 'craniolab', version: 1, type: 'set', payload: { force: 200 } }, '*'));
      await app.frame.waitForTimeout(1000);
      expect(await app.state()).toEqual(before);
      const received = (await app.page.evaluate(() => (window as unknown as { __received: unknown[] }).__received)) as unknown[];
      // nothing was sent to the wrong origin: the host (not lms.example.edu) hears nothing at all
      expect(received).toEqual([]);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('strict Content-Security-Policy and same-origin requests', () => {
  it('runs under the strict policy with no violation and no request to another origin', async () => {
    const proxy = await startProxy({ target: inject('baseUrl'), headers: { 'content-security-policy': STRICT_CSP } });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      await page.addInitScript(probeScript());
      // ?fuzz loads a lazy chunk and exercises exports (blob: downloads), dialogs, lecture and lil-gui
      await page.goto(`${proxy.origin}/?ea&fuzz&randomSeed=7`);
      await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
      await page.waitForFunction(() => '__craniolabFuzz' in window, null, { timeout: 30_000, polling: 200 });
      await page.waitForTimeout(6000);
      // the rest of the build too: the embed example page
      await page.goto(`${proxy.origin}/examples/embed.html`);
      await page.waitForTimeout(2000);
      const probe = await readProbe(page);
      expect(probe.csp).toEqual([]);
      expect(problems).toEqual([]);
      const foreign = requests.filter((u) => !u.startsWith(`${proxy.origin}/`) && !/^(data|blob|about):/.test(u));
      // the embed example frames the app from the same server; nothing else leaves
      expect(foreign).toEqual([]);
      expect(requests.length).toBeGreaterThan(3);
      expect(proxy.requests.length).toBeGreaterThan(3);
    } finally {
      await context.close();
      await proxy.close();
    }
  });
});
