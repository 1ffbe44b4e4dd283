// The cutaway's quarter is declared once (src/view/cutaway-quarter.ts): the geometry that leaves
// out what it removes whole and every shader that discards it read the same signs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ShaderLib, type ShaderMaterial, type WebGLProgramParametersWithUniforms, type WebGLRenderer } from 'three';
import { describe, expect, it } from 'vitest';
import { SUBJECT_IDS } from '../../src/model/subjects';
import { CUTAWAY_QUARTER, CUTAWAY_QUARTER_DEFINE, inCutawayQuarter } from '../../src/view/cutaway-quarter';
import { createHeadMaterials } from '../../src/view/materials';
import { defaultView } from '../../src/view/orbit-camera';
import { createHeadUniforms } from '../../src/view/uniforms';

const withoutComments = (src: string): string => src.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');

describe('the cutaway quarter', () => {
  it("is the subject's front left, the quarter the default camera looks into, for every subject", () => {
    expect(inCutawayQuarter(-0.01, 0.01)).toBe(true);
    for (const [x, z] of [[0.01, 0.01], [-0.01, -0.01], [0.01, -0.01], [0, 0.01], [-0.01, 0]]) expect(inCutawayQuarter(x, z), `${x}, ${z}`).toBe(false);
    // the section faces the viewer: the camera stands in front of the removed quarter
    for (const s of SUBJECT_IDS) {
      const [x, , z] = defaultView(s).direction;
      expect(inCutawayQuarter(x, z), s).toBe(true);
    }
  });

  it('reaches the GLSL only through the define the materials prepend', () => {
    const rule = withoutComments(readFileSync(resolve(import.meta.dirname, '../../shaders/cutaway.glsl'), 'utf8'));
    expect(rule).toMatch(/p\.x \* CUTAWAY_QUARTER\.x > 0\.0 && p\.z \* CUTAWAY_QUARTER\.y > 0\.0/);
    expect(rule).not.toMatch(/p\.[xz]\s*[<>]/);
    // GLSL float literals (a decimal point each) with the declared signs
    const literal = /^#define CUTAWAY_QUARTER vec2\((-?\d+\.\d+), (-?\d+\.\d+)\)$/.exec(CUTAWAY_QUARTER_DEFINE);
    expect(literal).not.toBeNull();
    expect([Number(literal![1]), Number(literal![2])]).toEqual([CUTAWAY_QUARTER.x, CUTAWAY_QUARTER.z]);

    const m = createHeadMaterials(createHeadUniforms());
    const bone = { vertexShader: ShaderLib.standard.vertexShader, fragmentShader: ShaderLib.standard.fragmentShader, uniforms: {} } as unknown as WebGLProgramParametersWithUniforms;
    m.skull.onBeforeCompile(bone, {} as WebGLRenderer);
    const built: Record<string, string> = { skull: bone.fragmentShader };
    for (const k of ['csf', 'ventricle', 'membrane', 'brain'] as const) built[k] = (m[k] as ShaderMaterial).fragmentShader;
    for (const [name, src] of Object.entries(built)) {
      expect(src.split(CUTAWAY_QUARTER_DEFINE), name).toHaveLength(2);
      expect(src.indexOf(CUTAWAY_QUARTER_DEFINE), name).toBeLessThan(src.indexOf('bool removedByCutaway'));
    }
  });
});
