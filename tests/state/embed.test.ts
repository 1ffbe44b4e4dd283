// The embed API: a host page must be able to drive the simulation through the documented
// messages, and nothing else may: wrong origins, malformed or hostile messages are ignored and
// reported, events never go to '*' once the host is known, and a flood cannot flood back.

import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n/index';
import {
  COMMAND_TYPES,
  ERROR_LIMIT,
  ERROR_WINDOW_MS,
  EmbedBridge,
  MAX_MESSAGE_CHARS,
  STATE_CHANGED_THROTTLE_MS,
  validateMessage,
  windowEmbedHost,
  type EmbedErrorCode,
  type EmbedEvent,
  type EmbedHost,
  type MessageLike,
} from '../../src/state/embed';
import { createAppStore, setField, type AppStore } from '../../src/state/store';
import { parseUrlOptions } from '../../src/state/url-options';
import { STATE_OPTION_NAMES } from '../../src/state/url-schema';

const HOST = 'https://lms.example.edu';
const EVIL = 'https://evil.example';

const cmd = (type: string, payload?: unknown, extra: Record<string, unknown> = {}) => ({
  protocol: 'craniolab',
  version: 1,
  type,
  ...(payload === undefined ? {} : { payload }),
  ...extra,
});

/** A fake window: records posts, delivers messages, and runs timers on a manual clock. */
class FakeHost implements EmbedHost {
  listeners = new Set<(ev: MessageLike) => void>();
  posts: { msg: EmbedEvent; target: string }[] = [];
  t = 0;
  timers: { at: number; fn: () => void; id: number }[] = [];
  nextId = 1;
  parent = { name: 'parent' };
  addEventListener(_: 'message', l: (ev: MessageLike) => void) {
    this.listeners.add(l);
  }
  removeEventListener(_: 'message', l: (ev: MessageLike) => void) {
    this.listeners.delete(l);
  }
  postToParent(msg: EmbedEvent, target: string) {
    // what window.postMessage does: a structured clone, so later mutation cannot leak
    this.posts.push({ msg: structuredClone(msg), target });
  }
  isFromParent = (source: unknown) => source === this.parent;
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.timers = this.timers.filter((x) => x.id !== id);
  };
  advance(ms: number) {
    const end = this.t + ms;
    for (;;) {
      const due = this.timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.t = due.at;
      this.timers = this.timers.filter((x) => x !== due);
      due.fn();
    }
    this.t = end;
  }
  send(data: unknown, origin = HOST, source: unknown = this.parent) {
    for (const l of [...this.listeners]) l({ data, origin, source });
  }
  of(type: string) {
    return this.posts.filter((p) => p.msg.type === type);
  }
}

function setup(parentOrigin: string | null = HOST, store: AppStore = createAppStore()) {
  const host = new FakeHost();
  const bridge = new EmbedBridge(store, host, { parentOrigin });
  return { host, bridge, store };
}

describe('validateMessage: each malformed kind is refused with its own code', () => {
  const cyclic: Record<string, unknown> = cmd('set', { force: 10 });
  cyclic.self = cyclic;
  let deep: unknown = 1;
  for (let i = 0; i < 12; i++) deep = { d: deep };

  const cases: [label: string, data: unknown, origin: string, expected: string | null, code: EmbedErrorCode][] = [
    ['other origin', cmd('play'), EVIL, HOST, 'wrong-origin'],
    ['lookalike origin', cmd('play'), 'https://lms.example.edu.evil.example', HOST, 'wrong-origin'],
    ['opaque origin (file://, sandbox)', cmd('play'), 'null', null, 'opaque-origin'],
    ['a string', 'play', HOST, HOST, 'not-object'],
    ['a number', 42, HOST, HOST, 'not-object'],
    ['null', null, HOST, HOST, 'not-object'],
    ['a list', [cmd('play')], HOST, HOST, 'not-object'],
    ['a Date', new Date(0), HOST, HOST, 'not-object'],
    ['over 64 KB', cmd('set', { subject: 'x'.repeat(MAX_MESSAGE_CHARS) }), HOST, HOST, 'too-large'],
    ['nested 12 deep', cmd('set', { force: deep }), HOST, HOST, 'too-large'],
    ['cyclic', cyclic, HOST, HOST, 'malformed'],
    ['BigInt', cmd('set', { force: 10n }), HOST, HOST, 'malformed'],
    // JSON.parse makes "__proto__" an own key, as structured clone does
    ['__proto__ key', JSON.parse('{"protocol":"craniolab","version":1,"type":"set","payload":{"__proto__":{"polluted":1}}}'), HOST, HOST, 'forbidden-key'],
    ['constructor key', cmd('set', { constructor: { prototype: 1 } }), HOST, HOST, 'forbidden-key'],
    ['wrong protocol', { ...cmd('play'), protocol: 'phet' }, HOST, HOST, 'wrong-protocol'],
    ['no protocol', { version: 1, type: 'play' }, HOST, HOST, 'wrong-protocol'],
    ['version as text', { ...cmd('play'), version: '1' }, HOST, HOST, 'wrong-version'],
    ['future version', { ...cmd('play'), version: 2 }, HOST, HOST, 'wrong-version'],
    ['unknown command', cmd('eval', 'alert(1)'), HOST, HOST, 'unknown-type'],
    ['command not a string', { ...cmd('play'), type: 7 }, HOST, HOST, 'unknown-type'],
    ['set without payload', cmd('set'), HOST, HOST, 'bad-payload'],
    ['set with a list', cmd('set', [10]), HOST, HOST, 'bad-payload'],
    ['set unknown option', cmd('set', { colour: 'red' }), HOST, HOST, 'unknown-key'],
    ['set the parent origin', cmd('set', { parentOrigin: EVIL }), HOST, HOST, 'not-settable'],
    ['get keys not a list', cmd('get', { keys: 'force' }), HOST, HOST, 'bad-payload'],
    ['get an unknown key', cmd('get', { keys: ['force', 'secret'] }), HOST, HOST, 'unknown-key'],
    ['requestId an object', cmd('play', undefined, { requestId: { a: 1 } }), HOST, HOST, 'bad-request-id'],
    ['requestId too long', cmd('play', undefined, { requestId: 'r'.repeat(65) }), HOST, HOST, 'bad-request-id'],
  ];

  it.each(cases)('%s -> refused', (_label, data, origin, expected, code) => {
    const v = validateMessage(data, origin, expected);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.code).toBe(code);
      expect(v.message.length).toBeGreaterThan(10);
      expect(v.message.length).toBeLessThan(400); // never echoes a 64 KB payload back
    }
  });

  it('valid commands parse, carry their requestId, and get deduplicates keys', () => {
    expect(validateMessage(cmd('set', { force: 10, subject: 'rabbit' }, { requestId: 'a1' }), HOST, HOST)).toEqual({
      ok: true,
      command: { type: 'set', payload: { force: 10, subject: 'rabbit' }, requestId: 'a1' },
    });
    expect(validateMessage(cmd('get'), HOST, HOST)).toEqual({ ok: true, command: { type: 'get', keys: null } });
    expect(validateMessage(cmd('get', { keys: ['force', 'force', 'subject'] }), HOST, HOST)).toEqual({
      ok: true,
      command: { type: 'get', keys: ['force', 'subject'] },
    });
    for (const t of ['getState', 'reset', 'play', 'pause']) expect(validateMessage(cmd(t), HOST, null).ok).toBe(true);
  });

  it('an error after the protocol check keeps the requestId so the host can match it', () => {
    const v = validateMessage(cmd('eval', undefined, { requestId: 9 }), HOST, HOST);
    expect(v).toMatchObject({ ok: false, code: 'unknown-type', requestId: 9 });
  });
});

describe('EmbedBridge commands', () => {
  it('announces ready to the fixed parent origin, with the protocol description and no state', () => {
    const { host } = setup(HOST);
    expect(host.posts).toHaveLength(1);
    expect(host.posts[0].target).toBe(HOST);
    expect(host.posts[0].msg).toMatchObject({ protocol: 'craniolab', version: 1, type: 'ready' });
    expect(host.posts[0].msg.payload).toMatchObject({ commands: COMMAND_TYPES, stateKeys: STATE_OPTION_NAMES });
    expect(host.posts[0].msg.payload).not.toHaveProperty('force');
  });

  it('without parentOrigin, ready goes to "*" (the only such message)', () => {
    const { host } = setup(null);
    expect(host.posts.map((p) => p.target)).toEqual(['*']);
  });

  it('set { force: 10, subject: "rabbit" } changes the store, in grams (the example in issue 5)', () => {
    const { host, store } = setup();
    host.send(cmd('set', { force: 10, subject: 'rabbit' }));
    expect(store.getState()).toMatchObject({ forceG: 10, subject: 'rabbit' });
    expect(host.of('error')).toEqual([]);
  });

  it('set with a requestId gets one `state` reply carrying it, values in URL names and units', () => {
    const { host } = setup();
    host.send(cmd('set', { force: 20, paused: true }, { requestId: 'r1' }));
    const replies = host.of('state');
    expect(replies).toHaveLength(1);
    expect(replies[0].msg).toMatchObject({ requestId: 'r1', payload: { force: 20, paused: true } });
  });

  it('set: garbage keeps the current value, out of range is clamped; both reported, the rest applied', () => {
    const { host, store } = setup();
    host.send(cmd('set', { force: 'abc', speed: 50, subject: 'infant' }, { requestId: 2 }));
    expect(store.getState()).toMatchObject({ forceG: 5, speed: 10, subject: 'infant' });
    const errs = host.of('error');
    expect(errs).toHaveLength(1);
    expect(errs[0].msg).toMatchObject({ requestId: 2, payload: { code: 'invalid-value' } });
    expect(errs[0].msg.payload).toMatchObject({
      message: 'force=abc is not a number; using 5 g; speed=50 is above the maximum 10x; using 10x',
    });
  });

  it('setState is Reset All plus the given keys: omitted options return to the page\'s starting state', () => {
    // an embedded page (embed=1 in its URL) must stay embedded when the host omits `embed`
    const store = createAppStore(parseUrlOptions('embed=1&speed=2').state);
    const { host } = setup(HOST, store);
    setField(store, 'speed', 3);
    host.send(cmd('set', { cutaway: true }));
    host.send(cmd('setState', { subject: 'rabbit', technique: 'downey-distraction', force: 500, view: 'downey' }));
    expect(store.getState()).toMatchObject({
      subject: 'rabbit',
      technique: 'downey-distraction',
      forceG: 500,
      view: 'downey',
      speed: 2, // from the URL, not the schema default 1 nor the later 3
      embed: true,
      cutaway: false,
    });
  });

  it('setState with a garbage value uses the starting value for it and says so', () => {
    const { host, store } = setup();
    setField(store, 'forceG', 50);
    host.send(cmd('setState', { force: 'lots', subject: 'child' }));
    expect(store.getState()).toMatchObject({ forceG: 5, subject: 'child' });
    expect(host.of('error')[0].msg.payload).toMatchObject({ code: 'invalid-value', message: 'force=lots is not a number; using 5 g' });
  });

  it("error messages are for the host's developer: English on a German page", async () => {
    await setLocale('de');
    try {
      const { host } = setup();
      host.send(cmd('set', { force: 0.05, locale: 'fr' }));
      const { code, message } = host.of('error')[0].msg.payload as { code: string; message: string };
      expect(code).toBe('invalid-value');
      // the page's German notice says "liegt unter dem Minimum"; the host's developer reads the documented English
      expect(message).toBe('force=0.05 is below the minimum 0.1 g; using 0.1 g; locale=fr is not one of en, de, es; using en');
    } finally {
      await setLocale('en');
    }
  });

  it('get returns exactly the keys asked for; getState returns all 14 state options', () => {
    const { host } = setup();
    host.send(cmd('get', { keys: ['force', 'subject'] }, { requestId: 'g' }));
    host.send(cmd('getState'));
    const [a, b] = host.of('state');
    expect(a.msg).toEqual({ protocol: 'craniolab', version: 1, type: 'state', payload: { force: 5, subject: 'adult' }, requestId: 'g' });
    expect(Object.keys(b.msg.payload).sort()).toEqual([...STATE_OPTION_NAMES].sort());
    expect(b.msg).not.toHaveProperty('requestId');
  });

  it('reset is Reset All (factory set-up, still embedded); play and pause toggle playing', () => {
    const store = createAppStore(parseUrlOptions('subject=rabbit&force=20&embed=1').state);
    const { host } = setup(HOST, store);
    host.send(cmd('set', { force: 500, subject: 'adult' }));
    host.send(cmd('pause'));
    expect(store.getState().playing).toBe(false);
    host.send(cmd('reset'));
    expect(store.getState()).toMatchObject({ subject: 'adult', forceG: 5, playing: true, embed: true });
    host.send(cmd('pause'));
    host.send(cmd('play'));
    expect(store.getState().playing).toBe(true);
  });
});

describe('EmbedBridge hostile input', () => {
  it('a command from another origin changes nothing and is reported to the real host only', () => {
    const { host, store } = setup(HOST);
    host.send(cmd('set', { force: 9999 }), EVIL);
    expect(store.getState().forceG).toBe(5);
    const errs = host.of('error');
    expect(errs).toHaveLength(1);
    expect(errs[0].target).toBe(HOST);
    expect(errs[0].msg.payload).toMatchObject({ code: 'wrong-origin' });
  });

  it.each([
    ['wrong protocol', { ...cmd('set', { force: 50 }), protocol: 'other' }],
    ['wrong version', { ...cmd('set', { force: 50 }), version: 99 }],
    ['wrong payload type', cmd('set', 'force=50')],
    ['wrong value type', cmd('set', { force: [50] })],
    ['huge payload', cmd('set', { force: 50, junk: 'x'.repeat(70_000) })],
    ['__proto__ key', JSON.parse('{"protocol":"craniolab","version":1,"type":"set","payload":{"force":50,"__proto__":{"forceG":50}}}')],
    ['non-object', 'set force 50'],
  ])('%s: ignored (store unchanged) and reported as an error event', (_label, data) => {
    const { host, store } = setup();
    host.send(data);
    expect(store.getState().forceG).toBe(5);
    expect(host.of('error')).toHaveLength(1);
    expect(({} as Record<string, unknown>).forceG).toBeUndefined(); // no prototype pollution
  });

  it('messages not from the parent window (extensions, sibling frames) are ignored silently', () => {
    const { host, store } = setup();
    host.send(cmd('set', { force: 50 }), HOST, { name: 'sibling' });
    expect(store.getState().forceG).toBe(5);
    expect(host.posts).toHaveLength(1); // just ready
  });

  it(`a flood of 1000 bad messages yields at most ${ERROR_LIMIT} error events per ${ERROR_WINDOW_MS} ms, then a count`, () => {
    const { host } = setup();
    for (let i = 0; i < 1000; i++) host.send('junk');
    expect(host.of('error')).toHaveLength(ERROR_LIMIT);
    host.advance(ERROR_WINDOW_MS);
    host.send('junk');
    const last = host.of('error').at(-1)!;
    expect((last.msg.payload as { message: string }).message).toContain(`(${1000 - ERROR_LIMIT} earlier errors not reported: too many)`);
  });
});

describe('EmbedBridge events', () => {
  it(`stateChanged is throttled to one per ${STATE_CHANGED_THROTTLE_MS} ms and ends on the final state`, () => {
    const { host, store } = setup();
    // a 1 s slider drag at 60 Hz: 60 store changes
    for (let i = 1; i <= 60; i++) {
      setField(store, 'forceG', 5 + i);
      host.advance(1000 / 60);
    }
    host.advance(STATE_CHANGED_THROTTLE_MS);
    const sc = host.of('stateChanged');
    // 1000 ms / 150 ms = 6.7 windows: leading edge + one per window, never 60
    expect(sc.length).toBeGreaterThanOrEqual(6);
    expect(sc.length).toBeLessThanOrEqual(8);
    expect(sc.at(-1)!.msg.payload).toMatchObject({ force: 65 });
    for (const p of sc) expect(p.target).toBe(HOST);
  });

  it('no stateChanged when nothing the API shows has changed', () => {
    const { host, store } = setup();
    setField(store, 'forceG', 5); // same value
    host.advance(1000);
    expect(host.of('stateChanged')).toEqual([]);
  });

  it('without parentOrigin: no state leaves before a host speaks; afterwards events go only to its origin, never "*"', () => {
    const { host, store } = setup(null);
    setField(store, 'forceG', 7);
    host.advance(1000);
    expect(host.posts.map((p) => p.msg.type)).toEqual(['ready']);
    host.send(cmd('set', { force: 8 }), 'https://course.example.org');
    setField(store, 'forceG', 9);
    host.advance(1000);
    host.send(cmd('getState'), 'https://course.example.org');
    const after = host.posts.slice(1);
    expect(after.length).toBeGreaterThanOrEqual(2);
    for (const p of after) expect(p.target).toBe('https://course.example.org');
  });

  it('activityCompleted goes to the known host only; without parentOrigin it waits for the first command, never "*"', () => {
    const payload = { activity: 'nickel' as const, score: 4, maxScore: 6, items: [{ id: 'adult-bone', prediction: '1e-10', model: '950 pm', correct: true }] };
    const fixed = setup();
    fixed.bridge.notifyActivityCompleted(payload);
    expect(fixed.host.of('activityCompleted').map((p) => [p.msg.payload, p.target])).toEqual([[payload, HOST]]);
    const open = setup(null);
    open.bridge.notifyActivityCompleted(payload);
    expect(open.host.of('activityCompleted')).toEqual([]);
    open.host.send(cmd('getState'), 'https://course.example.org');
    expect(open.host.of('activityCompleted').map((p) => p.target)).toEqual(['https://course.example.org']);
  });

  it('resize is deduplicated, and without parentOrigin waits until the host is known', () => {
    const { host, bridge } = setup(null);
    bridge.notifyResize(800.4, 600);
    expect(host.of('resize')).toEqual([]);
    host.send(cmd('getState'));
    expect(host.of('resize').map((p) => [p.msg.payload, p.target])).toEqual([[{ width: 800, height: 600 }, HOST]]);
    bridge.notifyResize(800, 600);
    bridge.notifyResize(NaN, 5);
    expect(host.of('resize')).toHaveLength(1);
  });

  it('dispose() stops listening and cancels a pending stateChanged', () => {
    const { host, bridge, store } = setup();
    setField(store, 'forceG', 6);
    setField(store, 'forceG', 7); // inside the throttle window: a trailing send is scheduled
    bridge.dispose();
    host.advance(1000);
    host.send(cmd('set', { force: 100 }));
    expect(store.getState().forceG).toBe(7);
    expect(host.listeners.size).toBe(0);
    expect(host.of('stateChanged').map((p) => (p.msg.payload as { force: number }).force)).toEqual([6]);
  });
});

describe('windowEmbedHost (browser adapter)', () => {
  it('posts to window.parent with the target origin and recognises only the parent as a source', () => {
    const sent: [unknown, string][] = [];
    const parent = { postMessage: (m: unknown, o: string) => sent.push([m, o]) };
    const listeners = new Set<(ev: MessageEvent) => void>();
    const win = {
      parent,
      addEventListener: (_: 'message', l: (ev: MessageEvent) => void) => listeners.add(l),
      removeEventListener: (_: 'message', l: (ev: MessageEvent) => void) => listeners.delete(l),
    };
    const store = createAppStore();
    const bridge = new EmbedBridge(store, windowEmbedHost(win), { parentOrigin: HOST });
    expect(sent.map(([m, o]) => [(m as EmbedEvent).type, o])).toEqual([['ready', HOST]]);
    const deliver = (source: unknown) =>
      listeners.forEach((l) => l({ data: cmd('set', { force: 42 }), origin: HOST, source } as unknown as MessageEvent));
    deliver({}); // not the parent: ignored
    expect(store.getState().forceG).toBe(5);
    deliver(parent);
    expect(store.getState().forceG).toBe(42);
    bridge.dispose();
    expect(listeners.size).toBe(0);
  });
});

// Compile-time check that a real browser Window fits the adapter (tsc fails otherwise).
export const _windowFits = (w: Window): EmbedHost => windowEmbedHost(w);
