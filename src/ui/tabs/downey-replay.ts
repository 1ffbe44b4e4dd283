// The Rabbit study tab's replay: Downey 2006 on a rabbit in 3-D, one step at a time. The rabbit
// skull with the two microplates across the right coronal suture and the load cell's pull
// (the main scene's SkullScene: the same skull mesh, plates and arrows, in a renderer of its
// own that is disposed with the tab), a radiograph-style inset with the caliper's reading beside
// the true opening, the epidural ICP trace running, and a live region that announces each step
// once. Play steps through baseline, 5, 10, 15, 20 g (one of the 13 animals), then the one
// animal's 100 g to 10 kg. All numbers come from downeyReplay (the model); this file formats and
// times them. Without WebGL the replay runs with the inset and the trace only, and says so.

import type { DowneyReplay, DowneyReplayStep, DowneyStudy } from '../../model/contrasts';
import { downeyReplay } from '../../model/contrasts';
import type { SimFrame } from '../../model/types';
import type { AppStore } from '../../state/store';
import { SkullScene } from '../../view/skull-scene';
import { t } from '../../i18n';
import { h, setText } from '../dom';
import { formatForceG, formatNumber, formatPressure } from '../format';
import { icpTraceSvg, radiographSvg, traceScale } from './downey-replay-figures';
import { mm, reading } from './downey-format';
import './downey-replay.css';

/** The replay's words, read from the tabs' catalog each time (so a language switch shows in the next draw). */
const TEXT = {
  get heading() { return t('tabs.downey.replay.heading'); },
  get intro() { return t('tabs.downey.replay.intro'); },
  get play() { return t('tabs.downey.replay.play'); },
  get pause() { return t('tabs.downey.replay.pause'); },
  get again() { return t('tabs.downey.replay.again'); },
  get back() { return t('tabs.downey.replay.back'); },
  get next() { return t('tabs.downey.replay.next'); },
  get animal() { return t('tabs.downey.animal'); },
  get controls() { return t('tabs.downey.replay.controls'); },
  get noWebGL() { return t('tabs.downey.replay.noWebGL'); },
  get canvasLabel() { return t('tabs.downey.replay.canvasLabel'); },
  get caliper() { return t('tabs.downey.replay.caliper'); },
  get trueGap() { return t('tabs.downey.replay.trueGap'); },
  get icp() { return t('tabs.downey.replay.icp'); },
  load: (g: number) => (g === 0 ? t('tabs.downey.baseline') : formatForceG(g)),
  series: (s: DowneyReplayStep['series'], animal: number, animals: number) =>
    s === 'study' ? t('tabs.downey.replay.seriesStudy', { animal, animals }) : t('tabs.downey.replay.seriesSingle'),
  stepLabel: (i: number, n: number, load: string, who: string) => t('tabs.downey.replay.stepLabel', { i, n, load, who }),
  announce: (i: number, n: number, load: string, caliper: string, trueGap: string) => t('tabs.downey.replay.announce', { i, n, load, caliper, trueGap }),
  shown: (x: number) => t('tabs.downey.replay.shown', { factor: formatNumber(x) }),
  change: (v: number) => t('tabs.downey.replay.change', { value: `${formatNumber(v, { decimals: 2, signed: true, sciBelow: 0 })} mm` }),
  get traceKey() { return t('tabs.downey.replay.traceKey'); },
  get failed() { return t('tabs.downey.replay.failed'); },
};

/** how long each step is held while playing, ms */
const STEP_MS = 1800;
/** the ramp frames play over this much of a step, ms; the trace draws over the rest */
const RAMP_MS = 500;
/** Display enlargement of the plates' parting and the bones' motion: the 5-20 g openings are
 *  micrometres, the one animal's reach most of a millimetre, so each series has its own factor
 *  (stated on screen), chosen so its largest opening parts the plates by a few mm. */
const EXAGGERATION: Record<DowneyReplayStep['series'], number> = { study: 200, single: 5 };
const ICP_RANGE: readonly [number, number] = [0, 20];
/** the camera looks down on the right coronal suture from the right, front and above (scene
 *  units: the braincase's longest semi-axis is 1; the plates sit near x 0.3, y 0.45, z 0.35) */
const REPLAY_VIEW = { target: [0.15, -0.1, 0.75], direction: [0.8, 0.8, 0.3], distance: 9 } as const;

/** Mounts the replay into `host` (aria-busy until its first frame is drawn). Returns dispose. */
export function mountDowneyReplay(host: HTMLElement, study: DowneyStudy, opts: { appStore: AppStore }): () => void {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  let replay: DowneyReplay = downeyReplay(study, 0);
  let scale = traceScale(replay);
  let index = 0;
  let playing = false;
  let stepStart = performance.now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let raf = 0;
  let lastTraceFraction = -1;

  const playBtn = h('button', { type: 'button', class: 'btn replay-play', 'data-testid': 'downey-play', text: TEXT.play });
  const backBtn = h('button', { type: 'button', class: 'btn', 'data-testid': 'downey-step-back', text: TEXT.back });
  const nextBtn = h('button', { type: 'button', class: 'btn', 'data-testid': 'downey-step', text: TEXT.next });
  const animalSel = h('select', { 'data-testid': 'downey-animal', 'aria-label': TEXT.animal });
  study.animals.forEach((_, i) => animalSel.append(h('option', { value: i, text: `${i + 1}` })));
  const label = h('p', { class: 'replay-step', 'data-testid': 'downey-step-label' });
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'data-testid': 'downey-announce' });
  const caliperOut = h('output', { class: 'replay-num', 'data-testid': 'downey-caliper' });
  const trueOut = h('output', { class: 'replay-num', 'data-testid': 'downey-true-gap' });
  const icpOut = h('output', { class: 'replay-num' });
  const shownNote = h('p', { class: 'hint replay-shown' });
  const radiographHost = h('div', { class: 'replay-radiograph' });
  const traceHost = h('div', { class: 'replay-trace' });
  const stage = h('div', { class: 'replay-stage', 'data-testid': 'downey-stage' });

  host.append(
    h('h3', { text: TEXT.heading }),
    h('p', { class: 'note' }, TEXT.intro),
    h(
      'div',
      { class: 'replay-controls button-row', role: 'group', 'aria-label': TEXT.controls },
      playBtn,
      backBtn,
      nextBtn,
      h('label', { class: 'replay-animal' }, `${TEXT.animal} `, animalSel),
    ),
    label,
    live,
    h(
      'div',
      { class: 'replay-grid' },
      stage,
      h(
        'div',
        { class: 'replay-side' },
        radiographHost,
        h(
          'dl',
          { class: 'replay-readings' },
          h('dt', { text: TEXT.caliper }),
          h('dd', {}, caliperOut),
          h('dt', { text: TEXT.trueGap }),
          h('dd', {}, trueOut),
          h('dt', { text: TEXT.icp }),
          h('dd', {}, icpOut),
        ),
      ),
    ),
    traceHost,
    h('p', { class: 'hint' }, TEXT.traceKey),
    shownNote,
  );

  // the 3-D rabbit, or the reason it is missing
  let scene: SkullScene | null = null;
  try {
    if (!SkullScene.isWebGLAvailable()) throw new Error('no WebGL');
    scene = new SkullScene(stage);
    scene.renderer.domElement.setAttribute('aria-label', TEXT.canvasLabel);
    scene.setHomeView(REPLAY_VIEW);
  } catch {
    scene = null;
    stage.classList.add('replay-no-webgl');
    stage.append(h('p', { class: 'hint', 'data-testid': 'downey-no-webgl', text: TEXT.noWebGL }));
  }

  const frameNow = (now: number): SimFrame => {
    const s = replay.steps[index];
    if (reduced || s.ramp.length === 0) return s.frame;
    const k = Math.floor(((now - stepStart) / RAMP_MS) * s.ramp.length);
    return k < s.ramp.length ? s.ramp[Math.max(0, k)] : s.frame;
  };

  const updateScene = (now: number): void => {
    if (!scene) return;
    const s = replay.steps[index];
    const frame = frameNow(now);
    scene.update({
      subject: 'rabbit',
      technique: 'downey-distraction',
      forceN: frame.appliedForceN,
      frame,
      exaggeration: EXAGGERATION[s.series],
      cutaway: false,
      scalp: false,
      colorProfile: opts.appStore.getState().colorProfile,
      icpRangeMmHg: ICP_RANGE,
      plateGap: true,
    });
  };

  const drawTrace = (fraction: number): void => {
    if (fraction === lastTraceFraction) return;
    lastTraceFraction = fraction;
    traceHost.replaceChildren(icpTraceSvg(replay, scale, index, fraction));
  };

  /** shows step `i` (its numbers at once; the trace and bones then run through the step) */
  const show = (i: number, announce: boolean): void => {
    index = Math.max(0, Math.min(replay.steps.length - 1, i));
    stepStart = performance.now();
    const s = replay.steps[index];
    const n = replay.steps.length;
    const load = TEXT.load(s.loadG);
    const who = TEXT.series(s.series, replay.animalIndex + 1, study.animals.length);
    setText(label, `${TEXT.stepLabel(index + 1, n, load, who)}${s.failed ? ` (${TEXT.failed})` : ''}`);
    setText(caliperOut, `${reading(s.caliperMM)} (${TEXT.change(s.caliperChangeMM)})`);
    setText(trueOut, mm(s.trueGapMM));
    setText(icpOut, formatPressure(s.icpMeanReadMmHg, { decimals: 2 }));
    setText(shownNote, TEXT.shown(EXAGGERATION[s.series]));
    radiographHost.replaceChildren(radiographSvg(s));
    lastTraceFraction = -1;
    drawTrace(reduced ? 1 : 0);
    if (announce) live.textContent = TEXT.announce(index + 1, n, load, reading(s.caliperMM), mm(s.trueGapMM));
    backBtn.disabled = index === 0;
    nextBtn.disabled = index === n - 1;
    updateScene(stepStart);
  };

  const setPlaying = (on: boolean): void => {
    playing = on;
    if (timer) clearTimeout(timer);
    timer = null;
    const atEnd = index === replay.steps.length - 1;
    playBtn.textContent = on ? TEXT.pause : atEnd ? TEXT.again : TEXT.play;
    if (on) timer = setTimeout(advance, STEP_MS);
  };

  function advance(): void {
    timer = null;
    if (!playing) return;
    if (index >= replay.steps.length - 1) {
      setPlaying(false);
      return;
    }
    show(index + 1, true);
    setPlaying(true);
  }

  playBtn.addEventListener('click', () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // Play moves on at once (from the last step, back to the start), then every STEP_MS
    show(index >= replay.steps.length - 1 ? 0 : index + 1, true);
    setPlaying(true);
  });
  const stepBy = (d: number): void => {
    setPlaying(false);
    show(index + d, true);
  };
  backBtn.addEventListener('click', () => stepBy(-1));
  nextBtn.addEventListener('click', () => stepBy(1));
  animalSel.addEventListener('change', () => {
    setPlaying(false);
    replay = downeyReplay(study, Number(animalSel.value));
    scale = traceScale(replay);
    show(0, true);
  });

  const tick = (now: number): void => {
    raf = requestAnimationFrame(tick);
    if (!reduced) {
      const t = now - stepStart;
      if (t <= RAMP_MS + 100) updateScene(now);
      const fraction = Math.min(1, Math.max(0, (t - RAMP_MS) / (STEP_MS - RAMP_MS - 200)));
      // redraw the running trace in tenths of the window: smooth enough, cheap
      drawTrace(Math.round(fraction * 10) / 10);
    }
    scene?.renderFrame(now);
  };

  show(0, false);
  host.setAttribute('aria-busy', 'true');
  raf = requestAnimationFrame((now) => {
    tick(now);
    host.removeAttribute('aria-busy');
  });

  return () => {
    cancelAnimationFrame(raf);
    if (timer) clearTimeout(timer);
    if (scene) {
      const gl = scene.renderer;
      scene.dispose();
      // free the GPU context now, not when the garbage collector gets to it
      gl.forceContextLoss();
    }
    host.replaceChildren();
  };
}
