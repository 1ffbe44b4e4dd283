// The Scale view's three sentences in the reader's language, built from the model's numbers
// (model/content compareLength / comparePressure pick the familiar anchor and the ratio; this
// file only words them). The English catalog reproduces the model's own English sentences.
import { DETECTORS, compareLength, comparePressure, roundSig, type Comparison } from '../../model/content';
import type { ScaleComparison } from '../../model/contrasts';
import { paToMmHg } from '../../model/units';
import { formatDecimal, t } from '../../i18n';
import { formatLength, formatNumber } from '../format';
import { refPhrase, theBone, yourContact } from './content-text';

/** within this factor of an anchor the model says "about the size of" (model/content SAME_SIZE_FACTOR) */
const SAME = 1.3;
const MILLION = 1e6;

/** A factor as people say it: whole numbers below 10, two significant figures above, in the locale's digits ("45,000", "45.000"). */
export function factorWords(f: number): string {
  return formatDecimal(f < 10 ? Math.round(f) : roundSig(f, 2), { maximumFractionDigits: 0 });
}

/** "about 1/130 of the width of a red blood cell": the model's comparison, worded for the locale. */
export function comparisonWords(c: Comparison): string {
  if (c.anchorId === undefined) return t('tabs.compare.invalid');
  const phrase = refPhrase({ id: c.anchorId });
  const r = c.ratio;
  if (r > SAME) {
    if (r >= MILLION) return t('tabs.compare.millionTimes', { phrase });
    if (r < 1.75) return t('tabs.compare.littleMore', { phrase });
    return t('tabs.compare.times', { phrase, factor: factorWords(r) });
  }
  if (r >= 1 / SAME) return t('tabs.compare.near', { phrase });
  const f = 1 / r;
  if (f >= MILLION) return t('tabs.compare.lessThanMillionth', { phrase });
  if (f < 1.75) return t('tabs.compare.littleLess', { phrase });
  if (f < 2.5) return t('tabs.compare.half', { phrase });
  return t('tabs.compare.fraction', { phrase, factor: factorWords(f) });
}

/** "This touch moves the right parietal bone about 1/7,900 of the width of a red blood cell (0.95 nm)." */
export function lengthSentence(c: ScaleComparison): string {
  const bone = theBone(c.watchedBone);
  const m = c.displacementM;
  if (!Number.isFinite(m)) return t('tabs.scale.sentence.invalid');
  if (m === 0) return t('tabs.scale.sentence.zero', { bone });
  return t('tabs.scale.sentence.length', { bone, comparison: comparisonWords(compareLength(m)), value: formatLength(Math.abs(m)) });
}

/** "It changes ICP by about 1/4,000 of the ICP swing of one breath (0.00025 mmHg)." */
export function pressureSentence(c: ScaleComparison): string {
  const pa = c.icpChangePa;
  if (!Number.isFinite(pa)) return t('tabs.scale.pressure.invalid');
  if (pa === 0) return t('tabs.scale.pressure.zero');
  return t('tabs.scale.pressure.sentence', { comparison: comparisonWords(comparePressure(pa)), value: `${formatNumber(Math.abs(paToMmHg(pa)), { sciBelow: 1e-3 })} mmHg` });
}

/** "Your fingertip sinks about 42 µm into the scalp, about 45,000 times further than the bone moves: enough for ..." */
export function scalpSentence(c: Pick<ScaleComparison, 'contactKind' | 'scalpCompressionM' | 'displacementM'>): string {
  if (c.contactKind === 'plate') return t('tabs.scale.scalp.plate');
  const s = Math.abs(c.scalpCompressionM);
  const b = Math.abs(c.displacementM);
  if (!Number.isFinite(s) || !Number.isFinite(b)) return t('tabs.scale.scalp.invalid');
  const who = yourContact(c.contactKind, true);
  if (s === 0) return t('tabs.scale.scalp.zero', { who });
  let vsBone = '';
  if (b > 0) {
    const q = s / b;
    if (q >= SAME) vsBone = q >= MILLION ? t('tabs.scale.scalp.vsBoneSci', { factor: formatNumber(q, { sciBelow: 1e-3 }) }) : t('tabs.scale.scalp.vsBoneTimes', { factor: factorWords(q) });
    else if (q > 1 / SAME) vsBone = t('tabs.scale.scalp.vsBoneSame');
    else vsBone = t('tabs.scale.scalp.vsBoneFraction', { factor: factorWords(1 / q) });
  }
  const tip = formatLength(DETECTORS.fingertip.thresholdSI);
  const felt = s >= DETECTORS.fingertip.thresholdSI ? t('tabs.scale.scalp.felt', { tip }) : t('tabs.scale.scalp.notFelt', { tip });
  return t('tabs.scale.scalp.sentence', { who, depth: formatLength(s), vsBone, felt });
}
