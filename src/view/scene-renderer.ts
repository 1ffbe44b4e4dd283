// The WebGL renderer and its canvas: probing whether WebGL 2 works at all (and whether it draws
// on the CPU), creating the renderer the way the scene needs it (transparent, sRGB, no tone
// mapping, no multisampling in software) and the canvas as an accessible, focusable image, and
// fitting the drawing buffer to the container at the resolution the frame pacer chose
// (frame-pacer.ts: fewer pixels on a slow renderer, the full resolution otherwise). dispose()
// frees the renderer and removes the canvas.

import { NoToneMapping, SRGBColorSpace, WebGLRenderer } from 'three';
import { onLocaleChange, t } from '../i18n/index';

/** The WebGL renderer's name as isWebGLAvailable() found it ('' when unknown). */
let probedRendererName = '';

/** The context attributes the scene draws with on a software renderer (no multisampling, see
 *  isSoftwareRendererName); the others are three.js's defaults, alpha for the page behind. */
const SOFTWARE_CONTEXT: WebGLContextAttributes = {
  alpha: true,
  antialias: false,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
};

/** A software renderer's probe context, kept for the next SceneRenderer: creating a context costs
 *  ~50 ms of the first frame there, so it is made once, not once to probe and once to draw. */
let kept: { canvas: HTMLCanvasElement; gl: WebGL2RenderingContext } | null = null;

function release(gl: WebGL2RenderingContext): void {
  gl.getExtension('WEBGL_lose_context')?.loseContext();
}

/** True when this browser can create the WebGL2 context three.js needs. */
export function isWebGLAvailable(): boolean {
  try {
    if (kept) release(kept.gl);
    kept = null;
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2', SOFTWARE_CONTEXT);
    if (!gl) return false;
    probedRendererName = readRendererName(gl);
    // a GPU draws with multisampling, which a context cannot switch on later: the renderer makes its own
    if (isSoftwareRendererName(probedRendererName)) kept = { canvas, gl };
    else release(gl);
    return true;
  } catch {
    return false;
  }
}

function readRendererName(gl: WebGL2RenderingContext): string {
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  } catch {
    return '';
  }
}

/**
 * True for a renderer name that draws on the CPU (SwiftShader, llvmpipe, Microsoft Basic Render
 * Driver: a blocklisted GPU or a virtual machine). There, 4x multisampling is paid per pixel in
 * software: at 1280x720 the default scene drew ~2 fps with it and ~4 fps without (bench/run.ts),
 * so it is switched off; edges get slightly jagged, the scene stays usable.
 */
export function isSoftwareRendererName(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

/** Device pixels per CSS pixel for the drawing buffer: capped at 2 (more costs fill, not detail). */
export function cappedPixelRatio(devicePixelRatio: number): number {
  return Math.min(devicePixelRatio || 1, 2);
}


export class SceneRenderer {
  readonly renderer: WebGLRenderer;
  private readonly container: HTMLElement;
  /** drawing-buffer resolution as a fraction of the full one (FramePacer.scale) */
  private resolutionScale = 1;

  /** Creates the renderer and appends its canvas to `container`. */
  constructor(container: HTMLElement) {
    this.container = container;
    const probe = kept;
    kept = null;
    this.renderer = new WebGLRenderer(
      probe
        ? { canvas: probe.canvas, context: probe.gl }
        : { antialias: !isSoftwareRendererName(probedRendererName), alpha: true, powerPreference: 'high-performance' },
    );
    this.renderer.setClearColor(0x000000, 0);
    this.renderer.outputColorSpace = SRGBColorSpace;
    // no tone mapping: the CSF colours must stay the legend's colours
    this.renderer.toneMapping = NoToneMapping;
    const canvas = this.renderer.domElement;
    canvas.className = 'craniolab-scene-canvas';
    // no `outline: none`: the canvas takes keyboard focus (arrow keys turn the skull), so it needs
    // the page's visible :focus-visible ring like every other control (WCAG 2.4.7)
    Object.assign(canvas.style, { display: 'block', width: '100%', height: '100%' });
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'img');
    // in the reader's language, after every switch too (the page's one canvas: never unsubscribed)
    const label = () => canvas.setAttribute('aria-label', t('app.scene.canvasLabel'));
    label();
    onLocaleChange(label);
    container.append(canvas);
  }

  /** True when the renderer draws on the CPU (see isSoftwareRendererName). */
  get software(): boolean {
    return isSoftwareRendererName(probedRendererName);
  }

  get canvas(): HTMLCanvasElement {
    return this.renderer.domElement;
  }

  /**
   * Fits the drawing buffer to the container and returns its aspect ratio, or null when the
   * container is hidden: a contrast view has taken the scene's place and it measures 0 x 0, so the
   * last size is kept and coming back does not reallocate the buffer from 1 x 1.
   */
  fit(): number | null {
    const w = this.container.clientWidth;
    const h = this.container.clientHeight;
    if (w === 0 || h === 0) return null;
    this.renderer.setPixelRatio(cappedPixelRatio(window.devicePixelRatio) * this.resolutionScale);
    this.renderer.setSize(w, h, false);
    return w / h;
  }

  /** Draws at this fraction of the full resolution from now on (the canvas keeps its CSS size). */
  setResolutionScale(scale: number): void {
    this.resolutionScale = scale;
    this.fit();
  }

  dispose(): void {
    this.renderer.setAnimationLoop(null);
    this.renderer.dispose();
    this.canvas.remove();
  }
}
