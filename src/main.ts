// Entry point: composition only. URL -> stores -> SimLoop (model) -> scene and UI, one animation
// loop for all three. Physics lives in src/model, state in src/state, pixels in src/view, DOM in
// src/ui; nothing here computes anything.
import './ui/styles.css';
import { Simulation, SUBJECTS, TECHNIQUES, touchResponse } from './model/index';
import { gramsToNewtons } from './model/units';
import { ChartHistory } from './state/history';
import { SimLoop } from './state/sim-loop';
import { createAppStore, createSimStore, resetAll, setForceG } from './state/store';
import { parseUrlOptions, serializeUrlOptions } from './state/url-schema';
import { mountUi } from './ui/app-ui';
import { showSceneFallback } from './ui/notice';
import { SkullScene } from './view/skull-scene';

/** Minimum gap between two history.replaceState calls, ms (browsers throttle faster updates). */
const URL_UPDATE_MS = 300;
/** Colour range of the CSF pressure map, mmHg: one fixed scale for every subject, so colours compare. */
const ICP_LEGEND_RANGE_MMHG = [0, 20] as const;

const parsed = parseUrlOptions(location.search);
const store = createAppStore(parsed.state);
const sim = createSimStore();
const history = new ChartHistory();
const loop = new SimLoop(store, sim, { createSimulation: (init) => new Simulation(init), touchResponse, history });

const ui = mountUi({
  store,
  sim,
  history,
  subjects: SUBJECTS,
  techniques: TECHNIQUES,
  urlWarnings: parsed.warnings,
  actions: {
    setForceG: (g) => setForceG(store, g),
    set: (patch) => store.setState(patch),
    stepOnce: () => loop.stepOnce(),
    resetAll: () => resetAll(store),
  },
});

// The scene, or a clear message where it would be; readouts and charts work either way.
const sceneEl = document.getElementById('scene') as HTMLElement;
let scene: SkullScene | null = null;
try {
  if (!SkullScene.isWebGLAvailable()) throw new Error('This browser or computer has WebGL 2 turned off or unsupported.');
  scene = new SkullScene(sceneEl);
  scene.resize();
} catch (e) {
  scene = null;
  showSceneFallback(sceneEl, e instanceof Error ? e.message : 'WebGL could not start.');
}
window.addEventListener('resize', () => scene?.resize());

// The URL follows the state (throttled), so a copied link reproduces the view. Page-level
// options (controls, parentOrigin) are kept as they came.
let urlTimer: ReturnType<typeof setTimeout> | null = null;
store.subscribe(() => {
  urlTimer ??= setTimeout(() => {
    urlTimer = null;
    const q = serializeUrlOptions(store.getState(), parsed.page);
    window.history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
  }, URL_UPDATE_MS);
});

// A hidden tab gets no frames; on return the first delta is dropped so the model does not jump
// (SimLoop also caps any single delta).
let last: number | null = null;
document.addEventListener('visibilitychange', () => {
  last = null;
});
function frame(now: number): void {
  if (document.hidden) return;
  if (last !== null) loop.tick((now - last) / 1000);
  last = now;
  const s = store.getState();
  const f = sim.getState().frame;
  scene?.update({
    subject: s.subject,
    technique: s.technique,
    forceN: f ? f.appliedForceN : gramsToNewtons(s.forceG),
    frame: f,
    exaggeration: s.trueScale ? 1 : s.exaggeration,
    cutaway: s.cutaway,
    colorProfile: s.colorProfile,
    icpRangeMmHg: ICP_LEGEND_RANGE_MMHG,
  });
  scene?.render();
  ui.refresh(now);
  document.documentElement.dataset.ready = 'true';
}
if (scene) scene.renderer.setAnimationLoop(frame);
else {
  const raf = (t: number) => {
    frame(t);
    requestAnimationFrame(raf);
  };
  requestAnimationFrame(raf);
}
