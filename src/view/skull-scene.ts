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
  AmbientLight,
  BufferGeometry,
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  type Material,
  Mesh,
  NoToneMapping,
  PerspectiveCamera,
  Scene,
  SphereGeometry,
  Spherical,
  SRGBColorSpace,
  TubeGeometry,
  CatmullRomCurve3,
  Vector3,
  WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import { BONE_IDS, HEAD_SHAPES, bregma, type HeadShape } from '../model/geometry';
import { TECHNIQUES } from '../model/techniques';
import type { SimFrame, SubjectId, TechniqueId } from '../model/types';
import { ContactsView } from './contacts-view';
import { buildFace, faceRecessFor, type FacePartKind } from './face-geometry';
import {
  VAULT_CUT_Y,
  addFixedAttributes,
  basePlate,
  ellipsoidLayer,
  fontanelleMembrane,
} from './head-geometry';
import { BONE_SLOTS, FIXED_BONE_INDEX } from './bone-slots';
import { createBoneMaterial, createBrainMaterial, createCsfMaterial } from './materials';
import { createHeadUniforms, type HeadUniforms } from './uniforms';
import { SceneOverlay } from './overlay';

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

/**
 * Layer thicknesses, m. Vault: adult 5-7 mm (Zwirner 2021, science.md section 2), rabbit ~1-2 mm
 * (inferred there); child and infant interpolated (model assumption, display only). The CSF
 * layer is drawn a little thicker than the real subarachnoid space so it reads on screen.
 */
const LAYERS: Readonly<Record<SubjectId, { boneM: number; csfM: number; folds: number }>> = {
  adult: { boneM: 0.006, csfM: 0.0035, folds: 1 },
  child: { boneM: 0.0045, csfM: 0.0032, folds: 1 },
  infant: { boneM: 0.0025, csfM: 0.003, folds: 0.85 },
  // the rabbit brain is lissencephalic (nearly smooth): faint, broad sulci only
  rabbit: { boneM: 0.0013, csfM: 0.0007, folds: 0.25 },
};

/** Shown motion is clipped at this fraction of the head's largest semi-axis. */
const MAX_SHOWN_FRACTION = 0.25;
/** Shown motion giving the full warm tint, as a fraction of the largest semi-axis. */
const TINT_FULL_FRACTION = MAX_SHOWN_FRACTION;

const PROFILES = {
  default: {
    background: 'radial-gradient(ellipse at 50% 38%, #46536a 0%, #262e3b 55%, #161a22 100%)',
    bone: 0xe9dcc0,
    suture: 0x4f3b27,
    sutureStrength: 0.85,
    sutureHalfWidth: 0.0055,
    hemi: 1.25,
    key: 2.1,
    brainLight: 1,
  },
  projector: {
    // projectors wash out dark tones and thin lines: lighter background, bolder sutures
    background: 'radial-gradient(ellipse at 50% 38%, #8391a8 0%, #5b667a 60%, #434c5c 100%)',
    bone: 0xf1e6cc,
    suture: 0x3a2a18,
    sutureStrength: 1,
    sutureHalfWidth: 0.0085,
    hemi: 1.5,
    key: 2.3,
    brainLight: 1.15,
  },
} as const;

const COLORS = { dark: 0x2b211a, tooth: 0xf4efe2, glove: 0x8fa7c9, arrow: 0xff7a1a, metal: 0xb9c0c8 };

interface HeadBuild {
  group: Group;
  geometries: BufferGeometry[];
  /** CSF layer, brain and ventricles: hidden inside a closed skull, so drawn only in cutaway */
  interior: Mesh[];
}

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
  private readonly materials: Record<string, Material>;
  private readonly hemi: HemisphereLight;
  private readonly key: DirectionalLight;
  private readonly resizeObserver: ResizeObserver | null;
  private build: HeadBuild | null = null;
  private contacts: ContactsView | null = null;
  private subject: SubjectId | null = null;
  private technique: TechniqueId | null = null;
  private profile: 'default' | 'projector' | null = null;
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

    this.hemi = new HemisphereLight(0xfff4e4, 0x3c3630, 1.25);
    // the key light rides with the camera so the side students look at is always lit
    this.key = new DirectionalLight(0xffffff, 2.1);
    this.key.position.set(-1.2, 1.6, 1);
    const fill = new DirectionalLight(0xd8e4ff, 0.6);
    fill.position.set(4, 1, 2);
    const rim = new DirectionalLight(0xfff0dd, 0.9);
    rim.position.set(0, 3, -5);
    this.camera.add(this.key);
    this.scene.add(this.hemi, fill, rim, new AmbientLight(0xffffff, 0.12), this.camera, this.head);

    const u = this.u;
    this.materials = {
      vault: createBoneMaterial(u, { color: PROFILES.default.bone, vault: true }),
      fixed: createBoneMaterial(u, { color: PROFILES.default.bone, vault: false }),
      face: createBoneMaterial(u, { color: PROFILES.default.bone, vault: false, face: true }),
      socket: createBoneMaterial(u, { color: COLORS.dark, vault: false, socket: true, roughness: 1 }),
      tooth: createBoneMaterial(u, { color: COLORS.tooth, vault: false, face: true, roughness: 0.4 }),
      csf: createCsfMaterial(u, 'layer'),
      ventricle: createCsfMaterial(u, 'ventricle'),
      membrane: createCsfMaterial(u, 'membrane'),
      brain: createBrainMaterial(u),
    };

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
      this.buildHead(subject);
      this.technique = null;
      this.resetView();
    }
    if (technique !== this.technique) {
      this.technique = technique;
      this.buildContacts(shape, technique);
    }
    const profile = input.colorProfile === 'projector' ? 'projector' : 'default';
    if (profile !== this.profile) this.applyProfile(profile);
    const cutaway = input.cutaway === true;
    if (cutaway !== this.cutaway) {
      this.cutaway = cutaway;
      this.u.uCutaway.value = cutaway ? 1 : 0;
      for (const m of this.build?.interior ?? []) m.visible = cutaway;
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
    this.disposeHead();
    this.contacts?.dispose();
    this.contacts = null;
    for (const m of Object.values(this.materials)) m.dispose();
    this.renderer.dispose();
    this.overlay.dispose();
    canvas.remove();
  }

  // --- building -------------------------------------------------------------------------

  private buildHead(subject: SubjectId): void {
    this.disposeHead();
    const shape = HEAD_SHAPES[subject];
    const layers = LAYERS[subject];
    const [ax, ay, az] = shape.semiAxesM;
    const L = Math.max(ax, ay, az);
    this.head.scale.setScalar(1 / L);

    const u = this.u;
    u.uSemiAxesM.value.set(ax, ay, az);
    u.uInnerSemiAxesM.value.set(ax - layers.boneM, ay - layers.boneM, az - layers.boneM);
    u.uMaxShownM.value = MAX_SHOWN_FRACTION * L;
    u.uTintAtShownM.value = TINT_FULL_FRACTION * L;
    u.uCoronalLambdoid.value.set(shape.coronalZ0, shape.coronalTilt, shape.lambdoidZ0, shape.lambdoidTilt);
    u.uSquamousBase.value.set(shape.squamousTop, shape.squamousCurve, shape.baseY, 0);
    const [fx, fz] = shape.fontanelleHalfWidth;
    u.uFontanelle.value.set(fx || 1, fz || 1, bregma(shape)[2], fx > 0 && fz > 0 ? 1 : 0);
    u.uFoldScale.value = 6 / L;
    const gyrus = u.uGyrusColor.value;
    u.uSulcusColor.value.set(0x9a6260).lerp(gyrus, 1 - layers.folds);

    const group = new Group();
    group.name = `head-${subject}`;
    const geometries: BufferGeometry[] = [];
    const add = (g: BufferGeometry, m: Material, order = 0): Mesh => {
      geometries.push(g);
      const mesh = new Mesh(g, m);
      mesh.renderOrder = order;
      group.add(mesh);
      return mesh;
    };
    const mats = this.materials;
    const faceRecess = faceRecessFor(subject);
    this.u.uFaceRecess.value = faceRecess;
    const interior: Mesh[] = [];
    const bone = layers.boneM;
    const csf = layers.csfM;
    add(ellipsoidLayer({ shape, depthM: 0, segAround: 96, segPolar: 44, inward: false, closed: false, faceRecess }), mats.vault);
    // same grid as the outer surface: where neighbouring bones are shown moving by different
    // amounts, both surfaces stretch over the same triangles and the inner never pokes out
    add(ellipsoidLayer({ shape, depthM: bone, segAround: 96, segPolar: 44, inward: true, closed: false, faceRecess }), mats.vault);
    add(basePlate(shape, bone, 48, faceRecess), mats.fixed);
    const floorY = ay * VAULT_CUT_Y + bone;
    const gapM = 0.002 * L; // keeps the fluid's surface off the inner skull's
    interior.push(
      add(
        ellipsoidLayer({ shape, depthM: bone + gapM, segAround: 64, segPolar: 30, inward: false, closed: true, floorYM: floorY + gapM, faceRecess }),
        mats.csf,
      ),
    );
    interior.push(
      add(
        ellipsoidLayer({ shape, depthM: bone + csf, segAround: 72, segPolar: 36, inward: false, closed: true, floorYM: floorY + csf * 0.5, fissureDepthM: 0.12 * L, faceRecess }),
        mats.brain,
      ),
    );
    for (const g of ventricles(shape, bone + csf)) interior.push(add(g, mats.ventricle));
    for (const m of interior) m.visible = this.cutaway === true;
    const membrane = fontanelleMembrane(shape, bone * 0.5, 14);
    if (membrane) add(membrane, mats.membrane, 1);
    const kindMat: Record<FacePartKind, Material> = { bone: mats.face, socket: mats.socket, tooth: mats.tooth };
    const face = buildFace(subject, shape);
    // one draw call per face material instead of one per tooth and tube
    for (const kind of Object.keys(kindMat) as FacePartKind[]) {
      const parts = face.parts.filter((p) => p.kind === kind).map((p) => p.geometry);
      if (parts.length === 0) continue;
      const merged = mergeGeometries(parts, false);
      for (const g of parts) g.dispose();
      if (merged) add(merged, kindMat[kind]);
    }
    u.uHoleCentreM.value.fill(0);
    u.uHoleRadiiM.value.fill(0);
    face.holes.slice(0, 3).forEach((h, i) => {
      u.uHoleCentreM.value.set(h.centreM, i * 3);
      u.uHoleRadiiM.value.set(h.radiiM, i * 3);
    });

    this.head.add(group);
    this.build = { group, geometries, interior };
  }

  private disposeHead(): void {
    if (!this.build) return;
    for (const g of this.build.geometries) g.dispose();
    this.build.group.removeFromParent();
    this.build.group.clear();
    this.build = null;
  }

  private buildContacts(shape: HeadShape, technique: TechniqueId): void {
    this.contacts?.dispose();
    this.contacts = new ContactsView(shape, TECHNIQUES[technique].contacts, {
      glove: COLORS.glove,
      arrow: COLORS.arrow,
      metal: COLORS.metal,
    });
    this.head.add(this.contacts.group);
  }

  private applyProfile(profile: 'default' | 'projector'): void {
    this.profile = profile;
    const p = PROFILES[profile];
    this.renderer.domElement.style.background = p.background;
    (this.materials.vault as unknown as { color: Color }).color.set(p.bone);
    (this.materials.fixed as unknown as { color: Color }).color.set(p.bone);
    (this.materials.face as unknown as { color: Color }).color.set(p.bone);
    this.u.uSutureColor.value.set(p.suture);
    this.u.uSutureStrength.value = p.sutureStrength;
    this.u.uSutureHalfWidth.value = p.sutureHalfWidth;
    this.u.uLight.value = p.brainLight;
    this.hemi.intensity = p.hemi;
    this.key.intensity = p.key;
    this.overlay.setProfile(profile);
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

/**
 * Lateral ventricles (frontal, body, occipital and temporal horns), third and fourth ventricle,
 * placed in units of the brain's semi-axes. Shapes are schematic; they exist to show where the
 * ventricular CSF is and that it shares the pressure colour.
 */
function ventricles(shape: HeadShape, depthM: number): BufferGeometry[] {
  const [ax, ay, az] = shape.semiAxesM;
  const bx = ax - depthM;
  const by = ay - depthM;
  const bz = az - depthM;
  const r = 0.05 * Math.max(bx, by, bz);
  const at = (x: number, y: number, z: number): Vector3 => new Vector3(x * bx, y * by, z * bz);
  const out: BufferGeometry[] = [];
  for (const s of [-1, 1]) {
    const body = new CatmullRomCurve3([
      at(s * 0.1, 0.1, 0.45),
      at(s * 0.15, 0.26, 0.18),
      at(s * 0.17, 0.24, -0.15),
      at(s * 0.22, 0.08, -0.38),
      at(s * 0.17, 0.02, -0.6),
    ]);
    out.push(addFixedAttributes(new TubeGeometry(body, 28, r, 8, false)));
    const temporal = new CatmullRomCurve3([at(s * 0.22, 0.08, -0.38), at(s * 0.32, -0.12, -0.25), at(s * 0.34, -0.28, 0.08)]);
    out.push(addFixedAttributes(new TubeGeometry(temporal, 14, r * 0.75, 8, false)));
  }
  const third = new SphereGeometry(1, 12, 10);
  third.scale(0.025 * bx, 0.12 * by, 0.15 * bz);
  third.translate(0, -0.02 * by, 0);
  out.push(addFixedAttributes(third));
  const fourth = new SphereGeometry(1, 10, 8);
  fourth.scale(0.07 * bx, 0.05 * by, 0.06 * bz);
  fourth.translate(0, -0.38 * by, -0.4 * bz);
  out.push(addFixedAttributes(fourth));
  return out;
}
