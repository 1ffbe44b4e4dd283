// The first subject's anatomy (src/model/anatomy.ts: surface integrals over 51,200 points, the
// model's longest one-off step, 60-130 ms of a core), built in a worker while the app's code loads
// and runs on the main thread; the app waits for it before building the model (app.ts). Where no
// worker can start (the single-file build: anatomy-worker-start.ts), it fails, or it has not
// answered within WAIT_MS, the model builds the anatomy on the main thread when first asked, as
// it always could: the worker only moves the work, the numbers are the same bit for bit.

import { provideAnatomy, type Anatomy } from '../model/anatomy';
import type { SubjectId } from '../model/types';
import { startAnatomyWorker } from './anatomy-worker-start';

/** The longest the app waits for the worker, ms (it answers within ~0.1-0.4 s of the page's start
 *  on a 2-core machine; a machine that slow at everything is better served by not waiting). */
const WAIT_MS = 3000;

let arrival: Promise<void> = Promise.resolve();

/** Starts building `subject`'s anatomy in a worker (main.ts, first thing). */
export function buildAnatomyEarly(subject: SubjectId): void {
  const t0 = performance.now();
  arrival = new Promise<void>((resolve) => {
    let worker: Worker | null = null;
    let settled = false;
    const settle = (anatomy: Anatomy | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker?.terminate();
      if (anatomy) {
        provideAnatomy(anatomy);
        // read by tests/e2e (the default page builds it off the main thread)
        performance.measure?.('craniolab:anatomy', { start: t0, end: performance.now(), detail: { subject, where: 'worker' } });
      }
      resolve();
    };
    const timer = setTimeout(() => settle(null), WAIT_MS);
    try {
      worker = startAnatomyWorker() as Worker | null;
    } catch {
      worker = null;
    }
    if (!worker) return settle(null);
    worker.onmessage = (e: MessageEvent<{ anatomy?: Anatomy }>) => {
      const a = e.data?.anatomy;
      settle(a && a.subject === subject ? a : null);
    };
    worker.onerror = () => settle(null);
    worker.onmessageerror = () => settle(null);
    worker.postMessage(subject);
  });
}

/** Resolves once the early anatomy has been handed to the model, or will not come. Never rejects. */
export const anatomyArrived = (): Promise<void> => arrival;
