// The infant's open anterior fontanelle: a round membrane (dura mater, with the scalp over it)
// spanning the gap between frontal and parietal bones, held taut by the pressure inside. Its
// size comes from the same geometry the scene draws (anatomy.ts integrates the fontanelle's
// area), so model and picture agree.
//
// At rest the membrane carries ICP as a shallow cap. Hencky's solution for a clamped circular
// membrane under pressure p (E h its stretch stiffness) gives the rest bulge
//   w0 = 0.662 a (p a / (E h))^(1/3),
// and the tension that holds it, T = p a^2 / (4 w0). Small changes about rest are those of a
// membrane at that tension: a pressure change dp bulges the centre by dp a^2 / (4 T) and adds
// pi a^4 dp / (8 T) of volume; a fingertip force F over a pad of radius r depresses it by
// F ln(a / r) / (2 pi T). (Timoshenko & Woinowsky-Krieger, Theory of Plates and Shells, ch. 14;
// the stretching of the membrane as it bulges further would stiffen the pressure response by up
// to 3x, which we leave out and state in doc/model.md.)

import type { Anatomy } from './anatomy';
import type { ParamValues } from './subjects';
import { mmHgToPa, mLPerMinToM3PerS, outflowResistanceToSI } from './units';

export interface FontanelleMembrane {
  /** radius of the circle of equal area, m */
  radiusM: number;
  /** bulge of the centre above the bone rim at resting ICP, m */
  restBulgeM: number;
  /** membrane tension at rest, N/m */
  tensionNPerM: number;
  /** centre bulge per pascal of pressure change, m/Pa */
  centrePerPa: number;
  /** volume compliance, m^3/Pa */
  complianceM3PerPa: number;
}

/** Hencky's coefficient for the centre deflection of a clamped membrane (nu = 0.3). */
const HENCKY = 0.662;

export function fontanelleMembrane(anatomy: Anatomy, p: ParamValues): FontanelleMembrane | null {
  if (!anatomy.fontanelle) return null;
  const a = Math.sqrt(anatomy.fontanelle.areaM2 / Math.PI);
  const restPa = mmHgToPa(p.sinusPressure) + mLPerMinToM3PerS(p.formation) * outflowResistanceToSI(p.outflowResistance);
  const eh = p.duraModulus * 1e6 * p.duraThickness * 1e-3;
  const w0 = HENCKY * a * Math.cbrt((restPa * a) / eh);
  const T = (restPa * a * a) / (4 * w0);
  return {
    radiusM: a,
    restBulgeM: w0,
    tensionNPerM: T,
    centrePerPa: (a * a) / (4 * T),
    complianceM3PerPa: (Math.PI * a ** 4) / (8 * T),
  };
}

/** Depression of the membrane's centre under a force on a pad of radius r, m per newton. */
export function fontanelleIndentPerNewton(f: FontanelleMembrane, padRadiusM: number): number {
  const r = Math.min(padRadiusM, 0.9 * f.radiusM);
  return Math.log(f.radiusM / r) / (2 * Math.PI * f.tensionNPerM);
}
