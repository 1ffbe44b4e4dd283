// `npm run model:figures`: prints the model's figures that doc/model.md ("Checks against
// measurements") and the resolve notes quote, each beside the measurement it is checked against,
// so every number there can be rerun. Pure model calls; no browser.
import {
  cardiacPulseMmHg,
  indent,
  infusionTest,
  skullCompliance,
  SUBJECT_IDS,
  sutureFailureForceN,
  TECHNIQUE_IDS,
  touchResponse,
  units,
} from '../src/model/index';
import { downeyStudy } from '../src/model/contrasts';
import { buildMechanics, techniqueResponse } from '../src/model/mechanics';

const g = units.gramsToNewtons;
const NICKEL_N = g(5);
const fmt = (v: number, sig = 3): string => (Math.abs(v) >= 1e-3 && Math.abs(v) < 1e5 ? Number(v.toPrecision(sig)).toString() : v.toExponential(sig - 1));
const mLPerMmHg = (m3PerPa: number): string => fmt(m3PerPa * units.PA_PER_MMHG * 1e6);
const line = (...cells: (string | number)[]): void => console.log(cells.map((c) => (typeof c === 'number' ? fmt(c) : c)).join(' | '));

console.log('# Skull against Yoganandan 1995 (adult, 5 cm^2 flat contact at load and support)');
const anvil = Math.sqrt(5e-4 / Math.PI);
for (const site of ['vertex', 'frontal', 'parietal', 'occipital'] as const) {
  const at = (f: number) => indent({ subject: 'adult', site, forceN: f, contactRadiusM: anvil });
  const d = at(6400);
  const chord = (0.6 * 6400) / (at(5120).surfaceDisplacementM - at(1280).surfaceDisplacementM) / 1e3;
  const boneOnly = 1 / indent({ subject: 'adult', site, forceN: 1 }).boneDisplacementM / 1e3;
  line(site, `bone-only ${fmt(boneOnly)} N/mm`, `whole head chord 20-80 % ${fmt(chord)} N/mm (812 +/- 139)`, `deflection at 6.4 kN ${fmt(d.surfaceDisplacementM * 1e3)} mm (12.0 +/- 1.6)`, `secant ${fmt(6400 / d.surfaceDisplacementM / 1e3)} N/mm (6.4 kN / 12.0 mm = 533)`);
}

console.log('\n# A nickel (5 g) under a fingertip: bone against scalp');
for (const s of SUBJECT_IDS) {
  const v = indent({ subject: s, site: 'vertex', forceN: NICKEL_N });
  const r = touchResponse({ subject: s, technique: 'vault-hold', forceN: NICKEL_N });
  line(s, `vertex indent: bone ${fmt(v.boneDisplacementM * 1e9)} nm, scalp ${fmt(v.scalpCompressionM * 1e6)} um`, `vault hold: bone ${fmt(r.boneDisplacementM * 1e9)} nm, scalp ${fmt(r.scalpCompressionM * 1e6)} um, ICP ${fmt(r.icpChangeMmHg)} mmHg`);
}
const f = indent({ subject: 'infant', site: 'fontanelle', forceN: NICKEL_N });
line('infant fontanelle', `membrane ${fmt(f.boneDisplacementM * 1e6)} um, scalp ${fmt(f.scalpCompressionM * 1e6)} um`);

console.log('\n# Skull compliance (mL/mmHg) and its share of the in vivo craniospinal compliance');
for (const s of SUBJECT_IDS) {
  const c = skullCompliance(s);
  line(s, `rigid ${mLPerMmHg(c.rigidM3PerPa)}`, `shells ${mLPerMmHg(c.shellM3PerPa)}`, `fontanelle ${mLPerMmHg(c.fontanelleM3PerPa)}`, `share ${fmt(c.skullShare * 100)} %`);
}
const fi = skullCompliance('infant').fontanelle!;
line('infant fontanelle', `diameter ${fmt(2 * fi.radiusM * 1e3)} mm`, `rest bulge ${fmt(fi.restBulgeM * 1e3)} mm`, `tension ${fmt(fi.tensionNPerM)} N/m`, `pulse ${fmt(cardiacPulseMmHg('infant') * units.PA_PER_MMHG * fi.centrePerPa * 1e6)} um`);

console.log('\n# Heartbeat against a nickel on the watched bone (vault hold)');
for (const s of SUBJECT_IDS) {
  const r = techniqueResponse(buildMechanics(s), 'vault-hold');
  const byPulse = Math.abs(cardiacPulseMmHg(s) * units.PA_PER_MMHG * r.watchedPerPascal);
  const byNickel = Math.abs(touchResponse({ subject: s, technique: 'vault-hold', forceN: NICKEL_N }).boneDisplacementM);
  line(s, `pulse ${fmt(cardiacPulseMmHg(s))} mmHg moves it ${fmt(byPulse * 1e9)} nm`, `nickel ${fmt(byNickel * 1e9)} nm`, `ratio ${fmt(byPulse / byNickel)}`);
}

console.log('\n# Pulse produced by the PV curve (adult)');
for (const rOut of [8.6, 13, 17]) line(`R_out ${rOut}`, `mean ${fmt(7 + 0.35 * rOut)} mmHg`, `pulse ${fmt(cardiacPulseMmHg('adult', { outflowResistance: rOut }))} mmHg`);

console.log('\n# Infusion test (Katzman & Hussey 1970)');
for (const [s, rate] of [['adult', 1.5], ['rabbit', 0.01]] as const) {
  const r = infusionTest({ subject: s, rateMLPerMin: rate, durationS: 2400 });
  line(s, `${rate} mL/min, 40 min`, `baseline ${fmt(r.baselineMmHg)}`, `plateau ${fmt(r.plateauMmHg)} mmHg`, `R_out ${fmt(r.outflowResistance)} mmHg/(mL/min)`);
}

console.log('\n# Rabbit, Downey plates (single animal, true values)');
for (const load of [5, 10, 15, 20, 100, 500, 1000, 2000, 5000, 10000]) {
  const r = touchResponse({ subject: 'rabbit', technique: 'downey-distraction', forceN: g(load) });
  line(`${load} g`, `gap ${fmt(r.sutureGapChangeM * 1e3)} mm`, `ICP ${fmt(r.icpChangeMmHg)} mmHg`);
}
line('construct fails at', `${fmt(sutureFailureForceN())} N (${fmt(units.newtonsToGrams(sutureFailureForceN()) / 1000)} kg)`);
const m = buildMechanics('rabbit');
const t = techniqueResponse(m, 'downey-distraction');
line('volume per mm of suture (linear) gap', `${fmt(Math.abs(t.volumePerNewton / t.gapPerNewton) * 1e6)} uL/mm`);

console.log('\n# Downey 2006 as a study (seed 1)');
const study = downeyStudy({ seed: 1 });
line('gap', `F ${fmt(study.anova.gap.F)}`, `p ${fmt(study.anova.gap.p)}`, `published F ${study.published.gap.F}`);
line('ICP', `F ${fmt(study.anova.icp.F)}`, `p ${fmt(study.anova.icp.p)}`, `published F ${study.published.icp.F}`);
line('single animal', `first movement ${study.singleAnimal.firstMovementG ?? 'none'} g`, `failure ${study.singleAnimal.failureG ?? 'none up to 10 kg'}`);

console.log('\n# Techniques at 5 g (bone nm | gap nm | ICP mmHg | scalp um)');
for (const s of SUBJECT_IDS) {
  for (const tq of TECHNIQUE_IDS) {
    const r = touchResponse({ subject: s, technique: tq, forceN: NICKEL_N });
    line(s, tq, fmt(r.boneDisplacementM * 1e9), fmt(r.sutureGapChangeM * 1e9), fmt(r.icpChangeMmHg), fmt(r.scalpCompressionM * 1e6));
  }
}
