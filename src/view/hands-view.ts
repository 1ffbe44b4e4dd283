// Stylised gloved hands for the techniques' contacts: a palm (a flattened ellipsoid) with four
// fingers of three tapered segments each and a thumb, built procedurally (cylinders with ball
// joints, no downloaded assets, a few thousand triangles a hand). Sizes in units of the head's
// largest semi-axis L, so every subject gets a hand in proportion to its head.
//
// Fingertip hands: each fingertip contact gets a finger whose pad rests on the scalp there; the
// pad and the distal segment go into the contact's own group (which follows its bone and sinks
// into the scalp), the rest of the hand into a palm group that the caller moves with the mean
// of its contacts. The palm lies outward of the contacts and up the head from them (the
// practitioner sits at the head of the table); fingers without a contact curl under the palm. Palm hands: the palm itself rests on the scalp at the
// contact, its fingers lie on along `t`; all of it sinks with the contact.
//
// A head much smaller than a hand (the rabbit's) cannot be cradled: a practitioner, or Downey's
// load cell, touches it with fingertips. There only what touches is drawn (handsCradle): each
// fingertip contact's pad with its distal and middle segments, each palm contact's heel of the
// hand as a pad; no palm hovering over the head, no curled fingers, no thumb.

import { BufferGeometry, CylinderGeometry, Group, Material, Matrix4, Mesh, SphereGeometry, Vector3 } from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';

/** One contact a hand touches, head frame, m. */
export interface HandContact {
  /** the point on the scalp's surface */
  p: Vector3;
  /** outward surface normal there */
  n: Vector3;
  /** tangent the hand lies toward (unit, perpendicular to n) */
  t: Vector3;
  kind: 'fingertip' | 'palm';
  /** the contact's group: follows its bone, sinks into the scalp */
  pad: Group;
}

// proportions in units of L (an adult's L is ~0.1 m: a fingertip ~11 mm across, a palm ~75 mm)
const TIP_R = 0.07;
const KNUCKLE_R = 0.08;
const PALM_HALF = { width: 0.4, length: 0.42, thick: 0.13 };
/** the heel of the hand alone, where a head is too small to be cradled (its width and length
 *  about a fingertip's three, like a thenar eminence's) */
const HEEL_HALF = { width: 0.2, length: 0.2, thick: 0.09 };
/** the palm's centre: this far out from the contacts and toward `t` */
const PALM_LIFT = 0.26;
const PALM_BACK = 0.5;
/** knuckles across the palm's far edge, index to little */
const KNUCKLE_SPREAD = [-1.5, -0.5, 0.5, 1.5].map((k) => k * 0.2);

const Y_AXIS = new Vector3(0, 1, 0);

/** An adult hand's length, wrist crease to middle fingertip, m: right hands of 150 men measured
 *  19.0 cm and of 150 women 17.6 cm on average (Ibeachu, Abu & Didia 2011, Asian J Med Sci
 *  3(8):146-150). */
const HAND_LENGTH_M = 0.18;
/** Half an adult index fingertip's breadth, m (~14 mm across, anthropometric surveys, recalled):
 *  what the drawn fingertip (TIP_R L) is compared with to state the hands' scale. */
const FINGERTIP_HALF_WIDTH_M = 0.007;
/** Adult hands span about +-15 % around the middle of their range: hand breadth of British adults
 *  19-65 runs from 70 mm (women, 5th percentile) to 95 mm (men, 95th), about 82 mm +-15 %
 *  (Pheasant's Bodyspace tables, as tabulated by City University of Hong Kong's online
 *  anthropometry pages; read there, not in the book). A hand drawn within that is a true-size
 *  hand of some adult, and needs no note. */
const TRUE_SIZE_SPREAD = 0.15;

/** Whether hands can cradle a head whose largest semi-axis is `L`, m: palm and fingers wrap a head
 *  at least half a hand long (2L >= HAND_LENGTH_M / 2: every human subject). A smaller head (the
 *  rabbit's braincase, 40 mm) is touched with fingertips only. */
export function handsCradle(L: number): boolean {
  return 2 * L >= HAND_LENGTH_M / 2;
}

/** The scale the hands are drawn at on a head of largest semi-axis `L`, m (1 = true size): they
 *  are drawn in proportion to the head, so a fingertip's half-width TIP_R L is compared with a real
 *  one's. */
export function handDrawScale(L: number): number {
  return (TIP_R * L) / FINGERTIP_HALF_WIDTH_M;
}

/** The hands' drawn scale when a viewer must be told (outside the spread of adult hands), or null. */
export function statedHandScale(L: number): number | null {
  const s = handDrawScale(L);
  return Number.isFinite(s) && s > 0 && Math.abs(s - 1) > TRUE_SIZE_SPREAD ? s : null;
}

/** Up the head along the surface with outward normal `n` (unit, written into `out`): where a
 *  fingertip hand's palm lies from its fingertips (the practitioner sits at the head of the
 *  table). False at the crown, where there is no such direction. */
export function upTheHead(n: Vector3, out: Vector3): boolean {
  out.copy(Y_AXIS).addScaledVector(n, -n.y);
  if (out.lengthSq() <= 0.05) return false;
  out.normalize();
  return true;
}

/** Where a glove mesh keeps its low-detail twin (the same pieces, placed the same, with fewer
 *  segments: LOW_SEGMENTS), for contacts-view.ts's low-detail gloves. */
export const LOW_DETAIL_GEOMETRY = 'lowDetailGeometry';

/** A glove piece's segments (around, and along for the balls) as built and in its low-detail
 *  twin: at half the resolution or less a finger is a few pixels wide, and a software renderer
 *  pays per triangle (the two gloves' ~5,700 triangles were ~3.7 ms of a cutaway frame). */
const SEGMENTS = { joint: [10, 6], palm: [16, 10], finger: 10 } as const;
const LOW_SEGMENTS = { joint: [6, 4], palm: [10, 6], finger: 6 } as const;

export class HandBuilder {
  private readonly joint: SphereGeometry;
  private readonly palmGeo: SphereGeometry;
  /** each piece geometry's low-detail twin */
  private readonly twins = new Map<BufferGeometry, BufferGeometry>();

  /** `lowDetail`: also build each piece's and each merged glove's low-detail twin (a software
   *  renderer's, LOW_DETAIL_GEOMETRY) */
  constructor(
    private readonly L: number,
    private readonly glove: Material,
    private readonly keep: <T extends BufferGeometry>(g: T) => T,
    private readonly lowDetail = false,
  ) {
    this.joint = this.withTwin(new SphereGeometry(1, ...SEGMENTS.joint), new SphereGeometry(1, ...LOW_SEGMENTS.joint));
    this.palmGeo = this.withTwin(new SphereGeometry(1, ...SEGMENTS.palm), new SphereGeometry(1, ...LOW_SEGMENTS.palm));
    this.cradle = handsCradle(L);
  }

  /** whole hands (palm and fingers) or only what touches (handsCradle) */
  private readonly cradle: boolean;

  /**
   * One hand on `contacts` (all fingertips, or one palm). `side` +1 for a right hand, -1 for a
   * left (which side the thumb is on). Returns the palm group for fingertip hands (the caller
   * moves it with its contacts), null for a palm hand (everything is in the contact's group).
   */
  hand(contacts: readonly HandContact[], side: 1 | -1): Group | null {
    if (contacts.length === 0) return null;
    if (!this.cradle) {
      for (const k of contacts) {
        if (k.kind === 'palm') this.heelPad(k);
        else this.fingerOnly(k);
        this.merge(k.pad);
      }
      return null;
    }
    if (contacts[0].kind === 'palm') {
      this.palmHand(contacts[0], side);
      this.merge(contacts[0].pad);
      return null;
    }
    const palm = this.fingertipHand(contacts, side);
    this.merge(palm);
    for (const k of contacts) this.merge(k.pad);
    return palm;
  }

  /**
   * The glove's pieces in `group` (balls, segments, palm) as one mesh: the group moves as one,
   * and each draw call costs a software renderer ~0.1 ms whatever its size (two hands were ~75
   * draw calls, now ~10).
   */
  private merge(group: Group): void {
    const parts = group.children.filter((o): o is Mesh => o instanceof Mesh && o.material === this.glove);
    for (const m of parts) if (this.twins.has(m.geometry)) m.userData[LOW_DETAIL_GEOMETRY] = this.twins.get(m.geometry);
    if (parts.length < 2) return;
    const mergedOf = (geometryOf: (m: Mesh) => BufferGeometry) => {
      const placed = parts.map((m) => {
        m.updateMatrix();
        // copies: the ball and palm geometries are shared by every piece, and this moves vertices
        const src = geometryOf(m);
        const g = new BufferGeometry();
        g.setAttribute('position', src.getAttribute('position').clone());
        g.setAttribute('normal', src.getAttribute('normal').clone());
        g.setIndex(src.getIndex());
        return g.applyMatrix4(m.matrix);
      });
      const merged = mergeGeometries(placed);
      for (const g of placed) g.dispose();
      return merged;
    };
    const merged = mergedOf((m) => m.geometry);
    if (!merged) return;
    const low = this.lowDetail ? mergedOf((m) => this.twins.get(m.geometry) ?? m.geometry) : null;
    for (const m of parts) m.removeFromParent();
    const mesh = new Mesh(this.keep(merged), this.glove);
    if (low) mesh.userData[LOW_DETAIL_GEOMETRY] = this.keep(low);
    group.add(mesh);
  }

  /** `full`, kept, with `low` kept as its low-detail twin when the builder makes them. */
  private withTwin<T extends BufferGeometry>(full: T, low: BufferGeometry): T {
    this.keep(full);
    if (this.lowDetail) this.twins.set(full, this.keep(low));
    else low.dispose();
    return full;
  }

  private fingertipHand(contacts: readonly HandContact[], side: 1 | -1): Group {
    const L = this.L;
    const palm = new Group();
    const c = new Vector3();
    const n = new Vector3();
    const t = new Vector3();
    for (const k of contacts) {
      c.add(k.p);
      n.add(k.n);
      t.add(k.t);
    }
    c.divideScalar(contacts.length);
    n.normalize();
    // the hand reaches from the crown's side (the practitioner sits at the head of the table):
    // the palm lies up the head from its fingertips; at the crown itself, toward the contacts' t
    const up = new Vector3();
    if (upTheHead(n, up)) t.copy(up);
    t.addScaledVector(n, -t.dot(n)).normalize();
    // palm frame: faces the head (-n), fingers point away from t, v across the knuckles
    const f = t.clone().negate();
    const v = new Vector3().crossVectors(n, f).normalize();
    const P = c.clone().addScaledVector(n, PALM_LIFT * L).addScaledVector(t, PALM_BACK * L);
    this.ellipsoid(palm, P, v, n, f);
    const knuckle = (j: number): Vector3 =>
      P.clone()
        .addScaledVector(f, PALM_HALF.length * 0.85 * L)
        .addScaledVector(v, KNUCKLE_SPREAD[j] * L)
        .addScaledVector(n, -0.02 * L);
    // contacts onto knuckles in their order across the hand; one contact takes the middle finger
    const order = [...contacts].sort((a, b) => a.p.dot(v) - b.p.dot(v));
    const slots = order.length === 1 ? [1] : order.length === 2 ? [1, 2] : order.length === 3 ? [0, 1, 2] : [0, 1, 2, 3];
    for (let j = 0; j < 4; j++) {
      const at = slots.indexOf(j);
      const k = at >= 0 ? order[at] : null;
      const K = knuckle(j);
      if (k) this.reachingFinger(palm, k, K, n);
      else this.curledFinger(palm, K, f, n);
    }
    // thumb: from the palm's side, toward the fingers and the head
    const thumbSide = side;
    const base = P.clone().addScaledVector(v, -thumbSide * PALM_HALF.width * 0.85 * L).addScaledVector(f, -0.05 * L);
    const mid = base.clone().addScaledVector(v, -thumbSide * 0.12 * L).addScaledVector(f, 0.14 * L).addScaledVector(n, -0.06 * L);
    const tip = mid.clone().addScaledVector(f, 0.14 * L).addScaledVector(n, -0.06 * L);
    this.chain(palm, [base, mid, tip], [0.095, 0.085, 0.072]);
    return palm;
  }

  /** a finger from knuckle K to the contact: pad and distal segment in the contact's group */
  private reachingFinger(palm: Group, k: HandContact, K: Vector3, palmN: Vector3): void {
    const L = this.L;
    const tip = k.p.clone().addScaledVector(k.n, TIP_R * 0.95 * L);
    const span = tip.distanceTo(K);
    // joints lerped from the tip toward the knuckle, arched away from the head
    const D = tip.clone().lerp(K, 0.3).addScaledVector(k.n, 0.05 * span);
    const M = tip.clone().lerp(K, 0.62).addScaledVector(palmN, 0.1 * span);
    this.chain(k.pad, [tip, D], [TIP_R, TIP_R * 1.05]);
    this.chain(palm, [D, M, K], [TIP_R * 1.05, KNUCKLE_R * 0.95, KNUCKLE_R]);
  }

  /** a contact finger alone (no palm): its pad on the scalp, distal and middle segments reaching
   *  out and up the head, the way the whole hand's finger would come from its palm */
  private fingerOnly(k: HandContact): void {
    const L = this.L;
    const tip = k.p.clone().addScaledVector(k.n, TIP_R * 0.95 * L);
    const away = new Vector3();
    if (!upTheHead(k.n, away)) away.copy(k.t);
    // leaning on the head, not standing off it: mostly along the surface, a little outward
    const dir = away.multiplyScalar(0.9).addScaledVector(k.n, 0.45).normalize();
    const D = tip.clone().addScaledVector(dir, 0.2 * L);
    const M = D.clone().addScaledVector(dir, 0.16 * L).addScaledVector(k.n, 0.04 * L);
    this.chain(k.pad, [tip, D, M], [TIP_R, TIP_R * 1.05, KNUCKLE_R * 0.95]);
  }

  /** a palm contact alone (no fingers): the heel of the hand as a pad on the scalp */
  private heelPad(k: HandContact): void {
    const L = this.L;
    const v = new Vector3().crossVectors(k.n, k.t).normalize();
    this.ellipsoid(k.pad, k.p.clone().addScaledVector(k.n, HEEL_HALF.thick * 0.9 * L), v, k.n, k.t, HEEL_HALF);
  }

  /** a finger without a contact, curled back under the palm */
  private curledFinger(palm: Group, K: Vector3, f: Vector3, n: Vector3): void {
    const L = this.L;
    const M = K.clone().addScaledVector(f, 0.16 * L).addScaledVector(n, -0.06 * L);
    const D = M.clone().addScaledVector(f, 0.04 * L).addScaledVector(n, -0.12 * L);
    const tip = D.clone().addScaledVector(f, -0.06 * L).addScaledVector(n, -0.06 * L);
    this.chain(palm, [K, M, D, tip], [KNUCKLE_R, KNUCKLE_R * 0.95, TIP_R, TIP_R * 0.95]);
  }

  /** the palm on the scalp at the contact, fingers lying on along t, thumb along the side */
  private palmHand(k: HandContact, side: 1 | -1): void {
    const L = this.L;
    const v = new Vector3().crossVectors(k.n, k.t).normalize();
    const P = k.p.clone().addScaledVector(k.n, PALM_HALF.thick * 0.9 * L);
    this.ellipsoid(k.pad, P, v, k.n, k.t);
    for (const s of KNUCKLE_SPREAD) {
      const K = P.clone().addScaledVector(k.t, PALM_HALF.length * 0.85 * L).addScaledVector(v, s * L);
      // fingers follow the head's curve: each segment bends a little toward it
      const M = K.clone().addScaledVector(k.t, 0.16 * L).addScaledVector(k.n, -0.025 * L);
      const D = M.clone().addScaledVector(k.t, 0.12 * L).addScaledVector(k.n, -0.04 * L);
      const tip = D.clone().addScaledVector(k.t, 0.09 * L).addScaledVector(k.n, -0.045 * L);
      this.chain(k.pad, [K, M, D, tip], [KNUCKLE_R, KNUCKLE_R * 0.95, TIP_R, TIP_R * 0.95]);
    }
    const base = P.clone().addScaledVector(v, -side * PALM_HALF.width * 0.9 * L);
    const mid = base.clone().addScaledVector(v, -side * 0.13 * L).addScaledVector(k.t, 0.1 * L).addScaledVector(k.n, -0.03 * L);
    const tip = mid.clone().addScaledVector(v, -side * 0.06 * L).addScaledVector(k.t, 0.12 * L).addScaledVector(k.n, -0.04 * L);
    this.chain(k.pad, [base, mid, tip], [0.095, 0.085, 0.072]);
  }

  /** the palm (or its heel): a flattened ellipsoid, width along v, thickness along n, length along f */
  private ellipsoid(parent: Group, at: Vector3, v: Vector3, n: Vector3, f: Vector3, half = PALM_HALF): void {
    const m = new Mesh(this.palmGeo, this.glove);
    m.quaternion.setFromRotationMatrix(new Matrix4().makeBasis(v, n, f));
    m.scale.set(half.width * this.L, half.thick * this.L, half.length * this.L);
    m.position.copy(at);
    parent.add(m);
  }

  /** tapered segments through `points` (radii in units of L), a ball at every joint */
  private chain(parent: Group, points: readonly Vector3[], radii: readonly number[]): void {
    const L = this.L;
    for (let i = 0; i < points.length; i++) {
      const ball = new Mesh(this.joint, this.glove);
      ball.scale.setScalar(radii[i] * L);
      ball.position.copy(points[i]);
      parent.add(ball);
      if (i === 0) continue;
      const a = points[i - 1];
      const b = points[i];
      const len = a.distanceTo(b);
      if (len < 1e-9) continue;
      const cylinder = (around: number) => new CylinderGeometry(radii[i] * L, radii[i - 1] * L, len, around, 1, true);
      const seg = new Mesh(this.withTwin(cylinder(SEGMENTS.finger), cylinder(LOW_SEGMENTS.finger)), this.glove);
      seg.quaternion.setFromUnitVectors(Y_AXIS, b.clone().sub(a).divideScalar(len));
      seg.position.copy(a).add(b).multiplyScalar(0.5);
      parent.add(seg);
    }
  }
}
