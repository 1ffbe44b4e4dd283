// The SCORM 1.2 package against a real LMS runtime (issue 14). The zip is built once here
// (buildScormPackage, as `npm run build:scorm` does), its manifest is checked with the browser's
// XML parser, and it is unzipped and served beside a host page that installs scorm-again's SCORM
// 1.2 API as window.API and launches one SCO in a frame, as an LMS does. The host keeps what the
// runtime records (renderCMIToJSONString on every commit and finish) in localStorage and loads it
// into a fresh API on reload, so a relaunch resumes from cmi.suspend_data.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITIES, ACTIVITY_IDS } from '../../src/model/activities';
import { MASTERY_SCORE_PERCENT } from '../../src/state/activity-session';
import { buildScormPackage } from '../../scripts/build-scorm';
import { completeByKeyboard } from './activity-keys';
import { launchBrowser } from './browser';

const SCORM_AGAIN = createRequire(import.meta.url).resolve('scorm-again/scorm12/min');

// ?api=none: no LMS; ?api=throwing: every API function throws; otherwise scorm-again.
const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS host</title>
<script src="scorm12.min.js"></script>
<script>
  const q = new URLSearchParams(location.search);
  const mode = q.get('api');
  window.hostMessages = [];
  if (mode === 'throwing') {
    const boom = () => { throw new Error('LMS down'); };
    window.API = { LMSInitialize: boom, LMSFinish: boom, LMSGetValue: boom, LMSSetValue: boom, LMSCommit: boom, LMSGetLastError: boom };
  } else if (mode !== 'none') {
    window.API = new Scorm12API({ logLevel: 5, lmsCommitUrl: false });
    const saved = localStorage.getItem('cmi');
    // what the LMS knows from the manifest, and what it kept from the last attempt
    window.API.loadFromJSON(saved ? JSON.parse(saved).cmi : { student_data: { mastery_score: q.get('mastery') } }, 'cmi');
    const keep = (name) => () => {
      localStorage.setItem('events', (localStorage.getItem('events') || '') + name + ' ');
      localStorage.setItem('cmi', window.API.renderCMIToJSONString());
    };
    window.API.on('LMSCommit', keep('commit'));
    window.API.on('LMSFinish', keep('finish'));
  }
  addEventListener('message', (e) => {
    if (e.data && e.data.protocol === 'craniolab') window.hostMessages.push(e.data);
    // say something once, so the app knows whom to send events to
    if (e.data && e.data.type === 'ready') e.source.postMessage({ protocol: 'craniolab', version: 1, type: 'getState' }, location.origin);
  });
</script></head><body>
<iframe title="CranioLab activity" style="width:760px;height:560px" src="sco/index.html?activity=ACTIVITY"></iframe>
</body></html>`;

let browser: Browser;
let server: Server;
let base = '';
let dir = '';
let zipFiles: string[] = [];
let manifest = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'craniolab-scorm-e2e-'));
  const zipPath = await buildScormPackage(join(dir, 'craniolab-scorm12.zip'));
  const files = unzipSync(readFileSync(zipPath));
  zipFiles = Object.keys(files);
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'site/sco', name)), { recursive: true });
    writeFileSync(join(dir, 'site/sco', name), data);
  }
  manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  writeFileSync(join(dir, 'site/scorm12.min.js'), readFileSync(SCORM_AGAIN));
  for (const id of ACTIVITY_IDS) writeFileSync(join(dir, `site/host-${id}.html`), HOST_PAGE.replace('ACTIVITY', id));
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.xml': 'application/xml' };
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(dir, 'site', path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openHost(p: Page, id: string, query = ''): Promise<import('playwright-core').Frame> {
  await p.goto(`${base}/host-${id}.html?mastery=${MASTERY_SCORE_PERCENT}${query}`);
  const frame = p.frames().find((f) => f !== p.mainFrame())!;
  await frame.waitForSelector('.activity-host[aria-busy="false"] .activity', { timeout: 60_000 });
  return frame;
}

type Cmi = { suspend_data: string; core: { lesson_status: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } } };
const recorded = async (p: Page): Promise<Cmi> => (JSON.parse((await p.evaluate(() => localStorage.getItem('cmi'))) ?? '{}') as { cmi: Cmi }).cmi;

describe('SCORM 1.2 package', () => {
  it('imsmanifest.xml at the root is well-formed, its identifiers unique, every href in the zip, one SCO per activity', async () => {
    expect(zipFiles).toContain('imsmanifest.xml');
    const p = await browser.newPage();
    try {
      const m = await p.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const all = (tag: string) => [...doc.getElementsByTagNameNS('*', tag)];
        return {
          parseError: doc.getElementsByTagName('parsererror').length,
          root: doc.documentElement.localName,
          ids: [...doc.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier')),
          refs: all('item').map((e) => e.getAttribute('identifierref')),
          resources: all('resource').map((e) => ({
            id: e.getAttribute('identifier'),
            type: e.getAttributeNS('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scormtype'),
            href: e.getAttribute('href'),
          })),
          files: all('file').map((e) => e.getAttribute('href')),
          mastery: all('masteryscore').map((e) => e.textContent),
          schemaversion: all('schemaversion')[0]?.textContent,
          defaultOrg: all('organizations')[0]?.getAttribute('default'),
        };
      }, manifest);
      expect(m.parseError).toBe(0);
      expect(m.root).toBe('manifest');
      expect(m.schemaversion).toBe('1.2');
      expect(new Set(m.ids).size).toBe(m.ids.length);
      expect(m.ids).toContain(m.defaultOrg);
      for (const r of m.refs) expect(m.resources.map((x) => x.id)).toContain(r);
      expect(m.resources.map((r) => [r.type, r.href])).toEqual(ACTIVITY_IDS.map((id) => ['sco', `index.html?activity=${id}`]));
      for (const href of [...m.resources.map((r) => r.href!.split('?')[0]), ...m.files]) expect(zipFiles).toContain(href);
      expect(m.mastery).toEqual(ACTIVITY_IDS.map(() => String(MASTERY_SCORE_PERCENT)));
    } finally {
      await p.close();
    }
  });

  it('inside scorm-again: incomplete, progress in suspend_data, resume after reload, then score and passed; LMSFinish on leave; activityCompleted to the host', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    p.setDefaultTimeout(60_000);
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    try {
      const def = ACTIVITIES.nickel;
      let frame = await openHost(p, 'nickel');
      // choose the model's answer where it is a choice (the key's position, by arrow keys); leave sliders where they start
      const { activityModel, answersOf } = await import('../../src/model/activities');
      const answers = answersOf(def, activityModel());
      const plan = ({ index }: { index: number }) => {
        const q = def.items[index].question;
        return q.kind === 'estimate' ? 0 : q.choices.findIndex((c) => c.id === answers[index].key);
      };
      await completeByKeyboard(p, frame, plan, 0, 2);
      let cmi = await recorded(p);
      expect(cmi.core.lesson_status).toBe('incomplete');
      expect(cmi.core.exit).toBe('suspend');
      expect(JSON.parse(cmi.suspend_data)).toMatchObject({ a: 'nickel', c: [1, 1, 0, 0, 0, 0] });

      // leave and relaunch: LMSFinish was called, and the two checked items come back locked
      await p.reload();
      expect(await p.evaluate(() => localStorage.getItem('events'))).toMatch(/^(commit )+finish /);
      cmi = await recorded(p);
      expect(cmi.core.session_time).not.toBe('00:00:00');
      frame = p.frames().find((f) => f !== p.mainFrame())!;
      await frame.waitForSelector('.activity-host[aria-busy="false"] .activity', { timeout: 60_000 });
      const items = frame.locator('fieldset.activity-item');
      expect(await items.nth(0).locator('input:disabled').count()).toBe(await items.nth(0).locator('input').count());
      expect(await items.nth(1).locator('.activity-answer:not([hidden])').count()).toBe(1);
      expect(await items.nth(2).locator('input:enabled').count()).toBeGreaterThan(0);

      await completeByKeyboard(p, frame, plan, 2);
      await expect.poll(() => frame.locator('.activity [role="status"]').textContent()).toContain('Your score');
      cmi = await recorded(p);
      const right = def.items.filter((it) => it.question.kind !== 'estimate').length;
      const percent = Math.round((100 * right) / def.items.length);
      expect(cmi.core.score).toEqual({ raw: String(percent), min: '0', max: '100' });
      expect(cmi.core.lesson_status).toBe(percent >= MASTERY_SCORE_PERCENT ? 'passed' : 'failed');
      expect(JSON.parse(cmi.suspend_data).c).toEqual(def.items.map(() => 1));
      // the embedding page heard the result
      const done = await p.evaluate(() => (window as unknown as { hostMessages: { type: string; payload: unknown }[] }).hostMessages.filter((m) => m.type === 'activityCompleted'));
      expect(done).toHaveLength(1);
      expect(done[0].payload).toMatchObject({ activity: 'nickel', score: right, maxScore: def.items.length });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    // a busy 2-core machine renders the scene in software beside the keys: allow for it
  }, 300_000);

  // (without any LMS: tests/e2e/activity.test.ts; passed/failed against other mastery scores: tests/ui/scorm.test.ts)
  it('with an LMS API whose every function throws the activity works the same', async () => {
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    try {
      const frame = await openHost(p, 'downey', '&api=throwing');
      await completeByKeyboard(p, frame, () => 1);
      await expect.poll(() => frame.locator('.activity [role="status"]').textContent()).toContain(`of ${ACTIVITIES.downey.items.length}`);
      expect(errors).toEqual([]);
    } finally {
      await p.close();
    }
  }, 300_000);
});
