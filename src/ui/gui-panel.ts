// The instructor's detail panel (lil-gui, closed by default): display options and the current
// subject's model parameters with their ranges and sources. lil-gui is not accessible enough to be
// a student's only control (its slider is not focusable), so everything a student needs also
// exists as a native control in the side panel. Parameters are shown read-only: the model takes
// them from src/model/subjects.ts and the store has no per-parameter overrides.

import GUI from 'lil-gui';
// lil-gui's package "exports" do not list its stylesheet, so the path goes through node_modules.
// Bundling the CSS (instead of lil-gui injecting a <style> at run time) keeps the page working
// under a Content-Security-Policy without 'unsafe-inline' styles (issue 6).
import '../../node_modules/lil-gui/dist/lil-gui.min.css';
// after lil-gui's stylesheet: the page's visible focus ring inside the panel too
import './gui-panel.css';
import type { StoreApi } from 'zustand/vanilla';
import type { AppState, ColorProfile } from '../state/app-state';
import { EXAGGERATION_RANGE, EXAGGERATION_SLIDER_STEP_DECADES } from '../state/ranges';
import type { Param } from '../model/types';
import type { SubjectId } from '../model/types';

export interface GuiDeps {
  store: StoreApi<AppState>;
  set(patch: Partial<AppState>): void;
  /** the current subject's parameters, keyed by name, with display labels */
  paramsOf(subject: SubjectId): object;
}

/** camelCase parameter key -> "Outflow resistance" */
function humanise(key: string): string {
  const s = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export class GuiPanel {
  readonly gui: GUI;
  private readonly proxy = {
    exaggerationLog10: Math.log10(EXAGGERATION_RANGE.default),
    trueScale: false,
    cutaway: false,
    colorProfile: 'default' as ColorProfile,
  };
  private paramsFolder: GUI;
  private shownSubject: SubjectId | null = null;
  private readonly unsubscribe: () => void;

  constructor(parent: HTMLElement, private readonly deps: GuiDeps) {
        this.gui = new GUI({ container: parent, title: 'Details for instructors', injectStyles: false, closeFolders: true });
    this.gui.domElement.classList.add('details-gui');
    const display = this.gui.addFolder('Display');
    display
      .add(this.proxy, 'exaggerationLog10', Math.log10(EXAGGERATION_RANGE.min), Math.log10(EXAGGERATION_RANGE.max), EXAGGERATION_SLIDER_STEP_DECADES)
      .name('Exaggeration (10^n ×)')
      .onChange((v: number) => deps.set({ exaggeration: 10 ** v }));
    display.add(this.proxy, 'trueScale').name('True scale').onChange((v: boolean) => deps.set({ trueScale: v }));
    display.add(this.proxy, 'cutaway').name('Cutaway (CSF, ventricles)').onChange((v: boolean) => deps.set({ cutaway: v }));
    display
      .add(this.proxy, 'colorProfile', { 'Screen': 'default', 'Projector (high contrast)': 'projector' })
      .name('Colours')
      .onChange((v: ColorProfile) => deps.set({ colorProfile: v }));
    display.open();
    this.paramsFolder = this.gui.addFolder('Model parameters (read-only)');
    this.gui.close();
    this.unsubscribe = deps.store.subscribe((s) => this.sync(s));
    this.sync(deps.store.getState());
  }

  private sync(s: AppState): void {
    this.proxy.exaggerationLog10 = Math.log10(s.exaggeration);
    this.proxy.trueScale = s.trueScale;
    this.proxy.cutaway = s.cutaway;
    this.proxy.colorProfile = s.colorProfile;
    for (const c of this.gui.controllersRecursive()) c.updateDisplay();
    if (s.subject !== this.shownSubject) this.showParams(s.subject);
  }

  private showParams(subject: SubjectId): void {
    this.shownSubject = subject;
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
    this.unsubscribe();
    this.gui.destroy();
  }
}
