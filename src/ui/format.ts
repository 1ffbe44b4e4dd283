// Number formatting for everything the student reads: readouts, chart axes, slider words.
// Pure (no DOM), so it is unit-tested in Node. Rules:
//  - every number carries its unit;
//  - honest precision: 2 significant figures by default, because the model's inputs (skull
//    stiffness 467-5867 N/mm, PVI 25-30 mL, ...) are uncertain far beyond a third digit;
//  - tiny values in scientific notation with real superscripts ("3 × 10⁻⁵ mmHg") instead of
//    "0.00003", which students misread by a factor of ten;
//  - never "NaN" or "Infinity": a dash with the reason instead.

import { lengthUnitFor } from '../model/units';

export const MINUS = '\u2212';
export const NO_VALUE = '\u2014';
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴',
  '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

export interface NumberFormat {
  /** significant figures (default 2) */
  sig?: number;
  /** fixed decimals instead of significant figures (e.g. ICP now: 1 decimal) */
  decimals?: number;
  /** prefix '+' on positive values (for changes) */
  signed?: boolean;
  /** below this magnitude switch to scientific notation (default 0.01) */
  sciBelow?: number;
}

/** Why a value cannot be shown; the readout prints "— (reason)". */
export function invalidReason(x: unknown): string | null {
  if (x === null || x === undefined) return 'no data yet';
  if (typeof x !== 'number') return 'not a number';
  if (Number.isNaN(x)) return 'not a number';
  if (!Number.isFinite(x)) return 'out of range';
  return null;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

function superscript(n: number): string {
  return String(n).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');
}

/**
 * A finite number as text without unit. Magnitudes below `sciBelow` become "a × 10⁻ⁿ".
 * Zero prints as "0". Negative values use the true minus sign.
 */
export function formatNumber(x: number, opts: NumberFormat = {}): string {
  const reason = invalidReason(x);
  if (reason) return `${NO_VALUE} (${reason})`;
  const sig = Math.max(1, Math.min(6, Math.round(opts.sig ?? 2)));
  const sciBelow = opts.sciBelow ?? 0.01;
  const sign = x < 0 ? MINUS : opts.signed && x > 0 ? '+' : '';
  const a = Math.abs(x);
  if (a === 0) return '0';
  let body: string;
  if (opts.decimals !== undefined && a >= sciBelow) {
    body = a.toFixed(opts.decimals);
    if (Number(body) === 0) return '0';
  } else if (a < sciBelow || a >= 1e6) {
    let exp = Math.floor(Math.log10(a));
    let mant = Number((a / 10 ** exp).toPrecision(sig));
    if (mant >= 10) {
      mant /= 10;
      exp += 1;
    }
    const m = trimZeros(mant.toPrecision(sig));
    body = `${m} × 10${superscript(exp)}`;
  } else {
    // toPrecision never gives exponent form for 1e-2 <= a < 1e6 when sig >= 2 digits fit; guard
    // anyway by going through Number for large integers ("1.2e+3" -> 1200).
    const p = a.toPrecision(sig);
    body = p.includes('e') ? String(Number(p)) : trimZeros(p);
  }
  return sign + body;
}

function withUnit(x: unknown, unit: string, fmt: (v: number) => string): string {
  const reason = invalidReason(x);
  if (reason) return `${NO_VALUE} (${reason})`;
  return `${fmt(x as number)} ${unit}`;
}

/**
 * A length given in metres, in the unit of the one ladder (mm, µm, nm, pm: model/units.ts
 * lengthUnitFor) that its size reaches, so "−7.5 × 10⁻³ nm" reads "−7.5 pm". Readouts, chart
 * axes, the Scale tab, captions and exports all choose their unit there.
 */
export function formatLength(m: number, opts: NumberFormat = {}): string {
  const reason = invalidReason(m);
  if (reason) return `${NO_VALUE} (${reason})`;
  const u = lengthUnitFor(m);
  return withUnit(m / u.m, u.unit, (v) => formatNumber(v, { sciBelow: 1e-3, ...opts }));
}

/** The axis unit for lengths up to `maxAbsM` (metres): the readouts' unit for the largest value. */
export function lengthAxisUnit(maxAbsM: number): { unit: string; perM: number } {
  const u = lengthUnitFor(maxAbsM);
  return { unit: u.unit, perM: 1 / u.m };
}

/** A CSV column name in a named unit: ('bone_displacement', 'nm') -> 'bone_displacement_nm'. */
export function csvColumn(name: string, unit: string): string {
  return `${name}_${unit.replace('µ', 'u')}`;
}

/** A big whole number in words people read: 21,000; 2.1 million; 3 billion (2 significant figures). */
export function bigNumberWords(x: number): string {
  const r = Number(x.toPrecision(2));
  if (r >= 1e9) return `${formatNumber(r / 1e9, { sig: 2 })} billion`;
  if (r >= 1e6) return `${formatNumber(r / 1e6, { sig: 2 })} million`;
  return r.toLocaleString('en-US');
}

/** A factor in words: "4.7 times", "21,000 times", "2.1 million times". */
export function timesWords(x: number): string {
  if (!Number.isFinite(x) || x <= 0) return `${NO_VALUE} (no factor)`;
  return `${x >= 1000 ? bigNumberWords(x) : formatNumber(x, { sig: 2 })} times`;
}

/**
 * A ratio to a threshold in words: "about 1 in 21,000 of the threshold", "about 1 in 2.1 million
 * of the threshold", "about 4.7 times the threshold". `of` names the threshold ("of what a
 * fingertip can feel").
 */
export function ratioWords(ratio: number, of = 'of the threshold'): string {
  if (!Number.isFinite(ratio) || ratio < 0) return `${NO_VALUE} (no ratio)`;
  if (ratio === 0) return `none ${of}`;
  if (ratio >= 0.95) return `about ${timesWords(ratio)} ${of.replace(/^of /, '')}`;
  if (ratio >= 0.1) return `about ${formatNumber(ratio * 100, { sig: 2 })}% ${of}`;
  return `about 1 in ${bigNumberWords(1 / ratio)} ${of}`;
}

/** A pressure in mmHg (the unit clinicians read ICP in). */
export function formatPressure(mmHg: number, opts: NumberFormat = {}): string {
  return withUnit(mmHg, 'mmHg', (v) => formatNumber(v, opts));
}

/** A force in grams-force: "0.1 g", "5 g", "500 g", "2 kg". */
export function formatForceG(g: number, opts: NumberFormat = {}): string {
  const reason = invalidReason(g);
  if (reason) return `${NO_VALUE} (${reason})`;
  const o = { sciBelow: 1e-3, ...opts };
  if (Math.abs(g) >= 1000) return `${formatNumber(g / 1000, o)} kg`;
  return `${formatNumber(g, o)} g`;
}

/** A force in newtons: "0.049 N". */
export function formatForceN(n: number, opts: NumberFormat = {}): string {
  return withUnit(n, 'N', (v) => formatNumber(v, { sciBelow: 1e-3, ...opts }));
}

/** Simulated time: "12.3 s". */
export function formatTimeS(s: number): string {
  return withUnit(s, 's', (v) => formatNumber(v, { decimals: 1, sciBelow: 0 }));
}

// --- words, for aria-valuetext and the live region ------------------------------------------

const LANDMARKS_G: ReadonlyArray<{ g: number; words: string }> = [
  { g: 5, words: 'the weight of a nickel' },
  { g: 500, words: 'the load at which Downey 2006 first saw a rabbit suture move' },
];

/** Rounds grams to the 2 significant figures shown, so "4.99 g" reads as "5 grams". */
export function roundForceG(g: number): number {
  if (!Number.isFinite(g) || g === 0) return g;
  return Number(g.toPrecision(2));
}

/** "5 grams, the weight of a nickel", "500 grams, ...", "2 kilograms", "1 gram". */
export function forceWords(g: number): string {
  const reason = invalidReason(g);
  if (reason) return `no force value (${reason})`;
  const r = roundForceG(g);
  let text: string;
  if (Math.abs(r) >= 1000) {
    const kg = Number((r / 1000).toPrecision(2));
    text = `${kg} ${kg === 1 ? 'kilogram' : 'kilograms'}`;
  } else {
    text = `${r} ${r === 1 ? 'gram' : 'grams'}`;
  }
  const mark = LANDMARKS_G.find((l) => Math.abs(r - l.g) < 1e-9);
  return mark ? `${text}, ${mark.words}` : text;
}

/** A number as a screen reader should say it: "3 times 10 to the minus 5". */
export function spokenNumber(x: number, opts: NumberFormat = {}): string {
  return formatNumber(x, opts)
    .replace(/ × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/, (_m, e: string) => {
      const plain = e.split('').map((c) => Object.keys(SUPERSCRIPT).find((k) => SUPERSCRIPT[k] === c) ?? c).join('');
      return plain.startsWith('-') ? ` times 10 to the minus ${plain.slice(1)}` : ` times 10 to the ${plain}`;
    })
    .replace(MINUS, 'minus ');
}

/** A length in spoken words: "0.95 nanometres", in the unit formatLength shows. */
export function spokenLength(m: number): string {
  const reason = invalidReason(m);
  if (reason) return `unknown (${reason})`;
  const u = lengthUnitFor(m);
  return `${spokenNumber(m / u.m, { sciBelow: 1e-3 })} ${LENGTH_WORDS[u.unit]}`;
}
const LENGTH_WORDS: Record<string, string> = { m: 'metres', mm: 'millimetres', 'µm': 'micrometres', nm: 'nanometres', pm: 'picometres' };

/** A pressure in spoken words: "3 times 10 to the minus 5 millimetres of mercury". */
export function spokenPressure(mmHg: number, opts: NumberFormat = {}): string {
  const reason = invalidReason(mmHg);
  if (reason) return `unknown (${reason})`;
  return `${spokenNumber(mmHg, opts)} millimetres of mercury`;
}
