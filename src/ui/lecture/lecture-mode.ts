// Lecture mode: a bar above the scene with the step's title and caption, previous/next, a step
// list, a control-panel toggle (P), fullscreen and exit; keyboard navigation for a presenter (Right/Left arrows, space,
// PageDown/PageUp as presentation clickers send them). The step lives in the app store (`step`,
// `lecture`), so the URL follows it through url-sync and `?lecture=1&step=3` opens step 3.
//
// Entering a step applies its set-up in one store write through the fields' guards (so the URL,
// the embed API's stateChanged and every view follow); after that the teacher may change
// anything, and the caption recomputes its numbers for what is on screen.

import { setField, setFields, setResetSetup, type AppStore } from '../../state/store';
import type { AppState } from '../../state/app-state';
import { stateKeyOf } from '../../state/url-schema';
import { h } from '../dom';
import { bindAttr, bindText } from '../../i18n/bind';
import { onLocaleChange, t } from '../../i18n/index';
import { LECTURE_STEPS, captionFor, stepAt } from './lecture-steps';
import { lectureToggle } from './lecture-toggle';
import './lecture.css';

export interface LectureDeps {
  store: AppStore;
  /** where the "Lecture" toggle button goes (the page header) */
  header: HTMLElement | null;
  /** the lecture bar is inserted just before this element (the main grid) */
  before: HTMLElement;
  /**
   * Option names present in the page's URL (e.g. ['lecture', 'step', 'force']). When the page
   * opens on a step (or Reset All returns to it), these keep their URL values instead of the
   * step's set-up: the address bar records a teacher's changes within a step, so a reload must
   * reproduce them. Moving to another step applies that step's whole set-up.
   */
  urlOptionNames?: readonly string[];
}

export interface MountedLecture {
  readonly element: HTMLElement;
  next(): void;
  previous(): void;
  dispose(): void;
}

/** Captions are recomputed at most this often, ms: a dragged slider changes force at 60 Hz and
 *  some captions ask the model for a force search. */
const CAPTION_DEBOUNCE_MS = 120;

/** Elements that use the lecture keys themselves: typing, choosing, sliding, turning the skull. */
function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"]')) return true;
  if (target.closest('[role="slider"], [role="tab"], [role="listbox"], [role="menu"], .lil-gui')) return true;
  // the scene turns the skull with the arrow keys; Space there is the lecture's (Reset All puts focus there)
  if (target.closest('canvas') && key !== ' ') return true;
  // Space activates a focused button or link; the button's own action is what the user meant.
  if ((key === ' ' || key === 'Enter') && target.closest('button, a[href], summary')) return true;
  if (target.closest('dialog[open]')) return true;
  return false;
}

export function mountLecture(deps: LectureDeps): MountedLecture {
  const { store } = deps;
  const root = document.documentElement;
  const total = LECTURE_STEPS.length;

  const toggle = lectureToggle();
  toggle.addEventListener('click', () => {
    setField(store, 'lecture', !store.getState().lecture);
  });
  deps.header?.append(toggle);

  const count = h('p', { class: 'lecture-count' });
  const title = h('h2', { class: 'lecture-title', id: 'lecture-title' });
  // focusable: on a short screen a long caption (German runs a third longer) scrolls in its box,
  // and a scrolling region must be reachable by keyboard
  const caption = h('p', { class: 'lecture-caption', id: 'lecture-caption', tabindex: 0 });
  const prev = bindText(h('button', { type: 'button', class: 'btn lecture-prev', 'aria-keyshortcuts': 'ArrowLeft' }), 'lecture.mode.previous');
  const next = bindText(h('button', { type: 'button', class: 'btn lecture-next', 'aria-keyshortcuts': 'ArrowRight Space' }), 'lecture.mode.next');
  const dots = bindAttr(h('ol', { class: 'lecture-steps' }), 'aria-label', 'lecture.mode.steps');
  const dotButtons = LECTURE_STEPS.map((st) => {
    const b = h('button', { type: 'button', class: 'lecture-dot', text: String(st.n) });
    bindAttr(b, 'aria-label', 'lecture.mode.dot', () => ({ n: st.n, title: st.title }));
    b.addEventListener('click', () => setField(store, 'step', st.n));
    dots.append(h('li', {}, b));
    return b;
  });
  const canFullscreen = typeof document.documentElement.requestFullscreen === 'function' && document.fullscreenEnabled !== false;
  const fullscreen = h('button', { type: 'button', class: 'btn lecture-fullscreen', text: t('lecture.mode.fullscreen') });
  fullscreen.hidden = !canFullscreen;
  const exit = bindText(h('button', { type: 'button', class: 'btn lecture-exit' }), 'lecture.mode.exit');
  // P folds the controls away so the stage shows the skull and the three key readouts
  const panelToggle = h('button', { type: 'button', class: 'btn lecture-panel-toggle', 'aria-keyshortcuts': 'P', 'aria-pressed': 'false', text: t('lecture.mode.hideControls') });
  const setPanelCollapsed = (on: boolean): void => {
    if (on) root.dataset.lecturePanel = 'collapsed';
    else delete root.dataset.lecturePanel;
    panelToggle.setAttribute('aria-pressed', String(on));
    panelToggle.textContent = t(on ? 'lecture.mode.showControls' : 'lecture.mode.hideControls');
  };
  panelToggle.addEventListener('click', () => setPanelCollapsed(root.dataset.lecturePanel !== 'collapsed'));
  const element = h(
    'section',
    { class: 'lecture-bar', 'aria-labelledby': 'lecture-title', 'aria-roledescription': 'lecture' },
    h('div', { class: 'lecture-head' }, count, title),
    caption,
    h('div', { class: 'lecture-nav' }, prev, dots, next, panelToggle, fullscreen, exit),
  );
  // A polite live region of its own: the caption is long, and the page's live region speaks the
  // readouts; a new step should be read once, not interleaved.
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  element.append(live);
  element.hidden = true;
  deps.before.before(element);

  prev.addEventListener('click', () => go(-1));
  next.addEventListener('click', () => go(1));
  exit.addEventListener('click', () => {
    setField(store, 'lecture', false);
    toggle.focus();
  });
  fullscreen.addEventListener('click', () => {
    // Browsers refuse fullscreen without a real user gesture (a scripted click, a fuzzer); ask
    // only when one is active, so a refusal never reaches the console.
    const ua = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
    if (!document.fullscreenElement && ua && !ua.isActive) {
      showFullscreenRefused();
      return;
    }
    try {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      else void root.requestFullscreen().catch(() => showFullscreenRefused());
    } catch {
      showFullscreenRefused();
    }
  });
  const showFullscreenRefused = () => {
    fullscreen.textContent = t('lecture.mode.fullscreenRefused');
  };
  const onFullscreenChange = () => {
    fullscreen.textContent = t(document.fullscreenElement ? 'lecture.mode.leaveFullscreen' : 'lecture.mode.fullscreen');
    // the scene measures its container; fullscreen changes it without a window resize in some browsers
    window.dispatchEvent(new Event('resize'));
  };
  document.addEventListener('fullscreenchange', onFullscreenChange);

  function go(delta: number): void {
    setField(store, 'step', store.getState().step + delta);
  }

  // the store keys of the state options in the page's URL (page options such as controls have none)
  const fromUrl = (deps.urlOptionNames ?? []).flatMap((n) => stateKeyOf(n) ?? []);

  /** Apply the step's set-up: one store write, through the fields' guards. `keepUrl`: see urlOptionNames. */
  function enter(n: number, keepUrl: boolean): void {
    const st = stepAt(n);
    const setup: Partial<AppState> = { ...st.setup };
    if (keepUrl) for (const k of fromUrl) delete setup[k];
    setFields(store, { ...setup, step: st.n, lecture: true });
  }
  // true until the first step has been entered: the page's own (URL) start
  let atUrlStart = true;

  let captionTimer: ReturnType<typeof setTimeout> | null = null;
  let shownStep = -1;
  function renderCaption(): void {
    captionTimer = null;
    const s = store.getState();
    const text = captionFor(s);
    if (caption.textContent !== text) caption.textContent = text;
  }
  function scheduleCaption(): void {
    if (captionTimer === null) captionTimer = setTimeout(renderCaption, CAPTION_DEBOUNCE_MS);
  }

  function render(): void {
    const s = store.getState();
    toggle.setAttribute('aria-pressed', String(s.lecture));
    element.hidden = !s.lecture;
    if (s.lecture) root.dataset.lecture = 'on';
    else {
      delete root.dataset.lecture;
      setPanelCollapsed(false);
    }
    if (!s.lecture) return;
    const st = stepAt(s.step);
    count.textContent = t('lecture.mode.count', { n: st.n, total });
    title.textContent = st.title;
    prev.disabled = st.n <= 1;
    next.disabled = st.n >= total;
    dotButtons.forEach((b, i) => {
      if (i + 1 === st.n) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    });
    if (st.n !== shownStep) {
      shownStep = st.n;
      // A new step shows its caption at once (and is announced); later state changes refresh it lazily.
      renderCaption();
      live.textContent = t('lecture.mode.announce', { n: st.n, total, title: st.title, caption: caption.textContent ?? '' });
      element.dataset.step = String(st.n);
    } else scheduleCaption();
  }

  // Enter a step whenever the step number changes or lecture mode is switched on.
  let appliedStep: number | null = null;
  function sync(): void {
    const s = store.getState();
    if (!s.lecture) {
      appliedStep = null;
      shownStep = -1;
    } else if (s.step !== appliedStep) {
      appliedStep = s.step;
      const keepUrl = atUrlStart && s.step === store.getInitialState().step && store.getInitialState().lecture;
      atUrlStart = false;
      enter(s.step, keepUrl); // re-enters sync through the subscription; appliedStep already matches
    }
    render();
  }
  const unsubscribe = store.subscribe(sync);
  // a new language: the words of the bar, the caption now (not announced again)
  const offLocale = onLocaleChange(() => {
    setPanelCollapsed(root.dataset.lecturePanel === 'collapsed');
    onFullscreenChange();
    renderCaption();
    render();
  });
  // Reset All gives the step its factory set-up: the defaults with this step's set-up on top.
  const offReset = setResetSetup(store, (s) => (s.lecture ? stepAt(s.step).setup : {}));
  sync();

  const onKey = (e: KeyboardEvent) => {
    if (!store.getState().lecture || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if ((e.key === 'p' || e.key === 'P') && !keyBelongsToTarget(e.target, e.key)) {
      e.preventDefault();
      setPanelCollapsed(root.dataset.lecturePanel !== 'collapsed');
      return;
    }
    const forward = e.key === 'ArrowRight' || e.key === 'PageDown' || (e.key === ' ' && !e.shiftKey);
    const back = e.key === 'ArrowLeft' || e.key === 'PageUp' || (e.key === ' ' && e.shiftKey);
    if (!forward && !back) return;
    if (keyBelongsToTarget(e.target, e.key)) return;
    e.preventDefault(); // space would otherwise scroll the page
    go(forward ? 1 : -1);
  };
  window.addEventListener('keydown', onKey);

  return {
    element,
    next: () => go(1),
    previous: () => go(-1),
    dispose() {
      offLocale();
      unsubscribe();
      offReset();
      if (captionTimer !== null) clearTimeout(captionTimer);
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      delete root.dataset.lecture;
      delete root.dataset.lecturePanel;
      element.remove();
      toggle.remove();
    },
  };
}
