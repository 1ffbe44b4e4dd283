// The scene's small pure helpers: renderer probing, keyboard orbit, colour profiles, overlay text,
// force arrows and the colour map shared by shader and legend.
import { Color, MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { SUBJECT_IDS } from '../../src/model/subjects';
import { FIXED_COLORS, PROFILES, applyProfile, resolveProfile } from '../../src/view/color-profiles';
import { CIVIDIS_SRGB255, colormapCssGradient, colormapUniformArray } from '../../src/view/colormap';
import { arrowLengthForForce } from '../../src/view/contacts-view';
import { defaultView, orbitStepForKey } from '../../src/view/orbit-camera';
import { exaggerationText } from '../../src/view/overlay';
import { cappedPixelRatio, isSoftwareRendererName } from '../../src/view/scene-renderer';
import { createHeadUniforms } from '../../src/view/uniforms';

describe('renderer probing', () => {
  it('recognises CPU renderers, so multisampling is switched off there', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Microsoft Basic Render Driver',
      'softpipe',
    ]) {
      expect(isSoftwareRendererName(name), name).toBe(true);
    }
    for (const name of ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)', 'Apple M2', 'Mali-G78', '']) {
      expect(isSoftwareRendererName(name), name).toBe(false);
    }
  });

  it('caps the pixel ratio at 2', () => {
    expect(cappedPixelRatio(1)).toBe(1);
    expect(cappedPixelRatio(1.5)).toBe(1.5);
    expect(cappedPixelRatio(3)).toBe(2);
    expect(cappedPixelRatio(0)).toBe(1);
  });
});

describe('keyboard orbit', () => {
  it('arrows turn by 5 degrees, 15 with Shift; plus and minus zoom by inverse steps; Home resets', () => {
    const deg = Math.PI / 180;
    expect(orbitStepForKey('ArrowLeft', false)).toEqual({ dTheta: -5 * deg, dPhi: 0, zoom: 1 });
    expect(orbitStepForKey('ArrowRight', true)).toEqual({ dTheta: 15 * deg, dPhi: 0, zoom: 1 });
    expect(orbitStepForKey('ArrowUp', false)).toMatchObject({ dPhi: -5 * deg });
    expect(orbitStepForKey('ArrowDown', false)).toMatchObject({ dPhi: 5 * deg });
    const zoomIn = orbitStepForKey('+', false);
    const zoomOut = orbitStepForKey('-', false);
    expect(orbitStepForKey('=', false)).toEqual(zoomIn);
    expect(orbitStepForKey('_', false)).toEqual(zoomOut);
    if (zoomIn === null || zoomIn === 'home' || zoomOut === null || zoomOut === 'home') throw new Error('zoom keys');
    expect(zoomIn.zoom).toBeLessThan(1);
    expect(zoomIn.zoom * zoomOut.zoom).toBeCloseTo(1, 12);
    expect(orbitStepForKey('Home', false)).toBe('home');
    for (const key of ['a', 'Enter', ' ', 'Tab', 'PageUp']) expect(orbitStepForKey(key, false)).toBeNull();
  });

  it('the default view looks from front-left above, from further away for the rabbit', () => {
    for (const s of SUBJECT_IDS) {
      const v = defaultView(s);
      expect(v.direction[0]).toBeLessThan(0); // subject's left
      expect(v.direction[1]).toBeGreaterThan(0); // above
      expect(v.direction[2]).toBeGreaterThan(0); // in front
      expect(v.distance).toBeGreaterThan(2.2); // outside the orbit's minimum distance
      expect(v.distance).toBeLessThan(14);
    }
    expect(defaultView('rabbit').distance).toBeGreaterThan(defaultView('adult').distance);
  });
});

describe('colour profiles', () => {
  it('only "projector" selects the projector profile', () => {
    expect(resolveProfile('projector')).toBe('projector');
    for (const v of ['default', 'Projector', '', null, undefined, 1]) expect(resolveProfile(v)).toBe('default');
  });

  it('the projector profile has bolder sutures and more light', () => {
    const d = PROFILES.default;
    const p = PROFILES.projector;
    expect(p.sutureHalfWidth).toBeGreaterThan(d.sutureHalfWidth);
    expect(p.sutureStrength).toBeGreaterThanOrEqual(d.sutureStrength);
    expect(p.hemi).toBeGreaterThan(d.hemi);
    expect(p.key).toBeGreaterThan(d.key);
    expect(p.brainLight).toBeGreaterThan(d.brainLight);
  });

  it('applyProfile recolours bone, sutures, lights, background and overlay together', () => {
    const bone = [new MeshStandardMaterial(), new MeshStandardMaterial()];
    const u = createHeadUniforms();
    const canvas = { style: { background: '' } } as unknown as HTMLElement;
    const lights: number[][] = [];
    const overlay: string[] = [];
    applyProfile('projector', {
      canvas,
      boneMaterials: bone,
      uniforms: u,
      lights: { setIntensities: (h, k) => lights.push([h, k]) },
      overlay: { setProfile: (p) => overlay.push(p) },
    });
    const p = PROFILES.projector;
    expect(canvas.style.background).toBe(p.background);
    for (const m of bone) expect(m.color.getHex()).toBe(new Color(p.bone).getHex());
    expect(u.uSutureColor.value.getHex()).toBe(new Color(p.suture).getHex());
    expect(u.uSutureStrength.value).toBe(p.sutureStrength);
    expect(u.uSutureHalfWidth.value).toBe(p.sutureHalfWidth);
    expect(u.uLight.value).toBe(p.brainLight);
    expect(lights).toEqual([[p.hemi, p.key]]);
    expect(overlay).toEqual(['projector']);
    expect(Object.values(FIXED_COLORS).every((c) => Number.isInteger(c) && c >= 0 && c <= 0xffffff)).toBe(true);
  });
});

describe('overlay text', () => {
  it('always states the exaggeration, and says when motion is shown at true scale', () => {
    expect(exaggerationText(1e6)).toBe('motion shown × 1,000,000');
    expect(exaggerationText(2.5)).toBe('motion shown × 2.5');
    expect(exaggerationText(1)).toMatch(/^true scale/);
    for (const bad of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(exaggerationText(bad)).toMatch(/^true scale/);
  });
});

describe('force arrows', () => {
  it('grow with log force, vanish at zero and stay on screen at 10 kg', () => {
    expect(arrowLengthForForce(0)).toBe(0);
    expect(arrowLengthForForce(Number.NaN)).toBe(0);
    const nickel = arrowLengthForForce(0.049);
    const hand = arrowLengthForForce(4.9);
    expect(nickel).toBeGreaterThan(0);
    expect(hand - nickel).toBeCloseTo(0.32, 9); // two decades
    expect(arrowLengthForForce(98)).toBeLessThanOrEqual(1.05);
    expect(arrowLengthForForce(1e-9)).toBe(arrowLengthForForce(1e-3)); // the floor
  });
});

describe('colour map', () => {
  it('shader LUT and legend gradient come from the same samples', () => {
    const lut = colormapUniformArray();
    expect(lut).toHaveLength(CIVIDIS_SRGB255.length * 3);
    const css = colormapCssGradient();
    CIVIDIS_SRGB255.forEach(([r, g, b], i) => {
      expect(lut[i * 3]).toBeCloseTo(r / 255, 6);
      expect(lut[i * 3 + 2]).toBeCloseTo(b / 255, 6);
      expect(css).toContain(`rgb(${r}, ${g}, ${b})`);
    });
    expect(css.startsWith('linear-gradient(to right,')).toBe(true);
  });
});
