// The head drawn for one subject: the sculpted skull (skull-mesh.ts: vault, face, jaw and teeth
// in one smooth surface), the vault's inner surface, the skull base plate, the CSF layer, brain
// and ventricles (shown only in the cutaway) and the fontanelle membrane.
// Built in metres in the head frame from the model's HeadShape, with bone as thick as the
// model's, and the shape written into the shared uniforms the shaders cut and colour with.
// Built when the subject changes; dispose() frees the geometries it made (the materials belong
// to the scene and serve every build). The ventricles' code is a chunk of its own (ventricles.ts):
// if it has not arrived when the cutaway first opens, the head says `pending` and adds them when
// it does.

import { DoubleSide, FrontSide, Group, Mesh, type BufferGeometry, type Material, type Side } from 'three';
import { HEAD_SHAPES, bregma } from '../model/geometry';
import { SUBJECTS } from '../model/subjects';
import type { SubjectId } from '../model/types';
import { mmToM } from '../model/units';
import { VAULT_CUT_Y, basePlate, ellipsoidLayer, faceRecessFor, fontanelleMembrane, withoutCutAway, type GridOptions } from './head-geometry';
import { skullGeometry } from './skull-mesh';
import type { HeadMaterials } from './materials';
import type { HeadUniforms } from './uniforms';

export interface HeadLayers {
  /** vault bone, m */
  boneM: number;
  /** CSF between bone and brain, m */
  csfM: number;
  /** how strongly the brain's sulci show, 0..1 */
  folds: number;
}

/**
 * Display-only layers. The CSF layer is drawn a little thicker than the real subarachnoid space
 * so it reads on screen.
 */
const DISPLAY_LAYERS: Readonly<Record<SubjectId, Omit<HeadLayers, 'boneM'>>> = {
  adult: { csfM: 0.0035, folds: 1 },
  child: { csfM: 0.0032, folds: 1 },
  infant: { csfM: 0.003, folds: 0.85 },
  // the rabbit brain is lissencephalic (nearly smooth): faint, broad sulci only
  rabbit: { csfM: 0.0007, folds: 0.25 },
};

/** Sulcus colour at full folds; fainter folds blend it toward the gyrus colour. */
const SULCUS_COLOR = 0x9a6260;

/**
 * The drawn layers of a subject's head. The bone is the model's vault thickness (the
 * `boneThickness` parameter its mechanics uses), so scene and model cannot disagree.
 */
export function headLayers(subject: SubjectId): HeadLayers {
  return { boneM: mmToM(SUBJECTS[subject].params.boneThickness.value), ...DISPLAY_LAYERS[subject] };
}

/** The model's scalp thickness for the subject, m: the scalp layer drawn and what the hands rest
 *  on and sink into. */
export function scalpThicknessM(subject: SubjectId): number {
  return mmToM(SUBJECTS[subject].params.scalpThickness.value);
}

/** True when the subject's vault has an open anterior fontanelle (the infant). */
export function hasOpenFontanelle(subject: SubjectId): boolean {
  const [fx, fz] = HEAD_SHAPES[subject].fontanelleHalfWidth;
  return fx > 0 && fz > 0;
}

/**
 * Sets the skull material for a skull that a cut opens (the cutaway, an open fontanelle) or not.
 * Closed, the skull is a closed surface: only its front faces show, and its shader has no
 * discards (define SKULL_CLOSED, materials.ts), so a software renderer's early depth test skips
 * the hidden layers of the face. Open, the back faces are the cut bone's cap. Back faces cost a
 * second shaded layer on a software renderer: the default adult scene drew in 80 ms instead of
 * 122 ms at 922x439 (SwiftShader), and differs in at most a few edge pixels. Both are part of the
 * shader program: opening or closing compiles (or reuses) the other one.
 */
export function setSkullOpen(m: Material, open: boolean): void {
  const side: Side = open ? DoubleSide : FrontSide;
  const defines = (m.defines ??= {}) as Record<string, string>;
  if (m.side === side && ('SKULL_CLOSED' in defines) === !open) return;
  m.side = side;
  if (open) delete defines.SKULL_CLOSED;
  else defines.SKULL_CLOSED = '';
  m.needsUpdate = true;
}

type CutawayCode = typeof import('./ventricles');
let cutawayCode: CutawayCode | null = null;
let cutawayLoad: Promise<CutawayCode | null> | null = null;

/** Loads the cutaway-only code (the ventricles, ventricles.ts) once; resolves with null if it
 *  fails (that head's cutaway then has no ventricles; the next head built asks again). */
export function loadCutawayCode(): Promise<CutawayCode | null> {
  cutawayLoad ??= import('./ventricles').then(
    (m) => (cutawayCode = m),
    () => {
      cutawayLoad = null;
      return null;
    },
  );
  return cutawayLoad;
}

/** Segments each way of a software renderer's low-detail interior layers, as a share of the
 *  layer's own: at half the resolution or less (LOW_DETAIL_BELOW_SCALE) a segment of the adult's
 *  vault is still 2-3 pixels, and a software renderer pays per triangle (doc/implementation-notes.md,
 *  "Low-detail skull"). */
export const LOW_DETAIL_SEGMENTS = 0.5;

export class HeadView {
  readonly group = new Group();
  private readonly geometries: BufferGeometry[] = [];
  /** CSF layer, brain and ventricles: hidden inside a closed skull, so drawn only in cutaway */
  private readonly interior: Mesh[] = [];
  /** the interior layers a software renderer also has with half the segments each way, switched
   *  with the resolution like the skull's detail (setLowDetail; the skull's own low-detail index
   *  arrives later): their geometry as built and with fewer triangles */
  private readonly interiorDetail: { mesh: Mesh; full: BufferGeometry; low: BufferGeometry }[] = [];
  /** builds `interior` (once, when the cutaway first opens; null once built) */
  private buildInterior: (() => void) | null;
  /** the translucent scalp: shown when asked for, never in the cutaway */
  private readonly scalp: Mesh;
  private scalpWanted = true;
  private cutaway = false;
  /** the sculpted skull's mesh: both faces drawn only where a cut shows its inside (see setCutaway) */
  private readonly skull: Mesh;
  private readonly basePlate: Mesh;
  /** an open anterior fontanelle is cut out of the vault by the shader: a hole into the skull */
  private readonly openFontanelle: boolean;
  /** the cutaway is open and its ventricles' code has not arrived yet */
  pending = false;
  private disposed = false;

  /** the skull's index as meshed and its low-detail index (skull-low-detail.ts) in the same
   *  buffer, as [first, count] draw ranges; low is null until handed in */
  private readonly skullRanges: { full: [number, number]; low: [number, number] | null };
  private lowDetail = false;

  /** `onLater`: a part built after the cutaway opened (the ventricles) has been added;
   *  `software`: a software renderer's head, which draws at a low resolution: the skull's index
   *  buffer leaves room for a low-detail index, and the interior layers are built both ways */
  constructor(subject: SubjectId, mats: HeadMaterials, u: HeadUniforms, onLater: () => void = () => {}, private readonly software = false) {
    const shape = HEAD_SHAPES[subject];
    const { boneM: bone, csfM: csf, folds } = headLayers(subject);
    const [ax, ay, az] = shape.semiAxesM;
    const L = Math.max(ax, ay, az);
    const faceRecess = faceRecessFor(subject);
    this.group.name = `head-${subject}`;

    u.uSemiAxesM.value.set(ax, ay, az);
    u.uInnerSemiAxesM.value.set(ax - bone, ay - bone, az - bone);
    u.uCoronalLambdoid.value.set(shape.coronalZ0, shape.coronalTilt, shape.lambdoidZ0, shape.lambdoidTilt);
    u.uSquamousBase.value.set(shape.squamousTop, shape.squamousCurve, shape.baseY, 0);
    const [fx, fz] = shape.fontanelleHalfWidth;
    this.openFontanelle = hasOpenFontanelle(subject);
    u.uFontanelle.value.set(fx || 1, fz || 1, bregma(shape)[2], this.openFontanelle ? 1 : 0);
    u.uFoldScale.value = 6 / L;
    u.uSulcusColor.value.set(SULCUS_COLOR).lerp(u.uGyrusColor.value, 1 - folds);
    u.uFaceRecess.value = faceRecess;

    // sutures as wide as the model's suture gap (wider, membranous, in the infant)
    u.uSutureHalfWidth.value = (mmToM(SUBJECTS[subject].params.sutureWidth.value) / 2) / ((ax + ay + az) / 3);
    this.skull = this.add(skullGeometry(subject, software), mats.skull);
    this.skullRanges = { full: [0, Math.min(this.skull.geometry.drawRange.count, this.skull.geometry.index!.count)], low: null };
    // the skull base's inner floor: the closed sculpted skull hides it from every side, so it is
    // drawn only where the skull is open (setCutaway: the cutaway, an open fontanelle); a closed
    // first frame then needs one shader program fewer (shader-warmup.ts)
    this.basePlate = this.add(basePlate(shape, bone, 48, faceRecess), mats.fixed);
    this.basePlate.visible = this.openFontanelle;
    // what only the cutaway shows is built when it first opens (a third of the head's build time,
    // ~80 ms on a 2-core machine, off the first frame)
    this.buildInterior = () => {
      // the vault's inner surface shows only through the cutaway (closed, the skull hides it, and
      // it would wall off the orbits, which the display vault ellipsoid reaches down to)
      this.addLayer({ shape, depthM: bone, segAround: 64, segPolar: 30, inward: true, closed: false, faceRecess }, mats.vault);
      const floorY = ay * VAULT_CUT_Y + bone;
      const gapM = 0.002 * L; // keeps the fluid's surface off the inner skull's
      this.addLayer({ shape, depthM: bone + gapM, segAround: 48, segPolar: 24, inward: false, closed: true, floorYM: floorY + gapM, faceRecess }, mats.csf);
      this.addLayer(
        { shape, depthM: bone + csf, segAround: 60, segPolar: 30, inward: false, closed: true, floorYM: floorY + csf * 0.5, fissureDepthM: 0.12 * L, faceRecess },
        mats.brain,
      );
      const addVentricles = (code: CutawayCode): void => {
        this.addInterior(code.ventricles(shape, bone + csf), mats.ventricle);
      };
      if (cutawayCode) addVentricles(cutawayCode);
      else {
        this.pending = true;
        void loadCutawayCode().then((code) => {
          if (this.disposed) return;
          if (code) addVentricles(code);
          this.pending = false;
          onLater();
        });
      }
    };
    // the scalp, as thick as the model's scalpThickness (what the fingertip presses into), over
    // the vault down to the brow and the nape
    const scalpM = scalpThicknessM(subject);
    this.scalp = this.add(
      ellipsoidLayer({ shape, depthM: -scalpM, segAround: 56, segPolar: 24, inward: false, closed: false, faceRecess, cutY: subject === 'rabbit' ? -0.3 : -0.22 }),
      mats.scalp,
      2,
    );
    const membrane = fontanelleMembrane(shape, bone * 0.5, 14);
    if (membrane) this.add(membrane, mats.membrane, 1);
  }

  setCutaway(on: boolean): void {
    this.cutaway = on;
    setSkullOpen(this.skull.material as Material, on || this.openFontanelle);
    this.basePlate.visible = on || this.openFontanelle;
    if (on && this.buildInterior) {
      this.buildInterior();
      this.buildInterior = null;
    }
    for (const m of this.interior) m.visible = on;
    this.scalp.visible = this.scalpWanted && !on;
  }

  /** Hands in the skull's low-detail index (skull-low-detail.ts). Only for a head made with room
   *  for it; false (and nothing changes) without room or for an index that does not fit. */
  setLowDetailIndex(low: Uint32Array): boolean {
    const index = this.skull.geometry.index!;
    const [, n] = this.skullRanges.full;
    if (this.skullRanges.low || index.count < n + low.length) return false;
    (index.array as Uint32Array).set(low, n);
    index.clearUpdateRanges();
    index.addUpdateRange(n, low.length);
    index.needsUpdate = true;
    this.skullRanges.low = [n, low.length];
    this.setLowDetail(this.lowDetail);
    return true;
  }

  /** Draws the skull with its low-detail index (once handed in) or as meshed, and a software
   *  renderer's interior layers with half their segments or as built. */
  setLowDetail(on: boolean): void {
    this.lowDetail = on;
    const [first, count] = (on && this.skullRanges.low) || this.skullRanges.full;
    this.skull.geometry.setDrawRange(first, count);
    for (const d of this.interiorDetail) d.mesh.geometry = on ? d.low : d.full;
  }

  /** Whether the skull is drawn with its low-detail index now. */
  get drawsLowDetail(): boolean {
    return this.lowDetail && this.skullRanges.low !== null;
  }

  setScalp(on: boolean): void {
    this.scalpWanted = on;
    this.scalp.visible = on && !this.cutaway;
  }

  dispose(): void {
    this.disposed = true;
    for (const g of this.geometries) g.dispose();
    this.group.removeFromParent();
    this.group.clear();
  }

  private add(g: BufferGeometry, m: Material, renderOrder = 0): Mesh {
    this.geometries.push(g);
    const mesh = new Mesh(g, m);
    mesh.renderOrder = renderOrder;
    this.group.add(mesh);
    return mesh;
  }

  private addInterior(g: BufferGeometry, m: Material): Mesh {
    const mesh = this.add(withoutCutAway(g), m);
    mesh.visible = this.cutaway;
    this.interior.push(mesh);
    return mesh;
  }

  /** An interior ellipsoid layer; a software renderer's also with half the segments each way
   *  (LOW_DETAIL_SEGMENTS), which it draws at low resolution (setLowDetail). */
  private addLayer(o: GridOptions, m: Material): void {
    const mesh = this.addInterior(ellipsoidLayer(o), m);
    if (!this.software) return;
    const low = withoutCutAway(ellipsoidLayer({ ...o, segAround: Math.round(o.segAround * LOW_DETAIL_SEGMENTS), segPolar: Math.round(o.segPolar * LOW_DETAIL_SEGMENTS) }));
    this.geometries.push(low);
    this.interiorDetail.push({ mesh, full: mesh.geometry, low });
    if (this.lowDetail) mesh.geometry = low;
  }
}
