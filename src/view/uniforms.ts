// The uniforms every head material shares, one object per meaning: a frame's numbers are
// written once, in place (frame-mapping.ts, head-view.ts, color-profiles.ts), and reach bone, CSF
// and brain together, with no per-frame allocation and no per-material copies to forget.

import { Color, Vector2, Vector3, Vector4, type IUniform } from 'three';
import { BONE_SLOTS } from './bone-slots';
import { colormapUniformArray } from './colormap';
import { FIXED_COLORS } from './color-profiles';

export interface HeadUniforms {
  /** true outward displacement per bone slot, m (bone-slots.ts) */
  uBoneDisplacementM: IUniform<Float32Array>;
  uDisplacementScale: IUniform<number>;
  uMaxShownM: IUniform<number>;
  uSemiAxesM: IUniform<Vector3>;
  uInnerSemiAxesM: IUniform<Vector3>;
  uCutaway: IUniform<number>;
  uTintAtShownM: IUniform<number>;
  uTintColor: IUniform<Color>;
  uCapColor: IUniform<Color>;
  uSutureColor: IUniform<Color>;
  uSutureStrength: IUniform<number>;
  uSutureHalfWidth: IUniform<number>;
  uCoronalLambdoid: IUniform<Vector4>;
  uSquamousBase: IUniform<Vector4>;
  uFontanelle: IUniform<Vector4>;
  uFaceRecess: IUniform<number>;
  uPressureMmHg: IUniform<number>;
  uPressureRangeMmHg: IUniform<Vector2>;
  uTime: IUniform<number>;
  uColormap: IUniform<Float32Array>;
  uFoldScale: IUniform<number>;
  uGyrusColor: IUniform<Color>;
  uSulcusColor: IUniform<Color>;
  uCutColor: IUniform<Color>;
  uLight: IUniform<number>;
}

export function createHeadUniforms(): HeadUniforms {
  return {
    uBoneDisplacementM: { value: new Float32Array(BONE_SLOTS) },
    uDisplacementScale: { value: 1 },
    uMaxShownM: { value: 0.01 },
    uSemiAxesM: { value: new Vector3(0.075, 0.085, 0.095) },
    uInnerSemiAxesM: { value: new Vector3(0.069, 0.079, 0.089) },
    uCutaway: { value: 0 },
    uTintAtShownM: { value: 0.005 },
    uTintColor: { value: new Color(FIXED_COLORS.tint) },
    uCapColor: { value: new Color(0xd9c39c) },
    uSutureColor: { value: new Color(0x5a4630) },
    uSutureStrength: { value: 0.85 },
    uSutureHalfWidth: { value: 0.006 },
    uCoronalLambdoid: { value: new Vector4() },
    uSquamousBase: { value: new Vector4() },
    uFontanelle: { value: new Vector4() },
    uFaceRecess: { value: 0 },
    uPressureMmHg: { value: 10 },
    uPressureRangeMmHg: { value: new Vector2(0, 20) },
    uTime: { value: 0 },
    uColormap: { value: colormapUniformArray() },
    uFoldScale: { value: 1 },
    uGyrusColor: { value: new Color(0xe2b5aa) },
    uSulcusColor: { value: new Color(0x9a6260) },
    uCutColor: { value: new Color(0xeadbd0) },
    uLight: { value: 1 },
  };
}
