// DOM overlay on top of the canvas: states the motion exaggeration at all times (a 10^6-times
// enlarged nanometre motion must never pass for the real thing) and the CSF pressure legend,
// whose gradient is built from the same cividis samples as the shader. Text is only rewritten
// when what it says changes, so per-frame updates cost a few comparisons.

import type { ColorProfile } from '../state/app-state';
import { colormapCssGradient } from './colormap';
import { formatDecimal, onLocaleChange, t } from '../i18n/index';

/** The exaggeration statement, e.g. "motion shown × 1,000,000" (grouped in the reader's locale). */
export function exaggerationText(exaggeration: number): string {
  const x = Number.isFinite(exaggeration) && exaggeration > 0 ? exaggeration : 1;
  if (x === 1) return t('app.overlay.trueScale');
  return t('app.overlay.shown', { factor: formatDecimal(x, { maximumFractionDigits: x >= 10 ? 0 : 2, useGrouping: true }) });
}

/** "finger sink into the scalp shown × 20" */
export const sinkNoteText = (factor: number): string => t('app.overlay.sink', { factor: formatDecimal(factor, { useGrouping: true }) });

/** "hands drawn × 0.2 of true size": one significant digit below 1, one decimal above (× 1.2,
 *  not × 1) */
export const handNoteText = (scale: number): string =>
  t('app.overlay.hands', { factor: formatDecimal(scale, scale < 1 ? { maximumSignificantDigits: 1 } : { maximumFractionDigits: 1 }) });

/** The CSF colour bar's width; the exaggeration label keeps clear of it (12 px margins, 12 px gap). */
const LEGEND_WIDTH_PX = 210;
const SCALE_BOX_WIDTH_ALONE = '50%';
const SCALE_BOX_WIDTH_BESIDE_LEGEND = `min(50%, calc(100% - ${LEGEND_WIDTH_PX + 20 + 36}px))`;

/** A small line under the exaggeration label stating one number (a factor): hidden while it has
 *  nothing to say (null), worded by `word` only when the number changes or the language does. */
class NoteLine {
  readonly el = document.createElement('div');
  private last: number | null = null;

  constructor(
    className: string,
    private readonly word: (factor: number) => string,
  ) {
    this.el.className = className;
    Object.assign(this.el.style, { fontSize: '13px', marginTop: '4px', padding: '2px 8px', display: 'none' });
  }

  set(factor: number | null): void {
    if (factor === this.last) return;
    this.last = factor;
    this.el.textContent = factor === null ? '' : this.word(factor);
    this.el.style.display = factor === null ? 'none' : 'block';
  }

  /** a new language: reword the line now */
  reword(): void {
    if (this.last !== null) this.el.textContent = this.word(this.last);
  }
}

export class SceneOverlay {
  readonly root: HTMLDivElement;
  private readonly scaleLine: HTMLDivElement;
  private readonly clipLine: HTMLDivElement;
  private readonly sinkLine = new NoteLine('craniolab-sink-exaggeration', sinkNoteText);
  private readonly handLine = new NoteLine('craniolab-hand-scale', handNoteText);
  private readonly legend: HTMLDivElement;
  private readonly scaleBox: HTMLDivElement;
  private lastShown = true;
  private readonly minLabel: HTMLSpanElement;
  private readonly maxLabel: HTMLSpanElement;
  private readonly marker: HTMLDivElement;
  private lastExaggeration = Number.NaN;
  private lastClipped: boolean | null = null;
  private lastRange0 = Number.NaN;
  private lastRange1 = Number.NaN;
  private lastMarkerPct = -1;
  private lastProfile: ColorProfile | null = null;

  constructor(container: HTMLElement) {
    const root = document.createElement('div');
    root.className = 'craniolab-scene-overlay';
    // the overlay never takes the pointer: dragging anywhere still orbits the camera
    Object.assign(root.style, {
      position: 'absolute',
      inset: '0',
      pointerEvents: 'none',
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      color: '#f3efe6',
      textShadow: '0 1px 2px rgba(0,0,0,0.8)',
    } satisfies Partial<CSSStyleDeclaration>);

    const scaleBox = (this.scaleBox = document.createElement('div'));
    Object.assign(scaleBox.style, { position: 'absolute', left: '12px', bottom: '12px', maxWidth: SCALE_BOX_WIDTH_BESIDE_LEGEND }); // the legend starts shown (lastShown)
    this.scaleLine = document.createElement('div');
    this.scaleLine.setAttribute('role', 'status');
    this.scaleLine.className = 'craniolab-exaggeration';
    Object.assign(this.scaleLine.style, {
      font: '600 15px/1.3 inherit',
      fontFamily: 'inherit',
      padding: '4px 8px',
      borderRadius: '6px',
      background: 'rgba(20, 24, 32, 0.62)',
    });
    this.clipLine = document.createElement('div');
    Object.assign(this.clipLine.style, { fontSize: '12px', marginTop: '4px', padding: '2px 8px', display: 'none' });
    this.clipLine.textContent = t('app.overlay.clipped');
    scaleBox.append(this.scaleLine, this.clipLine, this.sinkLine.el, this.handLine.el);

    this.legend = document.createElement('div');
    this.legend.className = 'craniolab-legend';
    this.legend.setAttribute('aria-label', t('app.overlay.legendLabel'));
    Object.assign(this.legend.style, {
      position: 'absolute',
      right: '12px',
      bottom: '12px',
      width: `${LEGEND_WIDTH_PX}px`,
      padding: '6px 10px 6px',
      borderRadius: '6px',
      background: 'rgba(20, 24, 32, 0.62)',
      fontSize: '12px',
    });
    const title = document.createElement('div');
    title.textContent = t('app.overlay.legendTitle');
    Object.assign(title.style, { fontWeight: '600', marginBottom: '4px' });
    const barWrap = document.createElement('div');
    Object.assign(barWrap.style, { position: 'relative', height: '12px' });
    const bar = document.createElement('div');
    Object.assign(bar.style, {
      position: 'absolute',
      inset: '0',
      borderRadius: '3px',
      background: colormapCssGradient(),
      border: '1px solid rgba(255,255,255,0.5)',
    });
    this.marker = document.createElement('div');
    Object.assign(this.marker.style, {
      position: 'absolute',
      top: '-3px',
      bottom: '-3px',
      width: '3px',
      marginLeft: '-1.5px',
      left: '50%',
      background: '#fff',
      boxShadow: '0 0 0 1px #000',
    });
    barWrap.append(bar, this.marker);
    const labels = document.createElement('div');
    Object.assign(labels.style, { display: 'flex', justifyContent: 'space-between', marginTop: '3px' });
    this.minLabel = document.createElement('span');
    this.maxLabel = document.createElement('span');
    labels.append(this.minLabel, this.maxLabel);
    this.legend.append(title, barWrap, labels);

    root.append(scaleBox, this.legend);
    container.append(root);
    this.root = root;
    // a new language: rewrite every line at the next update (the caches compare numbers, not words)
    this.offLocale = onLocaleChange(() => {
      this.clipLine.textContent = t('app.overlay.clipped');
      title.textContent = t('app.overlay.legendTitle');
      this.legend.setAttribute('aria-label', t('app.overlay.legendLabel'));
      this.lastExaggeration = this.lastRange0 = this.lastRange1 = Number.NaN;
      this.sinkLine.reword();
      this.handLine.reword();
    });
  }
  private readonly offLocale: () => void;

  /** States how much the fingertip's sink into the scalp is magnified (sinkNoteText); null
   *  hides the line. */
  setSinkNote(factor: number | null): void {
    this.sinkLine.set(factor);
  }

  /** States the scale the hands are drawn at (handNoteText); null hides the line. */
  setHandNote(scale: number | null): void {
    this.handLine.set(scale);
  }

  setExaggeration(exaggeration: number, clipped: boolean): void {
    if (exaggeration !== this.lastExaggeration) {
      this.lastExaggeration = exaggeration;
      this.scaleLine.textContent = exaggerationText(exaggeration);
    }
    if (clipped !== this.lastClipped) {
      this.lastClipped = clipped;
      this.clipLine.style.display = clipped ? 'block' : 'none';
    }
  }

  /** `shown`: whether anything on screen uses the colour map (the cutaway's CSF); else the bar hides. */
  setPressure(icpMmHg: number | null, range: readonly [number, number], shown = true): void {
    if (shown !== this.lastShown) {
      this.lastShown = shown;
      this.legend.style.display = shown ? '' : 'none';
      // beside the bar, the exaggeration label wraps before it reaches it (a phone's 390 px scene)
      this.scaleBox.style.maxWidth = shown ? SCALE_BOX_WIDTH_BESIDE_LEGEND : SCALE_BOX_WIDTH_ALONE;
    }
    if (range[0] !== this.lastRange0 || range[1] !== this.lastRange1) {
      this.lastRange0 = range[0];
      this.lastRange1 = range[1];
      this.minLabel.textContent = `${formatDecimal(range[0], { maximumFractionDigits: 1 })} mmHg`;
      this.maxLabel.textContent = `${formatDecimal(range[1], { maximumFractionDigits: 1 })} mmHg`;
    }
    // the marker moves in whole-percent steps: smooth enough, and no style write most frames
    let pct = -1;
    if (icpMmHg !== null && Number.isFinite(icpMmHg) && range[1] > range[0]) {
      pct = Math.round(Math.min(1, Math.max(0, (icpMmHg - range[0]) / (range[1] - range[0]))) * 100);
    }
    if (pct !== this.lastMarkerPct) {
      this.lastMarkerPct = pct;
      this.marker.style.display = pct < 0 ? 'none' : 'block';
      if (pct >= 0) this.marker.style.left = `${pct}%`;
    }
  }

  setProfile(profile: ColorProfile): void {
    if (profile === this.lastProfile) return;
    this.lastProfile = profile;
    const big = profile === 'projector';
    this.scaleLine.style.fontSize = big ? '19px' : '15px';
    this.legend.style.fontSize = big ? '15px' : '12px';
    this.legend.style.width = big ? '250px' : '210px';
  }

  dispose(): void {
    this.offLocale();
    this.root.remove();
  }
}
