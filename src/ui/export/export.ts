// Export for slides and spreadsheets: "Download CSV" of the time series the charts show, and
// "Save PNG" of the scene plus both charts with a caption stating subject, technique, force and
// the exaggeration factor (a 10^6-times enlarged motion must never pass for the real thing,
// on a slide either). Files are made in the page as Blobs and saved through blob: URLs of this
// origin: nothing is uploaded, nothing is fetched.

import type { HistoryArrays } from '../../state/history';
import type { AppState } from '../../state/app-state';
import { shownExaggeration } from '../../state/exaggeration';
import { csvColumn, formatForceG } from '../format';
import { formatDecimal, t } from '../../i18n/index';

const NM_PER_M = 1e9;

export interface ExportLabels {
  subject: string;
  technique: string;
  /** the charted bone, e.g. 'Right parietal bone' */
  bone: string;
}

/** A CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). */
function cell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * The charts' time series as CSV: one header row naming each column with its unit, then one row
 * per sample, oldest first. Numbers are written with String(x), the shortest text that reads
 * back as exactly the same double. Non-finite samples (never expected) become empty cells.
 */
export function historyToCsv(h: HistoryArrays, labels: ExportLabels): string {
  const num = (x: number) => (Number.isFinite(x) ? String(x) : '');
  // column names carry their unit (time_s, icp_mmHg, right_parietal_bone_displacement_nm): the
  // bone's motion in nm, the unit of the model's nickel-touch readouts, fixed so a spreadsheet's
  // columns stay put from one export to the next
  // (in the reader's language, as plain ASCII: accents dropped, so any spreadsheet reads them)
  const lines = [
    [csvColumn(slug(t('app.export.colTime')), 's'), csvColumn(slug(t('app.export.colIcp')), 'mmHg'), csvColumn(slug(t('app.export.colBone', { bone: labels.bone })), 'nm')]
      .map(cell)
      .join(','),
  ];
  for (let i = 0; i < h.length; i++) lines.push(`${num(h.timeS[i])},${num(h.icpMmHg[i])},${num(h.boneDisplacementM[i] * NM_PER_M)}`);
  return `${lines.join('\r\n')}\r\n`;
}

/** "Right parietal bone displacement" -> "right_parietal_bone_displacement"; "Desplazamiento del hueso" -> "desplazamiento_del_hueso". */
function slug(words: string): string {
  return words
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** A file name from the state: craniolab-adult-vault-hold-5g.csv */
export function exportFileName(s: AppState, ext: 'csv' | 'png'): string {
  const force = String(Number(s.forceG.toPrecision(3))).replace('.', 'p');
  return `craniolab-${s.subject}-${s.technique}-${force}g.${ext}`;
}

/** The slide caption: what is shown, with the exaggeration stated. */
export function exportCaption(s: AppState, labels: ExportLabels): string {
  const x = shownExaggeration(s);
  const shown = x === 1 ? t('app.export.trueScale') : t('app.export.exaggerated', { factor: formatDecimal(x, { maximumSignificantDigits: 3, useGrouping: true }) });
  return t('app.export.caption', { subject: labels.subject, technique: labels.technique, force: formatForceG(s.forceG), shown });
}

/** Saves a Blob under a file name through a same-origin blob: URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // the download has started from the click; the URL is not needed after this task
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface ChartImage {
  title: string;
  canvas: HTMLCanvasElement;
}

export interface ComposeInput {
  /** the WebGL canvas, freshly rendered in this task (its drawing buffer is still valid), or null without WebGL */
  scene: HTMLCanvasElement | null;
  /** the scene canvas's CSS background (its pixels are transparent where nothing is drawn) */
  sceneBackground?: { image: string; color: string };
  charts: readonly ChartImage[];
  caption: string;
  /** page colours */
  background: string;
  foreground: string;
  muted: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Width of the slide image, px: 1920 is a full-HD slide. */
export const EXPORT_WIDTH_PX = 1920;

/**
 * One 2D canvas: the scene on top, the charts side by side under it, the caption at the bottom.
 * Must run in the same task as the scene's render (see ComposeInput.scene).
 */
export function composeSlide(input: ComposeInput): HTMLCanvasElement {
  const W = EXPORT_WIDTH_PX;
  const pad = 24;
  const captionH = 64;
  const chartTitleH = 34;
  const sceneH = input.scene && input.scene.width > 0 ? Math.round((W * input.scene.height) / input.scene.width) : 0;
  const charts = input.charts.filter((c) => c.canvas.width > 0 && c.canvas.height > 0);
  const chartW = charts.length > 0 ? (W - pad * (charts.length + 1)) / charts.length : 0;
  const chartH = charts.length > 0 ? Math.max(...charts.map((c) => Math.round((chartW * c.canvas.height) / c.canvas.width))) : 0;
  const chartsBlock = charts.length > 0 ? chartTitleH + chartH + pad : 0;
  const H = Math.max(200, sceneH + chartsBlock + captionH);

  const out = document.createElement('canvas');
  out.width = W;
  out.height = H;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error(t('app.export.no2d'));
  ctx.fillStyle = input.background;
  ctx.fillRect(0, 0, W, H);
  if (input.scene && sceneH > 0) {
    paintBackground(ctx, W, sceneH, input.sceneBackground);
    ctx.drawImage(input.scene, 0, 0, W, sceneH);
  }
  let y = sceneH;
  charts.forEach((c, i) => {
    const x = pad + i * (chartW + pad);
    ctx.fillStyle = input.muted;
    ctx.font = `500 22px ${FONT}`;
    ctx.textBaseline = 'top';
    ctx.fillText(c.title, x, y + 8, chartW);
    ctx.drawImage(c.canvas, x, y + chartTitleH, chartW, (chartW * c.canvas.height) / c.canvas.width);
  });
  y += chartsBlock;
  ctx.fillStyle = input.foreground;
  ctx.font = `600 26px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(input.caption, pad, y + captionH / 2, W - 2 * pad);
  return out;
}

/**
 * The scene's CSS background under its transparent canvas: a computed `radial-gradient(...)`
 * (colour stops as rgb() and %) is redrawn as a canvas radial gradient centred as the scene's
 * (50% 38%); anything else falls back to the background colour.
 */
function paintBackground(ctx: CanvasRenderingContext2D, w: number, h: number, bg: ComposeInput['sceneBackground']): void {
  const stops = bg ? [...bg.image.matchAll(/(rgba?\([^)]*\))\s+([\d.]+)%/g)] : [];
  if (bg && /radial-gradient/.test(bg.image) && stops.length >= 2) {
    const g = ctx.createRadialGradient(w * 0.5, h * 0.38, 0, w * 0.5, h * 0.38, Math.hypot(w * 0.5, h * 0.62));
    for (const [, colour, pct] of stops) g.addColorStop(Math.min(1, Math.max(0, Number(pct) / 100)), colour);
    ctx.fillStyle = g;
  } else {
    ctx.fillStyle = bg && bg.color && bg.color !== 'rgba(0, 0, 0, 0)' ? bg.color : '#0b1016';
  }
  ctx.fillRect(0, 0, w, h);
}

/** canvas.toBlob as a promise; rejects instead of handing back null. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((ok, fail) => {
    canvas.toBlob((b) => (b ? ok(b) : fail(new Error(t('app.export.notEncoded')))), 'image/png');
  });
}
