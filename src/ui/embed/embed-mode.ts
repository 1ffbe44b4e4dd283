// Embed mode (`?embed=1`): the page inside a course page's iframe. The page chrome (header, view
// tabs, charts, instructor panel, lecture/embed/export buttons) is hidden by CSS keyed on
// html[data-embed='on']; the scene and the readouts stay, and of the controls only those named
// in `?controls=` (parsed.page.controls, already checked by the URL schema) stay visible.
//
// Controls are recognised by a `data-control` attribute. The student panel (controls.ts) does
// not set it, so `tagControls` finds each control through the panel's public parts and its
// visible labels, once, at start-up. Exaggeration and cutaway have no native control in the
// student panel (they live in the instructor's lil-gui, which embed mode hides), so embed mode
// adds small native ones when they are asked for; so too the language menu, whose home (the page
// header) embed mode hides.

import { setField, watch, type AppStore } from '../../state/store';
import type { AppState } from '../../state/app-state';
import { fittedExaggeration } from '../../state/exaggeration';
import { AUTO } from '../../state/option-kinds';
import { EXAGGERATION_DECADES } from '../../state/ranges';
import { formatFactor } from '../format';
import type { ControlId } from '../../state/url-schema';
import { h, uid } from '../dom';
import { bindAttr, bindText } from '../../i18n/bind';
import { onLocaleChange, t } from '../../i18n/index';
import { languageMenu } from '../language-menu';
import './embed.css';

/** The parts of the student panel embed mode needs (ControlPanel satisfies it). */
export interface PanelParts {
  touchSection: HTMLElement;
  timeSection: HTMLElement;
  force: { element: HTMLElement };
  resetButton: HTMLElement;
}

function rowOfLabel(section: HTMLElement, text: string): HTMLElement | null {
  for (const label of section.querySelectorAll('label')) {
    if (label.textContent?.trim() === text) return (label.closest('.control') as HTMLElement | null) ?? label;
  }
  return null;
}

function tag(el: Element | null | undefined, id: ControlId): void {
  if (el instanceof HTMLElement) el.dataset.control = id;
}

/** Marks each student control with data-control="force" | "subject" | ... (idempotent). */
function tagControls(parts: PanelParts): void {
  tag(parts.force.element, 'force');
  // the labels as the page shows them at start-up (in the reader's language)
  tag(rowOfLabel(parts.touchSection, t('app.controls.subject')), 'subject');
  tag(rowOfLabel(parts.touchSection, t('app.controls.technique')), 'technique');
  tag(parts.touchSection.querySelector('.technique-note'), 'technique');
  const play = parts.timeSection.querySelector('button.play');
  tag(play, 'play');
  // the Step button belongs with play/pause: it advances the model while paused
  tag(play?.nextElementSibling, 'play');
  tag(parts.timeSection.querySelector('.speed-label'), 'speed');
  const speedLabel = parts.timeSection.querySelector('.speed-label');
  const speedFor = speedLabel?.getAttribute('for');
  tag(speedFor ? document.getElementById(speedFor) : null, 'speed');
  tag(parts.resetButton, 'reset');
  // "True scale" is the student panel's exaggeration control (x1 or the chosen factor)
  tag(parts.timeSection.querySelector('.switch-label'), 'exaggeration');
}


/**
 * Native controls for embed mode: the exaggeration (the lil-gui one is hidden there; the cutaway
 * is a panel control) and the language menu (the header that holds it is hidden there).
 */
function extraControls(store: AppStore, keep: ReadonlySet<ControlId>): { element: HTMLElement; dispose(): void } | null {
  if (!keep.has('exaggeration') && !keep.has('language')) return null;
  const section = bindAttr(h('section', { class: 'panel-section embed-extra' }), 'aria-label', 'app.gui.display');
  const cleanups: (() => void)[] = [];
  if (keep.has('language')) section.append(h('div', { class: 'control control-row', 'data-control': 'language' }, languageMenu(store)));
  if (keep.has('exaggeration')) {
    const id = uid('embed-exaggeration');
    const select = h('select', { id });
    // 'auto' first: the factor fitted to the subject, named in the option so the choice is visible
    const auto = h('option', { value: AUTO });
    select.append(auto);
    for (const x of EXAGGERATION_DECADES) select.append(h('option', { value: x, text: formatFactor(x) }));
    select.addEventListener('change', () => setField(store, 'exaggeration', select.value === AUTO ? AUTO : Number(select.value)));
    const row = h('div', { class: 'control control-row', 'data-control': 'exaggeration' }, bindText(h('label', { for: id }), 'app.embed.motionShown'), select);
    section.append(row);
    const show = ([v, subject]: readonly [AppState['exaggeration'], AppState['subject']]) => {
      auto.textContent = t('app.embed.auto', { factor: formatFactor(fittedExaggeration(subject)) });
      if (v !== AUTO && !EXAGGERATION_DECADES.includes(v) && !select.querySelector(`option[value="${v}"]`)) {
        select.append(h('option', { value: v, text: formatFactor(v) }));
      }
      select.value = String(v);
    };
    cleanups.push(watch(store, (s) => [s.exaggeration, s.subject] as const, show));
    cleanups.push(onLocaleChange(() => show([store.getState().exaggeration, store.getState().subject])));
  }
  return {
    element: section,
    dispose() {
      for (const c of cleanups) c();
      section.remove();
    },
  };
}

export interface EmbedModeDeps {
  store: AppStore;
  panel: HTMLElement;
  parts: PanelParts;
  /** parsed.page.controls: the controls to keep, canonical order, already validated */
  controls: readonly ControlId[];
}

/**
 * Applies embed mode while the store's `embed` is on (it is a state option, so the embed API's
 * setState can switch it too). Returns dispose.
 */
export function mountEmbedMode(deps: EmbedModeDeps): () => void {
  const { store } = deps;
  const root = document.documentElement;
  const keep = new Set<ControlId>(deps.controls);
  tagControls(deps.parts);
  for (const el of deps.panel.querySelectorAll<HTMLElement>('[data-control]')) {
    if (keep.has(el.dataset.control as ControlId)) el.dataset.keep = '';
    else delete el.dataset.keep;
  }
  let extra: ReturnType<typeof extraControls> = null;
  const apply = () => {
    const on = store.getState().embed;
    if (on) root.dataset.embed = 'on';
    else delete root.dataset.embed;
    if (on && !extra) {
      extra = extraControls(store, keep);
      if (extra) {
        for (const el of extra.element.querySelectorAll<HTMLElement>('[data-control]')) el.dataset.keep = '';
        deps.parts.touchSection.after(extra.element);
      }
    } else if (!on && extra) {
      extra.dispose();
      extra = null;
    }
    // nothing chosen: no empty control sections, just the scene and the readouts
    root.dataset.embedControls = String(keep.size);
  };
  apply();
  const unsub = store.subscribe(
    (s) => s.embed,
    () => {
      apply();
      window.dispatchEvent(new Event('resize'));
    },
  );
  return () => {
    unsub();
    extra?.dispose();
    delete root.dataset.embed;
    delete root.dataset.embedControls;
  };
}
