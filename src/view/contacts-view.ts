// The technique's contacts drawn on the head: gloved hands (hands-view.ts) for the fingertips and palms,
// Downey's Y-shaped microplates with screws for 'plate' contacts, and a force arrow at each
// contact. Arrow length grows with log10 of the contact's force, so 5 g and 500 g look clearly
// different while 10 kg still fits on screen. Built in metres in the head frame (inside the
// scene's head group); rebuilt only when subject or technique change.

import {
  BufferGeometry,
  ConeGeometry,
  CylinderGeometry,
  Group,
  Material,
  Matrix4,
  Mesh,
  MeshStandardMaterial,
  BoxGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import { BONE_IDS, surfaceNormal, surfacePoint, type HeadShape } from '../model/geometry';
import type { Contact } from '../model/types';
import { HandBuilder, LOW_DETAIL_GEOMETRY, statedHandScale, upTheHead, type HandContact } from './hands-view';
import { MergedParts } from './merged-parts';

/** Force (N) per contact at which the arrow has its shortest visible length. */
const ARROW_FORCE_FLOOR_N = 1e-3;
/** Arrow length in head units (largest semi-axis): at the floor, and per decade of force. */
const ARROW_LEN_AT_FLOOR = 0.2;
const ARROW_LEN_PER_DECADE = 0.16;
const ARROW_LEN_MAX = 1.05;
/** Length of the arrow's head in head units. */
const ARROW_HEAD_LEN = 0.11;

/** Arrow length in head units for a contact force, N (0 when there is no force). */
export function arrowLengthForForce(forceN: number): number {
  if (!(forceN > 0)) return 0;
  const decades = Math.log10(Math.max(forceN, ARROW_FORCE_FLOOR_N) / ARROW_FORCE_FLOOR_N);
  return Math.min(ARROW_LEN_MAX, ARROW_LEN_AT_FLOOR + ARROW_LEN_PER_DECADE * decades);
}

/** Everything drawn for one contact; it rides along with its bone's shown displacement. */
interface ContactRig {
  group: Group;
  boneIndex: number;
  normal: Vector3;
  /** the fingertip (or palm) itself, which sinks into the scalp inside the rig */
  pad: Group | null;
  /** a plate and its arrow, which slide along the pull as the suture opens (setPlateGap) */
  slide: Group | null;
  /** the contact's force direction (unit) */
  pull: Vector3;
}

/** A hand's palm and the contacts it reaches: it moves with their mean (bone and sink). */
interface PalmRig {
  palm: Group;
  rigs: ContactRig[];
}

interface ArrowRig {
  group: Group;
  /** shaft and head in one geometry (one draw call): setForce stretches the shaft's vertices
   *  and moves the head's; `base` is the geometry at unit shaft length with the head at 0 */
  geometry: BufferGeometry;
  base: Float32Array;
  shaftVertices: number;
  share: number;
  /** the arrow's fixed end: its tip (tipAtAnchor) or its tail */
  anchor: Vector3;
  dir: Vector3;
  tipAtAnchor: boolean;
}

const Y_AXIS = new Vector3(0, 1, 0);

export class ContactsView {
  /** Materials with the programs the hands, plates and arrows draw with (all plain standard,
   *  front faces), for compiling them ahead of the first draw (shader-warmup.ts). Never disposed:
   *  a program lives while a material uses it. */
  static readonly programMaterials: readonly Material[] = [new MeshStandardMaterial()];

  readonly group = new Group();
  private readonly geometries: BufferGeometry[] = [];
  private readonly materials: Material[] = [];
  private readonly arrows: ArrowRig[] = [];
  private readonly rigs: ContactRig[] = [];
  private readonly palms: PalmRig[] = [];
  private readonly merged: MergedParts[] = [];
  /** a software renderer's gloves: each merged glove with its low-detail twin (hands-view.ts
   *  LOW_DETAIL_GEOMETRY), one of the two shown (setLowDetail) */
  private readonly gloves: { full: MergedParts; low: MergedParts }[] = [];
  private lowDetail = false;
  private readonly unitM: number;
  /** the scale the hands are drawn at, when the stage must state it (hands-view.ts), else null */
  readonly handScale: number | null;
  private lastForceN = Number.NaN;
  /** the contact group being built */
  private target: Group = this.group;

  /**
   * `scalpM`: the scalp's thickness; fingertips and palms rest on the scalp's surface, that far
   * out from the bone, and sink into it by setPadSink(). `software`: also build low-detail gloves
   * (setLowDetail), as a software renderer's head has a low-detail skull.
   */
  constructor(shape: HeadShape, contacts: readonly Contact[], colors: { glove: number; arrow: number; metal: number }, scalpM = 0, private readonly software = false) {
    this.group.name = 'contacts';
    const [ax, ay, az] = shape.semiAxesM;
    const L = Math.max(ax, ay, az);
    this.unitM = L;
    const glove = this.mat(new MeshStandardMaterial({ color: colors.glove, roughness: 0.55 }));
    const arrowMat = this.mat(new MeshStandardMaterial({ color: colors.arrow, roughness: 0.4, emissive: colors.arrow, emissiveIntensity: 0.25 }));
    const metal = this.mat(new MeshStandardMaterial({ color: colors.metal, roughness: 0.35, metalness: 0.7 }));

    // an arrow's parts (each arrow merges its own copy below); plate parts shared, placed by transforms
    const shaftGeo = new CylinderGeometry(0.022 * L, 0.022 * L, 1, 10).translate(0, 0.5, 0);
    const headGeo = new ConeGeometry(0.055 * L, ARROW_HEAD_LEN * L, 14).translate(0, -0.5 * ARROW_HEAD_LEN * L, 0);
    const bar = this.geo(new BoxGeometry(1, 1, 1));
    const screw = this.geo(new CylinderGeometry(1, 1, 1, 12));

    const p = new Vector3();
    const n = new Vector3();
    const t = new Vector3();
    const b = new Vector3();
    const d = new Vector3();
    const up = new Vector3();
    const hands = new Map<string, { side: 1 | -1; contacts: HandContact[]; rigs: ContactRig[] }>();

    for (const c of contacts) {
      const sp = surfacePoint(shape, c.site);
      const sn = surfaceNormal(shape, c.site);
      p.set(sp[0], sp[1], sp[2]);
      n.set(sn[0], sn[1], sn[2]);
      d.set(c.direction[0], c.direction[1], c.direction[2]).normalize();
      if (!Number.isFinite(p.x + n.x + d.x)) continue;
      // a tangent for orienting the hand or plate: the force's tangential part if it has one
      // (lifts, plate pulls), otherwise "up the head", otherwise sideways
      t.copy(d).addScaledVector(n, -d.dot(n));
      if (t.lengthSq() < 0.05) t.copy(Y_AXIS).addScaledVector(n, -n.y);
      if (t.lengthSq() < 0.05) t.set(Math.sign(p.x) || 1, 0, 0).addScaledVector(n, -n.x);
      t.normalize();
      b.crossVectors(n, t);
      const rig: ContactRig = { group: new Group(), boneIndex: BONE_IDS.indexOf(c.bone), normal: n.clone(), pad: null, slide: null, pull: d.clone() };
      this.rigs.push(rig);
      this.group.add(rig.group);
      this.target = rig.group;
      if (c.kind === 'plate') {
        // a plate and its arrow ride along the pull as the suture opens
        rig.slide = new Group();
        rig.group.add(rig.slide);
        this.target = rig.slide;
      } else {
        // hands rest on the scalp: their own group, lifted by its thickness, sinks into it
        rig.pad = new Group();
        rig.group.add(rig.pad);
        this.target = rig.pad;
        p.addScaledVector(n, scalpM);
      }

      if (c.kind === 'plate') {
        this.addPlate(p, n, t, b, L, bar, screw, metal);
      } else if (rig.pad) {
        // hands are built once all their contacts are known
        const hand = hands.get(c.hand) ?? { side: c.hand === 'left' ? -1 : 1, contacts: [], rigs: [] };
        hands.set(c.hand, hand);
        hand.contacts.push({ p: p.clone(), n: n.clone(), t: t.clone(), kind: c.kind, pad: rig.pad });
        hand.rigs.push(rig);
      }
      this.target = rig.slide ?? rig.group;

      // force arrow, just outside the pad. A push ends there, coming from beside the finger (not
      // through it). A pull starts there, unless the hand lies that way (a lift toward the crown
      // runs along the finger to the palm, a palm's along its fingers): then it ends there,
      // coming from the free side. A plate's starts at the plate, the way the load cell pulls.
      const pushes = d.dot(n) < -0.3;
      const handSide = c.kind === 'palm' ? t : upTheHead(n, up) ? up : null;
      const tipAtAnchor = pushes || (c.kind !== 'plate' && handSide !== null && d.dot(handSide) > 0);
      const anchor = new Vector3().copy(p).addScaledVector(n, (c.kind === 'plate' ? 0.04 : pushes ? 0.2 : 0.1) * L);
      if (c.kind === 'plate') anchor.addScaledVector(d, 0.18 * L);
      else if (pushes) anchor.addScaledVector(b, 0.12 * L);
      const ag = new Group();
      // each arrow its own copy: its length follows its own share of the force
      const arrowGeo = mergeGeometries([shaftGeo, headGeo]);
      if (!arrowGeo) throw new Error('arrow: shaft and head have different attributes');
      this.geo(arrowGeo);
      ag.add(new Mesh(arrowGeo, arrowMat));
      ag.quaternion.setFromUnitVectors(Y_AXIS, d);
      ag.visible = false;
      this.target.add(ag);
      this.arrows.push({
        group: ag,
        geometry: arrowGeo,
        base: Float32Array.from(arrowGeo.getAttribute('position').array),
        shaftVertices: shaftGeo.getAttribute('position').count,
        share: Number.isFinite(c.share) ? Math.max(0, c.share) : 0,
        anchor,
        dir: d.clone(),
        tipAtAnchor,
      });
    }
    shaftGeo.dispose();
    headGeo.dispose();
    this.handScale = hands.size > 0 ? statedHandScale(L) : null;
    const builder = new HandBuilder(L, glove, (g) => this.geo(g), this.software);
    for (const hand of hands.values()) {
      const palm = builder.hand(hand.contacts, hand.side);
      if (palm) {
        this.group.add(palm);
        this.palms.push({ palm, rigs: hand.rigs });
      }
      // the hand's glove, and its arrows, each drawn as one mesh (merged-parts.ts)
      const parts = palm ? [...hand.rigs.map((r) => r.group), palm] : hand.rigs.map((r) => r.group);
      this.mergeDrawn(parts, glove, this.software);
      this.mergeDrawn(parts, arrowMat);
    }
  }

  /** Draws the meshes of `material` under `roots` as one (they keep moving as before); with
   *  `lowDetail`, also as one of their low-detail twins, shown instead by setLowDetail. */
  private mergeDrawn(roots: readonly Group[], material: Material, lowDetail = false): void {
    const meshes: Mesh[] = [];
    for (const r of roots) r.traverse((o) => {
      if (o instanceof Mesh && o.material === material) meshes.push(o);
    });
    if (meshes.length < 2) return;
    const full = new MergedParts(this.group, meshes, material);
    this.merged.push(full);
    if (!lowDetail) return;
    const low = new MergedParts(this.group, meshes, material, (m) => (m.userData[LOW_DETAIL_GEOMETRY] as BufferGeometry | undefined) ?? m.geometry);
    this.merged.push(low);
    this.gloves.push({ full, low });
    this.showGloves();
  }

  /** Draws a software renderer's gloves with fewer triangles (at half the resolution or less,
   *  with the head's low-detail skull), or as built. */
  setLowDetail(on: boolean): void {
    if (on === this.lowDetail) return;
    this.lowDetail = on;
    this.showGloves();
    this.refreshMerged();
  }

  private showGloves(): void {
    for (const { full, low } of this.gloves) {
      full.mesh.visible = !this.lowDetail;
      low.mesh.visible = this.lowDetail;
    }
  }

  /** Copies whatever moved into the merged meshes shown (a hidden one catches up when shown). */
  private refreshMerged(): void {
    for (const m of this.merged) if (m.mesh.visible) m.update();
  }

  /** Per frame: cheap, returns at once when the force has not changed. */
  setForce(forceN: number): void {
    const f = Number.isFinite(forceN) ? Math.max(0, forceN) : 0;
    if (f === this.lastForceN) return;
    this.lastForceN = f;
    for (const a of this.arrows) {
      const len = arrowLengthForForce(f * a.share) * this.unitM;
      a.group.visible = len > 0;
      if (len <= 0) continue;
      const shaftLen = Math.max(len - ARROW_HEAD_LEN * this.unitM, 1e-6);
      const pos = a.geometry.getAttribute('position');
      const y = pos.array as Float32Array;
      for (let i = 1; i < y.length; i += 3) y[i] = i < 3 * a.shaftVertices ? a.base[i] * shaftLen : a.base[i] + len;
      pos.needsUpdate = true;
      a.geometry.computeBoundingSphere();
      // arrow points along dir, with its tip or its tail at the anchor
      if (a.tipAtAnchor) a.group.position.copy(a.anchor).addScaledVector(a.dir, -len);
      else a.group.position.copy(a.anchor);
    }
    this.refreshMerged();
  }

  /**
   * Per frame: move each contact with its bone's shown (exaggerated, clipped) outward
   * displacement, m, indexed like BONE_IDS, so pads and plates stay on the bone they press.
   */
  followBones(shownM: ArrayLike<number>): void {
    for (const r of this.rigs) {
      const d = r.boneIndex >= 0 ? shownM[r.boneIndex] : 0;
      r.group.position.copy(r.normal).multiplyScalar(Number.isFinite(d) ? d : 0);
    }
    this.movePalms();
  }

  /** Sink the fingertips and palms into the scalp by this shown depth, m (0 = resting on it). */
  setPadSink(shownM: number): void {
    const d = Number.isFinite(shownM) ? Math.max(0, shownM) : 0;
    for (const r of this.rigs) r.pad?.position.copy(r.normal).multiplyScalar(-d);
    this.movePalms();
  }

  /** each palm at the mean offset of its contacts (their bones' motion plus their sink) */
  private movePalms(): void {
    for (const { palm, rigs } of this.palms) {
      palm.position.set(0, 0, 0);
      for (const r of rigs) {
        palm.position.add(r.group.position);
        if (r.pad) palm.position.add(r.pad.position);
      }
      palm.position.divideScalar(Math.max(1, rigs.length));
    }
    this.refreshMerged();
  }

  /** Part the plates by this shown opening of the suture, m (each moves half of it along its
   *  pull; 0 = as screwed on). Hands are not moved. */
  setPlateGap(shownM: number): void {
    const d = Number.isFinite(shownM) ? shownM : 0;
    for (const r of this.rigs) r.slide?.position.copy(r.pull).multiplyScalar(d / 2);
    this.refreshMerged();
  }

  dispose(): void {
    for (const m of this.merged) m.dispose();
    for (const g of this.geometries) g.dispose();
    for (const m of this.materials) m.dispose();
    this.group.removeFromParent();
    this.group.clear();
  }

  private addPlate(p: Vector3, n: Vector3, t: Vector3, b: Vector3, L: number, bar: BufferGeometry, screw: BufferGeometry, metal: Material): void {
    // Y-shaped microplate lying on the bone: the stem points along the pull (where the load
    // cell hooks on), two arms splay back toward the suture, a screw at each arm end
    const plate = new Group();
    const basis = new Matrix4().makeBasis(b, n, t);
    plate.quaternion.setFromRotationMatrix(basis);
    plate.position.copy(p).addScaledVector(n, 0.012 * L);
    // Downey's plates were ~1 cm long on a ~3 cm rabbit braincase; drawn at that proportion
    const w = 0.075 * L;
    const thick = 0.028 * L;
    const armLen = 0.28 * L;
    const stem = new Mesh(bar, metal);
    stem.scale.set(w, thick, armLen);
    stem.position.set(0, 0, armLen * 0.5);
    plate.add(stem);
    const screwAt = (x: number, z: number): void => {
      const s = new Mesh(screw, metal);
      s.scale.set(w * 0.6, thick * 2.2, w * 0.6);
      s.position.set(x, thick * 0.6, z);
      plate.add(s);
    };
    for (const side of [-1, 1]) {
      const arm = new Mesh(bar, metal);
      const ang = side * 0.6;
      arm.scale.set(w, thick, armLen);
      arm.rotation.y = ang;
      arm.position.set(-Math.sin(ang) * armLen * 0.5, 0, -Math.cos(ang) * armLen * 0.5);
      plate.add(arm);
      screwAt(-Math.sin(ang) * armLen * 0.95, -Math.cos(ang) * armLen * 0.95);
    }
    screwAt(0, armLen * 0.95); // eyelet screw where the pull hooks on
    this.target.add(plate);
  }

  private geo<T extends BufferGeometry>(g: T): T {
    this.geometries.push(g);
    return g;
  }

  private mat<T extends Material>(m: T): T {
    this.materials.push(m);
    return m;
  }
}
