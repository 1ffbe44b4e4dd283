// Evidence content: every cited source exists, every reference number sits inside its own range,
// detectability never produces NaN, and the comparison sentences say what the Scale view promises.
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_SOURCE_IDS,
  CRI_BAND_HZ,
  CRI_BAND_PER_MIN,
  CRI_CLAIMS,
  DETECTORS,
  DETECTOR_IDS,
  DOWNEY_2006,
  REFERENCE_FORCES,
  REFERENCE_LENGTHS,
  REFERENCE_PRESSURES,
  RELIABILITY_REVIEW_SOURCE,
  RELIABILITY_STUDIES,
  SERGUEEF_2011,
  SOURCES,
  SOURCE_IDS,
  compareLength,
  detectability,
  detectabilityBand,
  formatLengthM,
  formatReference,
  heartbeatPushN,
  isSourceId,
  roundSig,
  sentenceForLength,
  sentenceForPressure,
  shortCitation,
  sourceLink,
  type DetectorId,
  type SourceId,
} from '../../src/model/content';
import { gramsToNewtons, mmHgToPa } from '../../src/model/units';

/** Yoganandan 1995: 0.049 N (5 g) / 812 N/mm ~ 6e-8 m, the headline prediction of science.md section 4 */
const NICKEL_TOUCH_DISPLACEMENT_M = gramsToNewtons(5) / 812e3;

describe('sources', () => {
  it('keys every source by its own id', () => {
    for (const id of SOURCE_IDS) expect(SOURCES[id].id).toBe(id);
    expect(new Set(SOURCE_IDS).size).toBe(SOURCE_IDS.length);
  });

  it('marks exactly the nine sources of the article (science.md section 7)', () => {
    expect([...ARTICLE_SOURCE_IDS].sort()).toEqual(
      [
        'arnadottir2013',
        'harrisonPage2011',
        'castroSanchez2016',
        'wetzler2017',
        'kratz2017',
        'jakel2012',
        'haller2016',
        'clevelandClinicCst',
        'nindsHydrocephalus',
      ].sort(),
    );
  });

  it('never claims "verified" while listing unverified fields, and says what each source is used for', () => {
    for (const id of SOURCE_IDS) {
      const s = SOURCES[id];
      expect(s.verified).toBe(!s.unverifiedFields || s.unverifiedFields.length === 0);
      expect(s.usedFor.length).toBeGreaterThan(0);
      expect(s.title.length).toBeGreaterThan(3);
      // years in the range of the literature we cite (Lundberg 1960 .. reviews of 2024)
      expect(s.year).toBeGreaterThanOrEqual(1960);
      expect(s.year).toBeLessThanOrEqual(2026);
    }
  });

  it('stores DOIs in bare form (the link builder adds https://doi.org/)', () => {
    for (const id of SOURCE_IDS) {
      const doi = SOURCES[id].doi;
      if (doi) {
        expect(doi).toMatch(/^10\.\d{4,5}\//);
        expect(sourceLink(id)).toBe(`https://doi.org/${doi}`);
      }
    }
  });

  it('formats references and short citations without doubled punctuation', () => {
    expect(shortCitation('downey2006')).toBe('Downey et al. 2006');
    expect(shortCitation('heiseyAdams1993')).toBe('Heisey & Adams 1993');
    // an author list stored as "Li H et al." (no comma) gets one "et al.", not two
    expect(shortCitation('li2007')).toBe('Li et al. 2007');
    for (const id of SOURCE_IDS) expect(shortCitation(id)).not.toMatch(/et al\. et al\./);
    expect(shortCitation('nindsHydrocephalus')).toBe('NINDS 2023');
    for (const id of SOURCE_IDS) expect(formatReference(id)).not.toMatch(/[?!.]\./);
    expect(formatReference('downey2006')).toContain('J Orthop Sports Phys Ther 36(11):845-853');
  });
});

describe('every source referenced by the content exists', () => {
  const referenced: Array<[string, SourceId]> = [];
  for (const d of Object.values(DETECTORS)) for (const s of d.sourceIds) referenced.push([`detector ${d.id}`, s]);
  for (const r of [...REFERENCE_LENGTHS, ...REFERENCE_PRESSURES, ...REFERENCE_FORCES])
    for (const s of r.sourceIds) referenced.push([`reference ${r.id}`, s]);
  for (const st of RELIABILITY_STUDIES) referenced.push([`reliability ${st.id}`, st.sourceId]);
  for (const c of CRI_CLAIMS) for (const s of c.sourceIds) referenced.push([`claim ${c.id}`, s]);
  for (const s of DOWNEY_2006.sourceIds) referenced.push(['Downey 2006 record', s]);
  referenced.push(['reliability review', RELIABILITY_REVIEW_SOURCE]);

  it.each(referenced)('%s -> %s', (_where, id) => {
    expect(isSourceId(id)).toBe(true);
  });

  it('gives every reference without a study a stated basis instead', () => {
    for (const r of [...REFERENCE_LENGTHS, ...REFERENCE_PRESSURES, ...REFERENCE_FORCES]) {
      if (r.sourceIds.length === 0) expect(r.basis, r.id).toBeTruthy();
    }
  });
});

describe('reference values sit inside their own ranges', () => {
  const all = [...REFERENCE_LENGTHS, ...REFERENCE_PRESSURES, ...REFERENCE_FORCES];
  it.each(all.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect(r.rangeSI.min).toBeGreaterThan(0);
    expect(r.rangeSI.min).toBeLessThanOrEqual(r.valueSI);
    expect(r.valueSI).toBeLessThanOrEqual(r.rangeSI.max);
    expect(r.display.min).toBeLessThanOrEqual(r.display.value);
    expect(r.display.value).toBeLessThanOrEqual(r.display.max);
  });

  it.each(DETECTOR_IDS.map((id) => [id, DETECTORS[id]] as const))('detector %s', (_id, d) => {
    expect(d.rangeSI.min).toBeLessThanOrEqual(d.thresholdSI);
    expect(d.thresholdSI).toBeLessThanOrEqual(d.rangeSI.max);
    expect(d.display.min).toBeLessThanOrEqual(d.display.value);
    expect(d.display.value).toBeLessThanOrEqual(d.display.max);
  });

  it('keeps display values and SI values in step (a typo in either would show the wrong number)', () => {
    const perUnit: Record<string, number> = { nm: 1e-9, 'µm': 1e-6, mm: 1e-3, mmHg: mmHgToPa(1), g: gramsToNewtons(1), kN: 1e3 };
    for (const r of [...REFERENCE_LENGTHS, ...REFERENCE_PRESSURES, ...REFERENCE_FORCES, ...Object.values(DETECTORS)]) {
      const k = perUnit[r.display.unit];
      expect(k, `unit ${r.display.unit}`).toBeDefined();
      const value = 'thresholdSI' in r ? r.thresholdSI : r.valueSI;
      expect(value).toBeCloseTo(r.display.value * k, 12);
    }
  });

  it('orders the length scale smallest first, so the log axis reads left to right', () => {
    for (let i = 1; i < REFERENCE_LENGTHS.length; i++) {
      expect(REFERENCE_LENGTHS[i].valueSI).toBeGreaterThan(REFERENCE_LENGTHS[i - 1].valueSI);
    }
  });

  it('places the detector thresholds on the length scale with the detectors own numbers', () => {
    const caliper = REFERENCE_LENGTHS.find((r) => r.id === 'radiograph-caliper-threshold');
    expect(caliper?.valueSI).toBe(DETECTORS['radiograph-caliper'].thresholdSI);
  });
});

describe('detectors', () => {
  it('uses the thresholds the evidence gives', () => {
    // Crow 2009: 0.898 mm/pixel
    expect(DETECTORS.mri.thresholdSI).toBeCloseTo(0.898e-3, 12);
    // the stated 1 mmHg transducer assumption, in pascals
    expect(DETECTORS['icp-transducer'].thresholdSI).toBeCloseTo(133.322, 2);
    // Downey resolved 0.30 mm, so a caliper threshold above that would contradict the study
    expect(DETECTORS['radiograph-caliper'].rangeSI.max).toBeLessThanOrEqual(0.3e-3);
    // "tens of micrometres" (science.md section 3)
    expect(DETECTORS.fingertip.thresholdSI).toBeGreaterThanOrEqual(10e-6);
    expect(DETECTORS.fingertip.thresholdSI).toBeLessThanOrEqual(50e-6);
    for (const id of DETECTOR_IDS) expect(DETECTORS[id].quantity).toBe(id === 'icp-transducer' ? 'pressure' : 'displacement');
  });

  it('reports a nickel-weight skull movement as far below every displacement detector', () => {
    for (const id of ['fingertip', 'radiograph-caliper', 'mri'] as const) {
      const r = detectability(id, NICKEL_TOUCH_DISPLACEMENT_M);
      expect(r.detectable).toBe(false);
      // at least 100x too small even for the fingertip (60 nm vs 20 um is ~1/330)
      expect(r.ratio).toBeLessThan(0.01);
    }
  });

  it('says "detectable" at and above threshold, not below, and ignores sign', () => {
    for (const id of DETECTOR_IDS) {
      const t = DETECTORS[id].thresholdSI;
      expect(detectability(id, t)).toEqual({ detectable: true, ratio: 1 });
      expect(detectability(id, 10 * t).ratio).toBeCloseTo(10, 12);
      expect(detectability(id, -10 * t).detectable).toBe(true);
      expect(detectability(id, 0.5 * t)).toEqual({ detectable: false, ratio: 0.5 });
    }
  });

  it('handles zero, NaN, Infinity, huge values and unknown detectors without NaN', () => {
    const inputs = [0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, 1e-300];
    for (const id of DETECTOR_IDS) {
      for (const x of inputs) {
        const r = detectability(id, x);
        expect(Number.isFinite(r.ratio), `${id} ${x}`).toBe(true);
        expect(r.ratio).toBeGreaterThanOrEqual(0);
      }
      expect(detectability(id, 0)).toEqual({ detectable: false, ratio: 0 });
      expect(detectability(id, NaN).error).toBeTruthy();
      expect(detectability(id, Infinity).detectable).toBe(false);
    }
    const bogus = detectability('x-ray-vision' as DetectorId, 1);
    expect(bogus.detectable).toBe(false);
    expect(bogus.ratio).toBe(0);
    expect(bogus.error).toMatch(/unknown detector/);
  });

  it('shows whether the verdict survives the uncertainty in the threshold', () => {
    // 60 nm is below the fingertip threshold even at its most sensitive end (10 um)
    expect(detectabilityBand('fingertip', NICKEL_TOUCH_DISPLACEMENT_M).robust).toBe(true);
    // 0.2 mm sits inside the caliper range 0.05-0.3 mm: the verdict depends on the assumption
    const band = detectabilityBand('radiograph-caliper', 0.2e-3);
    expect(band.robust).toBe(false);
    expect(band.best.ratio).toBeGreaterThan(band.nominal.ratio);
    expect(band.nominal.ratio).toBeGreaterThan(band.worst.ratio);
  });
});

describe('comparison sentences', () => {
  it('puts the 60 nm nickel-touch movement against a red blood cell, with rounded numbers', () => {
    const s = sentenceForLength(6e-8);
    expect(s).toMatch(/red blood cell/);
    // 7.5 um / 60 nm = 125, said with two significant figures
    expect(s).toContain('1/130');
    expect(s).toContain('60 nm');
    expect(s).not.toMatch(/NaN|Infinity|undefined/);
    expect(sentenceForLength(NICKEL_TOUCH_DISPLACEMENT_M)).toMatch(/red blood cell/);
  });

  it('lets the view name the bone', () => {
    expect(sentenceForLength(6e-8, 'This touch moves the parietal bone')).toMatch(
      /^This touch moves the parietal bone about 1\/130 of the width of a red blood cell/,
    );
  });

  it('never shows NaN, Infinity or exponent notation, whatever the input', () => {
    const inputs = [0, -0, 1e-30, 1e-12, 5e-9, 6e-8, -6e-8, 7.5e-6, 3e-4, 0.3e-3, 5e-3, 0.05, 1e3, 1e30, NaN, Infinity, -Infinity];
    for (const x of inputs) {
      const s = sentenceForLength(x);
      expect(s, String(x)).not.toMatch(/NaN|Infinity|undefined|\de[-+]?\d/);
      expect(s.endsWith('.')).toBe(true);
    }
    expect(sentenceForLength(0)).toMatch(/no movement/);
    expect(sentenceForLength(NaN)).toMatch(/not a valid number/);
    expect(sentenceForLength(1e30)).toMatch(/more than a million times/);
    expect(sentenceForLength(1e-30)).toMatch(/less than a millionth/);
  });

  it('picks the nearest larger familiar object', () => {
    // 0.30 mm (Downey at 500 g) is smaller than a credit card (0.76 mm) and larger than a hair
    expect(compareLength(0.3e-3).anchorId).toBe('credit-card');
    // within 30 % of a red cell it says "about the width of"
    expect(compareLength(8e-6).text).toBe('about the width of a red blood cell');
    // never anchors on an instrument threshold
    for (const x of [1e-9, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2]) {
      const id = compareLength(x).anchorId;
      expect(REFERENCE_LENGTHS.find((r) => r.id === id)?.kind).toBe('everyday');
    }
  });

  it('compares a pressure change with everyday ICP swings', () => {
    const s = sentenceForPressure(0.01);
    expect(s).toMatch(/ICP swing of one breath/);
    expect(s).not.toMatch(/NaN|Infinity|e-/);
    expect(sentenceForPressure(0)).toMatch(/0 mmHg/);
    expect(sentenceForPressure(NaN)).toMatch(/not a valid number/);
  });

  it('formats lengths with a unit and two significant figures', () => {
    expect(formatLengthM(6.04e-8)).toBe('60 nm');
    expect(formatLengthM(3e-4)).toBe('0.3 mm'); // the readouts' unit ladder (units.ts lengthUnitFor)
    expect(formatLengthM(0)).toBe('0 m');
    expect(roundSig(125, 2)).toBe(130);
  });

  it('computes the heartbeat push on a bone and refuses bad input', () => {
    // 2 mmHg over 0.01 m^2 = 2.67 N, about 54 times the 0.049 N touch
    expect(heartbeatPushN(0.01)).toBeCloseTo(2.666, 2);
    expect(heartbeatPushN(NaN)).toBe(0);
    expect(heartbeatPushN(-1)).toBe(0);
  });
});

describe('the claimed rhythm and its palpation', () => {
  it('shades the claimed CRI band at 6-12 per minute (0.1-0.2 Hz), labelled as a claim', () => {
    expect(CRI_BAND_PER_MIN).toEqual({ min: 6, max: 12 });
    expect(CRI_BAND_HZ.min).toBeCloseTo(0.1, 12);
    expect(CRI_BAND_HZ.max).toBeCloseTo(0.2, 12);
    const upledger = CRI_CLAIMS.find((c) => c.id === 'craniosacral-therapy');
    expect(upledger).toMatchObject({ minPerMin: 6, maxPerMin: 12, isClaim: true });
    expect(CRI_CLAIMS.find((c) => c.id === 'cranial-osteopathy')).toMatchObject({ minPerMin: 10, maxPerMin: 14 });
    for (const c of CRI_CLAIMS) expect(c.isClaim).toBe(true);
  });

  it('lists the interrater studies with the ICCs they reported', () => {
    const icc = (id: string) => RELIABILITY_STUDIES.find((s) => s.id === id)?.interrater;
    expect(icc('wirth-pattullo-1994')).toEqual({ kind: 'icc', min: -0.02, max: -0.02 });
    expect(icc('rogers-1998-head')).toEqual({ kind: 'icc', min: 0.08, max: 0.08 });
    expect(icc('rogers-1998-feet')).toEqual({ kind: 'icc', min: 0.19, max: 0.19 });
    expect(icc('moran-gibbons-2001')).toEqual({ kind: 'icc', min: -0.09, max: 0.31 });
    expect(icc('sommerfeld-2004')?.kind).toBe('not-beyond-chance');
    for (const s of RELIABILITY_STUDIES) {
      if (s.interrater.kind === 'icc') {
        // ICC is bounded by 1; every interrater value found is "poor" (< 0.4)
        expect(s.interrater.min).toBeLessThanOrEqual(s.interrater.max);
        expect(s.interrater.max).toBeLessThan(0.4);
        expect(s.interrater.min).toBeGreaterThanOrEqual(-1);
      }
      expect(s.subjects).toBeGreaterThan(0);
      expect(s.examiners).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('the palpated rate (Sergueef 2011)', () => {
  it('holds the reported figures, with their source, as a palpation report', () => {
    expect(SERGUEEF_2011).toMatchObject({
      sourceId: 'sergueef2011',
      meanPerMin: 6.88,
      sdPerMin: 4.45,
      subjects: 734,
      validSubjects: 727,
      isPalpationReport: true,
    });
    expect(isSourceId(SERGUEEF_2011.sourceId)).toBe(true);
    expect(SOURCES.sergueef2011.topic).toBe('claimed rhythm');
    expect(SERGUEEF_2011.byExperience).toEqual([
      { experience: '1 year', meanPerMin: 7.39 },
      { experience: '3-25 years', meanPerMin: 4.78 },
    ]);
  });
  it('sits where the abstract puts it: the mean inside the claimed 6-12/min band, the experienced examiners below it', () => {
    // the overall mean falls in the claimed band, but one SD spans from ~2.4 to ~11.3 per minute
    expect(SERGUEEF_2011.meanPerMin).toBeGreaterThanOrEqual(CRI_BAND_PER_MIN.min);
    expect(SERGUEEF_2011.meanPerMin).toBeLessThanOrEqual(CRI_BAND_PER_MIN.max);
    expect(SERGUEEF_2011.meanPerMin - SERGUEEF_2011.sdPerMin).toBeLessThan(CRI_BAND_PER_MIN.min / 2);
    // the rate reported falls with experience; the most experienced report it below the claimed band
    const [novice, expert] = SERGUEEF_2011.byExperience;
    expect(expert.meanPerMin).toBeLessThan(novice.meanPerMin);
    expect(expert.meanPerMin).toBeLessThan(CRI_BAND_PER_MIN.min);
    expect(SERGUEEF_2011.validSubjects).toBeLessThanOrEqual(SERGUEEF_2011.subjects);
  });
});

describe('Downey et al. 2006 record', () => {
  it('holds the reported protocol and statistics', () => {
    expect(DOWNEY_2006.animals).toBe(13);
    expect(DOWNEY_2006.mainSeries.map((s) => s.loadG)).toEqual([5, 10, 15, 20]);
    expect(DOWNEY_2006.rateMmPerMin).toBe(0.5);
    expect(DOWNEY_2006.results.sutureSeparation.F).toBe(0.045);
    expect(DOWNEY_2006.results.icp.F).toBe(0.279);
    expect(DOWNEY_2006.singleAnimal.map((s) => s.loadG)).toEqual([100, 500, 1000, 2000, 5000, 10000]);
  });

  it('reports the single-animal first movement and invents no other separations', () => {
    expect(DOWNEY_2006.firstMovement).toEqual({ loadG: 500, separationMm: 0.3 });
    const withNumbers = DOWNEY_2006.singleAnimal.filter((s) => s.reportedSeparationMm !== null);
    expect(withNumbers).toHaveLength(1);
    expect(withNumbers[0]).toMatchObject({ loadG: 500, reportedSeparationMm: 0.3 });
  });

  it('derives the implied linear coronal stiffness, ~16 N/mm (science.md table)', () => {
    // 500 g = 4.903 N over 0.30 mm
    expect(DOWNEY_2006.impliedStiffnessNPerM).toBeCloseTo(16344, 0);
  });
});
