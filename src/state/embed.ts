// The embed API: a versioned postMessage protocol between CranioLab in an iframe and its host
// page (a course page, a learning platform). Full description for course authors: doc/embed.md.
//
// Every message, both ways: { protocol: 'craniolab', version: 1, type, payload, requestId? }.
//   Commands (host -> app): set, get, getState, setState, reset, play, pause.
//   Events (app -> host):   ready, stateChanged (throttled), state (reply), error, resize,
//                           activityCompleted (a guided activity's score, ?activity=).
// State travels in URL option names and units (force in grams, `paused`, `randomSeed`), and every
// value goes through the same checks as the URL (url-options.ts checkOption), so the API can do
// nothing a link cannot.
//
// Origins:
//   - `?parentOrigin=https://lms.example.edu` fixes the host: commands from any other origin are
//     ignored (and reported to the fixed host as `error`), and every event, `ready` included,
//     is posted to that origin only.
//   - Without it, commands from any http(s) origin are accepted, and events go to the origin of
//     the last valid command. Before any valid command, only `ready` is posted, to '*' (it carries
//     no state), and resize waits; once an origin is known, '*' is never used again. Opaque
//     origins ('null': file:// pages, sandboxed frames) cannot be answered without '*', so their
//     commands are refused: serve the host page over http(s).
//   - With `isFromParent`, messages from windows other than the parent are ignored silently
//     (browser extensions post on the same channel; they are not a host making mistakes).
// Malformed messages (wrong protocol, version, types, > 64 KB, `__proto__`/`constructor` keys,
// non-objects) are ignored and reported as `error` events, at most ERROR_LIMIT per
// ERROR_WINDOW_MS so a flood cannot flood the host back.
//
// Replies: `get` and `getState` always answer with `state`. Any command carrying a `requestId`
// gets exactly one reply carrying it: `state` (the full state, or the requested keys) on
// success, `error` on failure. `set` changes the keys given; `setState` is Reset All (back to the
// page's starting state) followed by the keys given. Each key is treated like a URL parameter:
// out of range is clamped and applied, garbage is not applied (the key keeps its value); either
// way the reply is an `error` naming the keys, and the rest is applied.
//
// This file is the bridge (listen, check, apply, reply, post events); the messages' names, types,
// limits and validator are in embed-protocol.ts.

import { shallow } from 'zustand/vanilla/shallow';
import type { ActivityCompletedPayload } from './activity-session';
import { inEnglish } from '../i18n/index';
import { echo } from './option-kinds';
import { resetAll, setField, setFields, type AppStore } from './store';
import { checkOption, describeOption } from './url-options';
import { STATE_OPTION_NAMES, optionsToState, stateToOptions, type StateOptionName, type StateOptions } from './url-schema';
import {
  COMMAND_TYPES,
  EMBED_PROTOCOL,
  EMBED_VERSION,
  ERROR_LIMIT,
  ERROR_WINDOW_MS,
  EVENT_TYPES,
  STATE_CHANGED_THROTTLE_MS,
  validateMessage,
  type EmbedCommand,
  type EmbedErrorCode,
  type EmbedEvent,
  type RequestId,
  type ResizePayload,
} from './embed-protocol';

export * from './embed-protocol';

/**
 * Apply a set/setState payload (already key-checked by validateMessage) over `base`, each value
 * through the URL schema: garbage keeps base's value, out of range is clamped. For `set`, base is
 * the current state; for `setState`, the page's starting state (what Reset All restores), so an
 * embedded page stays embedded when a host omits `embed`.
 */
function applyOptionPatch(
  payload: Record<string, unknown>,
  base: StateOptions,
): { next: StateOptions; problems: string[] } {
  const next = { ...base } as Record<StateOptionName, unknown>;
  const problems: string[] = [];
  for (const name of STATE_OPTION_NAMES) {
    if (!Object.prototype.hasOwnProperty.call(payload, name)) continue;
    const r = checkOption(name, payload[name]);
    if (r.kind === 'ok') next[name] = r.value;
    else if (r.kind === 'adjusted') {
      next[name] = r.value;
      problems.push(`${r.problem}; using ${describeOption(name, r.value)}`);
    } else problems.push(`${r.problem}; using ${describeOption(name, base[name] as never)}`);
  }
  return { next: next as unknown as StateOptions, problems };
}

export interface MessageLike {
  data: unknown;
  origin: string;
  source?: unknown;
}

/** What the bridge needs from the browser, injectable so it runs in Node tests. */
export interface EmbedHost {
  addEventListener(type: 'message', listener: (ev: MessageLike) => void): void;
  removeEventListener(type: 'message', listener: (ev: MessageLike) => void): void;
  /** in the browser: (msg, origin) => window.parent.postMessage(msg, origin) */
  postToParent(msg: EmbedEvent, targetOrigin: string): void;
  /** in the browser: (source) => source === window.parent */
  isFromParent?(source: unknown): boolean;
  now?(): number;
  setTimeout?(fn: () => void, ms: number): unknown;
  clearTimeout?(handle: unknown): void;
}

export interface EmbedBridgeOptions {
  /** from ?parentOrigin (already normalised by the schema), or null */
  parentOrigin: string | null;
  throttleMs?: number;
}

export class EmbedBridge {
  private readonly expectedOrigin: string | null;
  /** where events go; null until known (see the file header) */
  private target: string | null;
  private readonly throttleMs: number;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (h: unknown) => void;
  private readonly listener = (ev: MessageLike) => this.onMessage(ev);
  private readonly unsubscribeStore: () => void;
  /** the state the host last heard of (in stateChanged), or the start state */
  private lastSent: StateOptions;
  private lastSentAt = -Infinity;
  private timer: unknown = null;
  private errorWindowStart = -Infinity;
  private errorsInWindow = 0;
  private suppressedErrors = 0;
  private pendingResize: ResizePayload | null = null;
  private pendingCompleted: ActivityCompletedPayload | null = null;
  private lastResize = '';
  private disposed = false;

  constructor(
    private readonly store: AppStore,
    private readonly host: EmbedHost,
    options: EmbedBridgeOptions,
  ) {
    this.expectedOrigin = options.parentOrigin;
    this.target = options.parentOrigin;
    this.throttleMs = options.throttleMs ?? STATE_CHANGED_THROTTLE_MS;
    this.now = host.now ?? (() => Date.now());
    this.setTimer = host.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
    this.clearTimer = host.clearTimeout ?? ((h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>));
    host.addEventListener('message', this.listener);
    this.unsubscribeStore = store.subscribe(stateToOptions, () => this.stateMaybeChanged(), { equalityFn: shallow });
    this.lastSent = stateToOptions(store.getState());
    this.post(
      {
        protocol: EMBED_PROTOCOL,
        version: EMBED_VERSION,
        type: 'ready',
        payload: { version: EMBED_VERSION, commands: COMMAND_TYPES, events: EVENT_TYPES, stateKeys: STATE_OPTION_NAMES },
      },
      // the one message allowed to go to '*': it carries no state (see the file header)
      this.target ?? '*',
    );
  }

  /** the origin events currently go to, or null while unknown */
  get targetOrigin(): string | null {
    return this.target;
  }

  /** Tell the host the content size (CSS px), so it can size the iframe. Duplicates are dropped. */
  notifyResize(width: number, height: number): void {
    if (this.disposed || !Number.isFinite(width) || !Number.isFinite(height) || width < 0 || height < 0) return;
    const size = { width: Math.round(width), height: Math.round(height) };
    const key = `${size.width}x${size.height}`;
    if (key === this.lastResize) return;
    if (this.target === null) {
      this.pendingResize = size; // sent once a host has spoken
      return;
    }
    this.lastResize = key;
    this.post({ protocol: EMBED_PROTOCOL, version: EMBED_VERSION, type: 'resize', payload: size }, this.target);
  }

  /** Tell the host a guided activity was finished. It carries results, so it waits for a known
   *  host (parentOrigin, or the first valid command) like every event but `ready`. */
  notifyActivityCompleted(payload: ActivityCompletedPayload): void {
    if (this.disposed) return;
    if (this.target === null) {
      this.pendingCompleted = payload;
      return;
    }
    this.post({ protocol: EMBED_PROTOCOL, version: EMBED_VERSION, type: 'activityCompleted', payload }, this.target);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.host.removeEventListener('message', this.listener);
    this.unsubscribeStore();
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private onMessage(ev: MessageLike): void {
    if (this.disposed) return;
    try {
      if (this.host.isFromParent && !this.host.isFromParent(ev?.source)) return;
      const origin = ev?.origin;
      const v = validateMessage(ev?.data, origin, this.expectedOrigin);
      if (!v.ok) {
        // Never report to the sender of a wrong-origin message; otherwise the sender's own
        // origin is a safe address (the browser delivers only if the parent really is there).
        const fallback = v.code !== 'wrong-origin' && v.code !== 'opaque-origin' && typeof origin === 'string' ? origin : null;
        this.sendError(v.code, v.message, v.requestId, this.target ?? fallback);
        return;
      }
      if (this.expectedOrigin === null) this.learnTarget(origin);
      this.run(v.command);
    } catch (e) {
      // A bug here must not break the page or go silent: report it to a known host.
      this.sendError('malformed', `message could not be handled: ${echo(e instanceof Error ? e.message : String(e))}`, undefined, this.target);
    }
  }

  private learnTarget(origin: string): void {
    const first = this.target === null;
    this.target = origin;
    if (first && this.pendingResize) {
      const { width, height } = this.pendingResize;
      this.pendingResize = null;
      this.notifyResize(width, height);
    }
    if (first && this.pendingCompleted) {
      const payload = this.pendingCompleted;
      this.pendingCompleted = null;
      this.notifyActivityCompleted(payload);
    }
  }

  private run(cmd: EmbedCommand): void {
    const id = cmd.requestId;
    switch (cmd.type) {
      case 'set':
      case 'setState': {
        const base = stateToOptions(cmd.type === 'set' ? this.store.getState() : this.store.getInitialState());
        // the problems go to the host's developer: English, as every `message` (doc/embed.md)
        const { next, problems } = inEnglish(() => applyOptionPatch(cmd.payload, base));
        // one store write; each field's guard is a second check after the schema's
        setFields(this.store, optionsToState(next));
        if (problems.length > 0) this.sendError('invalid-value', problems.join('; '), id, this.target);
        else if (id !== undefined) this.reply(null, id);
        return;
      }
      case 'get':
        this.reply(cmd.keys, id);
        return;
      case 'getState':
        this.reply(null, id);
        return;
      case 'reset':
        resetAll(this.store);
        break;
      case 'play':
        setField(this.store, 'playing', true);
        break;
      case 'pause':
        setField(this.store, 'playing', false);
        break;
    }
    if (id !== undefined) this.reply(null, id);
  }

  private reply(keys: StateOptionName[] | null, requestId: RequestId | undefined): void {
    if (this.target === null) return;
    const all = stateToOptions(this.store.getState());
    let payload: Partial<StateOptions> = all;
    if (keys) {
      const some: Partial<Record<StateOptionName, unknown>> = {};
      for (const k of keys) some[k] = all[k];
      payload = some as Partial<StateOptions>;
    }
    const msg: EmbedEvent = { protocol: EMBED_PROTOCOL, version: EMBED_VERSION, type: 'state', payload };
    this.post(requestId === undefined ? msg : { ...msg, requestId }, this.target);
  }

  private stateMaybeChanged(): void {
    if (this.disposed || this.target === null) return;
    if (shallow(stateToOptions(this.store.getState()), this.lastSent)) return;
    const wait = this.lastSentAt + this.throttleMs - this.now();
    if (wait <= 0) this.sendStateChanged();
    else if (this.timer === null) {
      // trailing edge: the host always ends up with the final state of a slider drag
      this.timer = this.setTimer(() => {
        this.timer = null;
        this.sendStateChanged();
      }, wait);
    }
  }

  private sendStateChanged(): void {
    if (this.disposed || this.target === null) return;
    const state = stateToOptions(this.store.getState());
    if (shallow(state, this.lastSent)) return;
    this.lastSent = state;
    this.lastSentAt = this.now();
    this.post({ protocol: EMBED_PROTOCOL, version: EMBED_VERSION, type: 'stateChanged', payload: state }, this.target);
  }

  private sendError(code: EmbedErrorCode, message: string, requestId: RequestId | undefined, targetOrigin: string | null): void {
    if (targetOrigin === null) return;
    const t = this.now();
    if (t - this.errorWindowStart >= ERROR_WINDOW_MS) {
      this.errorWindowStart = t;
      this.errorsInWindow = 0;
    }
    if (this.errorsInWindow >= ERROR_LIMIT) {
      this.suppressedErrors++;
      return;
    }
    this.errorsInWindow++;
    let text = message;
    if (this.suppressedErrors > 0) {
      text += ` (${this.suppressedErrors} earlier error${this.suppressedErrors === 1 ? '' : 's'} not reported: too many)`;
      this.suppressedErrors = 0;
    }
    const msg: EmbedEvent = { protocol: EMBED_PROTOCOL, version: EMBED_VERSION, type: 'error', payload: { message: text, code } };
    this.post(requestId === undefined ? msg : { ...msg, requestId }, targetOrigin);
  }

  private post(msg: EmbedEvent, targetOrigin: string): void {
    try {
      this.host.postToParent(msg, targetOrigin);
    } catch {
      // A detached parent or a clone failure must not break the simulation; nothing to tell.
    }
  }
}

/** Minimal window shape the browser adapter needs (a real Window satisfies it). */
export interface WindowLike {
  addEventListener(type: 'message', listener: (ev: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (ev: MessageEvent) => void): void;
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
}

/**
 * The browser side of EmbedHost. Create the bridge only when framed (window.parent !== window):
 *   if (window.parent !== window) new EmbedBridge(store, windowEmbedHost(window), { parentOrigin: parsed.page.parentOrigin });
 */
export function windowEmbedHost(win: WindowLike): EmbedHost {
  return {
    addEventListener: (type, listener) => win.addEventListener(type, listener as (ev: MessageEvent) => void),
    removeEventListener: (type, listener) => win.removeEventListener(type, listener as (ev: MessageEvent) => void),
    postToParent: (msg, targetOrigin) => win.parent?.postMessage(msg, targetOrigin),
    isFromParent: (source) => source !== null && source === win.parent,
  };
}
