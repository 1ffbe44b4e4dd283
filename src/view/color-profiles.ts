// The scene's colour profiles: 'default' for screens and 'projector' for a lecture hall, whose
// projector washes out dark tones and thin lines (lighter background, bolder sutures, more
// light). Also the colours no profile changes (gloves, arrows, plates, scalp, motion tint). One
// table, read when the profile changes, never per frame.

import type { MeshStandardMaterial } from 'three';
import type { ColorProfile } from '../state/app-state';
import type { HeadUniforms } from './uniforms';

export interface SceneProfile {
  /** CSS background behind the transparent canvas */
  background: string;
  bone: number;
  suture: number;
  /** 0..1 */
  sutureStrength: number;
  /** on the unit ellipsoid */
  sutureHalfWidth: number;
  /** hemisphere and key light intensities */
  hemi: number;
  key: number;
  /** the brain shader's overall light level */
  brainLight: number;
}

export const PROFILES: Readonly<Record<ColorProfile, SceneProfile>> = {
  default: {
    background: 'radial-gradient(ellipse at 50% 38%, #46536a 0%, #262e3b 55%, #161a22 100%)',
    bone: 0xe9dcc0,
    suture: 0x4f3b27,
    sutureStrength: 0.85,
    sutureHalfWidth: 0.0055,
    hemi: 1.25,
    key: 2.1,
    brainLight: 1,
  },
  projector: {
    background: 'radial-gradient(ellipse at 50% 38%, #8391a8 0%, #5b667a 60%, #434c5c 100%)',
    bone: 0xf1e6cc,
    suture: 0x3a2a18,
    sutureStrength: 1,
    sutureHalfWidth: 0.0085,
    hemi: 1.5,
    key: 2.3,
    brainLight: 1.15,
  },
};

/** Colours the same in every profile. */
/** `skin`: the translucent scalp (materials.ts). `tint`: the warm colour a vault bone takes as its shown motion grows (materials.ts). */
export const FIXED_COLORS = { glove: 0x8fa7c9, arrow: 0xff7a1a, metal: 0xb9c0c8, tint: 0xe8793a, skin: 0xd99a7e } as const;

/** Any value to a profile id: only 'projector' selects the projector profile. */
export function resolveProfile(value: unknown): ColorProfile {
  return value === 'projector' ? 'projector' : 'default';
}

/** What a profile recolours. */
export interface ProfileTargets {
  canvas: HTMLElement;
  /** materials whose base colour is bone (vault, base, face) */
  boneMaterials: readonly MeshStandardMaterial[];
  uniforms: Pick<HeadUniforms, 'uSutureColor' | 'uSutureStrength' | 'uSutureHalfWidth' | 'uLight'>;
  lights: { setIntensities(hemi: number, key: number): void };
  overlay: { setProfile(profile: ColorProfile): void };
}

export function applyProfile(profile: ColorProfile, t: ProfileTargets): void {
  const p = PROFILES[profile];
  t.canvas.style.background = p.background;
  for (const m of t.boneMaterials) m.color.set(p.bone);
  t.uniforms.uSutureColor.value.set(p.suture);
  t.uniforms.uSutureStrength.value = p.sutureStrength;
  t.uniforms.uSutureHalfWidth.value = p.sutureHalfWidth;
  t.uniforms.uLight.value = p.brainLight;
  t.lights.setIntensities(p.hemi, p.key);
  t.overlay.setProfile(profile);
}
