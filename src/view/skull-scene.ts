// The student's 3-D scene: a procedural skull partitioned into the model's bones, CSF and brain
// in a cutaway, the technique's hands or plates with force arrows, and a DOM overlay stating the
// exaggeration and the pressure legend. It only maps model numbers to pixels (no physics here).
// This file composes the parts; each lives in a module of its own:
//   scene-renderer.ts  WebGL probing, renderer and accessible canvas, drawing-buffer size
//   orbit-camera.ts    camera, pointer and keyboard orbit, default view
//   lights.ts          lights;  color-profiles.ts  default and projector colours
//   uniforms.ts, materials.ts, bone-slots.ts  shared uniforms, the head's materials
//   head-view.ts       the head for one subject (skull-mesh.ts: the sculpted skull; head-geometry.ts)
//   contacts-view.ts   hands, plates and force arrows;  overlay.ts  exaggeration and legend
//   frame-mapping.ts   model frame -> uniforms;  context-loss.ts  WebGL context loss and restore
//
// Drawing: renderFrame(now) is the app's per-frame call. It draws only when something on screen
// changed (inputs, camera, size, context restored), at the resolution and rate FramePacer chooses
// (frame-pacer.ts); render() draws now, whatever changed (the PNG export).
//
// Lifecycle: the constructor creates all of them, with one set of materials sharing one uniforms
// object. update() writes the frame's numbers into those uniforms in place and rebuilds the head
// or contacts only when subject or technique change, disposing what it replaces. The app owns
// the loop (renderer.setAnimationLoop, or rAF without WebGL). dispose() disposes every part and
// removes the scene's DOM.
//
// Frames: the head frame group holds everything in metres in the head frame (x right, y up, z
// forward); it is scaled so the vault's largest semi-axis is 1 scene unit, so every subject,
// rabbit included, fills the view the same way.

import { Group, Scene, type WebGLRenderer } from 'three';
import { HEAD_SHAPES, isKnownSubject } from '../model/geometry';
import { TECHNIQUES } from '../model/techniques';
import type { SimFrame, SubjectId, TechniqueId } from '../model/types';
import type { ColorProfile } from '../state/app-state';
import { FIXED_COLORS, applyProfile, resolveProfile } from './color-profiles';
import { ContactsView } from './contacts-view';
import { ContextLossWatch } from './context-loss';
import { MAX_SHOWN_FRACTION } from '../state/ranges';
import { DEFAULT_SUBJECT } from '../state/default-subject';
import { idle } from '../state/idle';
import { FrameMapper } from './frame-mapping';
import { FramePacer, LOW_DETAIL_BELOW_SCALE } from './frame-pacer';
import { HeadView, hasOpenFontanelle, loadCutawayCode, scalpThicknessM, setSkullOpen } from './head-view';
import { SceneLights } from './lights';
import { createHeadMaterials, type HeadMaterials } from './materials';
import { OrbitCamera, type OrbitView } from './orbit-camera';
import { SceneOverlay } from './overlay';
import { SceneRenderer, isWebGLAvailable } from './scene-renderer';
import type { SkullArrays } from './skull-arrays';
import { skullArrays, skullArraysReady } from './skull-cache';
import { loadLowDetailIndex, loadSkull } from './skull-loader';
import { createHeadUniforms } from './uniforms';
import { warmUpPrograms } from './shader-warmup';

export interface SceneInput {
  subject: SubjectId;
  technique: TechniqueId;
  forceN: number; // force applied now, N
  frame: SimFrame | null; // latest model frame (bone displacements m, icpMmHg, ...)
  exaggeration: number; // display factor, 1 = true scale
  cutaway: boolean;
  /** draw the translucent scalp (hidden in the cutaway whatever this says) */
  scalp?: boolean;
  colorProfile: ColorProfile;
  icpRangeMmHg: readonly [number, number]; // legend/colour range
  /** part Downey's plates by the watched suture's opening (frame.watchedGapM) times the
   *  exaggeration, clipped like the bones (the Rabbit study's replay; off in the main scene,
   *  where the bones' 10^6 would throw a micrometre gap off the skull) */
  plateGap?: boolean;
}

/** Shown fingertip sink per true sink: 5 g on an adult (42 um) shows as ~1.7 mm of a 5.5 mm
 *  scalp. Bone motion's own factor (10^6) would drive the finger through the skull. */
const FINGER_SINK_EXAGGERATION = 40;
/** The shown sink stops at this share of the scalp's thickness: the pad never reaches bone. */
const SINK_SHOWN_MAX = 0.85;

/** True when two scene inputs would draw the same picture (same values, same model frame). */
function sameInput(a: SceneInput, b: SceneInput): boolean {
  for (const k of Object.keys(b) as (keyof SceneInput)[]) if (a[k] !== b[k]) return false;
  return true;
}

function hasOwn<T extends object>(o: T, k: PropertyKey): k is keyof T {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/** The subject to draw: this one if the scene knows its head, else the app's default. */
function knownSubject(subject: SubjectId): SubjectId {
  return isKnownSubject(subject) ? subject : DEFAULT_SUBJECT;
}

/** How long after a head is built its low-detail skull is made, ms: after the first frame and the
 *  page's idle prefetch (src/ui/prefetch.ts starts 3 s after the first frame). */
const LOW_DETAIL_AFTER_MS = 5000;

export class SkullScene {
  /** True when this browser can create the WebGL2 context three.js needs. */
  static isWebGLAvailable(): boolean {
    return isWebGLAvailable();
  }

  /** Starts loading a subject's skull (skull-loader.ts) before any scene exists: the app
   *  calls this first thing, so the build runs while the page sets itself up. */
  static prepare(subject: SubjectId): void {
    if (isKnownSubject(subject)) void loadSkull(subject);
  }

  /** The scenes not yet disposed, and the resolution the QA hook pinned for all of them (the
   *  app's and the rabbit replay's; null: each adapts). */
  private static readonly live = new Set<SkullScene>();
  private static pinnedScale: number | null = null;

  /** Fixes every scene's drawing-buffer resolution, now and for scenes made later (QA: the
   *  screenshot comparison, the README's screenshots), or lets them adapt again (null). */
  static pinAllResolutions(scale: number | null): void {
    SkullScene.pinnedScale = scale;
    for (const s of SkullScene.live) s.pinResolution(scale);
  }

  readonly renderer: WebGLRenderer;
  onContextChange?: (lost: boolean) => void;

  private readonly view: SceneRenderer;
  private readonly scene = new Scene();
  private readonly orbit: OrbitCamera;
  private readonly lights: SceneLights;
  private readonly overlay: SceneOverlay;
  /** the head frame, scaled to scene units */
  private readonly headFrame = new Group();
  private readonly u = createHeadUniforms();
  private readonly materials: HeadMaterials;
  private readonly frames = new FrameMapper(this.u);
  private readonly contextWatch: ContextLossWatch;
  private readonly resizeObserver: ResizeObserver | null;
  private head: HeadView | null = null;
  private contacts: ContactsView | null = null;
  private subject: SubjectId | null = null;
  private technique: TechniqueId | null = null;
  private profile: ColorProfile | null = null;
  private cutaway: boolean | null = null;
  private scalp: boolean | null = null;
  private disposed = false;
  private readonly pacer: FramePacer;
  /** heads built so far: tells a late callback whether its head is still the one shown */
  private headsBuilt = 0;
  /** the pending start of the low-detail skull's making (makeLowDetail) */
  private lowDetailTimer: number | undefined;
  /** something on screen changed since the last drawn frame */
  private dirty = true;
  /** draw on the next renderFrame even if nothing changed or the frame-rate cap says wait */
  private forced = false;
  private lastInput: SceneInput | null = null;
  /** the container, busy (aria-busy) while a subject's skull is being built or the open
   *  cutaway waits for its ventricles' code */
  private readonly container: HTMLElement;
  /** the subject whose skull is being built (the scene keeps showing the last one meanwhile) */
  private loading: SubjectId | null = null;
  /** the first skull's shader programs have been asked to compile (warmUp) */
  private warmedUp = false;

  get contextLost(): boolean {
    return this.contextWatch.lost;
  }

  constructor(container: HTMLElement) {
    // canvas and overlay are stacked inside the container
    if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
    this.container = container;
    this.view = new SceneRenderer(container);
    this.renderer = this.view.renderer;
    this.pacer = new FramePacer({ mainThreadWaitsForDrawing: this.view.software });
    this.view.setResolutionScale(this.pacer.scale);
    this.overlay = new SceneOverlay(container);
    this.materials = createHeadMaterials(this.u);
    this.contextWatch = new ContextLossWatch(this.view.canvas, Object.values(this.materials), (lost) => {
      this.dirty = true;
      this.onContextChange?.(lost);
    });
    this.orbit = new OrbitCamera(this.view.canvas);
    this.lights = new SceneLights(this.scene, this.orbit.camera);
    this.scene.add(this.orbit.camera, this.headFrame);

    this.resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.resize());
    this.resizeObserver?.observe(container);
    this.resize();
    // the head is built by the first update(), for the subject the app opens with: building a
    // default one here would mesh a skull that is thrown away at once
    // last, so that a constructor that threw leaves nothing behind in the set
    SkullScene.live.add(this);
    if (SkullScene.pinnedScale !== null) this.pinResolution(SkullScene.pinnedScale);
  }

  /** Cheap per frame: uniforms and overlay in place; geometry only when subject/technique change. */
  update(input: SceneInput): void {
    if (this.disposed) return;
    if (this.lastInput === null || !sameInput(this.lastInput, input)) {
      this.dirty = true;
      this.lastInput = this.lastInput ? Object.assign(this.lastInput, input) : { ...input };
    }
    const wanted = knownSubject(input.subject);
    const technique: TechniqueId = hasOwn(TECHNIQUES, input.technique) ? input.technique : 'vault-hold';
    // a new subject's skull is built off the main thread (skull-loader.ts): until it is there the
    // scene goes on showing the last subject, whole (nothing at all before the first)
    if (wanted !== this.subject && !skullArraysReady(wanted)) this.awaitSkull(wanted, input.cutaway === true);
    const subject = skullArraysReady(wanted) ? wanted : this.subject;
    if (subject === null) {
      // nothing is drawn before the first skull, but the label states the exaggeration from the start
      this.frames.map(input, Math.max(...HEAD_SHAPES[wanted].semiAxesM));
      this.overlay.setExaggeration(this.frames.exaggeration, this.frames.clipped);
      return;
    }
    if (subject !== this.subject) {
      this.subject = subject;
      this.buildHead(subject);
      this.technique = null;
      this.orbit.resetView(subject);
    }
    if (technique !== this.technique) {
      this.technique = technique;
      this.buildContacts(subject, technique);
    }
    const profile = resolveProfile(input.colorProfile);
    if (profile !== this.profile) this.applyProfile(profile);
    const cutaway = input.cutaway === true;
    if (cutaway !== this.cutaway) {
      this.cutaway = cutaway;
      this.u.uCutaway.value = cutaway ? 1 : 0;
      this.head?.setCutaway(cutaway);
      this.showBusy();
    }
    const scalp = input.scalp !== false;
    if (scalp !== this.scalp) {
      this.scalp = scalp;
      this.head?.setScalp(scalp);
    }

    const f = this.frames;
    const headM = Math.max(...HEAD_SHAPES[subject].semiAxesM);
    f.map(input, headM);
    const gapM = input.plateGap === true ? (input.frame?.watchedGapM ?? 0) * f.exaggeration : 0;
    const gapMaxM = MAX_SHOWN_FRACTION * headM;
    this.contacts?.setPlateGap(Math.min(gapMaxM, Math.max(-gapMaxM, gapM)));
    this.overlay.setExaggeration(f.exaggeration, f.clipped || Math.abs(gapM) > gapMaxM);
    // the CSF colour bar only while the cutaway shows the CSF it colours
    this.overlay.setPressure(f.icpMmHg, f.rangeMmHg, cutaway);
    this.contacts?.setForce(input.forceN);
    this.contacts?.followBones(f.shownM);
    // the fingertip's sink into the scalp, magnified on a scale of its own (bone motion's would
    // push it through the skull): the line under the exaggeration label says by how much
    const sinkFactor = f.exaggeration === 1 ? 1 : FINGER_SINK_EXAGGERATION;
    const sinkM = input.frame?.scalpCompressionM ?? 0;
    this.contacts?.setPadSink(Math.min(sinkM * sinkFactor, SINK_SHOWN_MAX * scalpThicknessM(subject)));
    this.overlay.setSinkNote(sinkM > 0 && input.scalp !== false && !cutaway ? sinkFactor : null);
    this.overlay.setHandNote(this.contacts?.handScale ?? null);
  }

  /** Gets ready to show this subject (its skull loaded, its shaders ready to draw)
   *  before the first update: the app calls this as soon as the scene exists, so the GPU's
   *  work runs while the page finishes setting itself up. */
  prepareFor(subject: SubjectId, cutaway: boolean): void {
    const wanted = knownSubject(subject);
    if (this.subject !== null) return;
    // the skull may be here already (fetched packed while the page set itself up): its shaders
    // are still to compile
    if (skullArraysReady(wanted)) this.warmUp(wanted, cutaway);
    else this.awaitSkull(wanted, cutaway);
  }

  /** True once a subject's head is built, i.e. the scene draws a skull. */
  get showing(): boolean {
    return this.head !== null;
  }

  private awaitSkull(subject: SubjectId, cutaway: boolean): void {
    if (this.loading === subject) return;
    this.loading = subject;
    this.showBusy();
    // the first skull: its shaders compile meanwhile (shader-warmup.ts), as the first draw needs them
    if (this.subject === null) this.warmUp(subject, cutaway);
    // a link that opens in the cutaway: its ventricles' code comes with the skull, not after it
    void Promise.all([loadSkull(subject), cutaway ? loadCutawayCode() : null]).then(() => {
      if (this.loading !== subject) return;
      this.loading = null;
      this.showBusy();
      this.dirty = true;
      // build it now with the last input: a caller that updates only when its input changes (the
      // Rabbit study's replay between steps) would otherwise never see it
      const input = this.lastInput;
      this.lastInput = null;
      if (input) this.update(input);
    });
  }

  private showBusy(): void {
    if (this.loading !== null || this.head?.pending) this.container.setAttribute('aria-busy', 'true');
    else this.container.removeAttribute('aria-busy');
  }

  private warmUp(subject: SubjectId, cutaway: boolean): void {
    if (this.warmedUp) return;
    this.warmedUp = true;
    // the skull's faces as its HeadView will draw them (the side is part of the program)
    const open = cutaway || hasOpenFontanelle(subject);
    setSkullOpen(this.materials.skull, open);
    // only what the first frame draws: each program compiled costs a software renderer ~100 ms
    // of CPU, taken from the page setting itself up on a 2-core machine
    const m = this.materials;
    const first = cutaway ? [m.vault, m.csf, m.brain, m.ventricle] : [m.scalp];
    if (hasOpenFontanelle(subject)) first.push(m.membrane);
    // the base plate shows only in an open skull (head-view.ts)
    if (open) first.push(m.fixed);
    warmUpPrograms(this.renderer, this.scene, this.orbit.camera, [m.skull, ...first, ...ContactsView.programMaterials]);
  }

  /** Looks from this view, and returns to it on Home (null: the subject's default view). */
  setHomeView(view: OrbitView | null): void {
    this.orbit.setHome(view);
    this.dirty = true;
  }

  /** Draws now, whatever changed (the PNG export reads the canvas right after). */
  render(): void {
    if (this.contextWatch.lost || this.disposed || !this.head) return;
    this.orbit.update();
    this.draw();
  }

  /** The per-frame call (`now`: the animation frame's timestamp, ms): draws only when something
   *  changed and the frame pacer allows it, adapting the resolution. True when it drew. */
  renderFrame(now: number): boolean {
    if (this.contextWatch.lost || this.disposed || !this.head) return false;
    const moved = this.orbit.update();
    const due = this.pacer.beginFrame(now, this.dirty || moved);
    if (!due && !this.forced) return false;
    this.forced = false;
    const t0 = performance.now();
    this.draw();
    if (this.pacer.endFrame(now, performance.now() - t0)) this.applyScale();
    return true;
  }

  /** The next renderFrame draws whatever the pacer says (QA: renderNow draws every state it sets). */
  requestDraw(): void {
    this.forced = true;
  }

  /** Drawing-buffer resolution as a fraction of the full one (1 at full quality). */
  get resolutionScale(): number {
    return this.pacer.scale;
  }

  /** Fixes the drawing-buffer resolution (QA: screenshot comparisons), or lets it adapt (null). */
  pinResolution(scale: number | null): void {
    this.pacer.pin(scale);
    this.applyScale();
  }

  /** The pacer's resolution on screen: the drawing buffer's size, and the detail of the skull,
   *  the cutaway's layers and the gloves that goes with it (LOW_DETAIL_BELOW_SCALE). */
  private applyScale(): void {
    this.view.setResolutionScale(this.pacer.scale);
    this.head?.setLowDetail(this.wantsLowDetail);
    this.contacts?.setLowDetail(this.wantsLowDetail);
    this.dirty = true;
  }

  private get wantsLowDetail(): boolean {
    return this.pacer.scale <= LOW_DETAIL_BELOW_SCALE;
  }

  private draw(): void {
    this.renderer.render(this.scene, this.orbit.camera);
    this.dirty = false;
  }

  resize(): void {
    if (this.disposed) return;
    const aspect = this.view.fit();
    if (aspect !== null) this.orbit.setAspect(aspect);
    // a new size clears the drawing buffer
    this.dirty = true;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    SkullScene.live.delete(this);
    window.clearTimeout(this.lowDetailTimer);
    this.resizeObserver?.disconnect();
    this.contextWatch.dispose();
    this.orbit.dispose();
    this.head?.dispose();
    this.head = null;
    this.contacts?.dispose();
    this.contacts = null;
    for (const m of Object.values(this.materials)) m.dispose();
    this.lights.dispose();
    this.view.dispose();
    this.overlay.dispose();
  }

  private buildHead(subject: SubjectId): void {
    this.head?.dispose();
    const software = this.view.software;
    const head = new HeadView(
      subject,
      this.materials,
      this.u,
      () => {
        this.dirty = true;
        this.showBusy();
      },
      software,
    );
    this.head = head;
    head.setLowDetail(this.wantsLowDetail);
    this.headsBuilt++;
    window.clearTimeout(this.lowDetailTimer);
    if (software) this.makeLowDetail(skullArrays(subject));
    this.head.setCutaway(this.cutaway === true);
    this.head.setScalp(this.scalp !== false);
    this.headFrame.scale.setScalar(1 / Math.max(...HEAD_SHAPES[subject].semiAxesM));
    this.headFrame.add(this.head.group);
    this.showBusy();
  }

  /** A software renderer's low-detail skull (skull-low-detail.ts) for the head just built from
   *  `arrays`: started LOW_DETAIL_AFTER_MS later (a timer the next head or dispose clears). */
  private makeLowDetail(arrays: SkullArrays | undefined): void {
    if (!arrays) return;
    const built = this.headsBuilt;
    this.lowDetailTimer = window.setTimeout(() => void this.lowDetailWhenIdle(arrays, built).catch(() => {}), LOW_DETAIL_AFTER_MS);
  }

  /** Asked for when the page is idle (through the same whenIdle as the prefetch, which asks
   *  first, 3 s after the first frame), made in the skull worker (skull-loader.ts
   *  loadLowDetailIndex), and handed to the head if it is still the `built`-th one (the wait
   *  holds no head, so one replaced meanwhile is freed at once). If it cannot be made, the skull
   *  stays as meshed. */
  private async lowDetailWhenIdle(arrays: SkullArrays, built: number): Promise<void> {
    const current = (): boolean => this.headsBuilt === built && !this.disposed;
    await idle();
    if (!current()) return;
    const index = await loadLowDetailIndex(arrays);
    if (current() && this.head?.setLowDetailIndex(index)) this.dirty = true;
  }

  private buildContacts(subject: SubjectId, technique: TechniqueId): void {
    this.contacts?.dispose();
    this.contacts = new ContactsView(HEAD_SHAPES[subject], TECHNIQUES[technique].contacts, FIXED_COLORS, scalpThicknessM(subject), this.view.software);
    this.contacts.setLowDetail(this.wantsLowDetail);
    this.headFrame.add(this.contacts.group);
  }

  private applyProfile(profile: ColorProfile): void {
    this.profile = profile;
    const m = this.materials;
    applyProfile(profile, {
      canvas: this.view.canvas,
      boneMaterials: [m.skull, m.vault, m.fixed],
      uniforms: this.u,
      lights: this.lights,
      overlay: this.overlay,
    });
  }
}
