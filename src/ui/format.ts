// Number formatting for everything the student reads: readouts, chart axes, slider words.
// Pure (no DOM), so it is unit-tested in Node. Rules:
//  - every number carries its unit;
//  - honest precision: 2 significant figures by default, because the model's inputs (skull
//    stiffness 467-5867 N/mm, PVI 25-30 mL, ...) are uncertain far beyond a third digit;
//  - tiny values in scientific notation with real superscripts ("3 × 10⁻⁵ mmHg") instead of
//    "0.00003", which students misread by a factor of ten;
//  - never "NaN" or "Infinity": a dash with the reason instead;
//  - in the reader's language: digits through Intl.NumberFormat (decimal comma in de and es,
//    grouping from five digits), words through the catalogs (src/i18n); units are SI symbols.

import { lengthUnitFor } from '../model/units';
import { formatDecimal, t } from '../i18n/index';

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
  if (x === null || x === undefined) return t('app.format.noData');
  if (typeof x !== 'number') return t('app.format.notANumber');
  if (Number.isNaN(x)) return t('app.format.notANumber');
  if (!Number.isFinite(x)) return t('app.format.outOfRange');
  return null;
}

/** "— (no data yet)": the dash with its reason, in the reader's language. */
export const noValue = (reason: string): string => `${NO_VALUE} (${reason})`;

function superscript(n: number): string {
  return String(n).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');
}

/**
 * A finite number as text without unit. Magnitudes below `sciBelow` become "a × 10⁻ⁿ".
 * Zero prints as "0". Negative values use the true minus sign.
 */
export function formatNumber(x: number, opts: NumberFormat = {}): string {
  const reason = invalidReason(x);
  if (reason) return noValue(reason);
  const sig = Math.max(1, Math.min(6, Math.round(opts.sig ?? 2)));
  const sciBelow = opts.sciBelow ?? 0.01;
  const sign = x < 0 ? MINUS : opts.signed && x > 0 ? '+' : '';
  const a = Math.abs(x);
  if (a === 0) return '0';
  let body: string;
  if (opts.decimals !== undefined && a >= sciBelow) {
    if (Number(a.toFixed(opts.decimals)) === 0) return '0';
    body = formatDecimal(a, { minimumFractionDigits: opts.decimals, maximumFractionDigits: opts.decimals });
  } else if (a < sciBelow || a >= 1e6) {
    let exp = Math.floor(Math.log10(a));
    let mant = Number((a / 10 ** exp).toPrecision(sig));
    if (mant >= 10) {
      mant /= 10;
      exp += 1;
    }
    body = `${formatDecimal(mant, { maximumSignificantDigits: sig })} × 10${superscript(exp)}`;
  } else {
    // significant figures, trailing zeros dropped ("5", not "5.0"), 1234 -> "1200"
    body = formatDecimal(a, { maximumSignificantDigits: sig });
  }
  return sign + body;
}

function withUnit(x: unknown, unit: string, fmt: (v: number) => string): string {
  const reason = invalidReason(x);
  if (reason) return noValue(reason);
  return `${fmt(x as number)} ${unit}`;
}

/**
 * A length given in metres, in the unit of the one ladder (mm, µm, nm, pm: model/units.ts
 * lengthUnitFor) that its size reaches, so "−7.5 × 10⁻³ nm" reads "−7.5 pm". Readouts, chart
 * axes, the Scale tab, captions and exports all choose their unit there.
 */
export function formatLength(m: number, opts: NumberFormat = {}): string {
  const reason = invalidReason(m);
  if (reason) return noValue(reason);
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
  if (r >= 1e9) return t('app.format.billion', { n: formatNumber(r / 1e9, { sig: 2 }) });
  if (r >= 1e6) return t('app.format.million', { n: formatNumber(r / 1e6, { sig: 2 }) });
  return formatDecimal(r, { useGrouping: true });
}

/** A factor in words: "4.7 times", "21,000 times", "2.1 million times". */
export function timesWords(x: number): string {
  if (!Number.isFinite(x) || x <= 0) return noValue(t('app.format.noFactor'));
  return t('app.format.times', { n: x >= 1000 ? bigNumberWords(x) : formatNumber(x, { sig: 2 }) });
}

/**
 * A ratio to a threshold in words: "about 1 in 21,000 of the threshold", "about 1 in 2.1 million
 * of the threshold", "about 4.7 times the threshold". `what` names the threshold, in the reader's
 * language ("what a fingertip can feel"); '' leaves it out ("about 1 in 21,000").
 */
export function ratioWords(ratio: number, what: string = t('app.format.theThreshold')): string {
  if (!Number.isFinite(ratio) || ratio < 0) return noValue(t('app.format.noRatio'));
  const w = what === '' ? 'none' : 'some';
  if (ratio === 0) return t('app.format.ratioNone', { what, w });
  if (ratio >= 0.95) return t('app.format.ratioTimes', { times: timesWords(ratio), what, w });
  if (ratio >= 0.1) return t('app.format.ratioPercent', { percent: formatNumber(ratio * 100, { sig: 2 }), what, w });
  return t('app.format.ratioOneIn', { n: bigNumberWords(1 / ratio), what, w });
}

/** A pressure in mmHg (the unit clinicians read ICP in). */
/** A display factor as the controls list it: "×1,000,000" (grouped in the reader's locale). */
export function formatFactor(x: number): string {
  return `×${formatDecimal(x, { useGrouping: true })}`;
}

export function formatPressure(mmHg: number, opts: NumberFormat = {}): string {
  return withUnit(mmHg, 'mmHg', (v) => formatNumber(v, opts));
}

/** A force in grams-force: "0.1 g", "5 g", "500 g", "2 kg". */
export function formatForceG(g: number, opts: NumberFormat = {}): string {
  const reason = invalidReason(g);
  if (reason) return noValue(reason);
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

const LANDMARKS_G: ReadonlyArray<{ g: number; key: string }> = [
  { g: 5, key: 'app.format.force.nickel' },
  { g: 500, key: 'app.format.force.downey' },
];

/** Rounds grams to the 2 significant figures shown, so "4.99 g" reads as "5 grams". */
export function roundForceG(g: number): number {
  if (!Number.isFinite(g) || g === 0) return g;
  return Number(g.toPrecision(2));
}

/** "5 grams, the weight of a nickel", "500 grams, ...", "2 kilograms", "1 gram". */
export function forceWords(g: number): string {
  const reason = invalidReason(g);
  if (reason) return t('app.format.force.none', { reason });
  const r = roundForceG(g);
  const text =
    Math.abs(r) >= 1000 ? t('app.format.force.kg', { n: Number((r / 1000).toPrecision(2)) }) : t('app.format.force.g', { n: r });
  const mark = LANDMARKS_G.find((l) => Math.abs(r - l.g) < 1e-9);
  return mark ? t('app.format.force.landmark', { force: text, landmark: t(mark.key) }) : text;
}

/** A number as a screen reader should say it: "3 times 10 to the minus 5". */
export function spokenNumber(x: number, opts: NumberFormat = {}): string {
  return formatNumber(x, opts)
    .replace(/ × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/, (_m, e: string) => {
      const plain = e.split('').map((c) => Object.keys(SUPERSCRIPT).find((k) => SUPERSCRIPT[k] === c) ?? c).join('');
      return ` ${t(plain.startsWith('-') ? 'app.format.spoken.timesTenToMinus' : 'app.format.spoken.timesTenTo', { n: plain.replace('-', '') })}`;
    })
    .replace(MINUS, `${t('app.format.spoken.minus')} `);
}

/** A length in spoken words: "0.95 nanometres", in the unit formatLength shows. */
export function spokenLength(m: number): string {
  const reason = invalidReason(m);
  if (reason) return t('app.format.spoken.unknown', { reason });
  const u = lengthUnitFor(m);
  return t('app.format.spoken.length', { n: spokenNumber(m / u.m, { sciBelow: 1e-3 }), unit: LENGTH_UNITS[u.unit] ?? 'm' });
}
/** the unit as the select option of app.format.spoken.length */
const LENGTH_UNITS: Record<string, string> = { m: 'm', mm: 'mm', 'µm': 'um', nm: 'nm', pm: 'pm' };

/** A pressure in spoken words: "3 times 10 to the minus 5 millimetres of mercury". */
export function spokenPressure(mmHg: number, opts: NumberFormat = {}): string {
  const reason = invalidReason(mmHg);
  if (reason) return t('app.format.spoken.unknown', { reason });
  return t('app.format.spoken.pressure', { n: spokenNumber(mmHg, opts) });
}
