// The four subjects and every parameter the model uses, each with its value, plausible range,
// display unit and source. Sources refer to ../shared/science.md (section 2) and
// src/model/content/sources.ts. Where no measurement exists the entry says so
// ("inferred" or "model assumption") and the app labels it that way.

import type { Param, SubjectId } from './types';

export interface SubjectParams {
  /** CSF formation rate I_f, mL/min */
  formation: Param;
  /** CSF outflow resistance R_out, mmHg/(mL/min) */
  outflowResistance: Param;
  /** venous (sagittal) sinus pressure P_d, mmHg */
  sinusPressure: Param;
  /** published resting ICP for comparison with P_d + I_f R_out, mmHg */
  restingIcp: Param;
  /** pressure-volume index (volume for a tenfold pressure rise), mL */
  pvi: Param;
  /** CSF volume, mL (shown, not used by the dynamics) */
  csfVolume: Param;
  heartRate: Param;
  breathingRate: Param;
  /** Traube-Hering-Mayer wave frequency, Hz */
  mayerFrequency: Param;
  /** slow (Lundberg B) wave rate, per min */
  slowWaveRate: Param;
  /** peak-to-peak ICP swings at rest from each rhythm, mmHg */
  cardiacPulse: Param;
  respiratoryWave: Param;
  mayerWave: Param;
  slowWave: Param;
  /** calvarial bone elastic modulus, GPa */
  boneModulus: Param;
  /** vault thickness, mm */
  boneThickness: Param;
  /** suture elastic modulus, GPa */
  sutureModulus: Param;
  /** suture width (gap between bone edges), mm */
  sutureWidth: Param;
  /** fraction of suture length bridged by bone (0 open, 1 fused) */
  sutureOssification: Param;
}

export interface Subject {
  id: SubjectId;
  label: string;
  description: string;
  params: SubjectParams;
}

const p = (
  value: number,
  min: number,
  max: number,
  unit: string,
  confidence: Param['confidence'],
  source: string,
): Param => ({ value, min, max, unit, confidence, source });

// Shared human rhythm sources
const MAYER_HUMAN = p(0.1, 0.08, 0.12, 'Hz', 'secondary', 'Julien 2006 Cardiovasc Res 70:12');
const SLOW_HUMAN = p(1, 0.5, 2, '/min', 'recalled', 'Lundberg 1960 (B waves 0.5-2/min)');
const RESP_WAVE = p(1, 0.5, 2, 'mmHg', 'inferred', 'model assumption: smaller than the cardiac pulse');
const MAYER_WAVE = p(0.5, 0.2, 1, 'mmHg', 'inferred', 'model assumption');
const SLOW_WAVE = p(0.5, 0, 1, 'mmHg', 'inferred', 'model assumption: B waves are small in healthy people');

export const SUBJECTS: Readonly<Record<SubjectId, Subject>> = {
  adult: {
    id: 'adult',
    label: 'Adult',
    description: 'Healthy adult, lying supine.',
    params: {
      formation: p(0.35, 0.3, 0.37, 'mL/min', 'read', 'Artru 1999 table; Rubin 1966; Ekstedt 1978'),
      outflowResistance: p(8.6, 5, 17, 'mmHg/(mL/min)', 'read', 'Malm 2011 Neurology 76:903 (median 8.6); Czosnyka & Pickard 2004'),
      sinusPressure: p(7, 6, 8, 'mmHg', 'recalled', 'textbook sagittal sinus pressure 6-8 mmHg'),
      restingIcp: p(10, 0.9, 16.3, 'mmHg', 'read', 'Norager 2021 Fluids Barriers CNS 18:19 (reference interval)'),
      pvi: p(25, 20, 30, 'mL', 'recalled', 'Marmarou 1978 J Neurosurg 48:332; Ursino & Lodi 1997'),
      csfVolume: p(150, 125, 170, 'mL', 'read', 'Sakka 2011 Eur Ann ORL'),
      heartRate: p(70, 60, 80, 'bpm', 'recalled', 'textbook'),
      breathingRate: p(14, 12, 16, '/min', 'recalled', 'textbook'),
      mayerFrequency: MAYER_HUMAN,
      slowWaveRate: SLOW_HUMAN,
      cardiacPulse: p(2, 1, 4, 'mmHg', 'recalled', 'Czosnyka & Pickard 2004 JNNP 75:813 (1-4 mmHg)'),
      respiratoryWave: RESP_WAVE,
      mayerWave: MAYER_WAVE,
      slowWave: SLOW_WAVE,
      boneModulus: p(12, 11, 15, 'GPa', 'read', 'J Biomech Eng 2023 145:051009 (bending, adult calvarium)'),
      boneThickness: p(6, 5, 7, 'mm', 'read', 'Zwirner 2021 Sci Rep; Lynnerup 2005'),
      sutureModulus: p(0.3, 0.1, 1, 'GPa', 'read', 'finite-element models use 0.1-1 GPa (Margulies & Thibault 2000; Davis 2012)'),
      sutureWidth: p(1, 0.5, 2, 'mm', 'model assumption', 'model assumption: interdigitated adult sutures'),
      sutureOssification: p(0.05, 0, 0.3, 'fraction', 'model assumption', 'closure begins in the 20s-30s, often incomplete (science.md)'),
    },
  },
  child: {
    id: 'child',
    label: 'Child (6 years)',
    description: 'A six-year-old: sutures open but stiff, thinner vault.',
    params: {
      formation: p(0.3, 0.2, 0.35, 'mL/min', 'inferred', 'model assumption: near adult rates after infancy'),
      outflowResistance: p(8, 5, 13, 'mmHg/(mL/min)', 'inferred', 'model assumption: adult-like'),
      sinusPressure: p(5, 4, 7, 'mmHg', 'inferred', 'model assumption'),
      restingIcp: p(7.4, 3, 10, 'mmHg', 'inferred', 'model assumption: between infant 3-4 and adult 10 mmHg'),
      pvi: p(20, 15, 25, 'mL', 'recalled', 'Shapiro 1980 Ann Neurol (PVI grows with neural axis volume)'),
      csfVolume: p(100, 90, 120, 'mL', 'inferred', 'model assumption'),
      heartRate: p(95, 80, 110, 'bpm', 'recalled', 'textbook'),
      breathingRate: p(20, 18, 25, '/min', 'recalled', 'textbook'),
      mayerFrequency: MAYER_HUMAN,
      slowWaveRate: SLOW_HUMAN,
      cardiacPulse: p(2, 1, 4, 'mmHg', 'inferred', 'model assumption: as adult'),
      respiratoryWave: RESP_WAVE,
      mayerWave: MAYER_WAVE,
      slowWave: SLOW_WAVE,
      boneModulus: p(3.7, 3.7, 9.9, 'GPa', 'read', 'Davis 2012 J Biomech 45:2493 (tri-layer 3.7, cortical 9.9 GPa)'),
      boneThickness: p(3.5, 2.5, 5, 'mm', 'inferred', 'model assumption'),
      sutureModulus: p(1.1, 0.57, 1.63, 'GPa', 'read', 'Davis 2012 J Biomech 45:2493 (1.10 +/- 0.53 GPa)'),
      sutureWidth: p(1, 0.5, 2, 'mm', 'model assumption', 'model assumption'),
      sutureOssification: p(0, 0, 0.05, 'fraction', 'model assumption', 'sutures open in childhood (science.md)'),
    },
  },
  infant: {
    id: 'infant',
    label: 'Infant (6 months)',
    description: 'A six-month-old: membranous sutures and an open anterior fontanelle.',
    params: {
      formation: p(0.15, 0.1, 0.25, 'mL/min', 'inferred', 'model assumption'),
      outflowResistance: p(10, 5, 15, 'mmHg/(mL/min)', 'inferred', 'model assumption'),
      sinusPressure: p(2, 1, 3, 'mmHg', 'inferred', 'model assumption'),
      restingIcp: p(3.5, 3, 4, 'mmHg', 'read', 'Sakka 2011 Eur Ann ORL (infants 3-4 mmHg)'),
      pvi: p(10, 5, 15, 'mL', 'recalled', 'Shapiro 1980 Ann Neurol'),
      csfVolume: p(50, 40, 60, 'mL', 'recalled', 'Sakka 2011'),
      heartRate: p(125, 110, 140, 'bpm', 'recalled', 'textbook'),
      breathingRate: p(35, 30, 40, '/min', 'recalled', 'textbook'),
      mayerFrequency: MAYER_HUMAN,
      slowWaveRate: SLOW_HUMAN,
      cardiacPulse: p(1.5, 0.5, 3, 'mmHg', 'inferred', 'model assumption'),
      respiratoryWave: RESP_WAVE,
      mayerWave: MAYER_WAVE,
      slowWave: SLOW_WAVE,
      boneModulus: p(1.5, 0.5, 4, 'GPa', 'recalled', 'Coats & Margulies 2006; McPherson & Kriewall 1980'),
      boneThickness: p(1.5, 1, 2.5, 'mm', 'recalled', 'model assumption within infant vault thickness'),
      sutureModulus: p(0.008, 0.002, 0.02, 'GPa', 'recalled', 'Coats & Margulies 2006 (about 8 MPa)'),
      sutureWidth: p(2, 1, 5, 'mm', 'model assumption', 'model assumption: membranous sutures'),
      sutureOssification: p(0, 0, 0, 'fraction', 'model assumption', 'open at 6 months (science.md)'),
    },
  },
  rabbit: {
    id: 'rabbit',
    label: 'Rabbit (adult NZW)',
    description: 'Anaesthetised adult New Zealand White rabbit, as in Downey et al. 2006.',
    params: {
      formation: p(0.01, 0.006, 0.013, 'mL/min', 'read', 'Artru 1999 table (6-13 uL/min)'),
      // Derived so that P_d + I_f R_out gives the measured 5.85 mmHg (no direct measurement found)
      outflowResistance: p(235, 150, 400, 'mmHg/(mL/min)', 'inferred', 'derived: (5.85 - 3.5) mmHg / 0.010 mL/min'),
      sinusPressure: p(3.5, 3, 4, 'mmHg', 'inferred', 'model assumption'),
      restingIcp: p(5.85, 5.27, 6.43, 'mmHg', 'read', 'Sci World J 2014 504248 (anaesthetised 5.85 +/- 0.58)'),
      pvi: p(0.5, 0.3, 1, 'mL', 'inferred', 'scaled from cat 0.67 mL (Hatashita & Hoff)'),
      csfVolume: p(2, 1.4, 2.3, 'mL', 'read', 'Artru 1999 table'),
      heartRate: p(250, 200, 300, 'bpm', 'recalled', 'textbook'),
      breathingRate: p(45, 30, 60, '/min', 'recalled', 'textbook'),
      mayerFrequency: p(0.3, 0.2, 0.4, 'Hz', 'secondary', 'Julien 2006 Cardiovasc Res 70:12'),
      slowWaveRate: p(1, 0.5, 2, '/min', 'model assumption', 'model assumption (no rabbit data)'),
      cardiacPulse: p(1, 0.5, 2, 'mmHg', 'inferred', 'model assumption'),
      respiratoryWave: p(0.5, 0.2, 1, 'mmHg', 'inferred', 'model assumption'),
      mayerWave: p(0.3, 0.1, 0.6, 'mmHg', 'inferred', 'model assumption'),
      slowWave: p(0, 0, 0.2, 'mmHg', 'model assumption', 'model assumption (no rabbit data)'),
      boneModulus: p(10, 5, 15, 'GPa', 'inferred', 'model assumption: mammalian cortical bone'),
      boneThickness: p(1.2, 1, 2, 'mm', 'inferred', 'science.md (~1-2 mm, inferred)'),
      // Calibrated: the one animal in Downey 2006 whose coronal suture first moved 0.30 mm at 500 g.
      sutureModulus: p(0.00011, 0.00005, 0.0005, 'GPa', 'calibrated', 'calibrated to Downey 2006 (0.30 mm at 500 g); far below infant 8 MPa because it lumps the suture toe region and plate-screw compliance'),
      sutureWidth: p(0.3, 0.1, 0.5, 'mm', 'inferred', 'model assumption'),
      sutureOssification: p(0, 0, 0.05, 'fraction', 'model assumption', 'rabbit sutures stay largely patent (science.md)'),
    },
  },
};

export const SUBJECT_IDS = Object.keys(SUBJECTS) as SubjectId[];

/** Parameter values only, for the numerics (display units as in the table). */
export type ParamValues = { [K in keyof SubjectParams]: number };

export function paramValues(subject: SubjectId, overrides?: Partial<ParamValues>): ParamValues {
  const s = SUBJECTS[subject];
  if (!s) throw new Error(`unknown subject '${String(subject)}': use one of ${SUBJECT_IDS.join(', ')}`);
  const out = {} as ParamValues;
  for (const key of Object.keys(s.params) as (keyof SubjectParams)[]) {
    const param = s.params[key];
    const v = overrides?.[key];
    if (v === undefined) out[key] = param.value;
    else if (!Number.isFinite(v)) throw new Error(`parameter ${key} must be a finite number, got ${v}`);
    else out[key] = Math.min(param.max, Math.max(param.min, v));
  }
  return out;
}
