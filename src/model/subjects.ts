// The four subjects and every parameter the model uses, each with its value, plausible range,
// display unit, confidence and source. Full references: src/model/content/sources.ts and
// doc/model.md section 6. Where no measurement exists the entry says so ("inferred", "model
// assumption" or "calibrated", with what it was calibrated to) and the app labels it that way.
// Ranges matter: the model is checked at each end of each range (tests/model/robustness.test.ts).

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
  /** pressure-volume index (volume for a tenfold pressure rise), mL; measured in vivo with the
   *  skull in place, so it already contains the skull's own compliance */
  pvi: Param;
  /** CSF volume, mL (shown, not used by the dynamics) */
  csfVolume: Param;
  heartRate: Param;
  breathingRate: Param;
  /** Traube-Hering-Mayer wave frequency, Hz */
  mayerFrequency: Param;
  /** slow (Lundberg B) wave rate, per min */
  slowWaveRate: Param;
  /** net intracranial arterial blood volume swing per heartbeat (peak to peak), mL: the ICP
   *  pulse is this volume passed through the pressure-volume curve */
  arterialPulseVolume: Param;
  /** peak-to-peak ICP swings of the slower rhythms at the default resting ICP, mmHg (turned into
   *  fixed blood volumes, so they too grow with mean ICP) */
  respiratoryWave: Param;
  mayerWave: Param;
  slowWave: Param;
  /** calvarial bone elastic (bending) modulus, GPa */
  boneModulus: Param;
  /** vault thickness, mm */
  boneThickness: Param;
  /** suture elastic modulus, GPa */
  sutureModulus: Param;
  /** suture width (gap between bone edges), mm */
  sutureWidth: Param;
  /** fraction of suture length bridged by bone (0 open, 1 fused) */
  sutureOssification: Param;
  /** scalp and soft tissue over the vault: thickness, mm */
  scalpThickness: Param;
  /** its compressive modulus at small strain (a fingertip's press), kPa */
  scalpModulus: Param;
  /** its tangent modulus once squeezed (kN loads), MPa */
  scalpCompressedModulus: Param;
  /** infant only: dura mater under the open anterior fontanelle, modulus MPa and thickness mm */
  duraModulus?: Param;
  duraThickness?: Param;
  /** rabbit only, Downey's plate-and-suture construct: the slack (toe) taken up before the
   *  suture itself carries load, mm; the force scale of that toe, N; and the force at which the
   *  plates pull out or the suture fails, N */
  distractionToe?: Param;
  distractionToeForce?: Param;
  distractionFailure?: Param;
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
// Soft tissue over the skull. No measured scalp compression data were found; the small-strain
// modulus is bracketed by in vivo indentation of other soft tissues; the squeezed modulus is an
// assumption checked against Yoganandan 1995's whole-head deflection at failure (doc/model.md,
// "Checks against measurements").
const SCALP_MODULUS = p(20, 5, 60, 'kPa', 'secondary', 'in vivo soft tissue 0.2-58 kPa at low strain (Zheng & Mak 1999, limbs); gluteal subcutis 26 +/- 19 kPa (Isogai 2022)');
const SCALP_SQUEEZED = p(4, 2, 8, 'MPa', 'model assumption', 'squeezed soft tissue is MPa-stiff; with it a whole adult head deflects 11.2 mm at 6.4 kN, Yoganandan 1995 measured 12.0 +/- 1.6 mm');
const PULSE_SOURCE = 'Avezaat & van Eijndhoven 1986 Acta Neurochir 79:13 (pulsatile cerebral blood volume 0.36-4.38 mL per beat, 58 patients)';

export const SUBJECTS: Readonly<Record<SubjectId, Subject>> = {
  adult: {
    id: 'adult',
    label: 'Adult',
    description: 'Healthy adult, lying supine.',
    params: {
      formation: p(0.35, 0.3, 0.37, 'mL/min', 'read', 'Artru 1999 table; Rubin 1966; Ekstedt 1978'),
      outflowResistance: p(8.6, 5, 17, 'mmHg/(mL/min)', 'read', 'Malm 2011 Neurology 76:903 (median 8.6); Czosnyka & Pickard 2004'),
      sinusPressure: p(7, 6, 8, 'mmHg', 'recalled', 'textbook sagittal sinus pressure 6-8 mmHg'),
      restingIcp: p(10, 0.9, 16.3, 'mmHg', 'read', 'Norager 2021 Fluids Barriers CNS 18:19 (supine reference interval)'),
      pvi: p(25, 20, 30, 'mL', 'recalled', 'Marmarou 1978 J Neurosurg 48:332; Ursino & Lodi 1997'),
      csfVolume: p(150, 125, 170, 'mL', 'read', 'Sakka 2011 Eur Ann ORL'),
      heartRate: p(70, 60, 80, 'bpm', 'recalled', 'textbook'),
      breathingRate: p(14, 12, 16, '/min', 'recalled', 'textbook'),
      mayerFrequency: MAYER_HUMAN,
      slowWaveRate: SLOW_HUMAN,
      arterialPulseVolume: p(2, 0.4, 4.4, 'mL', 'read', PULSE_SOURCE),
      respiratoryWave: RESP_WAVE,
      mayerWave: MAYER_WAVE,
      slowWave: SLOW_WAVE,
      boneModulus: p(12, 11, 15, 'GPa', 'read', 'J Biomech Eng 2023 145:051009 (bending, adult calvarium)'),
      boneThickness: p(6, 5, 7, 'mm', 'read', 'Li 2007 Int J Vehicle Safety 2(4) (CT, 3000 skulls: 5.4-8.2 mm); Moreira-Gonzalez 2006 (mean 6.32 mm)'),
      sutureModulus: p(0.3, 0.1, 1, 'GPa', 'model assumption', 'no adult measurement found: finite-element models use 0.1-1 GPa (Margulies & Thibault 2000); one 6-year-old 1.10 GPa (Davis 2012)'),
      sutureWidth: p(1, 0.5, 2, 'mm', 'model assumption', 'model assumption: interdigitated adult sutures'),
      sutureOssification: p(0.05, 0, 0.3, 'fraction', 'model assumption', 'closure begins in the 20s-30s and is often incomplete'),
      scalpThickness: p(5.5, 3, 7, 'mm', 'model assumption', 'scalp over the vault ~5-7 mm, 3-8 mm plausible (no measured source found)'),
      scalpModulus: SCALP_MODULUS,
      scalpCompressedModulus: SCALP_SQUEEZED,
    },
  },
  child: {
    id: 'child',
    label: 'Child (6 years)',
    description: 'A six-year-old: sutures open but stiff, thinner vault.',
    params: {
      formation: p(0.3, 0.2, 0.35, 'mL/min', 'inferred', 'model assumption: near adult rates after infancy'),
      outflowResistance: p(6, 4, 9, 'mmHg/(mL/min)', 'inferred', 'model assumption: chosen so that rest falls in the normal 3-7 mmHg'),
      sinusPressure: p(4, 3, 5, 'mmHg', 'inferred', 'model assumption'),
      restingIcp: p(5, 3, 7, 'mmHg', 'secondary', 'normal paediatric ICP 3-7 mmHg (paediatric texts); Pedersen 2017 World Neurosurg: daytime 2.8 +/- 2.2 mmHg in children'),
      pvi: p(20, 15, 25, 'mL', 'recalled', 'Shapiro 1980 Ann Neurol (PVI grows with neural axis volume)'),
      csfVolume: p(100, 90, 120, 'mL', 'inferred', 'model assumption'),
      heartRate: p(95, 80, 110, 'bpm', 'recalled', 'textbook'),
      breathingRate: p(20, 18, 25, '/min', 'recalled', 'textbook'),
      mayerFrequency: MAYER_HUMAN,
      slowWaveRate: SLOW_HUMAN,
      arterialPulseVolume: p(1.8, 0.4, 4, 'mL', 'inferred', `scaled from the adult by brain size (~90 % of adult at 6 y); ${PULSE_SOURCE}`),
      respiratoryWave: RESP_WAVE,
      mayerWave: MAYER_WAVE,
      slowWave: SLOW_WAVE,
      boneModulus: p(3.7, 3.7, 9.9, 'GPa', 'read', 'Davis 2012 J Biomech 45:2493 (tri-layer 3.69, cortical 9.87 GPa)'),
      boneThickness: p(3.4, 2.5, 5, 'mm', 'secondary', 'Davis 2012 (bending stiffness of one 6-year-old implies ~3.4 mm); Loder 1996 (2.8-3.6 mm in children)'),
      sutureModulus: p(1.1, 0.57, 1.63, 'GPa', 'read', 'Davis 2012 J Biomech 45:2493 (1.10 +/- 0.53 GPa)'),
      sutureWidth: p(1, 0.5, 2, 'mm', 'model assumption', 'model assumption'),
      sutureOssification: p(0, 0, 0.05, 'fraction', 'model assumption', 'sutures stay open in childhood'),
      scalpThickness: p(4.5, 3, 6, 'mm', 'model assumption', 'model assumption: a little thinner than the adult scalp'),
      scalpModulus: SCALP_MODULUS,
      scalpCompressedModulus: SCALP_SQUEEZED,
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
      arterialPulseVolume: p(0.8, 0.3, 1.5, 'mL', 'inferred', `scaled from the adult by brain size (~50 % at 6 months); ${PULSE_SOURCE}`),
      respiratoryWave: RESP_WAVE,
      mayerWave: MAYER_WAVE,
      slowWave: SLOW_WAVE,
      boneModulus: p(1.5, 0.5, 4, 'GPa', 'read', 'McPherson & Kriewall 1980 J Biomech 13:9 (1.65-3.86 GPa along the fibres at 25-40 weeks; ~13 x less across them); Coats & Margulies 2006'),
      boneThickness: p(1.5, 1, 2.5, 'mm', 'recalled', 'infant vault ~1.5-2.5 mm, under 3 mm before 4 y (Domenech-Fernandez 2021)'),
      sutureModulus: p(0.043, 0.015, 0.11, 'GPa', 'inferred', 'Coats & Margulies 2006 J Neurotrauma 23:1222: infant bone is ~35 x stiffer than suture, so bone / 35 (range: bone range / 35)'),
      sutureWidth: p(2, 1, 5, 'mm', 'read', 'Mitchell 2011 AJNR 32:1801 (CT: coronal ~1, sagittal ~2 mm at 6 months)'),
      sutureOssification: p(0, 0, 0, 'fraction', 'model assumption', 'open at 6 months'),
      scalpThickness: p(3, 2, 4, 'mm', 'model assumption', 'model assumption: infant scalp thinner than the adult'),
      scalpModulus: SCALP_MODULUS,
      scalpCompressedModulus: SCALP_SQUEEZED,
      duraModulus: p(30, 10, 60, 'MPa', 'recalled', 'dura mater tensile modulus tens of MPa (adult ~60 MPa, van Noort 1981; infant data not found)'),
      duraThickness: p(0.3, 0.2, 0.5, 'mm', 'inferred', 'model assumption: infant dura a few tenths of a millimetre'),
    },
  },
  rabbit: {
    id: 'rabbit',
    label: 'Rabbit (adult)',
    description: 'Anaesthetised adult New Zealand White rabbit, as in Downey et al. 2006.',
    params: {
      formation: p(0.008, 0.006, 0.01, 'mL/min', 'read', 'Int J Toxicol 2017 Table 4 after Artru 1999 (0.36-0.6 mL/h = 6-10 uL/min)'),
      // Derived so that P_d + I_f R_out gives the measured 5.85 mmHg (no direct measurement found)
      outflowResistance: p(295, 200, 400, 'mmHg/(mL/min)', 'inferred', 'derived: (5.85 - 3.5) mmHg / 0.008 mL/min; rat 464 +/- 196 (Boetel & Brinker 1994)'),
      sinusPressure: p(3.5, 3, 4, 'mmHg', 'inferred', 'model assumption'),
      restingIcp: p(5.85, 5.27, 6.43, 'mmHg', 'read', 'Sci World J 2014 504248 (anaesthetised 5.85 +/- 0.58)'),
      pvi: p(0.3, 0.2, 0.45, 'mL', 'inferred', 'scaled by intracranial volume: rat 0.052 mL (Boetel & Brinker 1994) x ~5-7 gives 0.25-0.35 mL; no rabbit measurement found'),
      csfVolume: p(2, 1.4, 2.3, 'mL', 'read', 'Artru 1999 table'),
      heartRate: p(250, 200, 300, 'bpm', 'recalled', 'textbook'),
      breathingRate: p(45, 30, 60, '/min', 'recalled', 'textbook'),
      mayerFrequency: p(0.3, 0.2, 0.4, 'Hz', 'secondary', 'Julien 2006 Cardiovasc Res 70:12'),
      slowWaveRate: p(1, 0.5, 2, '/min', 'model assumption', 'model assumption (no rabbit data)'),
      arterialPulseVolume: p(0.022, 0.01, 0.04, 'mL', 'inferred', 'model assumption: sized for a ~1 mmHg ICP pulse at rest (no rabbit measurement found); ~1.5 x the adult volume per gram of brain (2 mL / 1400 g)'),
      respiratoryWave: p(0.5, 0.2, 1, 'mmHg', 'inferred', 'model assumption'),
      mayerWave: p(0.3, 0.1, 0.6, 'mmHg', 'inferred', 'model assumption'),
      slowWave: p(0, 0, 0.2, 'mmHg', 'model assumption', 'model assumption (no rabbit data)'),
      boneModulus: p(10, 5, 15, 'GPa', 'inferred', 'model assumption: mammalian cortical bone'),
      boneThickness: p(1.5, 1, 2, 'mm', 'read', 'Borie 2017 Biomed Res 28:5468 (22 rabbit heads: 1.5 mm)'),
      sutureModulus: p(0.001, 0.0005, 0.003, 'GPa', 'inferred', 'derived from Losken 1999 J Craniofac Surg 10:27: 13.7 kg (134.6 N) distracted the coronal sutures of 42-day-old rabbits by 1 mm, E = F w / (d t L) ~ 1 MPa; adults may be stiffer'),
      sutureWidth: p(0.3, 0.1, 0.5, 'mm', 'inferred', 'model assumption'),
      sutureOssification: p(0, 0, 0, 'fraction', 'model assumption', 'adult rabbit sutures stay patent; the Losken 1999 modulus already holds their interdigitation'),
      scalpThickness: p(1.5, 1, 2.5, 'mm', 'model assumption', 'model assumption: thin rabbit scalp (Downey screwed the plates to bone, so the scalp is not in that load path)'),
      scalpModulus: SCALP_MODULUS,
      scalpCompressedModulus: SCALP_SQUEEZED,
      distractionToe: p(0.35, 0.3, 0.4, 'mm', 'calibrated', 'bounded by Downey 2006: under 0.1 mm up to 100 g, first movement 0.30 mm at 500 g (the ends of this range keep both)'),
      distractionToeForce: p(4, 3.5, 5, 'N', 'calibrated', 'bounded by Downey 2006 with the toe: see distractionToe'),
      distractionFailure: p(200, 135, 400, 'N', 'inferred', 'above 98 N (10 kg held in Downey 2006) and 135 N (13.7 kg pulled young rabbit sutures 1 mm intact, Losken 1999); 1.2 mm screws in 1.5 mm bone'),
    },
  },
};

export const SUBJECT_IDS = Object.keys(SUBJECTS) as SubjectId[];

/** Parameter values only, for the numerics (display units as in the table). */
export type ParamValues = { [K in keyof SubjectParams]-?: number };

/** Values of the parameters a subject does not have: no fontanelle membrane (it is closed), no
 *  slack in a plate construct, and nothing that fails. */
const ABSENT: Readonly<Partial<ParamValues>> = {
  duraModulus: 30,
  duraThickness: 0.3,
  distractionToe: 0,
  distractionToeForce: 1,
  distractionFailure: Infinity,
};

export function paramValues(subject: SubjectId, overrides?: Partial<ParamValues>): ParamValues {
  const s = SUBJECTS[subject];
  if (!s) throw new Error(`unknown subject '${String(subject)}': use one of ${SUBJECT_IDS.join(', ')}`);
  const out = { ...ABSENT } as ParamValues;
  for (const key of Object.keys(s.params) as (keyof SubjectParams)[]) {
    const param = s.params[key]!;
    const v = overrides?.[key];
    if (v === undefined) out[key] = param.value;
    else if (!Number.isFinite(v)) throw new Error(`parameter ${key} must be a finite number, got ${v}`);
    else out[key] = Math.min(param.max, Math.max(param.min, v));
  }
  return out;
}
