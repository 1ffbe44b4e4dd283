// Skull mechanics v2 against shell theory and the whole-head tests. Each number is a physical
// expectation with its reason; sources in doc/model.md ("Checks against measurements").
import { describe, expect, it } from 'vitest';
import {
  HEAD_SHAPES,
  INDENT_SITES,
  TECHNIQUES,
  cardiacPulseMmHg,
  indent,
  regionAt,
  skullCompliance,
  touchResponse,
  type SubjectId,
  type TechniqueId,
} from '../../src/model/index';
import { buildMechanics, NU, techniqueResponse } from '../../src/model/mechanics';
import { scalpStrain } from '../../src/model/scalp';
import { paramValues } from '../../src/model/subjects';
import { gramsToNewtons, PA_PER_MMHG } from '../../src/model/units';

const SUBJECTS: SubjectId[] = ['adult', 'child', 'infant', 'rabbit'];
const NICKEL_N = gramsToNewtons(5);
/** Yoganandan 1995, quasi-static, 12 cadaver heads with scalp: means (SD) */
const YOG = { failureN: 6400, deflectionMm: 12.0, deflectionSdMm: 1.6, stiffnessNPerMm: 812, rangeNPerMm: [467, 5867] };
/** 5 cm^2 flat impactor, as in the temporo-parietal whole-head tests (Yoganandan's anvil is not
 *  given in its abstract) */
const ANVIL_M = Math.sqrt(5e-4 / Math.PI);

describe('rigid bodies with rotation', () => {
  it.each(SUBJECTS)('%s: the compliance matrix is symmetric (Maxwell-Betti) and positive definite', (s) => {
    const m = buildMechanics(s);
    const n = 36;
    let worst = 0;
    let scale = 0;
    for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(m.compliance[i * n + i]));
    for (let i = 0; i < n; i++) {
      expect(m.compliance[i * n + i]).toBeGreaterThan(0);
      for (let j = 0; j < i; j++) worst = Math.max(worst, Math.abs(m.compliance[i * n + j] - m.compliance[j * n + i]));
    }
    expect(worst / scale).toBeLessThan(1e-9);
  });

  it('a force off a bone\'s centroid turns the bone: moments are balanced, not ignored', () => {
    // a vault hold pushes each bone at its edge, so rotations must appear in the response
    const m = buildMechanics('adult');
    const r = techniqueResponse(m, 'vault-hold');
    let rot = 0;
    for (let b = 0; b < 6; b++) for (let k = 3; k < 6; k++) rot = Math.max(rot, Math.abs(r.touchShape[6 * b + k]));
    expect(rot).toBeGreaterThan(0);
  });

  it('Downey\'s plates: the frontal squama, continuous with the skull base, does not slide; the gap is the construct and the parietal', () => {
    for (const g of [5, 20, 500]) {
      const r = touchResponse({ subject: 'rabbit', technique: 'downey-distraction', forceN: gramsToNewtons(g) });
      expect(Math.abs(r.boneDisplacementM)).toBeLessThan(0.05 * r.sutureGapChangeM);
    }
    // v1 let the whole frontal bone slide and add ~127 uL per mm of gap; the linear part now adds
    // about half that, and the construct's toe none
    const m = buildMechanics('rabbit');
    const t = techniqueResponse(m, 'downey-distraction');
    expect(Math.abs(t.volumePerNewton / t.gapPerNewton) * 1e9 / 1e3).toBeLessThan(127 * 0.7);
  });
});

describe('shells: bulge, dimple and the heartbeat', () => {
  it.each(SUBJECTS)('%s: the vault shells\' volume compliance is the bone-covered share of a pressurised sphere, 2 pi R^4 (1 - nu) / (E t)', (s) => {
    const m = buildMechanics(s);
    const p = paramValues(s);
    const R = m.anatomy.meanRadiusM;
    const sphere = (2 * Math.PI * R ** 4 * (1 - NU)) / (p.boneModulus * 1e9 * p.boneThickness * 1e-3);
    // the vault bones cover between half and all of the sphere of equal volume
    expect(m.shellComplianceM3PerPa / sphere).toBeGreaterThan(0.4);
    expect(m.shellComplianceM3PerPa / sphere).toBeLessThan(1);
  });

  it('adult shell compliance is ~4e-4 mL/mmHg, about the issue\'s pressurised-shell estimate, not v1\'s 5e-5', () => {
    const mlPerMmHg = buildMechanics('adult').shellComplianceM3PerPa * PA_PER_MMHG * 1e6;
    expect(mlPerMmHg).toBeGreaterThan(1.5e-4);
    expect(mlPerMmHg).toBeLessThan(4.2e-4);
  });

  it('child: the heartbeat bulges the parietal bone more than a nickel pushes it (shell theory: ~40 nm)', () => {
    const m = buildMechanics('child');
    const r = techniqueResponse(m, 'vault-hold');
    const pulsePa = cardiacPulseMmHg('child') * PA_PER_MMHG;
    const byPulse = Math.abs(pulsePa * r.watchedPerPascal);
    const byNickel = Math.abs(touchResponse({ subject: 'child', technique: 'vault-hold', forceN: NICKEL_N }).boneDisplacementM);
    expect(byPulse).toBeGreaterThan(10e-9);
    expect(byPulse).toBeLessThan(100e-9);
    expect(byPulse / byNickel).toBeGreaterThan(1);
  });

  it.each(SUBJECTS)('%s: the skull is a small part of the in vivo craniospinal compliance (so the PVI may hold it without double counting)', (s) => {
    const c = skullCompliance(s);
    expect(c.skullShare).toBeGreaterThan(0);
    expect(c.skullShare).toBeLessThan(0.1);
  });

  it('infant: the fontanelle membrane bulges under resting ICP, pulses visibly with the heartbeat and its compliance counts', () => {
    const c = skullCompliance('infant');
    const f = c.fontanelle!;
    // anterior fontanelle at 6 months is ~1.5-2 cm across (Popich & Smith 1972; Wu & Li 2012)
    expect(2 * f.radiusM).toBeGreaterThan(0.012);
    expect(2 * f.radiusM).toBeLessThan(0.025);
    // a fraction of a millimetre of bulge at 3-4 mmHg
    expect(f.restBulgeM).toBeGreaterThan(0.1e-3);
    expect(f.restBulgeM).toBeLessThan(2e-3);
    // its pulsation is tens of micrometres: what a hand on a baby's fontanelle feels is the pulse
    const pulse = cardiacPulseMmHg('infant') * PA_PER_MMHG * f.centrePerPa;
    expect(pulse).toBeGreaterThan(20e-6);
    expect(pulse).toBeLessThan(500e-6);
    // the membrane holds a large share of the infant skull's compliance: closing it would matter
    expect(c.fontanelleM3PerPa / c.skullM3PerPa).toBeGreaterThan(0.3);
    expect(skullCompliance('adult').fontanelle).toBeNull();
  });
});

describe('indent: the whole head against Yoganandan 1995', () => {
  it.each(SUBJECTS)('%s: every indentation site lies on the bone it names', (s) => {
    const want = { vertex: /parietal/, frontal: /frontal/, parietal: /parietal-right/, occipital: /occipital/ };
    for (const [site, u] of Object.entries(INDENT_SITES)) {
      const l = Math.hypot(...u);
      expect(regionAt(HEAD_SHAPES[s], [u[0] / l, u[1] / l, u[2] / l])).toMatch(want[site as keyof typeof want]);
    }
  });

  it('bone-only adult stiffness is honest and reported apart: stiffer than the whole head, near two Reissner dimples in series', () => {
    const p = paramValues('adult');
    const R = buildMechanics('adult').anatomy.meanRadiusM;
    const reissner = (p.boneModulus * 1e9 * (p.boneThickness * 1e-3) ** 2) / (0.413 * R); // N/m per dimple
    const k = 1 / indent({ subject: 'adult', site: 'vertex', forceN: 1 }).boneDisplacementM;
    expect(k).toBeGreaterThan(0.3 * reissner);
    expect(k).toBeLessThan(0.6 * reissner);
    expect(k / 1e3).toBeGreaterThan(YOG.stiffnessNPerMm);
  });

  it('with the scalp at load and support, the adult head deflects as Yoganandan measured at failure (12.0 +/- 1.6 mm at 6.4 kN)', () => {
    for (const site of ['vertex', 'frontal', 'parietal', 'occipital'] as const) {
      const at = (f: number) => indent({ subject: 'adult', site, forceN: f, contactRadiusM: ANVIL_M }).surfaceDisplacementM;
      const d = at(YOG.failureN) * 1e3;
      expect(d).toBeGreaterThan(YOG.deflectionMm - 2 * YOG.deflectionSdMm);
      expect(d).toBeLessThan(YOG.deflectionMm + 2 * YOG.deflectionSdMm);
      // the mid-load slope lies inside the measured range of all tests (it is ~3x the
      // quasi-static mean: a disagreement doc/model.md lists)
      const chord = (0.6 * YOG.failureN) / (at(0.8 * YOG.failureN) - at(0.2 * YOG.failureN)) / 1e3;
      expect(chord).toBeGreaterThan(YOG.rangeNPerMm[0]);
      expect(chord).toBeLessThan(YOG.rangeNPerMm[1]);
    }
  });

  it('a nickel on the adult vertex: the fingertip sinks tens to hundreds of micrometres into the scalp, the bone nanometres', () => {
    const r = indent({ subject: 'adult', site: 'vertex', forceN: NICKEL_N });
    // 0.049 N on a 5 mm pad is 624 Pa; soft tissue at 5-60 kPa over 3-7 mm
    expect(r.scalpCompressionM).toBeGreaterThan(10e-6);
    expect(r.scalpCompressionM).toBeLessThan(500e-6);
    expect(r.boneDisplacementM).toBeLessThan(20e-9);
    expect(r.scalpCompressionM / r.boneDisplacementM).toBeGreaterThan(1000);
    expect(r.surfaceDisplacementM).toBeCloseTo(2 * r.scalpCompressionM + r.boneDisplacementM, 15);
  });

  it('infant fontanelle: a nickel depresses the membrane by tens to hundreds of micrometres; other subjects have none', () => {
    const r = indent({ subject: 'infant', site: 'fontanelle', forceN: NICKEL_N });
    expect(r.boneDisplacementM).toBeGreaterThan(20e-6);
    expect(r.boneDisplacementM).toBeLessThan(1e-3);
    expect(() => indent({ subject: 'adult', site: 'fontanelle', forceN: 1 })).toThrow(/only the infant/);
    expect(() => indent({ subject: 'adult', site: 'nose' as never, forceN: 1 })).toThrow(/unknown site/);
    expect(() => indent({ subject: 'adult', site: 'vertex', forceN: 1, contactRadiusM: -1 })).toThrow(/contactRadiusM/);
    expect(() => indent({ subject: 'adult', site: 'vertex', forceN: NaN })).toThrow(/force/);
  });

  it('the scalp law: soft at a fingertip, stiff when squeezed, never squeezed through', () => {
    const p = paramValues('adult');
    const e0 = p.scalpModulus * 1e3;
    // tangent at small stress is the small-strain modulus (series with the stiff phase: < 1 % off)
    expect(10 / scalpStrain(10, p) / e0).toBeGreaterThan(0.98);
    let prev = 0;
    for (const s of [1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e9, 1e12]) {
      const e = scalpStrain(s, p);
      expect(e).toBeGreaterThan(prev);
      expect(e).toBeLessThan(1);
      prev = e;
    }
  });
});

describe('five grams stays a nickel', () => {
  const techniques = Object.keys(TECHNIQUES) as TechniqueId[];
  it.each(SUBJECTS)("%s: for every technique the fingertip sinks into the scalp at least ten times further than the bone moves", (s) => {
    for (const t of techniques) {
      const r = touchResponse({ subject: s, technique: t, forceN: NICKEL_N });
      if (TECHNIQUES[t].contacts.every((c) => c.kind === 'plate')) {
        expect(r.scalpCompressionM).toBe(0);
        continue;
      }
      expect(r.scalpCompressionM).toBeGreaterThan(10 * Math.abs(r.boneDisplacementM));
    }
  });
});
