// A subject's skull arrays (skull-arrays.ts) in a compact binary form, made at build time
// (scripts/skull-meshes.ts) so the page fetches the skull instead of meshing it: meshing the adult
// took 0.9 s of a core in a fresh worker and 1.2-1.9 s while the page loaded beside it (2 cores,
// software WebGL), the longest step before the first frame (issue 12; doc/implementation-notes.md,
// "The skulls are meshed at build time").
//
// Layout, little-endian (version 1):
//   'CLSK', version u8, 3 bytes 0, vertex count u32, index count u32, box lo and hi (6 x f32)
//   positions  u16 per component, quantized over the box (1/65535 of it: ~3 um for the adult),
//              all x, then all y, then all z, each the difference from the vertex before (mod 2^16)
//   normals    octahedral, i16 x 2 per vertex (all first components, then all second)
//   occlusion  u8 per vertex (colour = occlusion / 255, grey)
//   bones      u8 per vertex (the model's bone slot, bone-slots.ts)
//   index      for each index: (highest vertex so far + 1) - index, as an unsigned LEB128
//              varint; the mesher numbers vertices in first-use order, so most are 0 or small
// The vertices' unit directions (aUnit) are not stored: decode recomputes them from the positions
// as the mesher does (unrecessedUnit). gzip on top (the build gzips the file) takes the adult from
// 73.6 to 52.6 KB (the build's output lists each pack's size).

import { HEAD_SHAPES } from '../model/geometry';
import type { SubjectId } from '../model/types';
import { faceRecessFor, unrecessedUnit } from './head-geometry';
import { boxSize, positionsBox } from './positions-box';
import type { SkullArrays } from './skull-arrays';

const MAGIC = [0x43, 0x4c, 0x53, 0x4b]; // 'CLSK'
const VERSION = 1;
const HEADER_BYTES = 40;
const Q = 65535;
const OCT = 32767;

/** The arrays as the packed bytes above (not yet gzipped). */
export function encodeSkullPack(a: SkullArrays): Uint8Array {
  const nv = a.bones.length;
  const box = positionsBox(a.positions);
  const { lo } = box;
  const span = boxSize(box).map((s) => s || 1);
  const pos = new Uint16Array(3 * nv);
  for (let k = 0; k < 3; k++) {
    let prev = 0;
    for (let i = 0; i < nv; i++) {
      const q = Math.round(((a.positions[3 * i + k] - lo[k]) / span[k]) * Q);
      pos[k * nv + i] = (q - prev) & 0xffff;
      prev = q;
    }
  }
  const nor = new Int16Array(2 * nv);
  for (let i = 0; i < nv; i++) {
    const [u, v] = octEncode(a.normals[3 * i], a.normals[3 * i + 1], a.normals[3 * i + 2]);
    nor[i] = Math.round(u * OCT);
    nor[nv + i] = Math.round(v * OCT);
  }
  const ao = new Uint8Array(nv);
  const bones = new Uint8Array(nv);
  for (let i = 0; i < nv; i++) {
    ao[i] = Math.round(Math.min(1, Math.max(0, a.colors[3 * i])) * 255);
    bones[i] = a.bones[i];
  }
  const index: number[] = [];
  let next = 0;
  for (const v of a.index) {
    if (v > next) throw new Error('skull pack: the index must use vertices in first-use order (compactMesh)');
    let code = next - v;
    if (code === 0) next++;
    while (code >= 0x80) {
      index.push((code & 0x7f) | 0x80);
      code >>>= 7;
    }
    index.push(code);
  }
  const out = new Uint8Array(HEADER_BYTES + pos.byteLength + nor.byteLength + 2 * nv + index.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  out[4] = VERSION;
  view.setUint32(8, nv, true);
  view.setUint32(12, a.index.length, true);
  for (let k = 0; k < 3; k++) {
    view.setFloat32(16 + 4 * k, lo[k], true);
    view.setFloat32(28 + 4 * k, lo[k] + span[k], true);
  }
  let off = HEADER_BYTES;
  for (let i = 0; i < pos.length; i++, off += 2) view.setUint16(off, pos[i], true);
  for (let i = 0; i < nor.length; i++, off += 2) view.setInt16(off, nor[i], true);
  out.set(ao, off);
  out.set(bones, off + nv);
  out.set(index, off + 2 * nv);
  return out;
}

/** The subject's arrays from packed bytes; throws on bytes that are not a version-1 pack. */
export function decodeSkullPack(bytes: Uint8Array, subject: SubjectId): SkullArrays {
  const t0 = performance.now();
  const bad = (why: string): Error => new Error(`not a CranioLab skull pack (${why})`);
  if (bytes.length < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) throw bad('no CLSK header');
  if (bytes[4] !== VERSION) throw bad(`version ${bytes[4]}, expected ${VERSION}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nv = view.getUint32(8, true);
  const ni = view.getUint32(12, true);
  if (bytes.length < HEADER_BYTES + 12 * nv + ni) throw bad('truncated');
  const lo = [0, 1, 2].map((k) => view.getFloat32(16 + 4 * k, true));
  const span = [0, 1, 2].map((k) => view.getFloat32(28 + 4 * k, true) - lo[k]);

  const positions = new Float32Array(3 * nv);
  let off = HEADER_BYTES;
  for (let k = 0; k < 3; k++) {
    let q = 0;
    for (let i = 0; i < nv; i++, off += 2) {
      q = (q + view.getUint16(off, true)) & 0xffff;
      positions[3 * i + k] = lo[k] + (q / Q) * span[k];
    }
  }
  const normals = new Float32Array(3 * nv);
  const norOff = off;
  for (let i = 0; i < nv; i++) {
    const u = view.getInt16(norOff + 2 * i, true) / OCT;
    const v = view.getInt16(norOff + 2 * (nv + i), true) / OCT;
    octDecode(u, v, normals, 3 * i);
  }
  off += 4 * nv;
  const colors = new Float32Array(3 * nv);
  const bones = new Float32Array(nv);
  const units = new Float32Array(3 * nv);
  const shape = HEAD_SHAPES[subject];
  const recess = faceRecessFor(subject);
  for (let i = 0; i < nv; i++) {
    const ao = bytes[off + i] / 255;
    colors[3 * i] = colors[3 * i + 1] = colors[3 * i + 2] = ao;
    bones[i] = bytes[off + nv + i];
    const { unit } = unrecessedUnit(shape, recess, [positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]]);
    units.set(unit, 3 * i);
  }
  off += 2 * nv;
  const index = new Uint32Array(ni);
  let next = 0;
  for (let n = 0; n < ni; n++) {
    let code = 0;
    let shift = 0;
    for (;;) {
      if (off >= bytes.length) throw bad('truncated index');
      const b = bytes[off++];
      code += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    const v = next - code;
    if (v < 0) throw bad('index out of range');
    index[n] = v;
    if (code === 0) next++;
  }
  if (next !== nv) throw bad('vertex count and index disagree');
  return { positions, normals, colors, units, bones, index, buildMs: performance.now() - t0 };
}

/** A unit vector's octahedral coordinates in [-1, 1]^2. */
function octEncode(x: number, y: number, z: number): [number, number] {
  const l = Math.abs(x) + Math.abs(y) + Math.abs(z) || 1;
  let u = x / l;
  let v = y / l;
  if (z < 0) {
    const fu = (1 - Math.abs(v)) * (u >= 0 ? 1 : -1);
    const fv = (1 - Math.abs(u)) * (v >= 0 ? 1 : -1);
    u = fu;
    v = fv;
  }
  return [u, v];
}

/** The unit vector of octahedral coordinates (u, v), into out[o..o+2]. */
function octDecode(u: number, v: number, out: Float32Array, o: number): void {
  let x = u;
  let y = v;
  const z = 1 - Math.abs(u) - Math.abs(v);
  if (z < 0) {
    x = (1 - Math.abs(v)) * (u >= 0 ? 1 : -1);
    y = (1 - Math.abs(u)) * (v >= 0 ? 1 : -1);
  }
  const l = Math.hypot(x, y, z) || 1;
  out[o] = x / l;
  out[o + 1] = y / l;
  out[o + 2] = z / l;
}
