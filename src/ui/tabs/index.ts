// The view registry and the switcher: one tab per view, bound to the app store's `view`
// (so `?view=scale` opens the Scale view and a tab click updates the URL through the store).
// 'sim' is the student scene that app-ui.ts and main.ts build; the other views mount into a host
// that takes the scene's and charts' place while the panel (force, subject, technique) stays.

import type { ViewId } from '../../state/app-state';
import { setField } from '../../state/store';
import { VIEW_IDS } from '../../state/url-schema';
import { h } from '../dom';
import { mountDetectability } from './detectability';
import { mountDowneyView } from './downey-tab';
import { mountFinderView } from './finder-tab';
import { mountRhythmView } from './rhythm-tab';
import { mountScaleView } from './scale-tab';
import { mountSourcesView } from './sources-tab';
import type { Dispose, MountView, ViewContext } from './common';
import './tabs.css';

export type { ViewContext, MountView, Dispose } from './common';
export { mountDetectability } from './detectability';
export { mountScaleView, mountRhythmView, mountDowneyView, mountFinderView, mountSourcesView };

export const VIEWS: Readonly<Record<ViewId, { label: string; mount: MountView | null }>> = {
  sim: { label: 'Simulation', mount: null },
  scale: { label: 'Scale', mount: mountScaleView },
  rhythm: { label: 'Rhythm', mount: mountRhythmView },
  downey: { label: 'Rabbit study 2006', mount: mountDowneyView },
  finder: { label: 'Force finder', mount: mountFinderView },
  sources: { label: 'Sources', mount: mountSourcesView },
};

export interface ViewSwitcherOptions extends ViewContext {
  /** element the tab bar goes after (default: the page header) */
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
  const nav = h('nav', { class: 'view-tabs', 'aria-label': 'Views' });
  const list = h('div', { role: 'tablist', class: 'view-tablist' });
  const host = h('section', { id: 'view-host', class: 'view-host', role: 'tabpanel', tabindex: '-1' });
  const tabs = VIEW_IDS.map((id) => {
    const b = h('button', { type: 'button', role: 'tab', class: 'view-tab', id: `tab-${id}`, 'data-view': id, 'aria-controls': 'view-host', text: VIEWS[id].label });
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
  if (after) after.after(nav);
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
    const mount = VIEWS[v].mount;
    if (mount) disposeView = mount(host, { appStore });
    host.scrollTop = 0;
    // the scene was display:none while another view showed; let it measure itself again
    if (v === 'sim') window.dispatchEvent(new Event('resize'));
  };
  show();
  const unsub = appStore.subscribe(show);

  // The compact list goes after the panel's student controls (before the instructor's details),
  // not between readouts and the time controls: its source links would otherwise split the
  // panel's keyboard run (force, subject, technique, pause, speed, true scale, Reset All).
  const panel = document.getElementById('panel');
  const gui = panel?.querySelector(':scope > .details-gui') ?? null;
  let disposeDetect: Dispose = () => {};
  if (panel) {
    const slot = h('div', { class: 'detect-slot' });
    if (opts.detectabilityAfter) opts.detectabilityAfter.after(slot);
    else if (gui) gui.before(slot);
    else panel.append(slot);
    const d = mountDetectability(slot, { appStore });
    disposeDetect = () => {
      d();
      slot.remove();
    };
  }
  return () => {
    unsub();
    disposeView?.();
    disposeDetect();
    nav.remove();
    host.remove();
    delete main.dataset.view;
  };
}
