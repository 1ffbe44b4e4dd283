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
import { EXAGGERATION_RANGE } from '../state/ranges';
import { fittedExaggeration } from '../state/exaggeration';
import { AUTO } from '../state/option-kinds';
import { setField, watch, type AppStore } from '../state/store';
import type { Param } from '../model/types';
import type { SubjectId } from '../model/types';

export interface GuiDeps {
  store: AppStore;
  /** the current subject's parameters, keyed by name, with display labels */
  paramsOf(subject: SubjectId): object;
}

/** every decade of the exaggeration's range: x1 (true scale), x10, ... */
const EXAGGERATION_DECADES: readonly number[] = Array.from(
  { length: Math.round(Math.log10(EXAGGERATION_RANGE.max / EXAGGERATION_RANGE.min)) + 1 },
  (_, i) => EXAGGERATION_RANGE.min * 10 ** i,
);
const times = (x: number): string => `×${x.toLocaleString('en-US')}`;

/** camelCase parameter key -> "Outflow resistance" */
function humanise(key: string): string {
  const s = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** lil-gui's `add` arguments after object and property: min, max, step, or the choices of a dropdown */
type AddArgs = [] | [min: number, max: number, step: number] | [choices: Record<string, string>];

export class GuiPanel {
  readonly gui: GUI;
  private paramsFolder: GUI;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(parent: HTMLElement, private readonly deps: GuiDeps) {
    this.gui = new GUI({ container: parent, title: 'Details for instructors', injectStyles: false, closeFolders: true });
    this.gui.domElement.classList.add('details-gui');
    const display = this.gui.addFolder('Display');
    this.exaggerationControl(display);
    this.bind(display, 'trueScale', 'True scale');
    this.bind(display, 'scalp', 'Scalp (translucent)');
    this.bind(display, 'colorProfile', 'Colours', [{ 'Screen': 'default', 'Projector (high contrast)': 'projector' }]);
    display.open();
    this.paramsFolder = this.gui.addFolder('Model parameters (read-only)');
    this.gui.close();
    this.unsubscribe.push(deps.store.subscribe((s) => s.subject, (subject) => this.showParams(subject), { fireImmediately: true }));
  }

  /** One controller on one store field: it shows that field's slice and writes through setField. */
  private bind<K extends keyof AppState>(folder: GUI, key: K, label: string, args: AddArgs = []): void {
    const { store } = this.deps;
    const proxy = { value: store.getState()[key] };
    const c = folder
      .add(proxy, 'value', ...args)
      .name(label)
      .onChange((x: AppState[K]) => setField(store, key, x));
    this.unsubscribe.push(
      store.subscribe(
        (s) => s[key],
        (v) => {
          proxy.value = v;
          c.updateDisplay();
        },
      ),
    );
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
      .name('Exaggeration')
      .onChange((x: AppState['exaggeration']) => setField(store, 'exaggeration', x));
    const show = ([value, subject]: readonly [AppState['exaggeration'], SubjectId]) => {
      const choices: Record<string, AppState['exaggeration']> = { [`Auto (${times(fittedExaggeration(subject))} here)`]: AUTO };
      for (const x of EXAGGERATION_DECADES) choices[x === 1 ? '×1 (true scale)' : times(x)] = x;
      if (value !== AUTO && !EXAGGERATION_DECADES.includes(value)) choices[times(value)] = value;
      proxy.value = value;
      c.options(choices);
    };
    this.unsubscribe.push(watch(store, (s) => [s.exaggeration, s.subject] as const, show));
  }

  private showParams(subject: SubjectId): void {
    const wasOpen = !this.paramsFolder._closed;
    this.paramsFolder.destroy();
    this.paramsFolder = this.gui.addFolder('Model parameters (read-only)');
    const params = this.deps.paramsOf(subject);
    const values: Record<string, number> = {};
    for (const [key, p] of Object.entries(params) as [string, Param][]) {
      values[key] = p.value;
      const c = this.paramsFolder
        .add(values, key, p.min, p.max)
        .name(`${humanise(key)} (${p.unit})`)
        .disable();
      c.domElement.title = `range ${p.min}–${p.max} ${p.unit}; ${p.confidence}: ${p.source}`;
    }
    if (wasOpen) this.paramsFolder.open();
    else this.paramsFolder.close();
  }

  dispose(): void {
    for (const u of this.unsubscribe) u();
    this.gui.destroy();
  }
}
