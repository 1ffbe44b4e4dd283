// The instructor's detail panel (lil-gui, closed by default): display options and the current
// subject's model parameters with their ranges and sources. lil-gui is not accessible enough to be
// a student's only control (its slider is not focusable), so everything a student needs also
// exists as a native control in the side panel. Parameters are shown read-only: the model takes
// them from src/model/subjects.ts and the store has no per-parameter overrides.

import GUI from 'lil-gui';
// lil-gui's package "exports" do not list its stylesheet, so the path goes through node_modules.
// Bundling the CSS (instead of lil-gui injecting a <style> at run time) keeps the page working
// under a Content-Security-Policy without 'unsafe-inline' styles, as learning platforms often require.
import '../../node_modules/lil-gui/dist/lil-gui.min.css';
// after lil-gui's stylesheet: the page's visible focus ring inside the panel too
import './gui-panel.css';
import type { AppState } from '../state/app-state';
import { EXAGGERATION_DECADES } from '../state/ranges';
import { formatFactor } from './format';
import { fittedExaggeration } from '../state/exaggeration';
import { AUTO } from '../state/option-kinds';
import { setField, watch, type AppStore } from '../state/store';
import type { Param } from '../model/types';
import type { SubjectId } from '../model/types';
import { hasMessage, onLocaleChange, t } from '../i18n/index';

export interface GuiDeps {
  store: AppStore;
  /** the current subject's parameters, keyed by name, with display labels */
  paramsOf(subject: SubjectId): object;
}


/** A parameter's name: its catalog entry (app.param.<key>), else the camelCase key in words ("Outflow resistance"). */
function humanise(key: string): string {
  if (hasMessage(`app.param.${key}`)) return t(`app.param.${key}`);
  const s = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A parameter's unit: SI symbols as they are, the two word units (bpm, fraction) from the catalog. */
const unitWords = (unit: string): string => (hasMessage(`app.gui.unit.${unit}`) ? t(`app.gui.unit.${unit}`) : unit);

/** lil-gui's `add` arguments after object and property: min, max, step, or the choices of a dropdown */
type AddArgs = [] | [min: number, max: number, step: number] | [choices: Record<string, string>];

export class GuiPanel {
  readonly gui: GUI;
  private paramsFolder: GUI;
  private readonly unsubscribe: (() => void)[] = [];
  /** lil-gui folders and controllers with their catalog keys, renamed after a language switch */
  private readonly named: Array<() => void> = [];

  constructor(parent: HTMLElement, private readonly deps: GuiDeps) {
    this.gui = new GUI({ container: parent, title: t('app.gui.title'), injectStyles: false, closeFolders: true });
    this.gui.domElement.classList.add('details-gui');
    const display = this.gui.addFolder(t('app.gui.display'));
    this.named.push(() => this.gui.title(t('app.gui.title')), () => display.title(t('app.gui.display')));
    this.exaggerationControl(display);
    this.bind(display, 'trueScale', 'app.gui.trueScale');
    this.bind(display, 'scalp', 'app.gui.scalp');
    const profiles = this.bind(display, 'colorProfile', 'app.gui.colours', [this.profileChoices()]);
    this.named.push(() => profiles.options(this.profileChoices()));
    display.open();
    this.paramsFolder = this.gui.addFolder(t('app.gui.params'));
    this.gui.close();
    this.unsubscribe.push(deps.store.subscribe((s) => s.subject, (subject) => this.showParams(subject), { fireImmediately: true }));
    this.unsubscribe.push(
      onLocaleChange(() => {
        for (const rename of this.named) rename();
        this.showParams(deps.store.getState().subject);
      }),
    );
  }

  private profileChoices(): Record<string, string> {
    return { [t('app.gui.screen')]: 'default', [t('app.gui.projector')]: 'projector' };
  }

  /** One controller on one store field: it shows that field's slice and writes through setField. */
  private bind<K extends keyof AppState>(folder: GUI, key: K, labelKey: string, args: AddArgs = []) {
    const { store } = this.deps;
    const proxy = { value: store.getState()[key] };
    const c = folder
      .add(proxy, 'value', ...args)
      .name(t(labelKey))
      .onChange((x: AppState[K]) => setField(store, key, x));
    this.named.push(() => c.name(t(labelKey)));
    this.unsubscribe.push(
      store.subscribe(
        (s) => s[key],
        (v) => {
          proxy.value = v;
          c.updateDisplay();
        },
      ),
    );
    return c;
  }

  /**
   * The exaggeration as a labelled choice of factors (a bare exponent field read a typed 1000 as
   * x10^1000): Auto, naming the factor it fits to this subject, true scale, each decade, and a
   * factor from a link when it is none of these.
   */
  private exaggerationControl(folder: GUI): void {
    const { store } = this.deps;
    const proxy: { value: AppState['exaggeration'] } = { value: store.getState().exaggeration };
    const c = folder
      .add(proxy, 'value', {})
      .name(t('app.gui.exaggeration'))
      .onChange((x: AppState['exaggeration']) => setField(store, 'exaggeration', x));
    const show = ([value, subject]: readonly [AppState['exaggeration'], SubjectId]) => {
      const choices: Record<string, AppState['exaggeration']> = { [t('app.gui.auto', { factor: formatFactor(fittedExaggeration(subject)) })]: AUTO };
      for (const x of EXAGGERATION_DECADES) choices[x === 1 ? t('app.gui.trueScaleChoice') : formatFactor(x)] = x;
      if (value !== AUTO && !EXAGGERATION_DECADES.includes(value)) choices[formatFactor(value)] = value;
      proxy.value = value;
      c.options(choices);
    };
    this.unsubscribe.push(watch(store, (s) => [s.exaggeration, s.subject] as const, show));
    this.named.push(() => {
      c.name(t('app.gui.exaggeration'));
      show([store.getState().exaggeration, store.getState().subject]);
    });
  }

  private showParams(subject: SubjectId): void {
    const wasOpen = !this.paramsFolder._closed;
    this.paramsFolder.destroy();
    this.paramsFolder = this.gui.addFolder(t('app.gui.params'));
    const params = this.deps.paramsOf(subject);
    const values: Record<string, number> = {};
    for (const [key, p] of Object.entries(params) as [string, Param][]) {
      values[key] = p.value;
      const c = this.paramsFolder
        .add(values, key, p.min, p.max)
        .name(`${humanise(key)} (${unitWords(p.unit)})`)
        .disable();
      // the name: its range and how sure the value is, in the reader's words; the value's slider:
      // the source as the model notes it (citations and provenance notes stay as published)
      const confidence = t(`app.gui.confidence.${p.confidence.replace(' ', '-')}`);
      c.$name.title = t('app.gui.paramTitle', { min: p.min, max: p.max, unit: unitWords(p.unit), confidence });
      c.$widget.title = p.source;
      c.$widget.setAttribute('translate', 'no');
    }
    if (wasOpen) this.paramsFolder.open();
    else this.paramsFolder.close();
  }

  dispose(): void {
    for (const u of this.unsubscribe) u();
    this.gui.destroy();
  }
}
