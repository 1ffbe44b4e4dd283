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

export type FacePartKind = 'bone' | 'socket' | 'tooth';
export interface FacePart {
  geometry: BufferGeometry;
  kind: FacePartKind;
}
/** An ellipsoid carved out of vault and face (orbit, nasal aperture), m, head frame. */
export interface FaceHole {
  centreM: readonly [number, number, number];
  radiiM: readonly [number, number, number];
}
export interface FaceBuild {
  parts: FacePart[];
  holes: FaceHole[];
}

/** How far the vault's lower front is pulled in for the face (see ellipsoidLayer). */
export function faceRecessFor(subject: SubjectId): number {
  return subject === 'rabbit' ? 0 : subject === 'infant' ? 0.16 : 0.24;
}

type U3 = readonly [number, number, number];

export function buildFace(subject: SubjectId, shape: HeadShape): FaceBuild {
  const [ax, ay, az] = shape.semiAxesM;
  const at = (u: U3): Vector3 => new Vector3(u[0] * ax, u[1] * ay, u[2] * az);
  const parts: FacePart[] = [];
  const holes: FaceHole[] = [];
  // a socket: a dark bowl (drawn from inside) behind a hole carved out of the bone around it
  const socket = (c: U3, r: U3): void => {
    holes.push({ centreM: [c[0] * ax, c[1] * ay, c[2] * az], radiiM: [r[0] * ax, r[1] * ay, r[2] * az] });
    blob('socket', c, r, 20, 14);
  };
  const blob = (kind: FacePartKind, c: U3, s: U3, w = 20, h = 14, taper = 0): void => {
    const g = new SphereGeometry(1, w, h);
    if (taper > 0) {
      // narrow toward +z (a snout): scale x and y down with distance forward
      const p = g.getAttribute('position');
      for (let i = 0; i < p.count; i++) {
        const k = 1 - taper * ((p.getZ(i) + 1) / 2) ** 1.6;
        p.setXY(i, p.getX(i) * k, p.getY(i) * k);
      }
      g.computeVertexNormals();
    }
    g.scale(s[0] * ax, s[1] * ay, s[2] * az);
    g.translate(c[0] * ax, c[1] * ay, c[2] * az);
    parts.push({ geometry: addFixedAttributes(g), kind });
  };
  const tube = (kind: FacePartKind, pts: U3[], radiusU: number, seg = 28): void => {
    const curve = new CatmullRomCurve3(pts.map(at));
    const g = new TubeGeometry(curve, seg, radiusU * ax, 7, false);
    parts.push({ geometry: addFixedAttributes(g), kind });
    // round the open ends (they would show the tube's inside): condyles, tips
    for (const end of [pts[0], pts[pts.length - 1]]) {
      const cap = new SphereGeometry(radiusU * ax * 1.12, 10, 8);
      cap.translate(end[0] * ax, end[1] * ay, end[2] * az);
      parts.push({ geometry: addFixedAttributes(cap), kind });
    }
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
    // rabbit skull ~80 mm long: braincase behind, a long tapering rostrum in front
    blob('bone', [0, -0.28, 1.5], [0.66, 0.66, 1.6], 24, 16, 0.55); // snout (nasal + maxilla)
    socket([0.66, -0.05, 1.0], [0.24, 0.3, 0.32]); // orbits: lateral, large
    socket([-0.66, -0.05, 1.0], [0.24, 0.3, 0.32]);
    socket([0, -0.3, 3.02], [0.12, 0.15, 0.1]); // nasal aperture
    for (const s of [-1, 1]) {
      tube('bone', [[s * 0.62, -0.55, 0.4], [s * 0.86, -0.58, 0.95], [s * 0.4, -0.5, 1.6]], 0.07);
      tube('bone', [[s * 0.6, -0.45, 0.25], [s * 0.55, -1.15, 0.5], [s * 0.35, -1.05, 1.7], [s * 0.08, -0.82, 2.8]], 0.1);
    }
    teethArc(-0.78, 3.0, 0.08, 0.0, 2, [0.08, 0.34, 0.07]); // upper incisors
    teethArc(-0.92, 2.86, 0.06, 0.0, 2, [0.07, 0.26, 0.07]); // lower incisors
    return { parts, holes };
  }
  // human: proportions from the usual craniometric landmarks relative to the vault (nasion just
  // below the brow, orbits ~35 x 40 mm, bizygomatic breadth close to the vault's, chin ~1.4
  // vault half-heights below the equator). Adult, child and infant share the face, smaller
  // relative to the vault the younger the subject.
  const f = subject === 'infant' ? 0.72 : subject === 'child' ? 0.86 : 1;
  const fy = (y: number): number => -0.12 + (y + 0.12) * f; // scale the face down from nasion
  blob('bone', [0, fy(-0.5), 0.56], [0.6 * (0.6 + 0.4 * f), 0.42 * f, 0.44], 26, 18); // maxilla etc.
  socket([0.38, -0.25, 0.8], [0.22, 0.19, 0.2]); // orbits
  socket([-0.38, -0.25, 0.8], [0.22, 0.19, 0.2]);
  socket([0, fy(-0.56), 0.93], [0.085, 0.14 * f, 0.12]); // nasal aperture
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
  return { parts, holes };
}
