// A simple face so the vault reads as a skull rather than an egg: facial mass, dark orbits and
// nasal aperture, cheek bones, zygomatic arches, teeth and a mandible for humans; a long snout,
// big lateral orbits, incisors and a mandible for the rabbit. All of it is the fixed frame (it
// never moves), in metres, placed in units of the head's semi-axes so it fits every subject.

import {
  BoxGeometry,
  BufferGeometry,
  CatmullRomCurve3,
  SphereGeometry,
  TubeGeometry,
  Vector3,
} from 'three';
import type { HeadShape } from '../model/geometry';
import type { SubjectId } from '../model/types';
import { addFixedAttributes } from './head-geometry';

export type FacePartKind = 'bone' | 'dark' | 'tooth';
export interface FacePart {
  geometry: BufferGeometry;
  kind: FacePartKind;
}

type U3 = readonly [number, number, number];

export function buildFace(subject: SubjectId, shape: HeadShape): FacePart[] {
  const [ax, ay, az] = shape.semiAxesM;
  const at = (u: U3): Vector3 => new Vector3(u[0] * ax, u[1] * ay, u[2] * az);
  const parts: FacePart[] = [];
  const blob = (kind: FacePartKind, c: U3, s: U3, w = 20, h = 14): void => {
    const g = new SphereGeometry(1, w, h);
    g.scale(s[0] * ax, s[1] * ay, s[2] * az);
    g.translate(c[0] * ax, c[1] * ay, c[2] * az);
    parts.push({ geometry: addFixedAttributes(g), kind });
  };
  const tube = (kind: FacePartKind, pts: U3[], radiusU: number, seg = 28): void => {
    const curve = new CatmullRomCurve3(pts.map(at));
    const g = new TubeGeometry(curve, seg, radiusU * ax, 7, false);
    parts.push({ geometry: addFixedAttributes(g), kind });
  };
  const teethArc = (y: number, z0: number, halfWidth: number, depth: number, count: number, size: U3): void => {
    for (let i = 0; i < count; i++) {
      const t = (i / (count - 1)) * 2 - 1; // -1..1 across the arch
      const x = t * halfWidth;
      const z = z0 - depth * t * t;
      const g = new BoxGeometry(size[0] * ax, size[1] * ay, size[2] * az);
      g.rotateY(Math.atan2(2 * depth * t, halfWidth));
      g.translate(x * ax, y * ay, z * az);
      parts.push({ geometry: addFixedAttributes(g), kind: 'tooth' });
    }
  };

  if (subject === 'rabbit') {
    blob('bone', [0, -0.3, 1.45], [0.62, 0.62, 1.55], 22, 14); // snout (nasal + maxilla)
    blob('dark', [0.74, -0.02, 1.0], [0.3, 0.42, 0.36]); // orbits: lateral, large
    blob('dark', [-0.74, -0.02, 1.0], [0.3, 0.42, 0.36]);
    blob('dark', [0, -0.32, 2.96], [0.16, 0.2, 0.08], 12, 8); // nasal aperture
    tube('bone', [[0.55, -0.55, 0.35], [0.9, -0.6, 0.9], [0.75, -0.62, 1.6]], 0.07);
    tube('bone', [[-0.55, -0.55, 0.35], [-0.9, -0.6, 0.9], [-0.75, -0.62, 1.6]], 0.07);
    tube('bone', [[0.62, -0.5, 0.15], [0.58, -1.35, 0.55], [0.35, -1.35, 1.8], [0.08, -1.05, 2.75]], 0.1);
    tube('bone', [[-0.62, -0.5, 0.15], [-0.58, -1.35, 0.55], [-0.35, -1.35, 1.8], [-0.08, -1.05, 2.75]], 0.1);
    teethArc(-0.93, 2.95, 0.1, 0.0, 2, [0.09, 0.38, 0.07]); // upper incisors
    teethArc(-1.02, 2.8, 0.07, 0.0, 2, [0.08, 0.3, 0.07]); // lower incisors
    return parts;
  }
  // human: proportions from the usual craniometric landmarks relative to the vault (nasion just
  // below the brow, orbits ~35 x 40 mm, bizygomatic breadth close to the vault's, chin ~1.4
  // vault half-heights below the equator). Adult, child and infant share the face, smaller
  // relative to the vault the younger the subject.
  const f = subject === 'infant' ? 0.72 : subject === 'child' ? 0.86 : 1;
  const fy = (y: number): number => -0.12 + (y + 0.12) * f; // scale the face down from nasion
  blob('bone', [0, fy(-0.5), 0.56], [0.6 * (0.6 + 0.4 * f), 0.42 * f, 0.44], 26, 18); // maxilla etc.
  blob('dark', [0.4, -0.28, 0.83], [0.22, 0.19, 0.14]); // orbits
  blob('dark', [-0.4, -0.28, 0.83], [0.22, 0.19, 0.14]);
  blob('dark', [0, fy(-0.56), 0.97], [0.09, 0.15 * f, 0.08], 12, 10); // nasal aperture
  blob('bone', [0.56, fy(-0.48), 0.64], [0.17, 0.15 * f, 0.15]); // zygomatic bones
  blob('bone', [-0.56, fy(-0.48), 0.64], [0.17, 0.15 * f, 0.15]);
  for (const s of [-1, 1]) {
    tube('bone', [[s * 0.62, fy(-0.46), 0.58], [s * 0.93, fy(-0.44), 0.3], [s * 0.93, -0.4, 0.02]], 0.045);
  }
  const jaw: U3[] = [
    [0.88, -0.42, -0.04],
    [0.8, fy(-1.12), -0.02],
    [0.55, fy(-1.36), 0.5],
    [0, fy(-1.45), 0.86],
    [-0.55, fy(-1.36), 0.5],
    [-0.8, fy(-1.12), -0.02],
    [-0.88, -0.42, -0.04],
  ];
  tube('bone', jaw, 0.085, 56);
  teethArc(fy(-0.93), 0.92, 0.3, 0.36, 12, [0.06, 0.1 * f, 0.06]);
  teethArc(fy(-1.04), 0.88, 0.28, 0.36, 12, [0.055, 0.09 * f, 0.06]);
  return parts;
}
