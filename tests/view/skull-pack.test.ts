// The packed skull (src/view/skull-pack.ts) is the mesher's skull, within what the screen can
// show: the build meshes each skull once and the page decodes this instead of meshing it.
import { describe, expect, it } from 'vitest';
import { HEAD_SHAPES } from '../../src/model/geometry';
import type { SubjectId } from '../../src/model/types';
import { buildSkullArrays, type SkullArrays } from '../../src/view/skull-arrays';
import { longestSide } from '../../src/view/positions-box';
import { decodeSkullPack, encodeSkullPack } from '../../src/view/skull-pack';

const SUBJECTS = Object.keys(HEAD_SHAPES) as SubjectId[];

describe('skull pack', () => {
  for (const subject of SUBJECTS) {
    it(`gives back the ${subject}'s mesh: same triangles and bones, positions within a few micrometres`, () => {
      const a = buildSkullArrays(subject);
      const b = decodeSkullPack(encodeSkullPack(a), subject);
      expect(b.index).toEqual(a.index);
      expect(b.bones).toEqual(a.bones);
      // positions: 16 bits over the skull's box (about 0.2 m for the adult), so at most half of
      // 1/65535 of it, ~1.7 um: a thousandth of the 2.6 mm meshing cell
      const box = longestSide(a.positions);
      let posErr = 0;
      let unitErr = 0;
      let colourErr = 0;
      let normalDeg = 0;
      for (let i = 0; i < a.positions.length; i++) {
        posErr = Math.max(posErr, Math.abs(a.positions[i] - b.positions[i]));
        unitErr = Math.max(unitErr, Math.abs(a.units[i] - b.units[i]));
        colourErr = Math.max(colourErr, Math.abs(a.colors[i] - b.colors[i]));
      }
      for (let i = 0; i < a.bones.length; i++) {
        const n = [0, 1, 2].map((k) => a.normals[3 * i + k]);
        const dot = (n[0] * b.normals[3 * i] + n[1] * b.normals[3 * i + 1] + n[2] * b.normals[3 * i + 2]) / Math.hypot(...n);
        normalDeg = Math.max(normalDeg, (Math.acos(Math.min(1, dot)) * 180) / Math.PI);
      }
      expect(posErr).toBeLessThan((0.5 / 65535) * box * 1.01);
      // the unit direction the bone shader keys the sutures by, recomputed from the positions
      expect(unitErr).toBeLessThan(1e-4);
      // occlusion shading in 256 steps: half a step at most
      expect(colourErr).toBeLessThanOrEqual(0.5 / 255 + 1e-6);
      // 16-bit octahedral normals: far under the ~1 degree a shaded surface shows
      expect(normalDeg).toBeLessThan(0.05);
    });
  }

  it('refuses bytes that are not a pack, with a clear message (the loader then meshes the skull)', () => {
    const good = encodeSkullPack(buildSkullArrays('rabbit'));
    expect(() => decodeSkullPack(new Uint8Array(10), 'rabbit')).toThrow(/not a CranioLab skull pack \(no CLSK header\)/);
    const wrongVersion = good.slice();
    wrongVersion[4] = 2;
    expect(() => decodeSkullPack(wrongVersion, 'rabbit')).toThrow(/version 2, expected 1/);
    expect(() => decodeSkullPack(good.subarray(0, good.length - 100), 'rabbit')).toThrow(/truncated|disagree/);
  });

  it('needs an index that uses vertices in first-use order, as the mesher numbers them', () => {
    const tiny: SkullArrays = {
      positions: new Float32Array(9),
      normals: new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]),
      colors: new Float32Array(9),
      units: new Float32Array(9),
      bones: new Float32Array(3),
      index: new Uint32Array([0, 2, 1]),
      buildMs: 0,
    };
    expect(() => encodeSkullPack(tiny)).toThrow(/first-use order/);
    expect(decodeSkullPack(encodeSkullPack({ ...tiny, index: new Uint32Array([0, 1, 2, 2, 1, 0]) }), 'adult').index).toEqual(new Uint32Array([0, 1, 2, 2, 1, 0]));
  });
});
