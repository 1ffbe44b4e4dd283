// The Rhythm view's numbers: the model's resting ICP (no touch), its power spectrum (Welch's
// method, Hann window, linear detrend per segment) and the peaks of the body's own rhythms:
// heartbeat, breathing and Traube-Hering-Mayer waves. The peak finder knows nothing of the
// subject's parameters; it labels peaks only by physiology's ordering (the heart beats faster
// than we breathe, and Mayer waves are slower than breathing), so the test that the found
// frequencies sit inside the parameter ranges is a real check of model + analysis.

import { simulate } from '../index';
import { SUBJECTS, type ParamValues } from '../subjects';
import type { SubjectId } from '../types';
import { fft, nextPowerOfTwo } from './fft';

export interface Spectrum {
  /** frequency of each bin, Hz (0 .. sampleHz/2) */
  freqHz: Float64Array;
  /** one-sided power spectral density, mmHg^2/Hz */
  power: Float64Array;
  sampleHz: number;
  /** FFT length of one Welch segment (samples) and the number of segments averaged */
  segmentLength: number;
  segments: number;
}

export interface IcpSpectrum extends Spectrum {
  subject: SubjectId;
  durationS: number;
  /** the decimated ICP trace the spectrum was computed from: time s, true ICP mmHg */
  timeS: Float64Array;
  icpMmHg: Float64Array;
}

/** Sample rates we decimate to, Hz; the lowest one at least 8x the fastest heart rate is used, so
 *  the cardiac wave's third harmonic stays below the Nyquist frequency. */
const SAMPLE_RATES_HZ = [10, 20, 25, 50, 100, 250] as const;
/** Welch segment length, s: ~100 s resolves 0.01 Hz, enough to tell 0.1 Hz Mayer waves from 1/min slow waves. */
const SEGMENT_S = 100;

/** Remove the least-squares straight line (in place). */
export function detrendLinear(y: Float64Array): void {
  const n = y.length;
  if (n < 2) {
    if (n === 1) y[0] = 0;
    return;
  }
  const tMean = (n - 1) / 2;
  let yMean = 0;
  for (let i = 0; i < n; i++) yMean += y[i];
  yMean /= n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (i - tMean) * (y[i] - yMean);
    den += (i - tMean) * (i - tMean);
  }
  const slope = num / den;
  for (let i = 0; i < n; i++) y[i] -= yMean + slope * (i - tMean);
}

/**
 * Welch's averaged periodogram: segments of `segmentLength` (a power of two) with 50 % overlap,
 * each detrended and Hann-windowed. One-sided PSD in (unit of x)^2/Hz, so a sine of amplitude A
 * puts A^2/2 of power under its peak.
 */
export function welch(x: ArrayLike<number>, sampleHz: number, segmentLength: number): Spectrum {
  const n = x.length;
  const L = Math.min(segmentLength, 2 ** Math.floor(Math.log2(Math.max(2, n))));
  if (!(sampleHz > 0) || n < 4) throw new Error(`welch needs at least 4 samples and a positive sample rate (got ${n} at ${sampleHz} Hz)`);
  const w = new Float64Array(L);
  let wSum2 = 0;
  for (let i = 0; i < L; i++) {
    w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / L); // periodic Hann
    wSum2 += w[i] * w[i];
  }
  const hop = L / 2;
  const bins = L / 2 + 1;
  const power = new Float64Array(bins);
  const re = new Float64Array(L);
  const im = new Float64Array(L);
  let segments = 0;
  for (let start = 0; start + L <= n; start += hop) {
    for (let i = 0; i < L; i++) re[i] = x[start + i];
    detrendLinear(re);
    for (let i = 0; i < L; i++) {
      re[i] *= w[i];
      im[i] = 0;
    }
    fft(re, im);
    for (let k = 0; k < bins; k++) {
      const p = (re[k] * re[k] + im[k] * im[k]) / (sampleHz * wSum2);
      // one-sided: double every bin but DC and Nyquist
      power[k] += k === 0 || k === L / 2 ? p : 2 * p;
    }
    segments++;
  }
  for (let k = 0; k < bins; k++) power[k] /= segments;
  const freqHz = new Float64Array(bins);
  for (let k = 0; k < bins; k++) freqHz[k] = (k * sampleHz) / L;
  return { freqHz, power, sampleHz, segmentLength: L, segments };
}

export interface IcpSpectrumInput {
  subject: SubjectId;
  /** simulated seconds of rest (default 600: ten 100 s Welch segments for a stable average) */
  durationS?: number;
  seed?: number;
  /** parameter overrides (display units, as in SUBJECTS) */
  params?: Partial<ParamValues>;
}

/** ICP at rest (no touch) simulated by the model, decimated by block averaging, and its spectrum. */
export function icpSpectrum({ subject, durationS = 600, seed = 1, params }: IcpSpectrumInput): IcpSpectrum {
  const s = SUBJECTS[subject];
  if (!s) throw new Error(`unknown subject '${String(subject)}'`);
  if (!(durationS >= 2 * SEGMENT_S) || !Number.isFinite(durationS) || durationS > 3600) {
    throw new Error(`durationS must be ${2 * SEGMENT_S}-3600 s for a spectrum that resolves Mayer waves, got ${durationS}`);
  }
  const fastestHeartHz = s.params.heartRate.max / 60;
  const sampleHz = SAMPLE_RATES_HZ.find((f) => f >= 8 * fastestHeartHz) ?? SAMPLE_RATES_HZ[SAMPLE_RATES_HZ.length - 1];
  const raw = simulate({ subject, technique: 'vault-hold', forceN: 0, durationS, seed, params });
  const stepS = raw.timeS[1] - raw.timeS[0];
  const block = Math.max(1, Math.round(1 / (sampleHz * stepS)));
  // Block averaging is a crude low-pass (a sinc with its first zero at sampleHz): enough to keep
  // the cardiac harmonics from folding back onto the slow rhythms we look for.
  const m = Math.floor((raw.icpMmHg.length - 1) / block);
  const timeS = new Float64Array(m);
  const icpMmHg = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let sum = 0;
    for (let i = 1 + j * block; i <= (j + 1) * block; i++) sum += raw.icpMmHg[i];
    icpMmHg[j] = sum / block;
    timeS[j] = raw.timeS[1 + j * block] + ((block - 1) * stepS) / 2;
  }
  const fs = 1 / (block * stepS);
  const spec = welch(icpMmHg, fs, nextPowerOfTwo(Math.round(fs * SEGMENT_S)));
  return { ...spec, subject, durationS, timeS, icpMmHg };
}

/**
 * Offset of a peak's true centre from bin k, in bins (-0.5..0.5): a parabola through the log power
 * of bins k-1, k, k+1. Exact for a Gaussian peak and close for a Hann window's main lobe, so a
 * rhythm between two bins is not reported half a bin off.
 */
function interpolateBins(power: Float64Array, k: number): number {
  const a = Math.log(Math.max(power[k - 1], Number.MIN_VALUE));
  const b = Math.log(Math.max(power[k], Number.MIN_VALUE));
  const c = Math.log(Math.max(power[k + 1], Number.MIN_VALUE));
  const den = a - 2 * b + c;
  if (!(den < 0)) return 0;
  return Math.max(-0.5, Math.min(0.5, (0.5 * (a - c)) / den));
}

export interface Peak {
  index: number;
  /** peak centre, Hz, interpolated between bins */
  freqHz: number;
  power: number;
  /** power over the higher of the two lowest points between it and the next higher peaks */
  prominence: number;
}

/** Local maxima of the spectrum above `minHz`, with their prominence, strongest first. */
export function findPeaks(spec: Pick<Spectrum, 'freqHz' | 'power'>, minHz = 0.05): Peak[] {
  const { freqHz, power } = spec;
  const peaks: Peak[] = [];
  for (let k = 1; k < power.length - 1; k++) {
    if (freqHz[k] < minHz) continue;
    if (!(power[k] > power[k - 1] && power[k] >= power[k + 1])) continue;
    // prominence as a ratio (the spectrum spans decades, so ratios, not differences)
    let left = power[k];
    for (let i = k - 1; i >= 0 && power[i] <= power[k]; i--) left = Math.min(left, power[i]);
    let right = power[k];
    for (let i = k + 1; i < power.length && power[i] <= power[k]; i++) right = Math.min(right, power[i]);
    const base = Math.max(left, right, Number.MIN_VALUE);
    peaks.push({ index: k, freqHz: freqHz[k] + interpolateBins(power, k) * (freqHz[1] - freqHz[0]), power: power[k], prominence: power[k] / base });
  }
  return peaks.sort((a, b) => b.power - a.power);
}

export interface RhythmPeaks {
  heartbeat: Peak | null;
  breathing: Peak | null;
  mayer: Peak | null;
}

/** Peaks that stand this many times above their surroundings count (a Hann window's leakage ripples do not). */
const MIN_PROMINENCE = 10;

/**
 * Names the three rhythms from the peaks alone: the heartbeat is the strongest peak; breathing the
 * strongest clearly below it (under 0.6x: below the heartbeat's breathing sidebands); Mayer waves the
 * strongest clearly below breathing (under 0.75x). Peaks under 0.05 Hz (slow B waves, drift) are ignored.
 */
export function rhythmPeaks(spec: Pick<Spectrum, 'freqHz' | 'power'>): RhythmPeaks {
  const peaks = findPeaks(spec).filter((p) => p.prominence >= MIN_PROMINENCE);
  const heartbeat = peaks[0] ?? null;
  const breathing = heartbeat ? (peaks.find((p) => p.freqHz < 0.6 * heartbeat.freqHz) ?? null) : null;
  const mayer = breathing ? (peaks.find((p) => p.freqHz < 0.75 * breathing.freqHz) ?? null) : null;
  return { heartbeat, breathing, mayer };
}
