// The anatomy worker: builds one subject's anatomy (src/model/anatomy.ts, the model's longest
// one-off computation) off the page's main thread and sends it back. Message in: a subject id;
// out: the Anatomy (structured clone: every number exact), or { error }. Started by
// anatomy-early.ts, which hands the result to the model.

import { anatomyOf } from '../model/anatomy';
import { isKnownSubject } from '../model/geometry';

/** The part of a dedicated worker's global scope used here (tsconfig's lib is the DOM's). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const subject = e.data;
  try {
    if (!isKnownSubject(subject)) throw new Error(`unknown subject ${String(subject)}`);
    scope.postMessage({ anatomy: anatomyOf(subject) });
  } catch (err) {
    scope.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
