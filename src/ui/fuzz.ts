// `?fuzz` (a non-public QA option, as PhET sims have): drives random input at the app's own
// controls and the scene canvas until the page closes: clicks, slider moves, select changes,
// typed numbers (good and garbage), keys, and pointer drags and wheel turns on the canvas.
// Every choice comes from a seeded generator (`?randomSeed=`), so a failing run replays: same
// seed, same build, same sequence of choices. No Math.random anywhere in here.
//
// Loaded with a dynamic import only when `?fuzz` is set, so it costs students nothing.
// The browser test (tests/e2e/hardening-fuzz.test.ts) watches for console errors, exceptions,
// NaN/Infinity/undefined in readouts and frame stalls while this runs.
//
// Events are synthetic (dispatchEvent / element.click()): they reach the app's handlers the same
// way user input does, but the browser runs no default actions for them (an untrusted ArrowRight
// does not move a native slider), so slider and select changes set the value and fire
// input/change, as a user's edit would.

import { SeededRandom } from '../model/random';

/** The model's seeded generator as a function: the same seed always picks the same actions. */
export function mulberry32(seed: number): () => number {
  const r = new SeededRandom(seed);
  return () => r.next();
}

/** Milliseconds between fuzz actions: ~25 actions/s, fast enough to find races, slow enough that a frame stall means the app stalled, not the fuzzer. */
export const FUZZ_INTERVAL_MS = 40;
/** Most actions run in one timer tick when the timer fires late. */
const MAX_CATCH_UP = 4;
/** Pointer moves in one canvas drag, one per action tick. */
const DRAG_MOVES = 6;
/** How many recent actions are kept for a failure report. */
const LOG_LENGTH = 30;

/** Things a student can type into a number field: sensible values and garbage. */
const TYPED_VALUES = ['5', '0', '-1', '12.5', '1e309', 'NaN', 'Infinity', 'abc', '', '99999', '0.0001', '1e-7', '<b>x</b>'];
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', '+', '-', 'Escape', 'Enter', ' ', 'r', '1', '8'];

/** Elements the fuzzer may act on: the app's own controls and the scene canvas. */
const TARGETS = 'button, select, input, textarea, [role="tab"], [role="button"], summary, canvas, a[href^="#"]';

export interface FuzzHandle {
  /** actions done so far */
  readonly actions: number;
  /** the last few actions, oldest first, for a failure report */
  readonly log: readonly string[];
  /** the first few actions of the run: equal for equal seeds (the replay test compares them) */
  readonly first: readonly string[];
  readonly seed: number;
  stop(): void;
}

function visible(el: Element): boolean {
  if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false;
  if (el.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

function describe(el: Element): string {
  const name =
    el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
  return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name.trim().slice(0, 30)}"`;
}

export function startFuzz(opts: { seed: number; doc?: Document; intervalMs?: number }): FuzzHandle {
  const doc = opts.doc ?? document;
  const win = doc.defaultView ?? window;
  const rand = mulberry32(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const log: string[] = [];
  const first: string[] = [];
  let actions = 0;
  let drag: { el: Element; x: number; y: number; left: number } | null = null;
  let stopped = false;

  const note = (s: string) => {
    actions++;
    log.push(s);
    if (log.length > LOG_LENGTH) log.shift();
    if (first.length < LOG_LENGTH) first.push(s);
  };

  const candidates = (): Element[] => {
    // A modal dialog makes the rest of the page inert for a user: act only inside it.
    const root: ParentNode = doc.querySelector('dialog[open]') ?? doc;
    return [...root.querySelectorAll(TARGETS)].filter(
      (el) => visible(el) && !(el as HTMLButtonElement).disabled && !el.hasAttribute('download'),
    );
  };

  const pointer = (type: string, el: Element, x: number, y: number, buttons: number) => {
    // pointerId 1 is the mouse, which is always an active pointer, so OrbitControls'
    // setPointerCapture accepts it.
    el.dispatchEvent(
      new PointerEvent(type, { bubbles: true, cancelable: true, composed: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, clientX: x, clientY: y, button: 0, buttons }),
    );
  };

  const act = () => {
    // A view still computing (aria-busy) is about to replace its content: a hand waits for it, and
    // so does the fuzzer. Acting now would pick among controls that depend on how fast the machine
    // is, and the same seed would make different moves (the replay test).
    if (doc.querySelector('[aria-busy="true"]')) return;
    if (drag) {
      // continue a drag across ticks, as a hand would
      const r = drag.el.getBoundingClientRect();
      drag.x = Math.min(r.right - 1, Math.max(r.left + 1, drag.x + (rand() - 0.5) * 80));
      drag.y = Math.min(r.bottom - 1, Math.max(r.top + 1, drag.y + (rand() - 0.5) * 80));
      if (--drag.left > 0) {
        pointer('pointermove', drag.el, drag.x, drag.y, 1);
        note(`drag move ${Math.round(drag.x)},${Math.round(drag.y)}`);
      } else {
        pointer('pointerup', drag.el, drag.x, drag.y, 0);
        note('drag end');
        drag = null;
      }
      return;
    }
    const els = candidates();
    if (els.length === 0) return;
    const el = pick(els);
    const r = el.getBoundingClientRect();
    const what = rand();
    if (el instanceof HTMLCanvasElement) {
      const x = r.left + rand() * r.width;
      const y = r.top + rand() * r.height;
      if (what < 0.6) {
        pointer('pointerdown', el, x, y, 1);
        drag = { el, x, y, left: 1 + Math.floor(rand() * DRAG_MOVES) };
        note(`drag start ${describe(el)} at ${Math.round(x)},${Math.round(y)}`);
      } else if (what < 0.8) {
        const deltaY = (rand() - 0.5) * 600;
        el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY }));
        note(`wheel ${Math.round(deltaY)}`);
      } else {
        const key = pick(KEYS);
        el.focus();
        el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, shiftKey: rand() < 0.3 }));
        note(`key ${key} on canvas`);
      }
      return;
    }
    if (el instanceof HTMLSelectElement) {
      if (el.options.length === 0) return;
      el.selectedIndex = Math.floor(rand() * el.options.length);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      note(`select ${describe(el)} = ${el.value}`);
      return;
    }
    if (el instanceof HTMLInputElement && el.type === 'range') {
      const min = Number(el.min || 0);
      const max = Number(el.max || 100);
      el.value = String(min + rand() * (max - min));
      el.dispatchEvent(new Event('input', { bubbles: true }));
      if (rand() < 0.5) el.dispatchEvent(new Event('change', { bubbles: true }));
      note(`slide ${describe(el)} = ${el.value}`);
      return;
    }
    if (el instanceof HTMLInputElement && (el.type === 'number' || el.type === 'text')) {
      el.focus();
      el.value = pick(TYPED_VALUES);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      if (rand() < 0.5) el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      note(`type ${describe(el)} = "${el.value}"`);
      return;
    }
    if (what < 0.25) {
      // a key on a control (sliders, tabs and the page have their own key handlers)
      const key = pick(KEYS);
      const alt = key === 'r' && rand() < 0.5;
      (el as HTMLElement).focus();
      el.dispatchEvent(new KeyboardEvent('keydown', { key, code: alt ? 'KeyR' : undefined, altKey: alt, shiftKey: rand() < 0.3, bubbles: true, cancelable: true }));
      el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
      note(`key ${alt ? 'Alt+' : ''}${key} on ${describe(el)}`);
      return;
    }
    (el as HTMLElement).click();
    note(`click ${describe(el)}`);
  };

  // Actions follow the clock, not the timer: a slow machine that fires the timer late gets the
  // missed actions in the next tick (at most MAX_CATCH_UP), so a run covers as much input on a
  // busy test machine as on a fast one.
  const interval = opts.intervalMs ?? FUZZ_INTERVAL_MS;
  let due = performance.now();
  const timer = win.setInterval(() => {
    const now = performance.now();
    for (let i = 0; i < MAX_CATCH_UP && due <= now && !stopped; i++) {
      act();
      due += interval;
    }
    if (due < now) due = now;
  }, interval);

  return {
    get actions() {
      return actions;
    },
    get log() {
      return log;
    },
    get first() {
      return first;
    },
    seed: opts.seed,
    stop() {
      stopped = true;
      win.clearInterval(timer);
      if (drag) pointer('pointerup', drag.el, drag.x, drag.y, 0);
      drag = null;
    },
  };
}
