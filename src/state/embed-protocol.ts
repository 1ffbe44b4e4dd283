// The embed protocol's messages: names, limits, types and the validator every incoming message
// passes before the bridge (embed.ts) acts on it. The protocol itself is described at the top of
// embed.ts and, for course authors, in doc/embed.md.

import { echo } from './option-kinds';
import { isStateOptionName } from './url-options';
import { PAGE_OPTION_NAMES, STATE_OPTION_NAMES, type StateOptionName, type StateOptions } from './url-schema';
import type { ActivityCompletedPayload } from './activity-session';

export const EMBED_PROTOCOL = 'craniolab';
export const EMBED_VERSION = 1;
/** Largest accepted message, as JSON text (characters): far above any real command (~200). */
export const MAX_MESSAGE_CHARS = 64 * 1024;
/** Deepest nesting accepted: real commands are two levels deep. */
export const MAX_MESSAGE_DEPTH = 8;
/** stateChanged at most every 150 ms: a dragged slider changes state at 60 Hz, a host needs far less. */
export const STATE_CHANGED_THROTTLE_MS = 150;
/** At most ERROR_LIMIT error events per ERROR_WINDOW_MS; the rest are counted, then summarised. */
export const ERROR_LIMIT = 10;
export const ERROR_WINDOW_MS = 1000;
const MAX_REQUEST_ID_CHARS = 64;

export const COMMAND_TYPES = ['set', 'get', 'getState', 'setState', 'reset', 'play', 'pause'] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];
export const EVENT_TYPES = ['ready', 'stateChanged', 'state', 'error', 'resize', 'activityCompleted'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type RequestId = string | number;

export type EmbedCommand =
  | { type: 'set' | 'setState'; payload: Record<string, unknown>; requestId?: RequestId }
  | { type: 'get'; keys: StateOptionName[] | null; requestId?: RequestId }
  | { type: 'getState' | 'reset' | 'play' | 'pause'; requestId?: RequestId };

export type EmbedErrorCode =
  | 'wrong-origin'
  | 'opaque-origin'
  | 'not-object'
  | 'too-large'
  | 'malformed'
  | 'forbidden-key'
  | 'wrong-protocol'
  | 'wrong-version'
  | 'unknown-type'
  | 'bad-payload'
  | 'bad-request-id'
  | 'unknown-key'
  | 'not-settable'
  | 'invalid-value';

export type Validation =
  | { ok: true; command: EmbedCommand }
  | { ok: false; code: EmbedErrorCode; message: string; requestId?: RequestId };

export interface ReadyPayload {
  version: number;
  commands: readonly CommandType[];
  events: readonly EventType[];
  stateKeys: readonly StateOptionName[];
}
export interface ErrorPayload {
  message: string;
  code: EmbedErrorCode;
}
export interface ResizePayload {
  width: number;
  height: number;
}

export type EmbedEvent =
  | { protocol: 'craniolab'; version: 1; type: 'ready'; payload: ReadyPayload }
  | { protocol: 'craniolab'; version: 1; type: 'stateChanged'; payload: StateOptions }
  | { protocol: 'craniolab'; version: 1; type: 'state'; payload: Partial<StateOptions>; requestId?: RequestId }
  | { protocol: 'craniolab'; version: 1; type: 'error'; payload: ErrorPayload; requestId?: RequestId }
  | { protocol: 'craniolab'; version: 1; type: 'resize'; payload: ResizePayload }
  | { protocol: 'craniolab'; version: 1; type: 'activityCompleted'; payload: ActivityCompletedPayload };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A plain object as structured clone or JSON makes it (not an array, Date, Map, class instance). */
function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function validRequestId(x: unknown): x is RequestId {
  return (typeof x === 'string' && x.length <= MAX_REQUEST_ID_CHARS) || (typeof x === 'number' && Number.isFinite(x));
}

/** Walk every own key (iteratively, bounded depth): a forbidden key anywhere taints the message. */
function findForbiddenKey(root: unknown): { kind: 'key'; key: string } | { kind: 'deep' } | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_MESSAGE_DEPTH) return { kind: 'deep' };
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'key', key };
      stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/**
 * Check one received message. Pure: no store, no DOM. `expectedOrigin` is the `?parentOrigin`
 * (null when not given). The order of checks is the order of trust: origin, then shape and size
 * (before anything walks the data), then protocol, then the command's own fields.
 */
export function validateMessage(data: unknown, origin: unknown, expectedOrigin: string | null): Validation {
  const fail = (code: EmbedErrorCode, message: string, requestId?: RequestId): Validation =>
    requestId === undefined ? { ok: false, code, message } : { ok: false, code, message, requestId };

  if (typeof origin !== 'string') return fail('wrong-origin', 'message without an origin ignored');
  if (expectedOrigin !== null && origin !== expectedOrigin) {
    return fail('wrong-origin', `message from ${echo(origin)} ignored: only ${expectedOrigin} may send commands`);
  }
  if (expectedOrigin === null && !/^https?:\/\//i.test(origin)) {
    return fail('opaque-origin', `message from origin ${echo(origin)} ignored: replies cannot be addressed to it; serve the host page over http(s)`);
  }
  if (!isPlainObject(data)) {
    return fail('not-object', `message ignored: expected an object { protocol: 'craniolab', version: 1, type, payload }, got ${Array.isArray(data) ? 'a list' : data === null ? 'null' : typeof data}`);
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch {
    // cycles, BigInt, or nesting deep enough to exhaust the stack
    return fail('malformed', 'message ignored: it cannot be read as JSON');
  }
  if (json === undefined) return fail('malformed', 'message ignored: it cannot be read as JSON');
  if (json.length > MAX_MESSAGE_CHARS) {
    return fail('too-large', `message ignored: ${json.length} characters, the limit is ${MAX_MESSAGE_CHARS}`);
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden?.kind === 'key') return fail('forbidden-key', `message ignored: it contains the key "${forbidden.key}"`);
  if (forbidden?.kind === 'deep') return fail('too-large', `message ignored: nested deeper than ${MAX_MESSAGE_DEPTH} levels`);

  // From here on the message is small and clean; a requestId, if well-formed, goes into errors.
  const requestId = validRequestId(data.requestId) ? data.requestId : undefined;
  if (data.protocol !== EMBED_PROTOCOL) {
    return fail('wrong-protocol', `message ignored: protocol must be '${EMBED_PROTOCOL}', got ${echo(data.protocol)}`, requestId);
  }
  if (data.version !== EMBED_VERSION) {
    return fail('wrong-version', `message ignored: this app speaks version ${EMBED_VERSION} of the protocol, got ${echo(data.version)}`, requestId);
  }
  if (data.requestId !== undefined && requestId === undefined) {
    return fail('bad-request-id', `message ignored: requestId must be a string of at most ${MAX_REQUEST_ID_CHARS} characters or a finite number`);
  }
  const type = data.type;
  if (typeof type !== 'string' || !(COMMAND_TYPES as readonly string[]).includes(type)) {
    return fail('unknown-type', `unknown command ${echo(type)}: use one of ${COMMAND_TYPES.join(', ')}`, requestId);
  }
  const withId = <C extends EmbedCommand>(c: C): Validation => ({ ok: true, command: requestId === undefined ? c : { ...c, requestId } });
  const payload = data.payload;

  switch (type as CommandType) {
    case 'set':
    case 'setState': {
      if (!isPlainObject(payload)) return fail('bad-payload', `${type} needs a payload object such as { force: 10, subject: 'rabbit' }`, requestId);
      for (const key of Object.keys(payload)) {
        if ((PAGE_OPTION_NAMES as readonly string[]).includes(key)) {
          return fail('not-settable', `${key} is fixed by the page URL and cannot be set through messages`, requestId);
        }
        if (!isStateOptionName(key)) {
          return fail('unknown-key', `${type}: unknown option "${echo(key)}" (valid: ${STATE_OPTION_NAMES.join(', ')})`, requestId);
        }
      }
      return withId({ type: type as 'set' | 'setState', payload });
    }
    case 'get': {
      if (payload === undefined) return withId({ type: 'get', keys: null });
      if (!isPlainObject(payload)) return fail('bad-payload', 'get takes an optional payload { keys: [...] }', requestId);
      const keys = payload.keys;
      if (keys === undefined) return withId({ type: 'get', keys: null });
      if (!Array.isArray(keys) || keys.length > STATE_OPTION_NAMES.length * 2) {
        return fail('bad-payload', 'get: keys must be a list of option names', requestId);
      }
      for (const k of keys) {
        if (!isStateOptionName(k)) return fail('unknown-key', `get: unknown option "${echo(k)}"`, requestId);
      }
      return withId({ type: 'get', keys: [...new Set(keys as StateOptionName[])] });
    }
    default:
      // getState, reset, play, pause take no payload; an extra one is tolerated, not read.
      return withId({ type: type as 'getState' | 'reset' | 'play' | 'pause' });
  }
}
