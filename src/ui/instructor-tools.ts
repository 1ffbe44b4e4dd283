// The instructor's page tools in one mount: lecture mode, embed mode, the Embed dialog and the
// CSV/PNG export buttons in the page header. app.ts calls mountInstructorTools once after the
// student UI exists; everything here reads and writes the app store like any other control.
// Lecture mode and export are chunks of their own: the header shows stand-in buttons at once, and
// a chunk loads when its button is used (or the page opens in a lecture), or earlier when the page
// is idle (INSTRUCTOR_CHUNKS, prefetched by app.ts). While the lecture or Embed dialog code
// loads, the header's actions say aria-busy="true".

import type { SubjectId, TechniqueId, BoneId } from '../model/types';
import type { ChartHistory } from '../state/history';
import { setField, type AppStore } from '../state/store';
import type { ControlId } from '../state/url-schema';
import { cssVar, h } from './dom';
import { mountEmbedMode, type PanelParts } from './embed/embed-mode';
import type { ExportLabels } from './export/export';
import { BONE_LABELS } from './labels';
import type { MountedLecture } from './lecture/lecture-mode';
import { lectureToggle } from './lecture/lecture-toggle';
import { bindAttr, bindText } from '../i18n/bind';
import { loadArea, t } from '../i18n/index';
import './instructor-tools.css';

const loadExport = () => import('./export/export');
// lecture mode's words are an i18n area of their own, loaded with its code
// step 3's caption is the Scale tab's sentences, worded from the tabs' and content catalogs
const loadLecture = () =>
  Promise.all([import('./lecture/lecture-mode'), loadArea('lecture'), loadArea('tabs'), loadArea('content')]).then(([m]) => m);
const loadEmbedDialog = () => import('./embed/embed-dialog');
/** The instructor tools' lazy chunks, for the idle prefetch. */
export const INSTRUCTOR_CHUNKS: readonly (() => Promise<unknown>)[] = [loadExport, loadLecture, loadEmbedDialog];

export interface InstructorToolsDeps {
  store: AppStore;
  history: ChartHistory;
  /** the student panel's parts (MountedUi.controls) */
  panelParts: PanelParts;
  subjects: Readonly<Record<SubjectId, { label: string }>>;
  techniques: Readonly<Record<TechniqueId, { label: string; watchedBone: BoneId }>>;
  /** parsed.page.controls */
  controls: readonly ControlId[];
  /** option names present in the page URL (see LectureDeps.urlOptionNames) */
  urlOptionNames?: readonly string[];
  /** renders the scene now and returns its canvas (read it in the same task), or null without WebGL */
  renderScene(): HTMLCanvasElement | null;
}

export interface InstructorTools {
  dispose(): void;
}

export function mountInstructorTools(deps: InstructorToolsDeps): InstructorTools {
  const { store } = deps;
  const header = document.querySelector<HTMLElement>('.app-header');
  const main = document.querySelector<HTMLElement>('.app-main');
  const panel = document.getElementById('panel');
  if (!main || !panel) throw new Error('index.html lacks .app-main or #panel');

  const labels = (): ExportLabels => {
    const s = store.getState();
    const tech = deps.techniques[s.technique];
    return { subject: deps.subjects[s.subject].label, technique: tech.label, bone: BONE_LABELS[tech.watchedBone] };
  };

  const status = h('p', { class: 'page-actions-status', role: 'status' });
  const embedButton = bindText(h('button', { type: 'button', class: 'btn', 'aria-haspopup': 'dialog' }), 'app.tools.embed');
  const csvButton = bindAttr(bindText(h('button', { type: 'button', class: 'btn' }), 'app.tools.csv'), 'title', 'app.tools.csvTitle');
  const pngButton = bindAttr(bindText(h('button', { type: 'button', class: 'btn' }), 'app.tools.png'), 'title', 'app.tools.pngTitle');
  const actions = h('div', { class: 'page-actions' }, status, embedButton, csvButton, pngButton);
  header?.append(actions);

  const couldNotLoad = (e: unknown): void => {
    status.textContent = t('app.tools.couldNotLoad', { reason: e instanceof Error ? e.message : String(e) });
  };
  let dialog: { open(opener?: HTMLElement | null): void; dispose(): void } | null = null;
  let disposed = false;
  embedButton.addEventListener('click', () => {
    // the dialog appears when its code is in: busy until then (the fuzzer waits, see the header)
    actions.setAttribute('aria-busy', 'true');
    loadEmbedDialog()
      .then(({ lazyEmbedDialog }) => {
        if (disposed) return;
        dialog ??= lazyEmbedDialog(store, deps.controls);
        dialog.open(embedButton);
      }, couldNotLoad)
      .finally(() => actions.removeAttribute('aria-busy'));
  });

  csvButton.addEventListener('click', () => {
    const hist = deps.history.ordered();
    if (hist.length === 0) {
      status.textContent = t('app.tools.noData');
      return;
    }
    loadExport().then(({ historyToCsv, saveBlob, exportFileName }) => {
      const csv = historyToCsv(hist, labels());
      saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(store.getState(), 'csv'));
      status.textContent = t('app.tools.csvSaved', { n: hist.length });
    }, couldNotLoad);
  });

  pngButton.addEventListener('click', () => {
    loadExport().then(({ canvasToPng, composeSlide, exportCaption, exportFileName, saveBlob }) => {
      try {
        // render and read in the same task: the WebGL drawing buffer is still valid here
        const scene = deps.renderScene();
        const charts = [...document.querySelectorAll<HTMLElement>('#charts .chart')].flatMap((fig) => {
          const canvas = fig.querySelector('canvas');
          return canvas ? [{ title: fig.querySelector('figcaption')?.textContent ?? '', canvas }] : [];
        });
        const bg = scene ? getComputedStyle(scene) : null;
        const slide = composeSlide({
          scene,
          sceneBackground: bg ? { image: bg.backgroundImage, color: bg.backgroundColor } : undefined,
          charts,
          caption: exportCaption(store.getState(), labels()),
          background: cssVar('--bg', '#0f1419'),
          foreground: cssVar('--fg', '#e8edf2'),
          muted: cssVar('--fg-muted', '#aab6c2'),
        });
        const name = exportFileName(store.getState(), 'png');
        canvasToPng(slide).then(
          (blob) => {
            saveBlob(blob, name);
            status.textContent = t('app.tools.pngSaved');
          },
          (e: unknown) => {
            status.textContent = t('app.tools.pngNotSaved', { reason: e instanceof Error ? e.message : String(e) });
          },
        );
      } catch (e) {
        status.textContent = t('app.tools.pngNotMade', { reason: e instanceof Error ? e.message : String(e) });
      }
    }, couldNotLoad);
  });

  const lecture = lazyLecture(store, actions, main, deps.urlOptionNames);
  const disposeEmbed = mountEmbedMode({ store, panel, parts: deps.panelParts, controls: deps.controls });

  return {
    dispose() {
      disposed = true;
      lecture.dispose();
      disposeEmbed();
      dialog?.dispose();
      actions.remove();
    },
  };
}

/**
 * Lecture mode, loaded when first wanted: a stand-in "Lecture" button (the real toggle's look and
 * place) loads the code on click, as does a lecture opened by the URL, the embed API or a store
 * write. The real toggle then replaces the stand-in, keeping keyboard focus.
 */
function lazyLecture(store: AppStore, actions: HTMLElement, main: HTMLElement, urlOptionNames?: readonly string[]): { dispose(): void } {
  let mounted: MountedLecture | null = null;
  let gone = false;
  let loading = false;
  const standIn = lectureToggle();
  actions.append(standIn);
  const load = (): void => {
    if (loading) return;
    loading = true;
    actions.setAttribute('aria-busy', 'true');
    loadLecture()
      .then(({ mountLecture }) => {
        if (gone) return;
        const hadFocus = document.activeElement === standIn;
        mounted = mountLecture({ store, header: actions, before: main, urlOptionNames });
        // mountLecture appends its toggle to the header's end, where the stand-in is
        const toggle = actions.lastElementChild;
        if (toggle && toggle !== standIn) standIn.replaceWith(toggle);
        if (hadFocus && toggle instanceof HTMLElement) toggle.focus();
      })
      .catch((e: unknown) => {
        if (!gone) standIn.title = t('app.lectureMode.couldNotLoad', { reason: e instanceof Error ? e.message : String(e) });
        loading = false;
      })
      .finally(() => actions.removeAttribute('aria-busy'));
  };
  standIn.addEventListener('click', () => {
    load();
    setField(store, 'lecture', true);
  });
  if (store.getState().lecture) load();
  const unsub = store.subscribe((s) => {
    if (s.lecture) load();
  });
  return {
    dispose() {
      gone = true;
      unsub();
      mounted?.dispose();
      standIn.remove();
      actions.removeAttribute('aria-busy');
    },
  };
}
