// The i18n layer: ICU formatting, per-key fallback to English, the lazy switch, locale numbers
// and the pseudo-locale.
import { afterEach, describe, expect, it } from 'vitest';
import { format, parse } from '../../src/i18n/icu';
import enLecture from '../../src/i18n/catalogs/en/lecture';
import esLecture from '../../src/i18n/catalogs/es/lecture';
import { decimalSeparator, formatDecimal, getLocale, loadArea, onLocaleChange, setLocale, t } from '../../src/i18n/index';
import { preferredLocale } from '../../src/i18n/locales';

const en = { number: (x: number) => String(x), plural: (x: number) => new Intl.PluralRules('en').select(x) };

describe('ICU messages', () => {
  it('fills arguments, plurals with # and exact matches, selects', () => {
    const m = parse('{n, plural, =0 {no rabbits} one {# rabbit} other {# rabbits}} in {where, select, lab {the lab} other {the field}}');
    expect(format(m, { n: 0, where: 'lab' }, en)).toBe('no rabbits in the lab');
    expect(format(m, { n: 1, where: 'x' }, en)).toBe('1 rabbit in the field');
    expect(format(m, { n: 13, where: 'lab' }, en)).toBe('13 rabbits in the lab');
  });
  it("keeps apostrophes literal unless they quote syntax: Downey's, '{'", () => {
    expect(format(parse("Downey's rabbits '{'not an argument'}' it''s"), {}, en)).toBe("Downey's rabbits {not an argument} it's");
  });
  it('shows a missing argument as {name}, never "undefined"', () => {
    expect(format(parse('ICP {icp}'), {}, en)).toBe('ICP {icp}');
  });
  it('refuses malformed messages with the position', () => {
    expect(() => parse('{n, plural, one {x}}')).toThrow(/other/);
    expect(() => parse('a } b')).toThrow(/unmatched/);
    expect(() => parse('{n, date}')).toThrow(/unknown argument type/);
  });
});

describe('locale switching', () => {
  afterEach(() => setLocale('en'));
  it('picks the browser language by primary subtag, else English', () => {
    expect(preferredLocale(['fr-FR', 'de-AT', 'en'])).toBe('de');
    expect(preferredLocale(['es-419'])).toBe('es');
    expect(preferredLocale(['fr', 'it'])).toBe('en');
    expect(preferredLocale(undefined)).toBe('en');
  });
  it('loads German lazily, notifies once, and translates', async () => {
    const heard: string[] = [];
    const off = onLocaleChange((l) => heard.push(l));
    await setLocale('de');
    off();
    expect(getLocale()).toBe('de');
    expect(heard).toEqual(['de']);
    expect(t('app.language.label')).toBe('Sprache');
  });
  it('an area put in use while a language is loading arrives in that language too', async () => {
    // lecture mode opened (loadArea, still in English) while Spanish was on its way
    const key = Object.keys(enLecture).find((k) => !/\{/.test(enLecture[k as keyof typeof enLecture]) && esLecture[k as keyof typeof esLecture] !== enLecture[k as keyof typeof enLecture])!;
    const switching = setLocale('es');
    await loadArea('lecture');
    await switching;
    expect(getLocale()).toBe('es');
    expect(t(key)).toBe(esLecture[key as keyof typeof esLecture]);
  });
  it('treats an unknown locale as English', async () => {
    await setLocale('de');
    await setLocale('klingon');
    expect(getLocale()).toBe('en');
    expect(t('app.language.label')).toBe('Language');
  });
  it('uses a decimal comma in German and Spanish, a point in English', async () => {
    expect(formatDecimal(0.95)).toBe('0.95');
    await setLocale('de');
    expect(decimalSeparator()).toBe(',');
    expect(formatDecimal(0.95)).toBe('0,95');
    // grouping from five digits: 1200 stays as written, 21 000 is grouped
    expect(formatDecimal(1200)).toBe('1200');
    expect(formatDecimal(21000)).toBe('21.000');
    await setLocale('es');
    expect(formatDecimal(0.95)).toBe('0,95');
  });
  it('the pseudo-locale accents every letter and makes the message ~40 % longer', async () => {
    await setLocale('en-XA');
    const s = t('app.language.label');
    expect(s).not.toMatch(/[A-Za-z]/);
    // "Language" is 8 characters; +40 % is at least 11
    expect(s.length).toBeGreaterThanOrEqual(11);
  });
});
