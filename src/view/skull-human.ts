// The human skulls (adult, 6-year-old, 6-month infant) as a sculpt of signed-distance primitives.
// The cranium is the model's vault ellipsoid itself (HEAD_SHAPES: the sizes the mechanics uses),
// with the display recess below the brow (head-geometry.ts); the face, jaw and base are placed in
// millimetres of an adult design skull, measured from nasion, and scaled to the subject.
//
// Adult design proportions (Howells craniometric means, male; doc/model.md "Skull geometry"):
// bizygomatic breadth ZYB ~0.73 of cranial length GOL, orbit 34 x 40 mm (orbital index ~85),
// nasal aperture ~27 mm wide, nasion-prosthion ~0.37 GOL, bigonial breadth ~96 mm, gonial angle
// ~120 deg. The face is smaller against the cranium the younger the head (face:cranium ~1:8 at
// birth, 1:2.5 in the adult, Huelke 1998 after Burdi 1969): FACE_SCALE below.

import type { HeadShape } from '../model/geometry';
import type { SubjectId } from '../model/types';
import { faceRecessWeight } from './head-geometry';
import { bounded, capsule, ellipsoid, mirrored, smoothSubtract, smoothUnion, tube, union, type Sdf, type V3 } from './sdf';

type HumanId = Exclude<SubjectId, 'rabbit'>;

/** Face size against the adult design, per axis (width, height, depth). */
const FACE_SCALE: Readonly<Record<HumanId, V3>> = {
  adult: [1, 1, 1],
  child: [0.9, 0.8, 0.88],
  infant: [0.8, 0.6, 0.76],
};
/** Teeth per arch: adult 16; at 6 y the 20 primary teeth and the first permanent molars
 *  (12 per arch); at 6 months usually none (Lunt & Law 1974). */
const TEETH_PER_ARCH: Readonly<Record<HumanId, number>> = { adult: 16, child: 12, infant: 0 };

/** Adult design: vault semi-axes and nasion, mm (the face is placed from nasion). */
const DESIGN_SEMI: V3 = [75, 85, 95];
const NASION: V3 = [0, -32, 84];
/** The face is raised this far (mm) from where the design drew it: nasion sits about 85 mm
 *  below the vertex (porion-vertex ~120 mm, nasion ~35 mm above the Frankfurt plane), so the
 *  orbits look out from under the brow instead of from under the vault. */
const FACE_UP = 14;
/** The face sits this far forward of the design (mm): its front reaches glabella's plane. */
const FACE_FORWARD = 6;

/** The human cranium: the model's vault ellipsoid with the display recess below the brow. */
export function craniumSdf(shape: HeadShape, recess: number): Sdf {
  const [ax, ay, az] = shape.semiAxesM;
  const plain = ellipsoid([0, 0, 0], [ax, ay, az]);
  return (x, y, z) => {
    const l = Math.sqrt((x * x) / (ax * ax) + (y * y) / (ay * ay) + (z * z) / (az * az)) || 1;
    const w = recess * faceRecessWeight([x / ax / l, y / ay / l, z / az / l]);
    return plain(x / (1 - 0.35 * w), y, z / (1 - w));
  };
}

export function humanSkullSdf(subject: HumanId, shape: HeadShape, recess: number): Sdf {
  const [ax, ay, az] = shape.semiAxesM;
  const k: V3 = [ax / DESIGN_SEMI[0], ay / DESIGN_SEMI[1], az / DESIGN_SEMI[2]];
  const f = FACE_SCALE[subject];
  const s: V3 = [k[0] * f[0], k[1] * f[1], k[2] * f[2]];
  const sMean = (s[0] + s[1] + s[2]) / 3;
  // design mm -> subject m: the cranium scales with the vault, the face also by FACE_SCALE
  const at = (q: V3): V3 => [
    NASION[0] * k[0] + (q[0] - NASION[0]) * s[0],
    (NASION[1] + FACE_UP) * k[1] + (q[1] - NASION[1]) * s[1],
    NASION[2] * k[2] + (q[2] - NASION[2] + FACE_FORWARD * Math.max(0, Math.min(1, (q[2] - 20) / 40))) * s[2],
  ];
  const rad = (r: V3): V3 => [r[0] * s[0], r[1] * s[1], r[2] * s[2]];
  const ell = (c: V3, r: V3): Sdf => ellipsoid(at(c), rad(r));
  const cap = (a: V3, b: V3, ra: number, rb = ra): Sdf => capsule(at(a), at(b), ra * sMean, rb * sMean);
  const chain = (pts: V3[], r: number[]): Sdf => tube(pts.map(at), r.map((v) => v * sMean));
  const mm = (v: number): number => v * sMean;

  const face = smoothUnion(craniumSdf(shape, recess), [
    // brow ridges over the orbits, meeting at glabella
    [chain([[-44, -25, 70], [-22, -24, 80], [0, -26, 83], [22, -24, 80], [44, -25, 70]], [5, 6.5, 6, 6.5, 5]), mm(10)],
    [ell([0, -70, 56], [38, 33, 30]), mm(14)], // maxillae
    [ell([0, -98, 62], [30, 11, 24]), mm(8)], // alveolar arch
    [cap([0, -33, 82], [0, -54, 90], 5, 3.2), mm(6)], // nasal bones
    [mirrored(() => ell([48, -58, 62], [12, 13, 12])), mm(8)], // zygomatic bones
    [mirrored(() => cap([47, -24, 70], [51, -57, 64], 5.5)), mm(6)], // lateral orbital rims
    [mirrored(() => chain([[50, -60, 56], [64, -58, 40], [65, -57, 15], [60, -56, -2]], [5, 4.5, 4.5, 5])), mm(5)], // zygomatic arches
    [mirrored(() => ell([57, -64, -16], [7, 13, 8])), mm(6)], // mastoid processes
    [mirrored(() => ell([16, -84, -30], [12, 6, 9])), mm(6)], // occipital condyles' shelf
  ]);
  const carved = smoothSubtract(face, [
    [mirrored(() => ell([31, -45, 74], [20, 17.5, 26])), mm(4)], // orbits (OBB 40, OBH 34 once brow and cheek close in)
    [ell([0, -68, 80], [13.5, 16, 24]), mm(3)], // nasal aperture
    [mirrored(() => ell([61, -52, -4], [6, 5, 5])), mm(2)], // external acoustic meatus
    [ell([0, -84, -22], [15, 9, 18]), mm(2)], // foramen magnum
  ]);
  const jaw: [Sdf, number][] = [
    // mandible: condyles, ramus (posterior and anterior borders to the coronoid), body, chin
    [mirrored(() => ell([51, -60, -6], [10, 5, 6])), mm(4)],
    [mirrored(() => cap([51, -62, -7], [48, -112, -2], 6, 6.5)), mm(10)],
    [mirrored(() => cap([47, -74, 18], [45, -108, 12], 4.5)), mm(12)],
    [mirrored(() => chain([[48, -116, 2], [40, -130, 40], [24, -138, 64], [0, -142, 78]], [7, 7, 7, 7])), mm(8)],
    [mirrored(() => chain([[44, -108, 16], [37, -114, 42], [20, -117, 65], [0, -117, 76]], [5, 5, 5, 5])), mm(12)],
    [ell([0, -142, 80], [14, 10, 7]), mm(6)],
  ];
  const mandible = smoothUnion(() => Infinity, jaw);
  const parts: [Sdf, number][] = [[bounded(mandible, at([-66, -160, -20]), at([66, -50, 95])), mm(2)]];
  const n = TEETH_PER_ARCH[subject] / 2;
  if (n > 0) {
    const teeth: Sdf[] = [];
    for (let i = 0; i < n; i++) {
      const t = (i + 0.5) / n; // 0 at the midline, 1 at the last molar
      const r = 3.4 + 1.8 * t; // incisors narrow, molars broad
      teeth.push(ell([27 * t, -106, 85 - 34 * t * t], [r * 0.8, 5, r * 0.8]));
      teeth.push(ell([25 * t, -115, 80 - 34 * t * t], [r * 0.75, 4.5, r * 0.75]));
    }
    // one side described, mirrored; skipped cheaply away from the tooth rows
    const rows = mirrored(() => union(...teeth));
    parts.push([bounded(rows, at([-35, -124, 40]), at([35, -97, 95]), mm(3)), mm(0.8)]);
  }
  return smoothUnion(carved, parts);
}
