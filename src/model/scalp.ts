// The scalp and soft tissue between a practitioner's fingertip and the bone. What a finger feels
// "give" under a light touch is mostly this layer, not bone.
//
// Soft tissue in compression is soft at first and stiffens as its fluid is squeezed out and its
// fibres pack (a J-shaped curve). We write its strain under a uniform contact stress sigma as two
// locking springs in series:
//   eps = L sigma / (sigma + E0 L) + (1 - L) sigma / (sigma + Ec (1 - L))
// E0 is the small-strain modulus (kPa: what a fingertip's press meets), Ec the modulus once
// squeezed (MPa: what kN loads meet), L the strain at which the soft phase has given all it can
// (model assumption 0.6: compressed soft tissue keeps ~40 % of its thickness before it stiffens
// toward its solid). The tangent modulus is ~E0 at small stress and ~Ec between E0 L and Ec;
// the strain never reaches 1, so the layer can never be squeezed through. The contact is a rigid
// disc of radius a pressing with sigma = F / (pi a^2) (a thin-layer column: lateral spreading
// and confinement are left out).

import type { ParamValues } from './subjects';

/** strain at which soft tissue has given up its soft phase (model assumption) */
export const SCALP_LOCK_STRAIN = 0.6;

/** Compressive strain of the scalp under a uniform stress, dimensionless. */
export function scalpStrain(stressPa: number, p: ParamValues): number {
  const s = Math.max(0, stressPa);
  const L = SCALP_LOCK_STRAIN;
  const e0 = p.scalpModulus * 1e3;
  const ec = p.scalpCompressedModulus * 1e6;
  return (L * s) / (s + e0 * L) + ((1 - L) * s) / (s + ec * (1 - L));
}

/** How far a rigid round contact of radius a pressing with force F sinks into the scalp, m. */
export function scalpCompressionM(forceN: number, contactRadiusM: number, p: ParamValues): number {
  const stress = Math.abs(forceN) / (Math.PI * contactRadiusM * contactRadiusM);
  return p.scalpThickness * 1e-3 * scalpStrain(stress, p);
}
