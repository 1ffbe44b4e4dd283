// Issue 5 in real Chromium: lecture navigation by keyboard and by URL, every URL option with a
// valid value and 30 malformed ones (each a visible notice and a default, never a crash or a
// console error), embed mode and the Embed dialog, the embed round trip with the example host
// page served by the preview server, and CSV/PNG export. `&ea=1` (the QA hook, non-public)
// lets a test read the app store directly instead of inferring state from pixels.
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AppState } from '../../src/state/app-state';
import { launchBrowser, openApp, pixelStats, pngStats, expectClean } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const state = (p: Page): Promise<AppState> =>
  p.evaluate(() => {
    const qa = (window as unknown as { __craniolab?: { store: { getState(): unknown } } }).__craniolab;
    if (!qa) throw new Error('QA hook missing: open the app with &ea=1');
    return qa.store.getState() as AppState;
  });
const title = (p: Page) => p.locator('.lecture-title').textContent();
const urlParam = (p: Page, key: string) => new URL(p.url()).searchParams.get(key);


describe('lecture mode', () => {
  it('opens the step the URL names and keeps the URL on the step as the keyboard moves', async () => {
    const app = await openApp(browser, '?lecture=1&step=3&ea=1');
    const p = app.page;
    try {
      expect(await title(p)).toBe('The scale');
      expect(await p.locator('.lecture-count').textContent()).toBe('Step 3 of 8');
      expect(await p.locator('.lecture-dot[aria-current="step"]').textContent()).toBe('3');
      // step 3 sets up the Scale view through the store
      expect((await state(p)).view).toBe('scale');

      await p.locator('body').click({ position: { x: 5, y: 5 } }); // focus on the page, not a control
      await p.keyboard.press('ArrowRight');
      expect(await title(p)).toBe('The claimed rhythm');
      await p.waitForFunction(() => new URL(location.href).searchParams.get('step') === '4', null, { timeout: 5000 });
      await p.keyboard.press('ArrowLeft');
      await p.keyboard.press('ArrowLeft');
      expect(await title(p)).toBe("A nickel's touch");
      await p.keyboard.press('Space');
      expect(await title(p)).toBe('The scale');
      await p.keyboard.press('Shift+Space');
      expect(await title(p)).toBe("A nickel's touch");
      await p.keyboard.press('PageDown'); // presentation clickers send Page Down/Up
      expect(await title(p)).toBe('The scale');
      await p.waitForFunction(() => new URL(location.href).searchParams.get('step') === '3', null, { timeout: 5000 });
      expect(urlParam(p, 'lecture')).toBe('1');
      // the ends of the lecture do not wrap
      for (let i = 0; i < 10; i++) await p.keyboard.press('ArrowRight');
      expect(await title(p)).toBe('Summary');
      expect(await p.locator('.lecture-next').isDisabled()).toBe(true);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('a reloaded lecture link keeps the values its URL names; moving on sets each step up in full', async () => {
    // the address bar recorded a change made during step 2 (force 500 g): a reload must keep it
    const app = await openApp(browser, '?lecture=1&step=2&force=500&ea=1', { width: 960, height: 600 });
    const p = app.page;
    try {
      expect(await title(p)).toBe("A nickel's touch");
      expect((await state(p)).forceG).toBe(500);
      expect(await p.locator('.lecture-caption').textContent()).toContain('500 g');
      await p.getByRole('button', { name: /^Next/ }).click();
      await p.getByRole('button', { name: /Previous/ }).click();
      // entering step 2 again applies its set-up: the nickel
      expect((await state(p)).forceG).toBe(5);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('leaves arrows to the control that has focus (slider, number field) and to the skull', async () => {
    const app = await openApp(browser, '?lecture=1&step=2&ea=1');
    const p = app.page;
    try {
      const slider = p.getByRole('slider', { name: 'Touch force' });
      await slider.focus();
      await p.keyboard.press('ArrowRight');
      expect(await title(p)).toBe("A nickel's touch");
      expect(await slider.getAttribute('aria-valuetext')).toBe('5.6 grams');
      const field = p.getByLabel('Exact force in grams');
      await field.focus();
      await p.keyboard.press('ArrowLeft');
      await p.keyboard.press('Space');
      expect(await title(p)).toBe("A nickel's touch");
      await p.locator('#scene canvas').focus();
      await p.keyboard.press('ArrowRight');
      expect((await state(p)).step).toBe(2);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('starts from the header button, shows captions with model numbers and units, and exits', async () => {
    const app = await openApp(browser, '?ea=1');
    const p = app.page;
    try {
      expect(await p.locator('.lecture-bar').isVisible()).toBe(false);
      await p.getByRole('button', { name: 'Lecture' }).click();
      // lecture mode's code is a lazy chunk: the bar opens once it has loaded (at once if prefetched)
      await p.locator('.lecture-bar').waitFor({ state: 'visible' });
      expect(await p.locator('.lecture-bar').isVisible()).toBe(true);
      expect(await title(p)).toBe('The anatomy');
      await p.getByRole('button', { name: 'Step 2: A nickel\'s touch' }).click();
      const caption = (await p.locator('.lecture-caption').textContent()) ?? '';
      expect(caption).toMatch(/nm|µm/);
      expect(caption).toMatch(/mmHg/);
      expect(caption).not.toMatch(/NaN|Infinity|undefined/);
      // the caption follows the force on screen (it is recomputed from the model)
      await p.getByRole('slider', { name: 'Touch force' }).focus();
      await p.keyboard.press('PageUp');
      await p.waitForFunction((before) => document.querySelector('.lecture-caption')?.textContent !== before, caption, { timeout: 5000 });
      expect(await p.locator('.lecture-caption').textContent()).toContain('16 g');
      // large type: the root font grows in lecture mode
      const rootPx = await p.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(rootPx).toBeGreaterThanOrEqual(18);
      // fullscreen through the Fullscreen API, from a real click (browsers require a gesture)
      await p.getByRole('button', { name: 'Fullscreen' }).click();
      await p.waitForFunction(() => document.fullscreenElement === document.documentElement, null, { timeout: 5000 });
      await p.getByRole('button', { name: 'Leave fullscreen' }).click();
      await p.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 5000 });
      await p.getByRole('button', { name: 'Exit lecture' }).click();
      expect(await p.locator('.lecture-bar').isVisible()).toBe(false);
      expect((await state(p)).lecture).toBe(false);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('in the projector profile at 1920x1080: large, high-contrast caption, no overlap, no motion', async () => {
    const app = await openApp(browser, '?lecture=1&step=2&colorProfile=projector&ea=1', { width: 1920, height: 1080 });
    const p = app.page;
    try {
      await p.waitForTimeout(800);
      await app.screenshot('lecture-step2-projector-1920x1080');
      const m = await p.evaluate(() => {
        const cap = document.querySelector('.lecture-caption')!;
        const cs = getComputedStyle(cap);
        const bar = document.querySelector('.lecture-bar')!.getBoundingClientRect();
        const scene = document.getElementById('scene')!.getBoundingClientRect();
        const nav = document.querySelector('.lecture-nav')!.getBoundingClientRect();
        const head = document.querySelector('.lecture-head')!.getBoundingClientRect();
        const capBox = cap.getBoundingClientRect();
        const animated = [...document.querySelectorAll('.lecture-bar, .lecture-bar *')].filter((el) => {
          const s = getComputedStyle(el);
          return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0;
        }).length;
        return {
          fontPx: parseFloat(cs.fontSize),
          color: cs.color,
          bg: getComputedStyle(document.querySelector('.lecture-bar')!).backgroundColor,
          barBottom: bar.bottom,
          sceneTop: scene.top,
          captionBelowNav: capBox.top >= Math.max(nav.bottom, head.bottom) - 1,
          animated,
          profile: document.documentElement.dataset.colorProfile,
        };
      });
      expect(m.profile).toBe('projector');
      // ~26 px caption text on a 1920 px projector: readable from the back of a hall
      expect(m.fontPx).toBeGreaterThanOrEqual(24);
      // dark text on a light bar (WCAG contrast well above 7:1 for these two colours)
      const lum = (rgb: string) => {
        const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [hi, lo] = [lum(m.bg), lum(m.color)].sort((a, b) => b - a);
      expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThan(7);
      expect(m.barBottom).toBeLessThanOrEqual(m.sceneTop + 1);
      expect(m.captionBelowNav).toBe(true);
      // lecture mode has no animated transitions at all (so reduced motion is respected too)
      expect(m.animated).toBe(0);
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});

// Options are tested in a few loads, each URL holding many distinct keys (a key given twice is
// itself a warning), at a small viewport: on 2 cores, software WebGL dominates a page load.
const SMALL = { width: 640, height: 400 };

/** Every option once with a valid value, in three URLs (lecture and embed change what is shown). */
const VALID: Array<{ q: string; check: (s: AppState, p: Page) => Promise<void> | void }> = [
  {
    q:
      'subject=infant&technique=cv4&force=50&view=rhythm&step=6&colorProfile=projector&parentOrigin=https://lms.example.edu' +
      '&speed=0.25&exaggeration=1000&trueScale=1&cutaway=true&paused&randomSeed=42&fuzz=0&ea=1',
    check: async (s, p) => {
      expect(s).toMatchObject({
        subject: 'infant',
        technique: 'cv4',
        forceG: 50,
        view: 'rhythm',
        step: 6,
        colorProfile: 'projector',
        speed: 0.25,
        exaggeration: 1000,
        trueScale: true,
        cutaway: true,
        playing: false,
        seed: 42,
        lecture: false,
        embed: false,
      });
      expect(await p.evaluate(() => document.documentElement.dataset.colorProfile)).toBe('projector');
      // parentOrigin is a page option (not in the store): it stays in the address bar with the state
      await p.evaluate(() => window.__craniolab!.store.setState({ forceG: 60 }));
      await p.waitForFunction(() => new URL(location.href).searchParams.get('force') === '60', null, { timeout: 5000 });
      expect(urlParam(p, 'parentOrigin')).toBe('https://lms.example.edu');
    },
  },
  {
    q: 'lecture=1&step=6&ea=1',
    check: async (s, p) => {
      expect([s.lecture, s.step, s.subject]).toEqual([true, 6, 'rabbit']);
      expect(await title(p)).toBe('The 2006 replay');
    },
  },
  {
    q: 'embed=1&controls=force&ea=1',
    check: async (s, p) => {
      expect(s.embed).toBe(true);
      expect(await p.locator('.app-header').isVisible()).toBe(false);
      expect(await p.getByRole('slider', { name: 'Touch force' }).isVisible()).toBe(true);
      expect(await p.locator('#panel').getByLabel('Subject').isVisible()).toBe(false);
    },
  },
];

/**
 * Malformed values, grouped into URLs of distinct keys. Each must show its own notice line and
 * leave the default (or, for a finite number out of range, the nearest end of the range):
 * `want` is the resulting state.
 */
const MALFORMED: Array<Array<{ q: string; notice: RegExp; want: Partial<AppState> }>> = [
  [
    { q: 'force=abc', notice: /force=abc is not a number; using the default 5 g/, want: { forceG: 5 } },
    { q: 'subject=cat', notice: /subject=cat is not one of adult, child, infant, rabbit/, want: { subject: 'adult' } },
    { q: 'technique=headbutt', notice: /technique=headbutt is not one of/, want: { technique: 'vault-hold' } },
    { q: 'view=moon', notice: /view=moon is not one of/, want: { view: 'sim' } },
    { q: 'lecture=maybe', notice: /lecture=maybe is not a flag/, want: { lecture: false } },
    { q: 'step=0', notice: /step=0 is below the minimum 1/, want: { step: 1 } },
    { q: 'colorProfile=neon', notice: /colorProfile=neon is not one of/, want: { colorProfile: 'default' } },
    { q: 'embed=yes', notice: /embed=yes is not a flag/, want: { embed: false } },
    { q: 'controls=wings', notice: /controls: wings not known/, want: {} },
    { q: 'parentOrigin=javascript:alert(1)', notice: /parentOrigin=javascript:alert\(1\) is not an origin/, want: {} },
    { q: 'speed=50', notice: /speed=50 is above the maximum 10x; using 10x/, want: { speed: 10 } },
    { q: 'exaggeration=0', notice: /exaggeration=0 is below the minimum 1x/, want: { exaggeration: 1 } },
    { q: 'trueScale=2', notice: /trueScale=2 is not a flag/, want: { trueScale: false } },
    { q: 'cutaway=on', notice: /cutaway=on is not a flag/, want: { cutaway: false } },
    { q: 'paused=%00', notice: /paused=\s+is not a flag/, want: { playing: true } },
    { q: 'randomSeed=-1', notice: /randomSeed=-1 is below the minimum 0/, want: { seed: 0 } },
    { q: 'Force=50', notice: /Unknown option "Force" ignored \(did you mean force\?\)/, want: {} },
    { q: '__proto__=1', notice: /Unknown option "__proto__" ignored/, want: {} },
  ],
  [
    { q: 'force=-3', notice: /force=-3 is below the minimum 0.1 g; using 0.1 g/, want: { forceG: 0.1 } },
    { q: `subject=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, notice: /subject=<img src=x onerror=alert\(1\)> is not one of/, want: { subject: 'adult' } },
    { q: 'step=2.5', notice: /step=2.5 is not a whole number/, want: { step: 1 } },
    { q: 'parentOrigin=https://lms.example.edu/course/7', notice: /parentOrigin=https:\/\/lms.example.edu\/course\/7 is not an origin/, want: {} },
    { q: 'randomSeed=1.5', notice: /randomSeed=1.5 is not a whole number/, want: { seed: 1 } },
    { q: 'technique=', notice: /technique= is not one of/, want: { technique: 'vault-hold' } },
  ],
  [
    { q: 'force=1e309', notice: /force=1e309 is not a finite number/, want: { forceG: 5 } },
    { q: 'step=99', notice: /step=99 is above the maximum 8; using 8/, want: { step: 8 } },
    { q: 'speed=fast', notice: /speed=fast is not a number/, want: { speed: 1 } },
  ],
  [{ q: 'force=0x10', notice: /force=0x10 is not a number/, want: { forceG: 5 } }],
  [{ q: 'force=5&force=6', notice: /force is given 2 times; using the default 5 g/, want: { forceG: 5 } }],
  [{ q: `force=${'9'.repeat(5000)}`, notice: /force=9{40}… is not a finite number/, want: { forceG: 5 } }],
];

describe('URL options', () => {
  it('accepts every option with a valid value: no notice, the state it names', async () => {
    for (const { q, check } of VALID) {
      const app = await openApp(browser, `?${q}`, SMALL);
      try {
        expect(await app.page.locator('.notice').count(), q).toBe(0);
        await check(await state(app.page), app.page);
        expectClean(app);
      } finally {
        await app.close();
      }
    }
  });

  const count = MALFORMED.flat().length;
  it(`answers ${count} malformed values, each with a visible notice line and the default, never a crash`, async () => {
    expect(count).toBeGreaterThanOrEqual(20);
    for (const batch of MALFORMED) {
      const q = `?${batch.map((b) => b.q).join('&')}&ea=1`;
      const app = await openApp(browser, q, SMALL);
      const p = app.page;
      try {
        const box = p.locator('.notice');
        expect(await box.isVisible(), q).toBe(true);
        const lines = await box.locator('li').allTextContents();
        // one line per bad value: nothing is folded away or lost
        expect(lines.length, lines.join('\n')).toBe(batch.length);
        for (const b of batch) expect(lines.some((l) => b.notice.test(l)), `${b.q}\n${lines.join('\n')}`).toBe(true);
        // warnings are text, never markup
        expect(await p.locator('.notice img, .notice script').count(), q).toBe(0);
        const s = await state(p);
        for (const b of batch) {
          for (const [k, v] of Object.entries(b.want)) expect(s[k as keyof AppState], `${b.q}: ${k}`).toBe(v);
        }
        // the page keeps running: no NaN anywhere a number is shown
        expect(await p.locator('[data-readout]').allTextContents(), q).not.toContainEqual(expect.stringMatching(/NaN|Infinity/));
        expectClean(app);
      } finally {
        await app.close();
      }
    }
  });
});

describe('embed mode', () => {
  it('at 800x500 keeps the scene, the readouts and only the controls named in ?controls=', async () => {
    const app = await openApp(browser, '?embed=1&controls=force,subject,technique&ea=1', { width: 800, height: 500 });
    const p = app.page;
    try {
      await p.waitForTimeout(800);
      await app.screenshot('embed-800x500');
      // the instructor's details load when the page is idle (src/ui/app-ui.ts): hidden once there
      await p.locator('.details-gui').waitFor({ state: 'attached' });
      for (const hidden of ['.app-header', '.charts', '.view-tabs', '.details-gui', '.page-actions']) {
        const n = await p.locator(hidden).count();
        if (n > 0) expect(await p.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      expect(await p.getByRole('slider', { name: 'Touch force' }).isVisible()).toBe(true);
      expect(await p.locator('#panel').getByLabel('Subject').isVisible()).toBe(true);
      expect(await p.locator('#panel').getByLabel('Technique').isVisible()).toBe(true);
      expect(await p.getByRole('button', { name: 'Reset All' }).isVisible()).toBe(false);
      expect(await p.getByRole('button', { name: /simulation/ }).isVisible()).toBe(false);
      expect(await p.locator('[data-readout="bone"]').isVisible()).toBe(true);
      const box = await p.locator('#scene').boundingBox();
      // the scene gets most of the frame: more than half its width, its full height
      expect(box!.width).toBeGreaterThan(400);
      expect(box!.height).toBeGreaterThan(450);
      expect(await p.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      const stats = await pixelStats(p, '#scene canvas');
      expect(stats.distinct).toBeGreaterThan(50);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('adds native cutaway and exaggeration controls when they are asked for', async () => {
    const app = await openApp(browser, '?embed=1&controls=cutaway,exaggeration&ea=1', { width: 800, height: 500 });
    const p = app.page;
    try {
      await p.getByLabel('Cutaway (CSF)').check();
      expect((await state(p)).cutaway).toBe(true);
      await p.getByLabel('Motion shown').selectOption('1000');
      expect((await state(p)).exaggeration).toBe(1000);
      expect(await p.getByRole('slider', { name: 'Touch force' }).isVisible()).toBe(false);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('the Embed dialog is modal, keeps focus inside, gives a working snippet and returns focus', async () => {
    const app = await openApp(browser, '?subject=rabbit&force=20&ea=1');
    const p = app.page;
    try {
      const opener = p.getByRole('button', { name: 'Embed' });
      await opener.click();
      const dialog = p.getByRole('dialog', { name: 'Embed this simulation' });
      // the dialog's code is a lazy chunk: it opens once that has loaded (at once if prefetched)
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.isVisible()).toBe(true);
      // Tab 20 times: focus never leaves the dialog (showModal makes the page inert)
      for (let i = 0; i < 20; i++) {
        await p.keyboard.press('Tab');
        expect(await p.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
      }
      const code = p.locator('.embed-code');
      let snippet = await code.inputValue();
      expect(snippet).toMatch(/^<iframe src="[^"]+" width="800" height="500" title="[^"]+"/);
      const src = new URL(snippet.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&'));
      expect(src.searchParams.get('embed')).toBe('1');
      expect(src.searchParams.get('subject')).toBe('rabbit');
      expect(src.searchParams.get('force')).toBe('20');
      expect(src.searchParams.has('ea')).toBe(false); // QA flags never go into shared links
      await p.getByRole('checkbox', { name: 'Speed' }).uncheck();
      snippet = await code.inputValue();
      expect(snippet).toContain('controls=force,subject,technique,play,exaggeration,reset,cutaway');

      // the snippet works: opened, it shows embed mode with the chosen state
      const embedded = await openApp(browser, `${src.search}&ea=1`, { width: 800, height: 500 });
      try {
        expect(await embedded.page.locator('.notice').count()).toBe(0);
        const s = await state(embedded.page);
        expect([s.embed, s.subject, s.forceG]).toEqual([true, 'rabbit', 20]);
        expectClean(embedded);
      } finally {
        await embedded.close();
      }

      await p.keyboard.press('Escape');
      expect(await dialog.isVisible()).toBe(false);
      expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Embed');
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});

describe('embed API round trip', () => {
  it('the example host page sets the force by postMessage and receives stateChanged with it', async () => {
    const base = inject('baseUrl');
    // nothing may block framing: no X-Frame-Options, no frame-ancestors
    const res = await fetch(base);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('content-security-policy') ?? '').not.toMatch(/frame-ancestors/);
    expect(await res.text()).not.toMatch(/frame-ancestors|X-Frame-Options/i);

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    p.on('pageerror', (e) => errors.push(String(e)));
    try {
      await p.goto(`${base}examples/embed.html`);
      await p.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('ready'), null, { timeout: 30_000 });
      await p.fill('#force', '37');
      await p.click('#set-force');
      await p.waitForFunction(() => document.getElementById('reported-force')?.textContent === '37 g', null, { timeout: 10_000 });
      const log = await p.locator('#log li').allTextContents();
      const changed = log.find((l) => l.startsWith('← stateChanged'));
      expect(changed, log.join('\n')).toBeDefined();
      expect(JSON.parse(changed!.replace(/^← stateChanged /, '')).force).toBe(37);
      // the embedded app really changed: its own slider says so
      const frame = p.frameLocator('#craniolab');
      expect(await frame.getByRole('slider', { name: 'Touch force' }).getAttribute('aria-valuetext')).toBe('37 grams');
      // a bad value comes back as an error event, and the app keeps its force
      await p.fill('#force', '-1');
      await p.click('#set-force');
      await p.waitForFunction(() => /invalid-value/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 10_000 });
      expect(await frame.getByRole('slider', { name: 'Touch force' }).getAttribute('aria-valuetext')).toBe('0.1 grams');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('export', () => {
  it('downloads the charted series as CSV with units in the header', async () => {
    const app = await openApp(browser, '?ea=1');
    const p = app.page;
    try {
      // two seconds of model time sampled at 50 Hz, whatever the frame rate (?ea step hook)
      await p.evaluate(() => (window as unknown as { __craniolab: { step(s: number): void } }).__craniolab.step(2));
      const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download CSV' }).click()]);
      expect(download.suggestedFilename()).toBe('craniolab-adult-vault-hold-5g.csv');
      expect(download.url()).toMatch(/^blob:http:\/\/127\.0\.0\.1/);
      const text = readFileSync((await download.path())!, 'utf8');
      const lines = text.trimEnd().split('\r\n');
      // named units (issue 15 finding 3): the bone's motion in nm, as the readouts show it
      expect(lines[0]).toBe('time_s,icp_mmHg,right_parietal_bone_displacement_nm');
      expect(lines.length).toBeGreaterThan(20);
      const [t, icp, disp] = lines[lines.length - 1].split(',').map(Number);
      // adult ICP near its 10 mmHg rest, bone motion far below a micrometre (1000 nm)
      expect(icp).toBeGreaterThan(5);
      expect(icp).toBeLessThan(15);
      expect(Math.abs(disp)).toBeLessThan(1000);
      expect(t).toBeGreaterThan(0);
      expectClean(app);
    } finally {
      await app.close();
    }
  });

  it('saves scene plus charts as one PNG for slides, not blank', async () => {
    const app = await openApp(browser, '?ea=1');
    const p = app.page;
    try {
      await p.waitForTimeout(1000);
      const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Save PNG' }).click()]);
      expect(download.suggestedFilename()).toBe('craniolab-adult-vault-hold-5g.png');
      const png = readFileSync((await download.path())!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // the scene part: the top half (the scene is drawn first, full width)
      const stats = await pngStats(p, png, 0.5);
      const info = { width: stats.width, height: stats.height, sceneColours: stats.distinct };
      expect(info.width).toBe(1920);
      expect(info.height).toBeGreaterThan(900);
      // a blank (preserveDrawingBuffer-less, read too late) WebGL canvas would give 1-2 colours
      expect(info.sceneColours).toBeGreaterThan(50);
      expectClean(app);
    } finally {
      await app.close();
    }
  });
});
