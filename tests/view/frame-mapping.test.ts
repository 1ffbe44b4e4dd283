// Model frame -> uniforms: each bone's displacement lands in its BONE_IDS slot, the fixed slot
// stays 0, shown motion is exaggerated and clipped, and bad input falls back instead of
// reaching the GPU as NaN.
import { describe, expect, it } from 'vitest';
import { BONE_IDS } from '../../src/model/geometry';
import type { BoneId, SimFrame } from '../../src/model/types';
import { BONE_SLOTS, FIXED_BONE_INDEX } from '../../src/view/bone-slots';
import { FALLBACK_ICP_RANGE_MMHG, FrameMapper } from '../../src/view/frame-mapping';
import { MAX_SHOWN_FRACTION } from '../../src/state/ranges';
import { createHeadUniforms } from '../../src/view/uniforms';

const HEAD_M = 0.1;

function frame(disp: (id: BoneId, i: number) => number, extra: Partial<SimFrame> = {}): SimFrame {
  const boneDisplacementM = Object.fromEntries(BONE_IDS.map((id, i) => [id, disp(id, i)])) as Record<BoneId, number>;
  return { timeS: 1.5, icpMmHg: 9, boneDisplacementM, ...extra } as SimFrame;
}

function mapped(input: Partial<Parameters<FrameMapper['map']>[0]>) {
  const u = createHeadUniforms();
  const m = new FrameMapper(u);
  m.map({ frame: null, exaggeration: 1, icpRangeMmHg: [0, 20], ...input }, HEAD_M);
  return { u, m };
}

describe('FrameMapper', () => {
  it('puts each bone in its BONE_IDS slot and keeps the fixed slot at 0', () => {
    const { u, m } = mapped({ frame: frame((_, i) => (i + 1) * 1e-9), exaggeration: 1e6 });
    const disp = u.uBoneDisplacementM.value;
    expect(disp).toHaveLength(BONE_SLOTS);
    BONE_IDS.forEach((_, i) => expect(disp[i]).toBeCloseTo((i + 1) * 1e-9, 15));
    expect(disp[FIXED_BONE_INDEX]).toBe(0);
    BONE_IDS.forEach((_, i) => expect(m.shownM[i]).toBeCloseTo((i + 1) * 1e-3, 9));
    expect(m.shownM[FIXED_BONE_INDEX]).toBe(0);
    expect(u.uDisplacementScale.value).toBe(1e6);
    expect(m.clipped).toBe(false);
  });

  it('clips shown motion at a quarter of the head and says so', () => {
    const maxShown = MAX_SHOWN_FRACTION * HEAD_M;
    const { u, m } = mapped({ frame: frame((id) => (id === 'frontal' ? 1e-3 : -1e-3)), exaggeration: 1e3 });
    expect(u.uMaxShownM.value).toBeCloseTo(maxShown, 12);
    expect(m.shownM[BONE_IDS.indexOf('frontal')]).toBeCloseTo(maxShown, 6);
    expect(m.shownM[BONE_IDS.indexOf('occipital')]).toBeCloseTo(-maxShown, 6);
    expect(m.clipped).toBe(true);
    // the uniforms keep the true metres: the shader clips with uMaxShownM itself
    expect(u.uBoneDisplacementM.value[0]).toBeCloseTo(1e-3, 9);
  });

  it('treats non-finite numbers as no motion, no pressure and time 0', () => {
    const { u, m } = mapped({ frame: frame(() => Number.NaN, { icpMmHg: Number.POSITIVE_INFINITY, timeS: Number.NaN }), exaggeration: Number.NaN });
    expect([...u.uBoneDisplacementM.value]).toEqual(new Array(BONE_SLOTS).fill(0));
    expect(m.exaggeration).toBe(1);
    expect(u.uDisplacementScale.value).toBe(1);
    expect(m.icpMmHg).toBeNull();
    expect(u.uPressureMmHg.value).toBe(0); // the bottom of the legend
    expect(u.uTime.value).toBe(0);
  });

  it('passes pressure, time and a usable legend range through, and falls back from an unusable one', () => {
    const ok = mapped({ frame: frame(() => 0), icpRangeMmHg: [2, 30] });
    expect(ok.m.icpMmHg).toBe(9);
    expect(ok.u.uPressureMmHg.value).toBe(9);
    expect(ok.u.uTime.value).toBe(1.5);
    expect(ok.m.rangeMmHg).toEqual([2, 30]);
    expect(ok.u.uPressureRangeMmHg.value.toArray()).toEqual([2, 30]);
    for (const bad of [[5, 5], [20, 0], [Number.NaN, 4]] as const) {
      expect(mapped({ icpRangeMmHg: bad }).m.rangeMmHg).toEqual([...FALLBACK_ICP_RANGE_MMHG]);
    }
  });

  it('with no frame yet, draws the head at rest', () => {
    const { u, m } = mapped({ exaggeration: 1e6 });
    expect([...m.shownM]).toEqual(new Array(BONE_SLOTS).fill(0));
    expect(u.uPressureMmHg.value).toBe(0);
    expect(m.clipped).toBe(false);
  });
});
