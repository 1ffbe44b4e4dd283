// The ventricles, drawn only in the cutaway: a module of its own because its tubes need three's
// curves (Curve, CatmullRomCurve3, TubeGeometry, ~3.4 KB gzip), which nothing in the closed head
// uses. HeadView loads it when the cutaway first opens (head-view.ts `loadCutawayCode`), the app
// prefetches it when idle, and a link that opens in the cutaway loads it with the skull.

import { CatmullRomCurve3, SphereGeometry, TubeGeometry, Vector3, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/addons/utils/BufferGeometryUtils.js';
import type { HeadShape } from '../model/geometry';
import { addFixedAttributes } from './head-geometry';

/**
 * Lateral ventricles (frontal, body, occipital and temporal horns), third and fourth ventricle,
 * placed in units of the brain's semi-axes. Shapes are schematic; they exist to show where the
 * ventricular CSF is and that it shares the pressure colour.
 */
export function ventricles(shape: HeadShape, depthM: number): BufferGeometry {
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
  // one geometry, one draw call: a software renderer pays ~0.2 ms per draw call however small
  const merged = mergeGeometries(out);
  for (const g of out) g.dispose();
  if (!merged) throw new Error('ventricles: parts with different attributes');
  return merged;
}
