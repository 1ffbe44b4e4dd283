// The student's 3-D scene: a procedural skull partitioned into the model's bones, CSF and brain
// in a cutaway, the technique's hands or plates with force arrows, and a DOM overlay stating the
// exaggeration and the pressure legend. It only maps model numbers to pixels (no physics here).
//
// Lifecycle: the constructor creates renderer, canvas, overlay, camera, controls, lights and the
// materials (one set, sharing one uniforms object). update() writes the frame's numbers into
// those uniforms in place and rebuilds geometry only when subject or technique change, disposing
// what it replaces. The app owns the loop (renderer.setAnimationLoop, or rAF without WebGL).
// dispose() releases every geometry, material and listener it made and removes its DOM.
//
// Frames: the head group holds everything in metres in the head frame (x right, y up, z
// forward); it is scaled so the vault's largest semi-axis is 1 scene unit, so every subject,
// rabbit included, fills the view the same way.

import {
  Group,
  NoToneMapping,
  PerspectiveCamera,
  Scene,
  Spherical,
  SRGBColorSpace,
  Vector3,
  WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { BONE_IDS, HEAD_SHAPES, type HeadShape } from '../model/geometry';
import { TECHNIQUES } from '../model/techniques';
import type { SimFrame, SubjectId, TechniqueId } from '../model/types';
import type { ColorProfile } from '../state/app-state';
import { BONE_SLOTS, FIXED_BONE_INDEX } from './bone-slots';
import { FIXED_COLORS, applyProfile } from './color-profiles';
import { ContactsView } from './contacts-view';
import { HeadView } from './head-view';
import { SceneLights } from './lights';
import { createHeadMaterials, type HeadMaterials } from './materials';
import { SceneOverlay } from './overlay';
import { createHeadUniforms, type HeadUniforms } from './uniforms';

export interface SceneInput {
  subject: SubjectId;
  technique: TechniqueId;
  forceN: number; // force applied now, N
  frame: SimFrame | null; // latest model frame (bone displacements m, icpMmHg, ...)
  exaggeration: number; // display factor, 1 = true scale
  cutaway: boolean;
  colorProfile: 'default' | 'projector';
  icpRangeMmHg: readonly [number, number]; // legend/colour range
}

/** Shown motion is clipped at this fraction of the head's largest semi-axis. */
const MAX_SHOWN_FRACTION = 0.25;
/** Shown motion giving the full warm tint, as a fraction of the largest semi-axis. */
const TINT_FULL_FRACTION = MAX_SHOWN_FRACTION;

function hasOwn<T extends object>(o: T, k: PropertyKey): k is keyof T {
  return Object.prototype.hasOwnProperty.call(o, k);
}

export class SkullScene {
  /** True when this browser can create the WebGL2 context three.js needs. */
  static isWebGLAvailable(): boolean {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2');
      const ok = gl !== null;
      if (gl) SkullScene.rendererName = SkullScene.readRendererName(gl);
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
      return ok;
    } catch {
      return false;
    }
  }

  /** The WebGL renderer's name as isWebGLAvailable() found it ('' when unknown). */
  private static rendererName = '';

  private static readRendererName(gl: WebGL2RenderingContext): string {
    try {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    } catch {
      return '';
    }
  }

  /**
   * True when WebGL draws on the CPU (SwiftShader, llvmpipe, Microsoft Basic Render Driver: a
   * blocklisted GPU or a virtual machine). There, 4x multisampling is paid per pixel in software:
   * at 1280x720 the default scene drew ~2 fps with it and ~4 fps without (bench/run.ts), so it is
   * switched off; edges get slightly jagged, the scene stays usable.
   */
  static isSoftwareRenderer(): boolean {
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(SkullScene.rendererName);
  }

  readonly renderer: WebGLRenderer;
  onContextChange?: (lost: boolean) => void;

  private readonly container: HTMLElement;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(30, 1, 0.05, 60);
  private readonly controls: OrbitControls;
  private readonly overlay: SceneOverlay;
  private readonly head = new Group();
  private readonly u: HeadUniforms = createHeadUniforms();
  private readonly materials: HeadMaterials;
  private readonly lights: SceneLights;
  private readonly resizeObserver: ResizeObserver | null;
  private headView: HeadView | null = null;
  private contacts: ContactsView | null = null;
  private subject: SubjectId | null = null;
  private technique: TechniqueId | null = null;
  private profile: ColorProfile | null = null;
  private cutaway: boolean | null = null;
  private lost = false;
  private disposed = false;
  private readonly shownM = new Float32Array(BONE_SLOTS);
  private readonly tmpOffset = new Vector3();
  private readonly tmpSpherical = new Spherical();

  get contextLost(): boolean {
    return this.lost;
  }

  constructor(container: HTMLElement) {
    this.container = container;
    if (getComputedStyle(container).position === 'static') container.style.position = 'relative';

    this.renderer = new WebGLRenderer({ antialias: !SkullScene.isSoftwareRenderer(), alpha: true, powerPreference: 'high-performance' });
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
    canvas.setAttribute(
      'aria-label',
      '3-D skull. Drag or use the arrow keys to turn it, plus and minus to zoom, Home to reset the view.',
    );
    container.append(canvas);
    this.overlay = new SceneOverlay(container);

    canvas.addEventListener('webglcontextlost', this.onContextLost, false);
    canvas.addEventListener('webglcontextrestored', this.onContextRestored, false);
    canvas.addEventListener('keydown', this.onKeyDown);

    this.controls = new OrbitControls(this.camera, canvas);
    // prefers-reduced-motion: the camera stops when the drag stops instead of coasting (the
    // pulse itself stays: it is the data being taught, and the true-scale switch stills it)
    const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.controls.enableDamping = !reduceMotion;
    this.controls.dampingFactor = 0.12;
    this.controls.enablePan = false;
    this.controls.minDistance = 2.2;
    this.controls.maxDistance = 14;

    this.lights = new SceneLights(this.scene, this.camera);
    this.scene.add(this.camera, this.head);
    this.materials = createHeadMaterials(this.u);

    this.resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.resize());
    this.resizeObserver?.observe(container);
    this.resize();
    // something sensible to draw before the first update()
    this.update({
      subject: 'adult',
      technique: 'vault-hold',
      forceN: 0,
      frame: null,
      exaggeration: 1,
      cutaway: false,
      colorProfile: 'default',
      icpRangeMmHg: [0, 20],
    });
  }

  /** Cheap per frame: uniforms and overlay in place; geometry only when subject/technique change. */
  update(input: SceneInput): void {
    if (this.disposed) return;
    const subject: SubjectId = hasOwn(HEAD_SHAPES, input.subject) ? input.subject : 'adult';
    const technique: TechniqueId = hasOwn(TECHNIQUES, input.technique) ? input.technique : 'vault-hold';
    const shape = HEAD_SHAPES[subject];
    if (subject !== this.subject) {
      this.subject = subject;
      this.headView?.dispose();
      this.headView = new HeadView(subject, this.materials, this.u);
      this.headView.setCutaway(this.cutaway === true);
      this.head.scale.setScalar(1 / Math.max(...shape.semiAxesM));
      this.head.add(this.headView.group);
      this.technique = null;
      this.resetView();
    }
    if (technique !== this.technique) {
      this.technique = technique;
      this.buildContacts(shape, technique);
    }
    const profile: ColorProfile = input.colorProfile === 'projector' ? 'projector' : 'default';
    if (profile !== this.profile) this.applyProfile(profile);
    const cutaway = input.cutaway === true;
    if (cutaway !== this.cutaway) {
      this.cutaway = cutaway;
      this.u.uCutaway.value = cutaway ? 1 : 0;
      this.headView?.setCutaway(cutaway);
    }

    const L = Math.max(...shape.semiAxesM);
    const exaggeration = Number.isFinite(input.exaggeration) && input.exaggeration > 0 ? input.exaggeration : 1;
    this.u.uDisplacementScale.value = exaggeration;
    const disp = this.u.uBoneDisplacementM.value;
    const frame = input.frame;
    let maxAbsM = 0;
    for (let i = 0; i < BONE_IDS.length; i++) {
      const v = frame ? frame.boneDisplacementM[BONE_IDS[i]] : 0;
      const d = Number.isFinite(v) ? v : 0;
      disp[i] = d;
      const a = Math.abs(d);
      if (a > maxAbsM) maxAbsM = a;
    }
    disp[FIXED_BONE_INDEX] = 0;
    const maxShown = MAX_SHOWN_FRACTION * L;
    this.u.uMaxShownM.value = maxShown;
    this.u.uTintAtShownM.value = TINT_FULL_FRACTION * L;
    for (let i = 0; i < BONE_SLOTS; i++) this.shownM[i] = Math.min(maxShown, Math.max(-maxShown, disp[i] * exaggeration));
    this.overlay.setExaggeration(exaggeration, maxAbsM * exaggeration > maxShown);

    let lo = input.icpRangeMmHg?.[0];
    let hi = input.icpRangeMmHg?.[1];
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(hi > lo)) {
      lo = 0;
      hi = 20;
    }
    this.u.uPressureRangeMmHg.value.set(lo, hi);
    const icp = frame && Number.isFinite(frame.icpMmHg) ? frame.icpMmHg : null;
    this.u.uPressureMmHg.value = icp ?? lo;
    this.overlay.setPressure(icp, [lo, hi]);
    const t = frame && Number.isFinite(frame.timeS) ? frame.timeS : 0;
    this.u.uTime.value = t;

    this.contacts?.setForce(input.forceN);
    this.contacts?.followBones(this.shownM);
  }

  render(): void {
    if (this.lost || this.disposed) return;
    this.controls.update();
    this.renderer.render(this.scene, this.camera);
  }

  resize(): void {
    if (this.disposed) return;
    // A hidden container (a contrast view has taken the scene's place) measures 0 x 0: keep the
    // last size, so coming back does not reallocate the drawing buffer from 1 x 1.
    if (this.container.clientWidth === 0 || this.container.clientHeight === 0) return;
    const w = this.container.clientWidth;
    const h = this.container.clientHeight;
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    this.renderer.setSize(w, h, false);
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
  }

  /** Put the camera back to the default three-quarter front-left view. */
  resetView(): void {
    const rabbit = this.subject === 'rabbit';
    // front-left-above: frontal, left parietal, coronal and sagittal sutures all in view
    const dir = new Vector3(-0.68, 0.3, 0.68).normalize();
    const target = rabbit ? new Vector3(0, -0.3, 0.8) : new Vector3(0, -0.28, 0.1);
    this.controls.target.copy(target);
    this.camera.position.copy(target).addScaledVector(dir, rabbit ? 8.2 : 6.4);
    this.camera.lookAt(target);
    this.controls.update();
  }

  dispose(): void {
    if (this.disposed) return;
    this.renderer.setAnimationLoop(null);
    this.disposed = true;
    const canvas = this.renderer.domElement;
    canvas.removeEventListener('webglcontextlost', this.onContextLost, false);
    canvas.removeEventListener('webglcontextrestored', this.onContextRestored, false);
    canvas.removeEventListener('keydown', this.onKeyDown);
    this.resizeObserver?.disconnect();
    this.controls.dispose();
    this.headView?.dispose();
    this.headView = null;
    this.contacts?.dispose();
    this.contacts = null;
    for (const m of Object.values(this.materials)) m.dispose();
    this.lights.dispose();
    this.renderer.dispose();
    this.overlay.dispose();
    canvas.remove();
  }

  // --- building -------------------------------------------------------------------------

  private buildContacts(shape: HeadShape, technique: TechniqueId): void {
    this.contacts?.dispose();
    this.contacts = new ContactsView(shape, TECHNIQUES[technique].contacts, FIXED_COLORS);
    this.head.add(this.contacts.group);
  }

  private applyProfile(profile: ColorProfile): void {
    this.profile = profile;
    const m = this.materials;
    applyProfile(profile, {
      canvas: this.renderer.domElement,
      boneMaterials: [m.vault, m.fixed, m.face],
      uniforms: this.u,
      lights: this.lights,
      overlay: this.overlay,
    });
  }

  // --- events ---------------------------------------------------------------------------

  private readonly onContextLost = (event: Event): void => {
    event.preventDefault(); // tells the browser we want the context back
    this.lost = true;
    this.onContextChange?.(true);
  };

  private readonly onContextRestored = (): void => {
    // three's renderer re-initialises its GL state on restore and forgets every buffer and
    // program of the dead context, so each geometry and texture is uploaded again on the next
    // render. Our materials are told to rebuild their programs. Disposing the old geometries
    // here would ask the new context to delete buffers it never had (WebGL INVALID_OPERATION).
    this.lost = false;
    for (const m of Object.values(this.materials)) m.needsUpdate = true;
    this.onContextChange?.(false);
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const step = e.shiftKey ? Math.PI / 12 : Math.PI / 36;
    const off = this.tmpOffset.copy(this.camera.position).sub(this.controls.target);
    const s = this.tmpSpherical.setFromVector3(off);
    switch (e.key) {
      case 'ArrowLeft':
        s.theta -= step;
        break;
      case 'ArrowRight':
        s.theta += step;
        break;
      case 'ArrowUp':
        s.phi -= step;
        break;
      case 'ArrowDown':
        s.phi += step;
        break;
      case '+':
      case '=':
        s.radius *= 0.9;
        break;
      case '-':
      case '_':
        s.radius /= 0.9;
        break;
      case 'Home':
        this.resetView();
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    s.makeSafe();
    s.radius = Math.min(this.controls.maxDistance, Math.max(this.controls.minDistance, s.radius));
    this.camera.position.copy(this.controls.target).add(off.setFromSpherical(s));
    this.controls.update();
  };
}
