// `npx tsx scripts/contrast-figures.ts`: re-measures, with the model as it is now, every figure
// that doc/contrasts.md, doc/teacher-tips.md and README.md quote (nominal parameters, seed 1), and
// prints them as Markdown. The docs say which table came from here; when the model changes, run
// this and paste. Nothing is written.
import { downeyStudy } from '../src/model/contrasts';
import { indent, touchResponse, SUBJECT_IDS, TECHNIQUES, TECHNIQUE_IDS, type SubjectId, type TechniqueId } from '../src/model/index';
import { forceFinder, icpSpectrum, rhythmPeaks, type FinderTarget } from '../src/model/contrasts/index';
import { gramsToNewtons, newtonsToGrams } from '../src/model/units';

const NICKEL_N = gramsToNewtons(5);

/** 2 significant figures, digits grouped: "1,000", "0.023", "45,000" */
const sig2 = (x: number): string => {
  if (x === 0) return '0';
  const r = Number(x.toPrecision(2));
  return Math.abs(r) >= 1000 ? r.toLocaleString('en-US') : String(r);
};
const len = (m: number): string => {
  const a = Math.abs(m);
  if (a >= 1e-3) return `${sig2(m * 1e3)} mm`;
  if (a >= 1e-6) return `${sig2(m * 1e6)} µm`;
  if (a >= 1e-9) return `${sig2(m * 1e9)} nm`;
  return `${sig2(m * 1e12)} pm`;
};
const force = (t: FinderTarget): string => {
  if (t.notApplicable) return 'not applicable (plates on bone)';
  if (t.forceN === null) return 'not reachable < 1e6 N';
  const g = newtonsToGrams(t.forceN);
  return `${sig2(t.forceN)} N (${g >= 1000 ? `${sig2(g / 1000)} kg` : `${sig2(g)} g`})`;
};

console.log('## Bone and scalp at 5 g (touchResponse)\n');
console.log('| subject | technique | bone moves | fingertip sinks into the scalp | scalp / bone | ICP change |');
console.log('|---|---|---|---|---|---|');
const rows: Array<[SubjectId, TechniqueId]> = [
  ...SUBJECT_IDS.map((s) => [s, 'vault-hold'] as [SubjectId, TechniqueId]),
  ['adult', 'fronto-occipital-hold'],
  ['adult', 'cv4'],
  ['rabbit', 'downey-distraction'],
];
for (const [subject, technique] of rows) {
  const r = touchResponse({ subject, technique, forceN: NICKEL_N });
  const ratio = r.scalpCompressionM > 0 ? `${sig2(r.scalpCompressionM / Math.abs(r.boneDisplacementM))}x` : '-';
  const scalp = r.scalpCompressionM > 0 ? len(r.scalpCompressionM) : 'none (plates on bone)';
  console.log(`| ${subject} | ${TECHNIQUES[technique].label} | ${len(r.boneDisplacementM)} | ${scalp} | ${ratio} | ${r.icpChangeMmHg.toExponential(1)} mmHg |`);
}

{
  // the slider's end (doc/teacher-tips.md, activity 2)
  const r = touchResponse({ subject: 'adult', technique: 'vault-hold', forceN: gramsToNewtons(10000) });
  console.log(`\nAdult vault hold at 10 kg (the slider's end): bone ${len(r.boneDisplacementM)}, scalp ${len(r.scalpCompressionM)}.`);
}

console.log('\n## Force finder (forceFinder)\n');
console.log('| subject | technique | fingertip feels the scalp give (20 µm) | fingertip feels bone (20 µm) | ICP changes 1 mmHg | radiograph sees gap (0.1 mm) |');
console.log('|---|---|---|---|---|---|');
const finderRows: Array<[SubjectId, TechniqueId]> = [
  ...TECHNIQUE_IDS.filter((t) => t !== 'downey-distraction').map((t) => ['adult', t] as [SubjectId, TechniqueId]),
  ['child', 'vault-hold'],
  ['infant', 'vault-hold'],
  ['rabbit', 'vault-hold'],
  ['rabbit', 'downey-distraction'],
];
for (const [subject, technique] of finderRows) {
  const f = forceFinder({ subject, technique });
  const by = (id: FinderTarget['id']) => force(f.targets.find((t) => t.id === id)!);
  console.log(`| ${subject} | ${TECHNIQUES[technique].label} | ${by('fingertip-scalp')} | ${by('fingertip-bone')} | ${by('icp-1-mmhg')} | ${by('caliper-gap')} |`);
}

console.log('\n## Rhythm peaks (icpSpectrum, 600 s, seed 1)\n');
for (const subject of ['adult', 'rabbit'] as const) {
  const p = rhythmPeaks(icpSpectrum({ subject, durationS: 600, seed: 1 }));
  const hz = (x: { freqHz: number } | null) => (x ? `${x.freqHz.toPrecision(3)} Hz` : 'not found');
  console.log(`- ${subject}: heartbeat ${hz(p.heartbeat)}, breathing ${hz(p.breathing)}, Mayer ${hz(p.mayer)}`);
}

console.log('\n## Downey study (downeyStudy, seed 1)\n');
const d = downeyStudy({ seed: 1 });
const one = d.singleAnimal;
const at = (g: number) => one.loadsG.indexOf(g);
const span = (xs: number[]) => `${sig2(Math.min(...xs))} to ${sig2(Math.max(...xs))}`;
const main = [5, 10, 15, 20].map((g) => touchResponse({ subject: 'rabbit', technique: 'downey-distraction', forceN: gramsToNewtons(g) }));
console.log(`- first load whose true gap reaches 0.1 mm: ${one.firstMovementG ?? 'none'} g; failure: ${one.failureG ?? 'none up to 10 kg'}`);
console.log(`- 5-20 g (default animal): gap ${span(main.map((r) => r.sutureGapChangeM * 1e6))} µm, true ICP change ${span(main.map((r) => r.icpChangeMmHg))} mmHg`);
for (const g of [500, 10000]) console.log(`- ${g} g: gap ${sig2(one.trueGapMM[at(g)])} mm, true ICP change ${sig2(one.trueIcpMmHg[at(g)] - one.trueIcpMmHg[0])} mmHg`);
console.log(`- ANOVA: gap F ${sig2(d.anova.gap.F)} (p ${sig2(d.anova.gap.p)}), ICP F ${sig2(d.anova.icp.F)} (p ${sig2(d.anova.icp.p)}); paper F ${d.published.gap.F} and ${d.published.icp.F}`);

console.log('\n## Adult whole-head stiffness, vertex, 5 mm contacts (indent)\n');
for (const f of [100, 1000]) {
  const r = indent({ subject: 'adult', site: 'vertex', forceN: f });
  console.log(`- ${f} N: bone only ${sig2(f / r.boneDisplacementM / 1e3)} N/mm, through the scalp at both contacts ${sig2(f / r.surfaceDisplacementM / 1e3)} N/mm`);
}
