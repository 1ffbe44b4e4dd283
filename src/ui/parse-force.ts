// Reading a typed force as people type it: "5", "0,5" (decimal comma), "0.5 g", "50 kg", "2 N",
// "300 mN". A value is never silently misread: what is converted says so, what cannot be read
// gets a message and changes nothing.
import { N_PER_GRAM_FORCE } from '../model/units';
import { decimalSeparator, formatDecimal, t } from '../i18n/index';

export type ParsedForce =
  | { ok: true; grams: number; /** how the text was read, when it was not plain grams */ note: string }
  | { ok: false; message: string };

/** grams per unit, by the spellings accepted (case-insensitive, after the number) */
const UNITS: ReadonlyArray<[RegExp, number, string]> = [
  [/^(g|gr|gram|grams|gramm|gramos?)$/, 1, 'g'],
  [/^(kg|kilo|kilos|kilogram|kilograms|kilogramm|kilogramos?)$/, 1000, 'kg'],
  [/^(mg|milligram|milligrams)$/, 1e-3, 'mg'],
  [/^(n|newton|newtons)$/, 1 / N_PER_GRAM_FORCE, 'N'],
  [/^(mn|millinewton|millinewtons)$/, 1e-3 / N_PER_GRAM_FORCE, 'mN'],
];

export function parseForce(text: string): ParsedForce {
  const raw = text.trim().replace(/\s+/g, ' ');
  if (raw === '') return { ok: false, message: t('app.parseForce.empty', { example: formatDecimal(0.5) }) };
  const m = /^([+-]?[\d.,\s']*\d[\d.,]*|[+-]?[.,]\d+)\s*([a-zA-Zµ]*)$/.exec(raw.replace(/(\d) (?=\d{3}\b)/g, '$1'));
  if (!m) return { ok: false, message: t('app.parseForce.unreadable', { text: text.trim() }) };
  const numberText = m[1].replace(/[\s']/g, '');
  const value = readNumber(numberText);
  if (value === null) return { ok: false, message: t('app.parseForce.notANumber', { text: m[1].trim() }) };
  const unitText = m[2].toLowerCase();
  let gramsPer = 1;
  let unitLabel = 'g';
  if (unitText !== '') {
    const u = UNITS.find(([re]) => re.test(unitText));
    if (!u) return { ok: false, message: t('app.parseForce.unknownUnit', { unit: m[2] }) };
    gramsPer = u[1];
    unitLabel = u[2];
  }
  const grams = value * gramsPer;
  if (!Number.isFinite(grams)) return { ok: false, message: t('app.parseForce.tooLarge', { text: text.trim() }) };
  // a decimal comma is worth a note only where the page's own decimal mark is the point
  const usedComma = numberText.includes(',') && !numberText.includes('.') && decimalSeparator() === '.';
  const notes: string[] = [];
  if (usedComma) notes.push(t('app.parseForce.commaNote', { text: numberText, value: String(value) }));
  if (unitLabel !== 'g') notes.push(`${formatDecimal(value)} ${unitLabel} = ${formatPlain(grams)} g`);
  return { ok: true, grams, note: notes.join('; ') };
}

/** A number with one decimal mark, either . or , ("1,000.5" and "1.000,5" use the other as a
 *  thousands separator). null when it is not one number. */
function readNumber(s: string): number | null {
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normal = s;
  if (dots > 0 && commas > 0) {
    // the later mark is the decimal one; the other groups thousands
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((s.match(new RegExp(`\\${decimal}`, 'g')) ?? []).length > 1) return null;
    if (!new RegExp(`^[+-]?\\d{1,3}(\\${group}\\d{3})*(\\${decimal}\\d*)?$`).test(s)) return null;
    normal = s.split(group).join('').replace(decimal, '.');
  } else if (commas > 1 || dots > 1) {
    return null;
  } else {
    normal = s.replace(',', '.');
  }
  const v = Number(normal);
  return Number.isFinite(v) ? v : null;
}

function formatPlain(v: number): string {
  return formatDecimal(Number(v.toPrecision(4)), { useGrouping: true });
}
