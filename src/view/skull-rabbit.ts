// The adult rabbit skull as a sculpt of signed-distance primitives: the braincase is the model's
// vault ellipsoid (HEAD_SHAPES.rabbit, the sizes the mechanics uses), with a long rostrum of
// nasal and premaxillary bones in front, lateral orbits roofed by the supraorbital processes,
// zygomatic arches, tympanic bullae, the mandible and the incisors (a large upper pair with the
// small peg teeth behind it: dental formula I2/1, Suckow 2002).
//
// Design in millimetres for a braincase of 28 x 22 x 40 mm, scaled to the model's. Skull length
// ~90 mm (NZW ~85-100, Darwin 1868's breed series) over a zygomatic breadth ~46 mm (NZW ~40-48):
// ratio ~1.95 (a wild adult measured 1.81). The coronal suture lies behind the orbits and the
// supraorbital processes, where Downey 2006 fixed the plates.

import type { HeadShape } from '../model/geometry';
import { capsule, ellipsoid, mirrored, smoothSubtract, smoothUnion, tube, type Sdf, type V3 } from './sdf';

const DESIGN_SEMI: V3 = [14, 11, 20];

export function rabbitSkullSdf(shape: HeadShape): Sdf {
  const [ax, ay, az] = shape.semiAxesM;
  const k: V3 = [ax / DESIGN_SEMI[0], ay / DESIGN_SEMI[1], az / DESIGN_SEMI[2]];
  const kMean = (k[0] + k[1] + k[2]) / 3;
  const at = (q: V3): V3 => [q[0] * k[0], q[1] * k[1], q[2] * k[2]];
  const ell = (c: V3, r: V3): Sdf => ellipsoid(at(c), [r[0] * k[0], r[1] * k[1], r[2] * k[2]]);
  const cap = (a: V3, b: V3, ra: number, rb = ra): Sdf => capsule(at(a), at(b), ra * kMean, rb * kMean);
  const chain = (pts: V3[], r: number[]): Sdf => tube(pts.map(at), r.map((v) => v * kMean));
  const mm = (v: number): number => v * kMean;
  // flattened side to side: the rostrum is taller than wide
  const narrow = (sdf: Sdf, sx: number): Sdf => (x, y, z) => sdf(x * sx, y, z) / sx;

  const braincase = ellipsoid([0, 0, 0], [ax, ay, az]);
  const skull = smoothUnion(braincase, [
    [ell([0, -1, 16], [8.5, 7.5, 12]), mm(5)], // interorbital frontal
    [narrow(cap([0, -2.5, 22], [0, -5, 63], 7, 3.8), 1.35), mm(6)], // rostrum: maxillae
    [narrow(cap([0, 3, 16], [0, -0.5, 67], 3.5, 2.6), 0.55), mm(4)], // nasal bones, broad and flat
    [ell([0, -7, 62], [5.5, 7, 8]), mm(4)], // premaxillae
    [ell([0, -10, 28], [7.5, 5, 12]), mm(5)], // maxillary tooth-row body
    [mirrored(() => chain([[13, -8, 31], [20.5, -9, 15], [20, -9, 1], [14, -7, -8]], [2.6, 2.6, 2.4, 2])), mm(3)], // zygomatic arches
    [mirrored(() => cap([9, 6, 7], [13.5, 5, 22], 1.6, 1.2)), mm(2.5)], // supraorbital processes
    [mirrored(() => ell([10, -11, -10], [5, 5, 6])), mm(3)], // tympanic bullae
  ]);
  const carved = smoothSubtract(skull, [
    [mirrored(() => ell([18, 0, 14], [8, 8.5, 9.5])), mm(2)], // orbits, facing sideways
    [ell([0, -2, 69.5], [3.6, 4, 4]), mm(1.5)], // nasal aperture
    [ell([0, -6, -21], [5, 5, 4]), mm(1)], // foramen magnum
  ]);
  const parts: [Sdf, number][] = [
    // mandible: condyle, ramus, angle plate, body to the lower incisors
    [mirrored(() => chain([[12, -3, -6], [12.5, -21, 0], [9, -20, 22], [4, -15.5, 50], [2, -14.5, 59]], [2.2, 3, 3, 2.4, 2])), mm(3)],
    [mirrored(() => ell([12, -16, 2], [2, 7, 7])), mm(4)],
    // upper incisors, peg teeth behind them, lower incisors
    [mirrored(() => cap([1.9, -10, 66], [1.9, -17.5, 65.5], 1.6, 1.3)), mm(0.6)],
    [mirrored(() => cap([2.6, -10, 62.5], [2.6, -13.5, 62.5], 0.9)), mm(0.4)],
    [mirrored(() => cap([1.5, -14.5, 60], [1.5, -17.8, 65], 1.4, 1.2)), mm(0.6)],
    // upper and lower cheek-tooth rows
    ...[18, 22, 26, 30, 34].map((z): [Sdf, number] => [mirrored(() => ell([8, -15.5, z], [2.2, 2.5, 2.1])), mm(0.8)]),
  ];
  return smoothUnion(carved, parts);
}
