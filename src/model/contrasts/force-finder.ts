// The Force finder: how hard would a hand (or Downey's load cell) have to push, with this subject
// and technique, before something could notice? The first target is what a practitioner's
// fingertip does notice: the scalp giving under it (a few grams suffice), not the bone. Found with the model itself (touchResponse), not
// with a linear shortcut, so any nonlinearity in the CSF pressure-volume curve is respected:
// a log-spaced scan finds the first force whose effect reaches the target, then bisection in
// log(force) narrows it. Forces from 1e-6 N to 1e6 N (about 100 t-force) are searched; beyond
// that the answer is "not reachable", said honestly rather than extrapolated.

import { touchResponse, watchedContact, type TouchResponse } from '../index';
import { DETECTORS } from '../content/detectors';
import { REFERENCE_FORCES } from '../content/reference-forces';
import type { SourceId } from '../content/sources';
import type { ParamValues } from '../subjects';
import { TECHNIQUES } from '../techniques';
import type { SubjectId, TechniqueId } from '../types';
import { mmHgToPa, newtonsToGrams } from '../units';

export const FINDER_MIN_N = 1e-6;
export const FINDER_MAX_N = 1e6;
/** scan points per decade of force before bisecting (fine enough that a non-monotonic response
 *  cannot hide a crossing between two points in any realistic model) */
const SCAN_PER_DECADE = 8;
const BISECT_STEPS = 60;

export type ForceSearch =
  | { status: 'found'; forceN: number }
  | { status: 'below-range'; forceN: number }
  | { status: 'unreachable'; maxN: number };

/**
 * Smallest force in [minN, maxN] at which |effect(F)| reaches `target` (> 0). Evaluations that
 * throw or return non-finite values count as "not reached".
 */
export function findForce(effect: (forceN: number) => number, target: number, minN = FINDER_MIN_N, maxN = FINDER_MAX_N): ForceSearch {
  if (!(target > 0) || !Number.isFinite(target)) throw new Error(`target must be a positive finite number, got ${target}`);
  const reaches = (f: number): boolean => {
    try {
      const v = Math.abs(effect(f));
      return Number.isFinite(v) && v >= target;
    } catch {
      return false;
    }
  };
  if (reaches(minN)) return { status: 'below-range', forceN: minN };
  const lo0 = Math.log10(minN);
  const steps = Math.ceil((Math.log10(maxN) - lo0) * SCAN_PER_DECADE);
  let prev = lo0;
  for (let i = 1; i <= steps; i++) {
    const x = lo0 + i / SCAN_PER_DECADE;
    if (reaches(10 ** x)) {
      let lo = prev;
      let hi = x;
      for (let k = 0; k < BISECT_STEPS; k++) {
        const mid = (lo + hi) / 2;
        if (reaches(10 ** mid)) hi = mid;
        else lo = mid;
      }
      return { status: 'found', forceN: 10 ** hi };
    }
    prev = x;
  }
  return { status: 'unreachable', maxN };
}

export type FinderTargetId = 'fingertip-scalp' | 'fingertip-bone' | 'icp-1-mmhg' | 'caliper-gap';

export interface FinderTarget {
  id: FinderTargetId;
  /** what must happen, in words */
  label: string;
  quantity: 'scalp compression' | 'bone displacement' | 'ICP change' | 'suture gap change';
  /** threshold in SI (m or Pa) and as people read it */
  thresholdSI: number;
  thresholdDisplay: { value: number; unit: string };
  sourceIds: readonly SourceId[];
  /** true when the threshold is our stated assumption rather than a measured number */
  assumption: boolean;
  search: ForceSearch;
  /** force found, N and grams-force; null when not reachable */
  forceN: number | null;
  forceG: number | null;
  /** force / 5 g touch and force / adult fracture load; null when not reachable */
  timesNickel: number | null;
  timesFracture: number | null;
  /** the model's response at the force found (null when not reachable) */
  response: TouchResponse | null;
  /** why this target does not apply to the technique (then the search is 'unreachable'), else null */
  notApplicable: string | null;
}

export interface ForceFinderResult {
  subject: SubjectId;
  technique: TechniqueId;
  targets: FinderTarget[];
  nickelN: number;
  fractureN: number;
  fractureRangeN: { min: number; max: number };
  fractureSourceIds: readonly SourceId[];
}

const NICKEL = REFERENCE_FORCES.find((r) => r.id === 'nickel-touch')!;
const FRACTURE = REFERENCE_FORCES.find((r) => r.id === 'skull-fracture')!;
const ICP_TARGET_MMHG = 1;

type TargetSpec = Omit<FinderTarget, 'search' | 'forceN' | 'forceG' | 'timesNickel' | 'timesFracture' | 'response'> & { effect: (f: number) => number };

/** The finder's targets for a subject and technique, each with the model effect it searches on. */
function targetSpecs(subject: SubjectId, technique: TechniqueId, params?: Partial<ParamValues>): TargetSpec[] {
  // validates subject and technique with a clear message
  touchResponse({ subject, technique, forceN: 0, params });
  const at = (forceN: number): TouchResponse => touchResponse({ subject, technique, forceN, params });
  const fingertip = DETECTORS.fingertip;
  const caliper = DETECTORS['radiograph-caliper'];
  const icpPa = mmHgToPa(ICP_TARGET_MMHG);
  const plates = watchedContact(TECHNIQUES[technique]).kind === 'plate';
  // a detector's threshold, how it is shown and its sources, in one place for each target
  const threshold = (d: { thresholdSI: number; display: { value: number; unit: string }; sourceIds: readonly SourceId[] }) => ({
    thresholdSI: d.thresholdSI,
    thresholdDisplay: { value: d.display.value, unit: d.display.unit },
    sourceIds: d.sourceIds,
  });
  const icpTarget = { thresholdSI: icpPa, display: { value: ICP_TARGET_MMHG, unit: 'mmHg' }, sourceIds: DETECTORS['icp-transducer'].sourceIds };
  return [
    {
      id: 'fingertip-scalp',
      label: 'fingertip feels the scalp give',
      quantity: 'scalp compression',
      ...threshold(fingertip),
      assumption: false,
      // a plate screwed to bone has no scalp in its load path: the effect is 0 at every force
      notApplicable: plates ? "not applicable: Downey's plates are screwed to bone, so no scalp lies under them to give" : null,
      effect: (f) => at(f).scalpCompressionM,
    },
    { id: 'fingertip-bone', label: 'move the bone enough for a fingertip to feel', quantity: 'bone displacement', ...threshold(fingertip), assumption: false, notApplicable: null, effect: (f) => at(f).boneDisplacementM },
    { id: 'icp-1-mmhg', label: 'change ICP by 1 mmHg', quantity: 'ICP change', ...threshold(icpTarget), assumption: true, notApplicable: null, effect: (f) => mmHgToPa(at(f).icpChangeMmHg) },
    {
      id: 'caliper-gap',
      label: 'open or close the suture enough for a radiograph + caliper to see',
      quantity: 'suture gap change',
      ...threshold(caliper),
      assumption: true,
      notApplicable: null,
      effect: (f) => at(f).sutureGapChangeM,
    },
  ];
}

/** Search one target: the force needed and the response there. */
function solveTarget({ effect, ...spec }: TargetSpec, at: (forceN: number) => TouchResponse): FinderTarget {
  const search: ForceSearch = spec.notApplicable ? { status: 'unreachable', maxN: FINDER_MAX_N } : findForce(effect, spec.thresholdSI);
  const forceN = search.status === 'unreachable' ? null : search.forceN;
  return {
    ...spec,
    search,
    forceN,
    forceG: forceN === null ? null : newtonsToGrams(forceN),
    timesNickel: forceN === null ? null : forceN / NICKEL.valueSI,
    timesFracture: forceN === null ? null : forceN / FRACTURE.valueSI,
    response: forceN === null ? null : at(forceN),
  };
}

/**
 * One of the finder's targets alone (the sim tab's "force needed" line asks only for the
 * fingertip-bone target): the same search as forceFinder, a quarter of its work.
 */
export function forceToReach({ subject, technique, target, params }: { subject: SubjectId; technique: TechniqueId; target: FinderTargetId; params?: Partial<ParamValues> }): FinderTarget {
  const spec = targetSpecs(subject, technique, params).find((t) => t.id === target);
  if (!spec) throw new Error(`unknown force-finder target "${target}"`);
  return solveTarget(spec, (forceN) => touchResponse({ subject, technique, forceN, params }));
}

export function forceFinder({ subject, technique, params }: { subject: SubjectId; technique: TechniqueId; params?: Partial<ParamValues> }): ForceFinderResult {
  const at = (forceN: number): TouchResponse => touchResponse({ subject, technique, forceN, params });
  const targets = targetSpecs(subject, technique, params).map((spec) => solveTarget(spec, at));
  return {
    subject,
    technique,
    targets,
    nickelN: NICKEL.valueSI,
    fractureN: FRACTURE.valueSI,
    fractureRangeN: { ...FRACTURE.rangeSI },
    fractureSourceIds: FRACTURE.sourceIds,
  };
}
