// The bone-slot count is the model's: one slot per BONE_IDS entry plus the fixed slot, injected
// into the shaders as a define, with no count of its own left in the GLSL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ShaderLib, type WebGLProgramParametersWithUniforms, type WebGLRenderer } from 'three';
import { describe, expect, it } from 'vitest';
import { BONE_IDS, HEAD_SHAPES } from '../../src/model/geometry';
import { SUBJECT_IDS } from '../../src/model/subjects';
import { BONE_SLOTS, BONE_SLOTS_DEFINE, FIXED_BONE_INDEX } from '../../src/view/bone-slots';
import { boneIndexAt, ellipsoidLayer, fontanelleMembrane } from '../../src/view/head-geometry';
import { createBoneMaterial, createCsfMaterial } from '../../src/view/materials';
import { createHeadUniforms } from '../../src/view/uniforms';

const SHADERS = resolve(import.meta.dirname, '../../shaders');
const glsl = (name: string): string => readFileSync(resolve(SHADERS, name), 'utf8');

/** A number token equal to n, not part of a longer number (0.7, 17, 7.0 do not count). */
const literal = (n: number): RegExp => new RegExp(`(?<![\\w.])${n}(?![\\w.])`);
const withoutComments = (src: string): string => src.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');

/** The shader source createBoneMaterial builds from three's own MeshStandardMaterial chunks. */
function builtBoneShader(): { vertexShader: string; fragmentShader: string } {
  const m = createBoneMaterial(createHeadUniforms(), { color: 0xffffff, vault: true });
  const shader = {
    vertexShader: ShaderLib.standard.vertexShader,
    fragmentShader: ShaderLib.standard.fragmentShader,
    uniforms: {},
  } as unknown as WebGLProgramParametersWithUniforms;
  m.onBeforeCompile(shader, {} as WebGLRenderer);
  return shader;
}

describe('bone slots', () => {
  it('are the model bones plus one fixed slot, which is the last', () => {
    expect(BONE_SLOTS).toBe(BONE_IDS.length + 1);
    expect(FIXED_BONE_INDEX).toBe(BONE_SLOTS - 1);
    expect(BONE_SLOTS_DEFINE).toBe(`#define BONE_SLOTS ${BONE_IDS.length + 1}`);
    expect(createHeadUniforms().uBoneDisplacementM.value).toHaveLength(BONE_SLOTS);
  });

  it('shaders that index bones size their arrays with BONE_SLOTS and hold no count of their own', () => {
    for (const name of ['bone.vert.glsl', 'csf.vert.glsl']) {
      const src = withoutComments(glsl(name));
      expect(src, name).toMatch(/uniform float uBoneDisplacementM\[BONE_SLOTS\];/);
      expect(src, name).not.toMatch(/#define\s+BONE_SLOTS/);
      expect(src, name).not.toMatch(literal(BONE_SLOTS));
      expect(src, name).not.toMatch(literal(FIXED_BONE_INDEX));
    }
  });

  it('the materials prepend the define before the array is declared', () => {
    const built = {
      bone: builtBoneShader().vertexShader,
      csf: createCsfMaterial(createHeadUniforms(), 'layer').vertexShader,
      membrane: createCsfMaterial(createHeadUniforms(), 'membrane').vertexShader,
    };
    for (const [name, src] of Object.entries(built)) {
      const defines = src.match(/#define BONE_SLOTS (\d+)/g) ?? [];
      expect(defines, name).toEqual([`#define BONE_SLOTS ${BONE_IDS.length + 1}`]);
      const use = src.indexOf('uBoneDisplacementM[BONE_SLOTS]');
      expect(use, name).toBeGreaterThan(src.indexOf(BONE_SLOTS_DEFINE));
      expect(withoutComments(src.replace(BONE_SLOTS_DEFINE, '')), name).not.toMatch(/uBoneDisplacementM\[\s*\d+\s*\]/);
    }
  });

  it('every vertex of the head carries a slot inside the array', () => {
    for (const subject of SUBJECT_IDS) {
      const shape = HEAD_SHAPES[subject];
      const geometries = [
        ellipsoidLayer({ shape, depthM: 0, segAround: 48, segPolar: 22, inward: false, closed: false }),
        fontanelleMembrane(shape, 0.001, 8),
      ];
      for (const g of geometries) {
        if (!g) continue;
        const slots = new Set(g.getAttribute('aBone').array);
        for (const s of slots) {
          expect(Number.isInteger(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThan(BONE_SLOTS);
        }
      }
    }
    // the skull base is the fixed slot; each vault bone its own BONE_IDS index
    expect(boneIndexAt(HEAD_SHAPES.adult, [0, -1, 0])).toBe(FIXED_BONE_INDEX);
    expect(boneIndexAt(HEAD_SHAPES.adult, [0, 0.2, 0.98])).toBe(BONE_IDS.indexOf('frontal'));
  });
});
