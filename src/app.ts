// The app, loaded by main.ts (which first asks for the skull): composition only. URL -> stores -> SimLoop (model) -> scene and UI, one animation
// loop for all three. Physics lives in src/model, state in src/state, pixels in src/view, DOM in
// src/ui; nothing here computes anything.
import { Simulation, SUBJECTS, TECHNIQUES, touchResponse } from './model/index';
import { gramsToNewtons } from './model/units';
import { ChartHistory } from './state/history';
import { SimLoop } from './state/sim-loop';
import { anatomyArrived } from './state/anatomy-early';
import type { EmbedBridge } from './state/embed';
import { createAppStore, createSimStore } from './state/store';
import { syncUrlWithStore } from './state/url-sync';
import { parseUrlOptions } from './state/url-options';
import { shownExaggeration } from './state/exaggeration';
import { mountUi } from './ui/app-ui';
import { mountViewSwitcher, viewLoaders } from './ui/tabs';
import { INSTRUCTOR_CHUNKS, mountInstructorTools } from './ui/instructor-tools';
import { contextLostNotice, showSceneFallback } from './ui/notice';
import { prefetchWhenIdle } from './ui/prefetch';
import { nextTask } from './ui/next-task';
import { SkullScene } from './view/skull-scene';
import { loadCutawayCode } from './view/head-view';
import { PSEUDO_LOCALE, preferredLocale, t } from './i18n/index';
import { followLocale, languageMenu, switchLocale } from './ui/language-menu';
import { localizePage } from './ui/page-text';
import { localizedSubjects, localizedTechniques } from './ui/labels';

/** Colour range of the CSF pressure map, mmHg: one fixed scale for every subject, so colours compare. */
const ICP_LEGEND_RANGE_MMHG = [0, 20] as const;

// The set-up runs in steps (awaits) inside start(), not as top-level awaits: a top-level await in
// any module turns off Rolldown's chunk optimizations, and every lazy part then shipped as an
// extra file that only re-exported it (scripts/chunks.ts).
async function start(): Promise<void> {
  // The language first (?locale=, else the browser's preferred languages, else English), so every
  // word, the URL notices included, is written in it; English is in this chunk, others load here.
  const asked = parseUrlOptions(location.search);
  // the skull is the largest thing to load (src/view/skull-loader.ts): start it first
  SkullScene.prepare(asked.state.subject);
  const locale = new URLSearchParams(location.search).has('locale') ? asked.state.locale : preferredLocale(navigator.languages);
  await switchLocale(asked.page.pseudo ? PSEUDO_LOCALE : locale);
  localizePage();

  const parsed = parseUrlOptions(location.search);
  const store = createAppStore({ ...parsed.state, locale });
  followLocale(store, parsed.page.pseudo);
  // in place of index.html's stand-in, which held the header's height
  document.querySelector('.app-header .load-placeholder')?.remove();
  document.querySelector('.app-header')?.append(languageMenu(store));
  const sim = createSimStore();
  // subjects and techniques with their names in the reader's language (src/ui/labels.ts)
  const subjects = localizedSubjects(SUBJECTS);
  const techniques = localizedTechniques(TECHNIQUES);
  const history = new ChartHistory();
  // Set-up in steps separated by nextTask() (src/ui/next-task.ts), so input and the skull's fetch
  // are served between them: the scene first (its shader programs then compile in the GPU process
  // while the rest sets up), the model (its first build is the longest step), then the panel,
  // filled at once from the model: a panel painted empty and filled a second later made the page
  // below it jump (layout shift), and its largest text came late (largest contentful paint).
  await nextTask();
  // The scene, or a clear message where it would be; readouts and charts work either way.
  const sceneEl = document.getElementById('scene') as HTMLElement;
  let scene: SkullScene | null = null;
  try {
    if (!SkullScene.isWebGLAvailable()) throw new Error(t('app.notice.noWebglReason'));
    scene = new SkullScene(sceneEl);
    // Shader compile errors are checked only with ?ea (assertions on): the check reads each
    // program's link status back synchronously, which stalled the first frame by 200-300 ms on a
    // software renderer (bench/run.ts); our shaders are fixed at build time.
    scene.renderer.debug.checkShaderErrors = parsed.page.ea;
    scene.onContextChange = contextLostNotice(sceneEl);
    scene.resize();
    scene.prepareFor(store.getState().subject, store.getState().cutaway);
  } catch (e) {
    scene = null;
    showSceneFallback(sceneEl, e instanceof Error ? e.message : t('app.notice.webglFailed'));
  }
  await nextTask();
  // the first subject's anatomy, built in a worker since main.ts started (src/state/anatomy-early.ts)
  await anatomyArrived();
  const loop = new SimLoop(store, sim, { createSimulation: (init) => new Simulation(init), touchResponse, history });
  await nextTask();
  const ui = mountUi({
    store,
    sim,
    history,
    subjects,
    techniques,
    urlWarnings: parsed.warnings,
    // controls write the store through its setters themselves; the Step button also needs the loop
    actions: { stepOnce: () => loop.stepOnce() },
  });

  ui.refresh(performance.now());
  await nextTask();

  // Tabs for the contrast views (?view=scale|rhythm|downey|finder|sources), bound to the store's
  // `view`, and the compact detectability list under the readouts (src/ui/tabs/index.ts); until
  // then index.html's stand-in holds the tab bar's place.
  mountViewSwitcher({ appStore: store });

  // A guided activity (?activity=nickel|rhythm|downey) at the top of the side panel: its own chunk,
  // loaded only when asked for; busy until mounted (src/ui/activity).
  if (parsed.page.activity) {
    const id = parsed.page.activity;
    const host = Object.assign(document.createElement('div'), { className: 'activity-host', textContent: t('app.activity.loading') });
    host.setAttribute('aria-busy', 'true');
    document.getElementById('panel')?.prepend(host);
    void import('./ui/activity').then((m) =>
      m.mountActivity({ host, id, store, win: window, onCompleted: (payload) => bridge?.notifyActivityCompleted(payload) }),
    );
  }

  await nextTask();
  // Lecture mode, embed mode, the Embed dialog and CSV/PNG export (src/ui/instructor-tools.ts).
  mountInstructorTools({
    store,
    history,
    panelParts: ui.controls,
    subjects,
    techniques,
    controls: parsed.page.controls,
    urlOptionNames: [...new URLSearchParams(location.search).keys()],
    // render and hand back the canvas in the same task, so the PNG export can read its pixels
    renderScene: () => {
      if (!scene) return null;
      scene.render();
      return scene.renderer.domElement;
    },
  });

  // The URL follows the state (debounced, replaceState), so the address bar is always a link that
  // reproduces the view. Page-level options (controls, parentOrigin) are kept as they came.
  syncUrlWithStore(store, {
    page: parsed.page,
    write: (q) => window.history.replaceState(window.history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`),
  });

  // Inside an iframe, the host page can drive the app through the postMessage embed API (a chunk
  // of its own, loaded only there).
  let bridge: EmbedBridge | null = null;
  if (window.parent !== window) {
    void import('./state/embed').then(({ EmbedBridge, windowEmbedHost }) => {
      bridge = new EmbedBridge(store, windowEmbedHost(window), { parentOrigin: parsed.page.parentOrigin });
      onResize();
    });
  }
  // One resize handler: the scene measures its container, the embed host learns the content size.
  const onResize = () => {
    scene?.resize();
    bridge?.notifyResize(document.documentElement.clientWidth, document.documentElement.clientHeight);
  };
  window.addEventListener('resize', onResize);
  onResize();

  // A hidden tab gets no frames; on return the first delta is dropped so the model does not jump
  // (SimLoop also caps any single delta).
  let last: number | null = null;
  document.addEventListener('visibilitychange', () => {
    last = null;
  });
  // QA options (non-public, doc/implementation-notes.md): ?ea exposes window.__craniolab for the
  // browser tests; ?fuzz drives random input, seeded by ?randomSeed, loaded only when asked for.
  // Both are chunks of their own; with ?ea the page says data-ready only once the hooks exist.
  const qaReady: Promise<unknown> = parsed.page.ea
    ? import('./ui/qa-hooks').then((m) =>
        m.exposeQaHooks({
          store,
          sim,
          stepModel: (s) => loop.stepOnce(s),
          renderer: () => scene?.renderer ?? null,
          contextLost: () => scene?.contextLost ?? false,
          frame: (now) => {
            scene?.requestDraw();
            frame(now);
          },
          pinResolution: (scale) => SkullScene.pinAllResolutions(scale),
        }),
      )
    : Promise.resolve();
  if (parsed.page.fuzz) {
    void import('./ui/fuzz').then((m) => {
      (window as { __craniolabFuzz?: unknown }).__craniolabFuzz = m.startFuzz({ seed: store.getState().seed });
    });
  }

  let ready = false;
  function frame(now: number): void {
    if (document.hidden) return;
    if (last !== null) loop.tick((now - last) / 1000);
    last = now;
    const s = store.getState();
    const f = sim.getState().frame;
    // The scene is hidden while a contrast view has its place: drawing it there only costs frames
    // (on a software renderer, most of each frame).
    const sceneShown = s.view === 'sim';
    if (sceneShown) scene?.update({
      subject: s.subject,
      technique: s.technique,
      forceN: f ? f.appliedForceN : gramsToNewtons(s.forceG),
      frame: f,
      exaggeration: shownExaggeration(s),
      cutaway: s.cutaway,
      scalp: s.scalp,
      colorProfile: s.colorProfile,
      icpRangeMmHg: ICP_LEGEND_RANGE_MMHG,
    });
    // drawn only when something changed, at the pace and resolution the renderer keeps up with
    if (sceneShown) scene?.renderFrame(now);
    ui.refresh(now);
    // ready once the scene shows its skull (src/view/skull-loader.ts)
    if (!ready && (!sceneShown || !scene || scene.showing)) {
      // once: the benchmark reads this mark (navigation start to first rendered frame)
      ready = true;
      performance.mark('craniolab:first-frame');
      void qaReady.then(() => (document.documentElement.dataset.ready = 'true'));
      // the code the first view does not draw: the cutaway's ventricles, tabs, lecture, embed
      // dialog, export (src/ui/prefetch.ts)
      prefetchWhenIdle([loadCutawayCode, ...viewLoaders(), ...INSTRUCTOR_CHUNKS]);
    }
  }
  if (scene) scene.renderer.setAnimationLoop(frame);
  else {
    const raf = (t: number) => {
      frame(t);
      requestAnimationFrame(raf);
    };
    requestAnimationFrame(raf);
  }
}

void start();
