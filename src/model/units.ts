// Unit conversions at the model's edges. Inside the model everything is SI (N, m, Pa, m^3, s);
// display units (g, mmHg, um, mL) appear only where people read or type numbers.

/** standard gravity, m/s^2 (CGPM 1901): 1 gram-force = 9.80665e-3 N */
export const STANDARD_GRAVITY = 9.80665;
export const N_PER_GRAM_FORCE = STANDARD_GRAVITY * 1e-3;
/** 1 mmHg = 133.322 Pa (conventional millimetre of mercury) */
export const PA_PER_MMHG = 133.322387415;
export const M3_PER_ML = 1e-6;
export const M_PER_MM = 1e-3;
export const S_PER_MIN = 60;

export const gramsToNewtons = (g: number): number => g * N_PER_GRAM_FORCE;
export const newtonsToGrams = (n: number): number => n / N_PER_GRAM_FORCE;
export const mmHgToPa = (mmHg: number): number => mmHg * PA_PER_MMHG;
export const paToMmHg = (pa: number): number => pa / PA_PER_MMHG;
export const mLToM3 = (mL: number): number => mL * M3_PER_ML;
export const m3ToML = (m3: number): number => m3 / M3_PER_ML;
export const mmToM = (mm: number): number => mm * M_PER_MM;
/** mL/min -> m^3/s */
export const mLPerMinToM3PerS = (q: number): number => (q * M3_PER_ML) / S_PER_MIN;
/** mmHg/(mL/min) -> Pa s / m^3 */
export const outflowResistanceToSI = (r: number): number => (r * PA_PER_MMHG * S_PER_MIN) / M3_PER_ML;

/**
 * The one ladder of length units people read (mm, µm, nm, pm): each length is shown in the
 * largest unit it reaches at least 0.1 of, so numbers read 0.1 to 99 ("0.95 nm", "42 µm",
 * "0.3 mm", "7.5 pm"; below 0.1 pm, still pm). The readouts, chart axes, Scale tab,
 * captions and exports all pick their unit here, so one quantity never appears in four units.
 */
export const LENGTH_UNITS: ReadonlyArray<{ unit: 'm' | 'mm' | 'µm' | 'nm' | 'pm'; m: number }> = [
  { unit: 'm', m: 1 },
  { unit: 'mm', m: 1e-3 },
  { unit: 'µm', m: 1e-6 },
  { unit: 'nm', m: 1e-9 },
  { unit: 'pm', m: 1e-12 },
];

/** The unit for a length of this size (metres, sign ignored); 0 and non-finite values get µm. */
export function lengthUnitFor(m: number): { unit: 'm' | 'mm' | 'µm' | 'nm' | 'pm'; m: number } {
  const a = Math.abs(m);
  if (!(a > 0) || !Number.isFinite(a)) return LENGTH_UNITS[2];
  return LENGTH_UNITS.find((u) => a >= 0.1 * u.m * (1 - 5e-3)) ?? LENGTH_UNITS[LENGTH_UNITS.length - 1];
}
