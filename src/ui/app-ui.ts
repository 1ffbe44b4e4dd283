// Mounts the whole student UI (controls, readouts, charts, live region, instructor panel,
// URL notices) into index.html's regions and refreshes the readouts and charts at a bounded rate.
// app.ts calls `refresh(nowMs)` every animation frame; the work happens at most REFRESH_HZ times
// a second, because text and charts changing faster than that are unreadable and cost frame time,
// except right after the user changed something (the app store changed): then at once, so a key
// press on the force slider shows in the readouts in the same frame (bench: inputLatencyMsP95).

import { watchedContact } from '../model/techniques';
import { forceToReach } from '../model/contrasts/force-finder';
import { memoize } from '../model/memo';
import { ICP_MEAN_WINDOW_S } from '../state/ranges';
import { DETECTORS } from '../model/content/detectors';
import { formatLength } from './format';
import { cardiacPulseMmHg } from '../model/simulation';
import { SUBJECTS } from '../model/subjects';
import type { SubjectId, TechniqueId, BoneId, SutureId, Contact } from '../model/types';
import type { ChartHistory } from '../state/history';
import type { AppStore, SimStore } from '../state/store';
import { Announcer } from './announcer';
import { DISPLACEMENT_CHART, ICP_CHART, StripChart } from './charts';
import { ControlPanel, type ControlActions } from './controls';
import { describeState } from './describe';
import { BONE_LABELS, SUTURE_LABELS } from './labels';
import { showNotice } from './notice';
import { Readouts } from './readouts';
import { mountSceneLegend } from './scene-legend';
import { getLocale, t } from '../i18n/index';
import { h } from './dom';
import { deferredPart, loadWhenSeen } from './prefetch';

/** The instructor's details (lil-gui, closed by default) sit below the panel's controls, outside
 *  the first view: lil-gui and its stylesheet (~7 KB gzip) load when the page is idle. */
const guiPanel = deferredPart(() => import('./gui-panel'));

/** Readout and chart refresh rate, Hz (readouts that change more than ~10-20 times a second cannot be read). */
export const REFRESH_HZ = 10;

/**
 * Mean of the samples in the last `windowS` of model time (times ascending); null until the
 * history spans the whole window, so the readout's window is always the one its label names.
 */
export function recentMean(timeS: ArrayLike<number>, values: ArrayLike<number>, n: number, windowS: number): { value: number | null; spanS: number } {
  if (n < 2) return { value: null, spanS: 0 };
  const end = timeS[n - 1];
  const spanS = end - timeS[0];
  if (spanS < windowS - 1e-9) return { value: null, spanS };
  let sum = 0;
  let count = 0;
  for (let i = n - 1; i >= 0 && timeS[i] > end - windowS; i--) {
    sum += values[i];
    count++;
  }
  return { value: sum / count, spanS };
}

/** the bone chart's threshold line: what a fingertip can feel (the detector table's value) */
const fingertipLine = () => ({ m: DETECTORS.fingertip.thresholdSI, label: t('app.chart.fingertipLine', { length: formatLength(DETECTORS.fingertip.thresholdSI) }) });

export interface SubjectInfo {
  id: SubjectId;
  label: string;
  /** model parameters by name (an interface in the model, hence `object`) */
  params: object;
}
export interface TechniqueInfo {
  id: TechniqueId;
  label: string;
  description: string;
  watchedBone: BoneId;
  watchedSuture: SutureId;
  /** the hands or plates; the one on the watched bone says what presses the scalp there */
  contacts: readonly Pick<Contact, 'bone' | 'kind'>[];
}

export interface UiDeps {
  store: AppStore;
  sim: SimStore;
  history: ChartHistory;
  actions: ControlActions;
  subjects: Readonly<Record<SubjectId, SubjectInfo>>;
  techniques: Readonly<Record<TechniqueId, TechniqueInfo>>;
  /** warnings from parseUrlOptions, shown in a dismissible notice */
  urlWarnings: readonly string[];
}

export interface MountedUi {
  controls: ControlPanel;
  refresh(nowMs: number): void;
  dispose(): void;
}

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el;
}

export function mountUi(deps: UiDeps): MountedUi {
  const { store, sim, history } = deps;
  const panel = byId('panel');
  const chartsEl = byId('charts');

  if (deps.urlWarnings.length > 0) {
    showNotice(byId('notices'), t('app.notice.urlTitle'), deps.urlWarnings);
  }

  const controls = new ControlPanel(store, deps.actions, Object.values(deps.subjects), Object.values(deps.techniques));
  const readouts = new Readouts();
  panel.append(controls.touchSection, readouts.element, controls.timeSection);
  // busy until lil-gui's chunk is here (or at once when the panel is scrolled to it)
  const guiHost = h('div', { class: 'gui-host', 'aria-busy': 'true' });
  panel.append(guiHost);
  let gui: { dispose(): void } | null = null;
  let gone = false;
  loadWhenSeen(guiHost, guiPanel);
  void guiPanel.code.then(({ GuiPanel }) => {
    if (gone) return;
    gui = new GuiPanel(guiHost, { store, paramsOf: (s) => deps.subjects[s].params });
    guiHost.removeAttribute('aria-busy');
  });

  // what the scene's colours mean, beside it (only when there is a scene element)
  const sceneEl = document.getElementById('scene');
  const disposeLegend = sceneEl ? mountSceneLegend(sceneEl, store) : () => {};

  const icpChart = new StripChart(ICP_CHART);
  const dispChart = new StripChart(DISPLACEMENT_CHART);
  chartsEl.append(icpChart.element, dispChart.element);

  // The live region speaks only when the user changes something: the sentence is built from the
  // store and the steady touch response (not from frames, whose values follow the heartbeat), and
  // said when that response or play/pause changes. What the page opens with is not announced.
  const announcer = new Announcer(byId('live'));
  const sentence = (): string | null => {
    const s = store.getState();
    const touch = sim.getState().touch;
    if (!touch) return null;
    const technique = deps.techniques[s.technique];
    return describeState({
      subjectLabel: deps.subjects[s.subject].label,
      techniqueLabel: technique.label,
      forceG: s.forceG,
      playing: s.playing,
      boneLabel: BONE_LABELS[technique.watchedBone],
      touchDisplacementM: touch.boneDisplacementM,
      icpTouchMmHg: touch.icpChangeMmHg,
      scalpCompressionM: touch.scalpCompressionM,
      contactKind: watchedContact(technique).kind,
    });
  };
  const announce = (): void => {
    const text = sentence();
    if (text !== null) announcer.say(text);
  };
  const opening = sentence();
  if (opening !== null) announcer.prime(opening);
  const unsubTouch = sim.subscribe((st, prev) => {
    if (st.touch === prev.touch) return;
    if (prev.touch === null) {
      // the first response after load: known, not news
      const text = sentence();
      if (text !== null) announcer.prime(text);
      return;
    }
    announce();
  });
  const unsubPlaying = store.subscribe((st, prev) => {
    if (st.playing !== prev.playing) announce();
  });

  // The page follows the colour profile so text and scene switch together.
  const unsubProfile = store.subscribe(
    (s) => s.colorProfile,
    (profile) => (document.documentElement.dataset.colorProfile = profile),
    { fireImmediately: true },
  );

  // the heartbeat's pulse depends only on the subject's parameters: computed once per subject
  const pulseOf = memoize(cardiacPulseMmHg);

  // the force at which a fingertip would feel the bone move: the force finder's search (~0.1 s),
  // which depends on subject and technique only
  const feltAt = memoize(
    (subject: SubjectId, technique: TechniqueId): number | null => forceToReach({ subject, technique, target: 'fingertip-bone' }).forceG,
    (subject, technique) => `${subject}|${technique}`,
  );

  let lastRefresh = -Infinity;
  let lastHistoryVersion = -1;

  let lastState: unknown = null;
  let lastLocale = getLocale();

  function refresh(nowMs: number): void {
    const s = store.getState();
    if (s === lastState && nowMs - lastRefresh < 1000 / REFRESH_HZ) return;
    lastRefresh = nowMs;
    lastState = s;
    const { frame, historyVersion } = sim.getState();
    const technique = deps.techniques[s.technique];

    const h = history.ordered();
    const mean = recentMean(h.timeS, h.icpMmHg, h.length, ICP_MEAN_WINDOW_S);
    readouts.update({
      forceG: s.forceG,
      touch: sim.getState().touch,
      frame,
      feltAtG: feltAt(s.subject, s.technique),
      pulseMmHg: pulseOf(s.subject),
      restingIcpMmHg: SUBJECTS[s.subject].params.restingIcp.value,
      boneLabel: BONE_LABELS[technique.watchedBone],
      sutureLabel: SUTURE_LABELS[technique.watchedSuture],
      icpMeanMmHg: mean.value,
      meanWindowS: ICP_MEAN_WINDOW_S,
      chartedS: mean.spanS,
      contactKind: watchedContact(technique).kind,
    });
    icpChart.setTitle(ICP_CHART.title);
    dispChart.setTitle(t('app.chart.boneLive', { bone: BONE_LABELS[technique.watchedBone] }));
    if (historyVersion !== lastHistoryVersion || getLocale() !== lastLocale) {
      lastLocale = getLocale();
      lastHistoryVersion = historyVersion;
      icpChart.setData(h.timeS, h.icpMmHg);
      dispChart.setLengthData(h.timeS, h.boneDisplacementM, fingertipLine());
    }
  }

  return {
    controls,
    refresh,
    dispose() {
      unsubProfile();
      disposeLegend();
      unsubTouch();
      unsubPlaying();
      announcer.dispose();
      controls.dispose();
      gone = true;
      gui?.dispose();
      guiHost.remove();
      icpChart.dispose();
      dispChart.dispose();
      readouts.element.remove();
    },
  };
}
