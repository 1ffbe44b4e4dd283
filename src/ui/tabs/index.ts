// The view registry and the switcher: one tab per view, bound to the app store's `view`
// (so `?view=scale` opens the Scale view and a tab click updates the URL through the store).
// 'sim' is the student scene that app-ui.ts and app.ts build; the other views mount into a host
// that takes the scene's and charts' place while the panel (force, subject, technique) stays.
// Each contrast view is a chunk of its own, loaded on first use (and prefetched when the page is
// idle, see prefetchViews): the first view downloads only what it draws. While a view's code
// loads, the host says aria-busy="true" (the fuzzer and screen readers wait for it).

import type { ViewId } from '../../state/app-state';
import { setField } from '../../state/store';
import { VIEW_IDS } from '../../state/url-schema';
import { loadArea, onLocaleChange, t } from '../../i18n/index';
import { h } from '../dom';
import type { Dispose, MountView, ViewContext } from './common';
import './tabs.css';
import { bindAttr, localize } from '../../i18n/bind';
import { deferredPart, loadWhenSeen } from '../prefetch';

export type { ViewContext, MountView, Dispose } from './common';

/** The catalogs every contrast view reads: the tabs' strings and the model content's prose. */
export const loadTabWords = (): Promise<unknown> => Promise.all([loadArea('tabs'), loadArea('content')]);

/** Loads a view's code (its own chunk) and hands back its mount function. */
type LoadView = () => Promise<MountView>;

export const VIEWS: Readonly<Record<ViewId, { label: string; load: LoadView | null }>> = {
  // labels are getters: read from the app catalog in the language of the moment (app.view.<id>)
  sim: { get label() { return t('app.view.sim'); }, load: null },
  scale: { get label() { return t('app.view.scale'); }, load: () => import('./scale-tab').then((m) => m.mountScaleView) },
  rhythm: { get label() { return t('app.view.rhythm'); }, load: () => import('./rhythm-tab').then((m) => m.mountRhythmView) },
  downey: { get label() { return t('app.view.downey'); }, load: () => import('./downey-tab').then((m) => m.mountDowneyView) },
  finder: { get label() { return t('app.view.finder'); }, load: () => import('./finder-tab').then((m) => m.mountFinderView) },
  sources: { get label() { return t('app.view.sources'); }, load: () => import('./sources-tab').then((m) => m.mountSourcesView) },
};

/** The compact detectability list's code, with the source list it links to and the tabs' words:
 *  ~27 KB gzip the first view does not draw (the list sits below the panel's controls). */
const detectability = deferredPart(() => Promise.all([import('./detectability'), loadTabWords()]).then(([m]) => m.mountDetectability));

/** Fetches every view's code without mounting it (the prefetcher calls this when the page is idle). */
export function viewLoaders(): LoadView[] {
  return Object.values(VIEWS).flatMap((v) => (v.load ? [v.load] : []));
}

/** Mounts a view whose code may still be loading: busy host and a "Loading" line meanwhile, a
 *  message in words if the code cannot load. Returns dispose (safe before the code arrives). */
function mountLazy(host: HTMLElement, load: LoadView, ctx: ViewContext): Dispose {
  let dispose: Dispose | null = null;
  let gone = false;
  const wait = h('p', { class: 'hint', role: 'status', text: t('app.view.loading') });
  host.setAttribute('aria-busy', 'true');
  host.append(wait);
  // the view's code and its words (the tabs' and the model content's catalogs) arrive together
  Promise.all([load(), loadTabWords()])
    .then(([mount]) => {
      if (gone) return;
      wait.remove();
      dispose = mount(host, ctx);
    })
    .catch((e: unknown) => {
      if (!gone) wait.textContent = t('app.view.loadFailed', { message: e instanceof Error ? e.message : String(e) });
    })
    .finally(() => {
      if (!gone) host.removeAttribute('aria-busy');
    });
  return () => {
    gone = true;
    wait.remove();
    host.removeAttribute('aria-busy');
    dispose?.();
  };
}

export interface ViewSwitcherOptions extends ViewContext {
  /** element the tab bar goes after (default: the page header), where index.html has no stand-in for it */
  tabsAfter?: Element | null;
  /** the grid that holds scene, charts and panel (default: .app-main) */
  main?: HTMLElement | null;
  /** where the compact detectability list goes (default: end of #panel, before the instructor's details) */
  detectabilityAfter?: Element | null;
}

/** Mounts the tab bar, the view host and the compact detectability list. Returns dispose. */
export function mountViewSwitcher(opts: ViewSwitcherOptions): Dispose {
  const { appStore } = opts;
  const main = opts.main ?? (document.querySelector('.app-main') as HTMLElement | null);
  const after = opts.tabsAfter ?? document.querySelector('.app-header');
  if (!main) return () => {};
  const nav = bindAttr(h('nav', { class: 'view-tabs' }), 'aria-label', 'app.view.nav');
  const list = h('div', { role: 'tablist', class: 'view-tablist' });
  const host = h('section', { id: 'view-host', class: 'view-host', role: 'tabpanel', tabindex: '-1' });
  const tabs = VIEW_IDS.map((id) => {
    const b = h('button', { type: 'button', role: 'tab', class: 'view-tab', id: `tab-${id}`, 'data-view': id, 'aria-controls': 'view-host' });
    localize(b, (el) => (el.textContent = VIEWS[id].label));
    b.addEventListener('click', () => setField(appStore, 'view', id));
    b.addEventListener('keydown', (e) => {
      const i = VIEW_IDS.indexOf(id);
      const next = e.key === 'ArrowRight' ? VIEW_IDS[(i + 1) % VIEW_IDS.length] : e.key === 'ArrowLeft' ? VIEW_IDS[(i - 1 + VIEW_IDS.length) % VIEW_IDS.length] : null;
      if (next) {
        e.preventDefault();
        setField(appStore, 'view', next);
        document.getElementById(`tab-${next}`)?.focus();
      }
    });
    return b;
  });
  list.append(...tabs);
  nav.append(list);
  // in place of index.html's stand-in, which held the tab bar's height while the app loaded
  const standIn = document.querySelector('nav.view-tabs.load-placeholder');
  if (standIn) standIn.replaceWith(nav);
  else if (after) after.after(nav);
  else main.before(nav);
  main.append(host);

  let current: ViewId | null = null;
  let disposeView: Dispose | null = null;
  const show = (): void => {
    const v = appStore.getState().view;
    if (v === current) return;
    current = v;
    disposeView?.();
    disposeView = null;
    host.replaceChildren();
    main.dataset.view = v;
    for (const t of tabs) {
      const on = t.dataset.view === v;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
    }
    host.setAttribute('aria-labelledby', `tab-${v}`);
    const load = VIEWS[v].load;
    if (load) disposeView = mountLazy(host, load, { appStore });
    host.scrollTop = 0;
    // the scene was display:none while another view showed; let it measure itself again
    if (v === 'sim') window.dispatchEvent(new Event('resize'));
  };
  show();
  const unsub = appStore.subscribe(show);
  // a new language: draw the open view again in it (the tab names follow through localize)
  const unLocale = onLocaleChange(() => {
    current = null;
    show();
  });

  // The compact list goes after the panel's student controls (before the instructor's details),
  // not between readouts and the time controls: its source links would otherwise split the
  // panel's keyboard run (force, subject, technique, pause, speed, true scale, Reset All).
  const panel = document.getElementById('panel');
  const gui = panel?.querySelector(':scope > .gui-host') ?? null;
  let disposeDetect: Dispose = () => {};
  if (panel) {
    const slot = h('div', { class: 'detect-slot' });
    if (opts.detectabilityAfter) opts.detectabilityAfter.after(slot);
    else if (gui) gui.before(slot);
    else panel.append(slot);
    // its code and words load when the page is idle or when the list scrolls into sight (below
    // the controls, it is not in the first view): busy until then, drawn again on a new language
    let d: Dispose = () => {};
    let mount: typeof import('./detectability').mountDetectability | null = null;
    let gone = false;
    slot.setAttribute('aria-busy', 'true');
    loadWhenSeen(slot, detectability);
    void detectability.code.then((m) => {
      if (gone) return;
      mount = m;
      slot.removeAttribute('aria-busy');
      d = m(slot, { appStore });
    });
    const unDetect = onLocaleChange(() => {
      if (!mount) return;
      d();
      d = mount(slot, { appStore });
    });
    disposeDetect = () => {
      gone = true;
      unDetect();
      d();
      slot.remove();
    };
  }
  return () => {
    unsub();
    unLocale();
    disposeView?.();
    disposeDetect();
    nav.remove();
    host.remove();
    delete main.dataset.view;
  };
}
