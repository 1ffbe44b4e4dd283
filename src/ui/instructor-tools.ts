// The instructor's page tools in one mount: lecture mode, embed mode, the Embed dialog and the
// CSV/PNG export buttons in the page header. main.ts calls mountInstructorTools once after the
// student UI exists; everything here reads and writes the app store like any other control.

import type { SubjectId, TechniqueId, BoneId } from '../model/types';
import type { ChartHistory } from '../state/history';
import type { AppStore } from '../state/store';
import type { ControlId } from '../state/url-schema';
import { cssVar, h } from './dom';
import { lazyEmbedDialog } from './embed/embed-dialog';
import { mountEmbedMode, type PanelParts } from './embed/embed-mode';
import { canvasToPng, composeSlide, exportCaption, exportFileName, historyToCsv, saveBlob, type ExportLabels } from './export/export';
import { BONE_LABELS } from './labels';
import { mountLecture } from './lecture/lecture-mode';
import './instructor-tools.css';

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
    const t = deps.techniques[s.technique];
    return { subject: deps.subjects[s.subject].label, technique: t.label, bone: BONE_LABELS[t.watchedBone] };
  };

  const status = h('p', { class: 'page-actions-status', role: 'status' });
  const embedButton = h('button', { type: 'button', class: 'btn', 'aria-haspopup': 'dialog', text: 'Embed' });
  const csvButton = h('button', { type: 'button', class: 'btn', text: 'Download CSV' });
  csvButton.title = 'The charted time series (time s, ICP mmHg, bone displacement m) as a spreadsheet file';
  const pngButton = h('button', { type: 'button', class: 'btn', text: 'Save PNG' });
  pngButton.title = 'Scene and charts as one image for slides, with a caption';
  const actions = h('div', { class: 'page-actions' }, status, embedButton, csvButton, pngButton);
  header?.append(actions);

  const dialog = lazyEmbedDialog(store, deps.controls);
  embedButton.addEventListener('click', () => dialog.open(embedButton));

  csvButton.addEventListener('click', () => {
    const hist = deps.history.ordered();
    if (hist.length === 0) {
      status.textContent = 'No data yet: let the simulation run a moment.';
      return;
    }
    const csv = historyToCsv(hist, labels());
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(store.getState(), 'csv'));
    status.textContent = `CSV saved: ${hist.length} samples.`;
  });

  pngButton.addEventListener('click', () => {
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
          status.textContent = 'Image saved.';
        },
        (e: unknown) => {
          status.textContent = `The image could not be saved: ${e instanceof Error ? e.message : String(e)}`;
        },
      );
    } catch (e) {
      status.textContent = `The image could not be made: ${e instanceof Error ? e.message : String(e)}`;
    }
  });

  const lecture = mountLecture({ store, header: actions, before: main, urlOptionNames: deps.urlOptionNames });
  const disposeEmbed = mountEmbedMode({ store, panel, parts: deps.panelParts, controls: deps.controls });

  return {
    dispose() {
      lecture.dispose();
      disposeEmbed();
      dialog.dispose();
      actions.remove();
    },
  };
}
