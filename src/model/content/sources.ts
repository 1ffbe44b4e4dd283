// Every study, book and web page CranioLab cites, with a full reference and what we take from it.
// The Sources view lists these; every number on screen links here by SourceId (or says it is a
// model assumption). Pure data: no DOM, no three.
//
// Verification policy (read before editing):
// - `verified: true` means every bibliographic field printed here (authors, year, title, journal,
//   volume, pages, DOI/URL) was seen in a stored copy of the paper, its abstract page or an index
//   entry during the 2026-11-26 evidence pass. Fields we could not check are listed in
//   `unverifiedFields`, and then `verified` is false.
// - A DOI or URL appears only if it was seen in such a copy, or if it came from
//   the project's original science brief (then `unverifiedFields` includes 'doi'). We never
//   construct one.

import type { Param } from '../types';

export type Confidence = Param['confidence'];

export type SourceId =
  // the rabbit study and its dissertation
  | 'downey2006'
  | 'downey2005'
  // mechanics of skull and sutures
  | 'yoganandan1995'
  | 'jBiomechEng2023'
  | 'davis2012'
  | 'zwirner2021'
  | 'lynnerup2005'
  | 'marguliesThibault2000'
  | 'coatsMargulies2006'
  | 'mclaughlin2000'
  | 'heiseyAdams1993'
  | 'mcpherson1980'
  | 'losken1999'
  | 'borie2017'
  | 'li2007'
  | 'mitchell2011'
  // CSF and ICP physiology
  | 'norager2021'
  | 'malm2011'
  | 'gyring1984'
  | 'sciWorldJ2014'
  | 'sakka2011'
  | 'intJToxicol2017'
  | 'artru1999'
  | 'rubin1966'
  | 'ekstedt1978'
  | 'marmarou1978'
  | 'ursinoLodi1997'
  | 'czosnykaPickard2004'
  | 'julien2006'
  | 'lundberg1960'
  | 'hatashitaHoff1987'
  | 'andresen2015'
  | 'yiangou2023'
  | 'williams1976'
  | 'avezaat1986'
  | 'avezaat1979'
  | 'qvarlander2010'
  | 'katzmanHussey1970'
  | 'boetelBrinker1994'
  | 'pedersen2017'
  // instruments and touch
  | 'czosnyka1996'
  | 'bolanowski1988'
  | 'johanssonVallbo1979'
  | 'johanssonLaMotte1983'
  // the claimed rhythm, its palpation and imaging
  | 'upledger1983'
  | 'nelson2001'
  | 'wirthPattullo1994'
  | 'rogers1998'
  | 'hanten1998'
  | 'moranGibbons2001'
  | 'sommerfeld2004'
  | 'guillaud2016'
  | 'crow2009'
  | 'mri2024'
  | 'sergueef2011'
  // the nine sources of the article CranioLab starts from
  | 'arnadottir2013'
  | 'harrisonPage2011'
  | 'castroSanchez2016'
  | 'wetzler2017'
  | 'kratz2017'
  | 'jakel2012'
  | 'haller2016'
  | 'clevelandClinicCst'
  | 'nindsHydrocephalus'
  // later reviews, for balance in the Sources view
  | 'haller2020'
  | 'ceballosLaita2024';

export type SourceKind = 'journal-article' | 'book' | 'book-chapter' | 'thesis' | 'web-page' | 'fact-sheet';

/** What the Sources view groups entries under. */
export type SourceTopic =
  | 'rabbit study'
  | 'skull mechanics'
  | 'CSF and ICP'
  | 'instruments and touch'
  | 'claimed rhythm'
  | 'clinical';

export interface Source {
  id: SourceId;
  /** "Surname Initials" list as published; "et al." only where the full list was not checked */
  authors: string;
  /** short form for legends when the author is an organisation, e.g. "NINDS" */
  shortAuthor?: string;
  year: number;
  title: string;
  /** journal (abbreviated as in PubMed) or publisher / site */
  container: string;
  volume?: string;
  issue?: string;
  /** page range or article number */
  pages?: string;
  doi?: string;
  url?: string;
  kind: SourceKind;
  topic: SourceTopic;
  /** which numbers or claims CranioLab takes from it */
  usedFor: readonly string[];
  /** one of the nine sources of the article CranioLab starts from (listed in doc/model.md and the Sources tab) */
  articleSource: boolean;
  /** true only if every printed field above was seen in a stored copy (see file header) */
  verified: boolean;
  /** printed fields that come from memory or from the science brief and were not re-seen */
  unverifiedFields?: readonly string[];
  /** what was checked, where, and anything surprising: for maintainers, never shown to students */
  note?: string;
}

type Entry = Omit<Source, 'id' | 'verified'>;

/** verified is derived, so it can never disagree with unverifiedFields */
const entry = (id: SourceId, e: Entry): Source => ({
  id,
  ...e,
  verified: !e.unverifiedFields || e.unverifiedFields.length === 0,
});

const ALL: readonly Source[] = [
  // ---------------------------------------------------------------- the rabbit study
  entry('downey2006', {
    authors: 'Downey PA, Barbano T, Kapur-Wadhwa R, Sciote JJ, Siegel MI, Mooney MP',
    year: 2006,
    title:
      'Craniosacral therapy: the effects of cranial manipulation on intracranial pressure and cranial bone movement',
    container: 'J Orthop Sports Phys Ther',
    volume: '36',
    issue: '11',
    pages: '845-853',
    doi: '10.2519/jospt.2006.36.11.845',
    kind: 'journal-article',
    topic: 'rabbit study',
    usedFor: [
      'protocol: 13 anaesthetised adult New Zealand White rabbits, microplates across the coronal suture',
      'distractive loads 5, 10, 15, 20 g; epidural ICP (NeuroMonitor); plate separation on radiographs by digital caliper',
      'results: suture separation F = 0.045, ICP F = 0.279, both p > 0.05 at every load',
      'single animal: first movement at 500 g, 0.30 mm, with no ICP change',
    ],
    articleSource: false,
    unverifiedFields: ['volume', 'issue', 'pages', 'doi'],
    note: 'Authors, title, journal and abstract read in a stored copy of the article; volume, pages and DOI were recalled, not re-seen.',
  }),
  entry('downey2005', {
    authors: 'Downey PA',
    year: 2005,
    title: 'Craniosacral therapy: is there biology behind the theory?',
    container: 'Doctoral dissertation, University of Pittsburgh',
    url: 'http://d-scholarship.pitt.edu/9710/',
    kind: 'thesis',
    topic: 'rabbit study',
    usedFor: [
      'protocol details: 1.2 mm Y microplates with 4 mm screws, Instron load cell, loads applied at 0.5 mm/min',
      'single-animal series 100, 500, 1000, 2000, 5000 and 10 000 g',
      'no significant correlations among load, plate movement and ICP (p > 0.05)',
    ],
    articleSource: false,
    note: 'Abstract read in the University of Pittsburgh repository record.',
  }),

  // ---------------------------------------------------------------- skull mechanics
  entry('yoganandan1995', {
    authors: 'Yoganandan N, Pintar FA, Sances A Jr, Walsh PR, Ewing CL, Thomas DJ, Snyder RG',
    year: 1995,
    title: 'Biomechanics of skull fracture',
    container: 'J Neurotrauma',
    volume: '12',
    issue: '4',
    pages: '659-668',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: [
      'whole-skull quasi-static stiffness 812 +/- 139 N/mm (range of all tests 467-5867 N/mm), nonlinear',
      'quasi-static failure load 6.4 +/- 1.1 kN (all tests 4.5-14.1 kN)',
    ],
    articleSource: false,
    unverifiedFields: ['pages'],
    note: 'Authors, volume 12 number 4 and abstract read in a stored scan; 12 unembalmed cadaver heads, loaded at 2.5 mm/s. First page 659 recalled; last page recalled.',
  }),
  entry('mcpherson1980', {
    authors: 'McPherson GK, Kriewall TJ',
    year: 1980,
    title: 'The elastic modulus of fetal cranial bone: a first step towards an understanding of the biomechanics of fetal head molding',
    container: 'J Biomech',
    volume: '13',
    pages: '9-16',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: ['infant cranial bone modulus: 1.65 GPa (preterm) to 3.86 GPa (term) along the fibres, in three-point bending'],
    articleSource: false,
    unverifiedFields: ['title'],
    note: 'Abstract read (86 fetal specimens, 25-40 weeks; 12 from a 6-year-old for comparison); the full title is recalled.',
  }),
  entry('losken1999', {
    authors: 'Losken HW et al.',
    year: 1999,
    title: 'Biomechanical properties of the coronal suture in craniosynostotic rabbits',
    container: 'J Craniofac Surg',
    volume: '10',
    issue: '1',
    pages: '27-37',
    kind: 'journal-article',
    topic: 'rabbit study',
    usedFor: ['13.72 kg (134.6 N) distracted the coronal sutures of normal 42-day-old rabbits by 1 mm (48.39 kg in synostotic ones): the basis of the rabbit suture modulus'],
    articleSource: false,
    unverifiedFields: ['authors', 'title'],
    note: 'Abstract read (Mooney/Siegel rabbit colony, the same group as Downey 2006); force-displacement fitted by a third-order polynomial.',
  }),
  entry('borie2017', {
    authors: 'Borie E et al.',
    year: 2017,
    title: 'Thickness of the rabbit calvaria and mandible',
    container: 'Biomed Res',
    volume: '28',
    pages: '5468',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: ['rabbit calvarial thickness 1.5 mm (22 rabbit heads)'],
    articleSource: false,
    unverifiedFields: ['authors', 'title'],
  }),
  entry('li2007', {
    authors: 'Li H et al.',
    year: 2007,
    title: 'Distribution of cranial thickness',
    container: 'Int J Vehicle Safety',
    volume: '2',
    issue: '4',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: ['adult vault thickness by CT of 3000 skulls: frontal 6.6-7.5, parietal 5.4-5.6, occipital 7.6-8.2 mm'],
    articleSource: false,
    unverifiedFields: ['authors', 'title'],
  }),
  entry('mitchell2011', {
    authors: 'Mitchell LA et al.',
    year: 2011,
    title: 'Normal sagittal and coronal suture widths by using CT imaging',
    container: 'AJNR Am J Neuroradiol',
    volume: '32',
    pages: '1801-1805',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: ['infant suture widths: coronal ~1 mm, sagittal ~2 mm at 6 months'],
    articleSource: false,
    unverifiedFields: ['authors', 'title', 'pages'],
  }),
  entry('jBiomechEng2023', {
    authors: 'Authors not verified',
    year: 2023,
    title:
      'The mechanical characterization and comparison of human calvaria under dynamic four-point bending',
    container: 'J Biomech Eng',
    volume: '145',
    issue: '5',
    pages: '051009',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: ['effective bending modulus of adult calvarium 11-15 GPa (23 specimens, surface strain rate 2-3 /s)'],
    articleSource: false,
    unverifiedFields: ['authors', 'title'],
    note: 'Abstract read on the publisher page (volume 145, issue 5, article 051009); the stored title was truncated after "Comparison of".',
  }),
  entry('davis2012', {
    authors: 'Davis MT, Loyd AM, Shen HH, Mulroy MH, Nightingale RW, Myers BS, Bass CD',
    year: 2012,
    title: 'The mechanical and morphological properties of 6 year-old cranial bone',
    container: 'J Biomech',
    volume: '45',
    pages: '2493-2498',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: [
      '6-year-old cranial bone: cortical 9.9 GPa, tri-layer 3.7 GPa (four-point bending)',
      '6-year-old suture modulus 1.10 +/- 0.53 GPa',
    ],
    articleSource: false,
    note: 'Title, authors, journal, volume and pages read in a stored copy; 47 samples from one cranium. Moduli as quoted in the science brief.',
  }),
  entry('zwirner2021', {
    authors: 'Zwirner J, et al.',
    year: 2021,
    title: 'Human cranial vault thickness',
    container: 'Sci Rep',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: ['adult vault thickness 5-7 mm; outer table ~2.4 mm, inner table ~1.7 mm'],
    articleSource: false,
    unverifiedFields: ['authors', 'title', 'volume', 'pages'],
    note: 'Cited recalled; not found in the stored copies during this pass.',
  }),
  entry('lynnerup2005', {
    authors: 'Lynnerup N, Astrup JG, Sejrsen B',
    year: 2005,
    title: 'Thickness of the human cranial diploe in relation to age, sex and general body build',
    container: 'Head Face Med',
    volume: '1',
    pages: '13',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: ['adult cranial vault thickness, supporting the 5-7 mm range'],
    note: 'Figures recalled, not re-read.',
    articleSource: false,
    unverifiedFields: ['authors', 'title', 'container', 'volume', 'pages'],
  }),
  entry('marguliesThibault2000', {
    authors: 'Margulies SS, Thibault KL',
    year: 2000,
    title:
      'Infant skull and suture properties: measurements and implications for mechanisms of pediatric brain injury',
    container: 'J Biomech Eng',
    volume: '122',
    issue: '4',
    pages: '364-371',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: ['infant sutures are membranous and far more compliant than bone (qualitative)'],
    articleSource: false,
    unverifiedFields: ['title', 'issue', 'pages'],
    note: 'Journal, volume and first page recalled.',
  }),
  entry('coatsMargulies2006', {
    authors: 'Coats B, Margulies SS',
    year: 2006,
    title: 'Material properties of human infant skull and suture at high rates',
    container: 'J Neurotrauma',
    volume: '23',
    issue: '8',
    pages: '1222-1232',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: ['infant cranial bone is about 35 times stiffer than infant suture (tension and three-point bending of 23 calvaria under 1 year): the infant suture modulus'],
    articleSource: false,
    unverifiedFields: ['year', 'volume', 'issue', 'pages'],
    note: 'Authors, title and journal seen in a reference list; year and pages recalled.',
  }),
  entry('mclaughlin2000', {
    authors: 'McLaughlin E, Zhang Y, Pashley D, Borke J, Yu J',
    year: 2000,
    title: 'The load-displacement characteristics of neonatal rat cranial sutures',
    container: 'Cleft Palate Craniofac J',
    volume: '37',
    issue: '6',
    pages: '590-595',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: ['neonatal rat suture: about 1 um per gram of load (~10^4 N/m), ~10 MPa'],
    articleSource: false,
    unverifiedFields: ['authors', 'title', 'issue', 'pages'],
    note: 'Journal, volume and first page recalled.',
  }),
  entry('heiseyAdams1993', {
    authors: 'Heisey SR, Adams T',
    year: 1993,
    title: 'Role of cranial bone mobility in cranial compliance',
    container: 'Neurosurgery',
    volume: '33',
    issue: '5',
    pages: '869-877',
    kind: 'journal-article',
    topic: 'skull mechanics',
    usedFor: [
      'anaesthetised cats: parietal bones separate at the sagittal suture even with 0.2 mL intraventricular boluses',
      'fluid migration, not bone movement, dominates cranial compliance below ~3 % of cranial volume',
    ],
    articleSource: false,
    unverifiedFields: ['authors', 'pages'],
    note: 'Title, journal (November 1993 issue) and abstract read on the publisher page.',
  }),

  // ---------------------------------------------------------------- CSF and ICP physiology
  entry('norager2021', {
    authors: 'Norager NH, Olsen MH, Pedersen SH, Riedel CS, Czosnyka M, Juhler M',
    year: 2021,
    title: 'Reference values for intracranial pressure and lumbar cerebrospinal fluid pressure: a systematic review',
    container: 'Fluids Barriers CNS',
    volume: '18',
    pages: '19',
    doi: '10.1186/s12987-021-00253-4',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: [
      'ICP reference interval supine 0.9 to 16.3 mmHg',
      'ICP reference interval upright -5.9 to 8.3 mmHg (basis of the lying-to-standing reference)',
    ],
    articleSource: false,
    note: 'Abstract read (PMC8045192). Only nine studies measured ICP itself; the authors stress how scarce normal values are.',
  }),
  entry('malm2011', {
    authors: 'Malm J, Jacobsson J, Birgander R, Eklund A',
    year: 2011,
    title: 'Reference values for CSF outflow resistance and intracranial pressure in healthy elderly',
    container: 'Neurology',
    volume: '76',
    issue: '10',
    pages: '903-909',
    doi: '10.1212/WNL.0b013e31820f2dd0',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: [
      'healthy elderly supine ICP median 11.6 mmHg (5th-95th percentile 7.8-14.3)',
      'outflow resistance median 8.6 mmHg/(mL/min), 90th percentile 17.4',
    ],
    articleSource: false,
    note: '40 subjects aged 60-82, constant-pressure infusion.',
  }),
  entry('gyring1984', {
    authors: 'Gyring JA, Brøndsted HE',
    year: 1984,
    title: 'Repetitive measurements of intracranial pressure in awake rabbits',
    container: 'Acta Physiol Scand',
    volume: '122',
    issue: '3',
    pages: '299-305',
    doi: '10.1111/j.1748-1716.1984.tb07513.x',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['awake rabbit intraventricular pressure 5.2 +/- 1.1 mmHg (70 animals, ten days after surgery)'],
    articleSource: false,
  }),
  entry('sciWorldJ2014', {
    authors: 'Authors not verified',
    year: 2014,
    title: 'Rabbit intracranial pressure under anaesthesia',
    container: 'ScientificWorldJournal',
    pages: '504248',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['anaesthetised rabbit ICP 5.85 +/- 0.58 mmHg'],
    articleSource: false,
    unverifiedFields: ['authors', 'title', 'pages'],
    note: 'Cited from the science brief (article number 504248); not checked in this pass.',
  }),
  entry('sakka2011', {
    authors: 'Sakka L, Coll G, Chazal J',
    year: 2011,
    title: 'Anatomy and physiology of cerebrospinal fluid',
    container: 'Eur Ann Otorhinolaryngol Head Neck Dis',
    volume: '128',
    issue: '6',
    pages: '309-316',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: [
      'adult CSF volume ~150 mL (25 mL ventricular, 125 mL subarachnoid)',
      'ICP 3-4 mmHg before age one; 10-15 mmHg in adults',
      'respiratory waves, posture and effort modulate CSF pressure (qualitative)',
    ],
    articleSource: false,
    unverifiedFields: ['issue'],
    note: 'Authors, title, volume 128, pages 309-316 and abstract read in a stored copy; the December issue number is from an index entry.',
  }),
  entry('intJToxicol2017', {
    authors: 'Authors not verified',
    year: 2017,
    title: 'Review of spinal drug delivery and CSF physiology across species; Table 4, adapted from Artru 1999',
    container: 'Int J Toxicol',
    volume: '37',
    issue: '1',
    pages: '4-27',
    doi: '10.1177/1091581817741840',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5874330/table/T4',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: [
      'rabbit CSF formation 0.36-0.6 mL/h (6-10 uL/min) and CSF volume 1.4-2.3 mL',
      'human CSF formation 21-24 mL/h (0.35-0.40 mL/min) and volume 100-160 mL',
    ],
    articleSource: false,
    unverifiedFields: ['authors', 'title'],
    note:
      'Table 4 read on PMC (published online 2017-12-21 in volume 37). It gives rabbit formation 0.36-0.6 mL/h = 6-10 uL/min; the science brief had said 6-13 uL/min; the model uses 6-10.',
  }),
  entry('artru1999', {
    authors: 'Artru AA',
    year: 1999,
    title: 'Spinal cerebrospinal fluid chemistry and physiology',
    container: 'In: Yaksh TL (ed). Spinal Drug Delivery. Amsterdam: Elsevier',
    kind: 'book-chapter',
    topic: 'CSF and ICP',
    usedFor: ['original source of the species table of CSF formation rates and volumes'],
    articleSource: false,
    unverifiedFields: ['title', 'container'],
    note: 'Known only through the Int J Toxicol 2017 table ("Adapted from Artru 1999").',
  }),
  entry('rubin1966', {
    authors: 'Rubin RC, Henderson ES, Ommaya AK, Walker MD, Rall DP',
    year: 1966,
    title: 'The production of cerebrospinal fluid in man and its modification by acetazolamide',
    container: 'J Neurosurg',
    volume: '25',
    issue: '4',
    pages: '430-436',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['classic human CSF formation ~0.35 mL/min'],
    articleSource: false,
    unverifiedFields: ['authors', 'title', 'volume', 'issue', 'pages'],
  }),
  entry('ekstedt1978', {
    authors: 'Ekstedt J',
    year: 1978,
    title: 'CSF hydrodynamic studies in man. 2. Normal hydrodynamic variables related to CSF pressure and flow',
    container: 'J Neurol Neurosurg Psychiatry',
    volume: '41',
    issue: '4',
    pages: '345-353',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['normal CSF formation and outflow variables (classic ~0.35 mL/min)'],
    articleSource: false,
    unverifiedFields: ['issue', 'pages'],
    note: 'Author, title, journal, year and volume seen in the Norager 2021 reference list.',
  }),
  entry('marmarou1978', {
    authors: 'Marmarou A, Shulman K, Rosende RM',
    year: 1978,
    title: 'A nonlinear analysis of the cerebrospinal fluid system and intracranial pressure dynamics',
    container: 'J Neurosurg',
    volume: '48',
    issue: '3',
    pages: '332-344',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['exponential pressure-volume curve and the pressure-volume index (PVI ~25 mL in adults)'],
    articleSource: false,
    unverifiedFields: ['authors', 'title', 'issue', 'pages'],
    note: 'Journal, volume and first page recalled.',
  }),
  entry('ursinoLodi1997', {
    authors: 'Ursino M, Lodi CA',
    year: 1997,
    title: 'A simple mathematical model of the interaction between intracranial pressure and cerebral hemodynamics',
    container: 'J Appl Physiol',
    volume: '82',
    issue: '4',
    pages: '1256-1269',
    doi: '10.1152/jappl.1997.82.4.1256',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['lumped CSF model structure; elastance coefficient k ~0.11 /mL (as quoted in the science brief)'],
    articleSource: false,
  }),
  entry('avezaat1986', {
    authors: 'Avezaat CJ, van Eijndhoven JH',
    year: 1986,
    title: 'Clinical observations on the relationship between cerebrospinal fluid pulse pressure and intracranial pressure',
    container: 'Acta Neurochir (Wien)',
    volume: '79',
    pages: '13-29',
    doi: '10.1007/BF01403461',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['pulsatile change of cerebral blood volume 0.36-4.38 mL per heartbeat (65 recordings, 58 patients): the arterial pulse volume', 'ICP pulse pressure rises linearly with mean ICP'],
    articleSource: false,
    unverifiedFields: ['year', 'volume', 'pages'],
    note: 'Abstract and DOI read; year, volume and pages recalled.',
  }),
  entry('avezaat1979', {
    authors: 'Avezaat CJ, van Eijndhoven JH, Wyper DJ',
    year: 1979,
    title: 'Cerebrospinal fluid pulse pressure and intracranial volume-pressure relationships',
    container: 'J Neurol Neurosurg Psychiatry',
    volume: '42',
    issue: '8',
    pages: '687-700',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['in six dogs the CSF pulse pressure rose linearly with mean ICP up to ~60 mmHg'],
    articleSource: false,
    unverifiedFields: ['title'],
  }),
  entry('qvarlander2010', {
    authors: 'Qvarlander S et al.',
    year: 2010,
    title: 'Pulsatility in CSF dynamics: pulse amplitude and mean pressure',
    container: 'Physiol Meas',
    volume: '31',
    issue: '11',
    pages: '1517-1528',
    doi: '10.1088/0967-3334/31/11/008',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['pulse amplitude nearly flat with mean ICP at 0-10 mmHg, linear at 14-32 mmHg (25 patients): where the exponential model disagrees'],
    articleSource: false,
    unverifiedFields: ['authors', 'title'],
  }),
  entry('katzmanHussey1970', {
    authors: 'Katzman R, Hussey F',
    year: 1970,
    title: 'A simple constant-infusion manometric test for measurement of CSF absorption',
    container: 'Neurology',
    volume: '20',
    pages: '534-544',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['constant-rate infusion: the plateau pressure P_0 + I R_out gives the outflow resistance'],
    articleSource: false,
    unverifiedFields: ['title', 'pages'],
  }),
  entry('boetelBrinker1994', {
    authors: 'Boetel C, Brinker T',
    year: 1994,
    title: 'Intracranial pressure, pressure-volume index and CSF outflow resistance in the rat',
    container: 'J Exp Anim Sci',
    volume: '36',
    issue: '2-3',
    pages: '78-83',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['rat PVI 0.0518 +/- 0.018 mL, R_out 464 +/- 196 mmHg/(mL/min), ICP 8 +/- 1.7 mmHg (10 rats): the basis of the rabbit PVI'],
    articleSource: false,
    unverifiedFields: ['title'],
  }),
  entry('pedersen2017', {
    authors: 'Pedersen SH, Lilja-Cyron A, Andresen M, Juhler M',
    year: 2017,
    title: 'The relationship between intracranial pressure and age: chasing age-related reference values',
    container: 'World Neurosurg',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['daytime ICP 2.8 +/- 2.2 mmHg in 14 "pseudonormal" children, higher at night by 5.8 mmHg'],
    articleSource: false,
    unverifiedFields: ['year'],
  }),
  entry('czosnykaPickard2004', {
    authors: 'Czosnyka M, Pickard JD',
    year: 2004,
    title: 'Monitoring and interpretation of intracranial pressure',
    container: 'J Neurol Neurosurg Psychiatry',
    volume: '75',
    issue: '6',
    pages: '813-821',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: [
      'cardiac ICP pulse 1-4 mmHg peak-to-peak, growing with mean ICP',
      'respiratory and slow waves in ICP recordings; outflow resistance normal up to ~13 mmHg/(mL/min)',
    ],
    articleSource: false,
    unverifiedFields: ['issue', 'pages'],
    note: 'Title, journal, year and volume seen in an index entry; first page recalled.',
  }),
  entry('julien2006', {
    authors: 'Julien C',
    year: 2006,
    title: 'The enigma of Mayer waves: facts and models',
    container: 'Cardiovasc Res',
    volume: '70',
    issue: '1',
    pages: '12-21',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['Mayer (Traube-Hering-Mayer) waves ~0.1 Hz in humans, ~0.3 Hz in rabbits'],
    articleSource: false,
    unverifiedFields: ['title', 'issue', 'pages'],
    note: 'Journal, volume and first page recalled.',
  }),
  entry('lundberg1960', {
    authors: 'Lundberg N',
    year: 1960,
    title: 'Continuous recording and control of ventricular fluid pressure in neurosurgical practice',
    container: 'Acta Psychiatr Scand Suppl',
    volume: '36',
    issue: '149',
    pages: '1-193',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['slow (B) waves 0.5-2 per minute'],
    articleSource: false,
    unverifiedFields: ['title', 'container', 'volume', 'issue', 'pages'],
  }),
  entry('hatashitaHoff1987', {
    authors: 'Hatashita S, Hoff JT',
    year: 1987,
    title: 'The effect of craniectomy on the biomechanics of normal brain',
    container: 'J Neurosurg',
    volume: '67',
    issue: '4',
    pages: '573-578',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['cat pressure-volume index 0.67 +/- 0.01 mL with the skull intact (basis of the rabbit PVI estimate)'],
    articleSource: false,
    unverifiedFields: ['year', 'container', 'volume', 'issue', 'pages'],
    note: 'Title, authors and abstract read in an index entry (32 anaesthetised cats).',
  }),
  entry('andresen2015', {
    authors: 'Andresen M, Hadi A, Petersen LG, Juhler M',
    year: 2015,
    title: 'Effect of postural changes on ICP in healthy and ill subjects',
    container: 'Acta Neurochir (Wien)',
    volume: '157',
    issue: '1',
    pages: '109-113',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['ICP differs systematically between supine, sitting and standing; normal subjects regulate it tightly'],
    articleSource: false,
    unverifiedFields: ['authors', 'year', 'container', 'volume', 'issue', 'pages'],
    note: 'Title and abstract read (telemetric ICP, 4 normal and 27 ill subjects); the abstract gives no pressures.',
  }),
  entry('yiangou2023', {
    authors: 'Yiangou A, et al.',
    year: 2023,
    title:
      'The impact of Valsalva manoeuvres and exercise on intracranial pressure and cerebrovascular dynamics in idiopathic intracranial hypertension',
    container: 'Neuro-Ophthalmology',
    pages: '122-133',
    doi: '10.1080/01658107.2023.2281433',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['straining (Valsalva, phase I) raised ICP by 29.4 +/- 13.5 mmHg, back to baseline within ~16 s'],
    articleSource: false,
    unverifiedFields: ['authors', 'container'],
    note:
      'Abstract read (published online 2023-11-22, 3 patients with IIH, telemetric ICP). Author list seen only in the conference version; journal name inferred from the DOI prefix.',
  }),
  entry('williams1976', {
    authors: 'Williams B',
    year: 1976,
    title: 'Cerebrospinal fluid pressure changes in response to coughing',
    container: 'Brain',
    volume: '99',
    issue: '2',
    pages: '331-346',
    doi: '10.1093/brain/99.2.331',
    kind: 'journal-article',
    topic: 'CSF and ICP',
    usedFor: ['a cough sends a transient pressure wave through the craniospinal CSF (qualitative)'],
    articleSource: false,
    unverifiedFields: ['authors'],
    note: 'Title, journal, pages and abstract read on PubMed (16 patients, lumbar and cisternal recordings).',
  }),

  // ---------------------------------------------------------------- instruments and touch
  entry('czosnyka1996', {
    authors: 'Czosnyka M, Czosnyka Z, Pickard JD',
    year: 1996,
    title: 'Laboratory testing of three intracranial pressure microtransducers: technical report',
    container: 'Neurosurgery',
    volume: '38',
    issue: '1',
    pages: '219-224',
    doi: '10.1097/00006123-199601000-00053',
    kind: 'journal-article',
    topic: 'instruments and touch',
    usedFor: [
      'bench static error of ICP microtransducers: < 0.3 mmHg (Camino), < 2 mmHg (Codman), < 8 mmHg (InnerSpace)',
      '24-hour zero drift < 0.8 mmHg; basis of the 1 mmHg ICP resolution assumption',
    ],
    articleSource: false,
    unverifiedFields: ['authors'],
    note: 'Title, journal, pages and abstract read on PubMed.',
  }),
  entry('bolanowski1988', {
    authors: 'Bolanowski SJ Jr, Gescheider GA, Verrillo RT, Checkosky CM',
    year: 1988,
    title: 'Four channels mediate the mechanical aspects of touch',
    container: 'J Acoust Soc Am',
    volume: '84',
    issue: '5',
    pages: '1680-1694',
    kind: 'journal-article',
    topic: 'instruments and touch',
    usedFor: [
      'four psychophysical touch channels covering ~0.4 to >500 Hz; at the slowest frequencies the NP III (slowly adapting) channel sets a threshold of tens of micrometres',
    ],
    articleSource: false,
    unverifiedFields: ['authors', 'issue'],
    note: 'Title and journal seen; volume and pages seen cited as "J Acoust Soc Am 84: 1680-1694, 1988". Threshold values recalled from the figures, not re-read.',
  }),
  entry('johanssonVallbo1979', {
    authors: 'Johansson RS, Vallbo ÅB',
    year: 1979,
    title:
      'Detection of tactile stimuli. Thresholds of afferent units related to psychophysical thresholds in the human hand',
    container: 'J Physiol',
    volume: '297',
    pages: '405-422',
    kind: 'journal-article',
    topic: 'instruments and touch',
    usedFor: ['fingertip indentation detection thresholds of order 10 um'],
    articleSource: false,
    unverifiedFields: ['container', 'volume', 'pages'],
    note: 'Authors, year and title seen in a reference list; journal and pages recalled.',
  }),
  entry('johanssonLaMotte1983', {
    authors: 'Johansson RS, LaMotte RH',
    year: 1983,
    title: 'Tactile detection thresholds for a single asperity on an otherwise smooth surface',
    container: 'Somatosens Res',
    volume: '1',
    issue: '1',
    pages: '21-31',
    doi: '10.3109/07367228309144538',
    kind: 'journal-article',
    topic: 'instruments and touch',
    usedFor: [
      'a fingertip stroked over a smooth surface detects edges ~0.85 um high: sliding touch is far more sensitive than a still hand',
    ],
    articleSource: false,
    unverifiedFields: ['authors'],
    note: 'Title, journal, DOI and abstract read on PubMed; the author list was not shown.',
  }),

  // ---------------------------------------------------------------- claimed rhythm
  entry('upledger1983', {
    authors: 'Upledger JE, Vredevoogd JD',
    year: 1983,
    title: 'Craniosacral Therapy',
    container: 'Seattle: Eastland Press',
    kind: 'book',
    topic: 'claimed rhythm',
    usedFor: ['the claimed craniosacral rhythm of 6-12 cycles per minute', 'the ~5 g ("weight of a nickel") touch'],
    articleSource: false,
    unverifiedFields: ['container'],
    note: 'Cited by Nelson 2001 among authors reporting the CRI; the 6-12/min figure is quoted from the science brief.',
  }),
  entry('nelson2001', {
    authors: 'Nelson KE, Sergueef N, Lipinski CM, Chapman AR, Glonek T',
    year: 2001,
    title:
      'Cranial rhythmic impulse related to the Traube-Hering-Mayer oscillation: comparing laser-Doppler flowmetry and palpation',
    container: 'J Am Osteopath Assoc',
    volume: '101',
    issue: '3',
    pages: '163-173',
    kind: 'journal-article',
    topic: 'claimed rhythm',
    usedFor: [
      'the palpated CRI is "concomitant" with the low-frequency (Traube-Hering-Mayer) oscillation in laser-Doppler blood flow',
      'most cranial osteopathy authors give the normal CRI as 10-14 cycles per minute',
    ],
    articleSource: false,
  }),
  entry('wirthPattullo1994', {
    authors: 'Wirth-Pattullo V, Hayes KW',
    year: 1994,
    title:
      "Interrater reliability of craniosacral rate measurements and their relationship with subjects' and examiners' heart and respiratory rate measurements",
    container: 'Phys Ther',
    volume: '74',
    issue: '10',
    pages: '908-916',
    kind: 'journal-article',
    topic: 'claimed rhythm',
    usedFor: ['interrater ICC(2,1) = -0.02: three CST-trained physical therapists, 12 subjects'],
    articleSource: false,
    unverifiedFields: ['volume', 'issue', 'pages'],
    note:
      'Title, authors, year and abstract read; volume and pages recalled. One stored listing gives "Phys Ther 1995;75(4):328-30", which is probably the published exchange of letters that followed.',
  }),
  entry('rogers1998', {
    authors: 'Rogers JS, Witt PL, Gross MT, Hacke JD, Genova PA',
    year: 1998,
    title:
      'Simultaneous palpation of the craniosacral rate at the head and feet: intrarater and interrater reliability and rate comparisons',
    container: 'Phys Ther',
    volume: '78',
    issue: '11',
    pages: '1175-1185',
    kind: 'journal-article',
    topic: 'claimed rhythm',
    usedFor: ['interrater ICC 0.08 at the head and 0.19 at the feet; intrarater 0.18-0.30; 28 adults, 2 examiners'],
    articleSource: false,
    unverifiedFields: ['authors', 'title', 'pages'],
    note: 'Abstract read on the journal site (78/11/1175); the first author\'s 1997 thesis has this title with a longer subtitle.',
  }),
  entry('hanten1998', {
    authors: 'Hanten WP, et al.',
    year: 1998,
    title: 'Craniosacral rhythm: reliability and relationships with cardiac and respiratory rates',
    container: 'J Orthop Sports Phys Ther',
    volume: '27',
    issue: '3',
    pages: '213-218',
    kind: 'journal-article',
    topic: 'claimed rhythm',
    usedFor: ['interexaminer ICC 0.22; intraexaminer 0.78 and 0.83; 2 examiners'],
    articleSource: false,
    note:
      'Abstract read in an index entry: 40 healthy adults. The Guillaud 2016 review table lists 30 subjects; the abstract figure is used.',
  }),
  entry('moranGibbons2001', {
    authors: 'Moran RW, Gibbons P',
    year: 2001,
    title: 'Intraexaminer and interexaminer reliability for palpation of the cranial rhythmic impulse at the head and sacrum',
    container: 'J Manipulative Physiol Ther',
    volume: '24',
    issue: '3',
    pages: '183-190',
    doi: '10.1016/S0161-4754(01)62711-8',
    kind: 'journal-article',
    topic: 'claimed rhythm',
    usedFor: ['interexaminer ICC -0.09 to +0.31; intraexaminer +0.52 to +0.73; 2 osteopaths, 11 subjects'],
    articleSource: false,
  }),
  entry('sommerfeld2004', {
    authors: 'Sommerfeld P, Kaider A, Klein P',
    year: 2004,
    title: 'Inter- and intraexaminer reliability in palpation of the "primary respiratory mechanism" within the "cranial concept"',
    container: 'Man Ther',
    volume: '9',
    issue: '1',
    pages: '22-29',
    doi: '10.1016/s1356-689x(03)00099-7',
    kind: 'journal-article',
    topic: 'claimed rhythm',
    usedFor: [
      'agreement no better than chance (2 examiners, 49 subjects, head and pelvis)',
      "the examiners' own breathing significantly influenced the rates they reported",
    ],
    articleSource: false,
    unverifiedFields: ['authors'],
    note: 'Title, journal, DOI and abstract read on PubMed; co-authors not shown there.',
  }),
  entry('guillaud2016', {
    authors: 'Guillaud A, Darbois N, Monvoisin R, Pinsault N',
    year: 2016,
    title: 'Reliability of diagnosis and clinical efficacy of cranial osteopathy: a systematic review',
    container: 'PLoS ONE',
    volume: '11',
    issue: '12',
    pages: 'e0167823',
    doi: '10.1371/journal.pone.0167823',
    kind: 'journal-article',
    topic: 'claimed rhythm',
    usedFor: ['systematic review of the palpation reliability studies (its Table 1 lists per-study ICCs)'],
    articleSource: false,
  }),
  entry('crow2009', {
    authors: 'Crow WT, King HH, Patterson RM, Giuliano V',
    year: 2009,
    title: 'Assessment of calvarial structure motion by MRI',
    container: 'Osteopath Med Prim Care',
    volume: '3',
    pages: '8',
    doi: '10.1186/1750-4732-3-8',
    kind: 'journal-article',
    topic: 'claimed rhythm',
    usedFor: [
      'MRI resolution 0.898 mm/pixel (1.5 T, 20 subjects)',
      'of seven shape measures only the intracranial area difference was both significant and above that resolution',
    ],
    articleSource: false,
  }),
  entry('sergueef2011', {
    authors: 'Sergueef N, Greer MA, Nelson KE, Glonek T',
    year: 2011,
    title: 'The palpated cranial rhythmic impulse (CRI): its normative rate and examiner experience',
    container: 'Int J Osteopath Med',
    volume: '14',
    issue: '1',
    pages: '10-16',
    kind: 'journal-article',
    topic: 'claimed rhythm',
    usedFor: ['palpated CRI rate 6.88 +/- 4.45 per minute (734 subjects, 727 valid), falling with examiner experience (1 y 7.39, 3-25 y 4.78 per minute)'],
    articleSource: false,
    note: 'First page and abstract read. The link to Traube-Hering-Mayer waves is the same group\'s (Nelson 2001), not stated in this abstract.',
  }),
  entry('mri2024', {
    authors: 'Authors not verified',
    year: 2024,
    title: 'Feasibility of dynamic MRI for measuring features of the cranial rhythmic impulse',
    container: 'BMC Musculoskelet Disord',
    doi: '10.1186/s12891-024-08064-y',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC11580391',
    kind: 'journal-article',
    topic: 'claimed rhythm',
    usedFor: [
      'mean "CRI wave" amplitudes 0.39, 0.60 and 0.49 mm between skull landmarks (15 adults, 0.60 Hz frame rate)',
      'technical error of measurement > 1 mm for two of the three distances, 0.32 mm for sella-glabella',
    ],
    articleSource: false,
    unverifiedFields: ['authors', 'title'],
    note: 'Abstract read on PMC. It reports wave frequencies as "5.65-6.76 Hz", which at a 0.6 Hz frame rate can only be cycles per minute.',
  }),

  // ---------------------------------------------------------------- the article's nine sources
  entry('arnadottir2013', {
    authors: 'Arnadottir TS, Sigurdardottir AK',
    year: 2013,
    title: 'Is craniosacral therapy effective for migraine? Tested with HIT-6 Questionnaire',
    container: 'Complement Ther Clin Pract',
    volume: '19',
    issue: '1',
    pages: '11-14',
    doi: '10.1016/j.ctcp.2012.09.003',
    kind: 'journal-article',
    topic: 'clinical',
    usedFor: ['migraine, randomised crossover, n = 20, waiting period as control (no sham); HIT-6 fell (p = 0.004)'],
    articleSource: true,
  }),
  entry('harrisonPage2011', {
    authors: 'Harrison RE, Page JS',
    year: 2011,
    title: 'Multipractitioner Upledger CranioSacral Therapy: descriptive outcome study 2007-2008',
    container: 'J Altern Complement Med',
    volume: '17',
    issue: '1',
    pages: '13-17',
    doi: '10.1089/acm.2009.0644',
    kind: 'journal-article',
    topic: 'clinical',
    usedFor: ['record review of 157 patients, no control group; 70 % of those on medication reduced or stopped it'],
    articleSource: true,
  }),
  entry('castroSanchez2016', {
    authors: 'Castro-Sánchez AM, et al.',
    year: 2016,
    title: 'Craniosacral therapy versus classic massage in chronic nonspecific low back pain: a randomized controlled trial',
    container: 'J Altern Complement Med',
    volume: '22',
    pages: '650',
    doi: '10.1089/acm.2016.0068',
    kind: 'journal-article',
    topic: 'clinical',
    usedFor: [
      'RCT n = 64, 10 sessions CST vs classic massage; primary outcome (Roland-Morris disability) not significant (p = 0.060); pain favoured CST',
    ],
    articleSource: true,
    unverifiedFields: ['authors', 'title', 'volume', 'pages'],
    note: 'Abstract and DOI read on the publisher page; volume and first page recalled.',
  }),
  entry('wetzler2017', {
    authors: 'Wetzler G, Roland M, Fryer-Dietz S, Dettmann-Ahern D',
    year: 2017,
    title: 'CranioSacral Therapy and Visceral Manipulation: a new treatment intervention for concussion recovery',
    container: 'Med Acupunct',
    volume: '29',
    issue: '4',
    pages: '239-248',
    doi: '10.1089/acu.2017.1222',
    kind: 'journal-article',
    topic: 'clinical',
    usedFor: ['single-blinded case series of 11 retired professional footballers with post-concussion syndrome; no control group'],
    articleSource: true,
  }),
  entry('kratz2017', {
    authors: 'Kratz SV, et al.',
    year: 2017,
    title: 'The use of CranioSacral therapy for Autism Spectrum Disorders: benefits from the viewpoints of parents, clients, and therapists',
    container: 'J Bodyw Mov Ther',
    volume: '21',
    issue: '1',
    pages: '19-29',
    kind: 'journal-article',
    topic: 'clinical',
    usedFor: ['online survey: 264 therapists and 124 parents reported perceived changes; no control group'],
    articleSource: true,
    unverifiedFields: ['authors'],
    note: 'Title, journal, pages and abstract read in an index entry; first author recalled.',
  }),
  entry('jakel2012', {
    authors: 'Jäkel A, von Hauenschild P',
    year: 2012,
    title: 'A systematic review to evaluate the clinical benefits of craniosacral therapy',
    container: 'Complement Ther Med',
    volume: '20',
    issue: '6',
    pages: '456-465',
    doi: '10.1016/j.ctim.2012.07.009',
    kind: 'journal-article',
    topic: 'clinical',
    usedFor: ['systematic review: evidence insufficient for firm conclusions about clinical benefit'],
    articleSource: true,
    note: 'Reference read as cited on the Cleveland Clinic page.',
  }),
  entry('haller2016', {
    authors: 'Haller H, Lauche R, Cramer H, Rampp T, Saha FJ, Ostermann T, Dobos G',
    year: 2016,
    title: 'Craniosacral therapy for the treatment of chronic neck pain: a randomized sham-controlled trial',
    container: 'Clin J Pain',
    volume: '32',
    issue: '5',
    pages: '441-449',
    doi: '10.1097/AJP.0000000000000290',
    kind: 'journal-article',
    topic: 'clinical',
    usedFor: ['sham-controlled RCT, n = 54: pain -21 mm VAS vs light-touch sham at week 8 (95 % CI -32.6 to -9.4)'],
    articleSource: true,
  }),
  entry('clevelandClinicCst', {
    authors: 'Cleveland Clinic',
    year: 2017,
    title: 'Craniosacral therapy',
    container: 'Cleveland Clinic health library (last reviewed 2017-11-29)',
    url: 'https://my.clevelandclinic.org/health/treatments/17677-craniosacral-therapy',
    kind: 'web-page',
    topic: 'clinical',
    usedFor: ["a practitioner-facing description of CST and the conditions it is offered for (the claims CranioLab tests)"],
    articleSource: true,
    note: 'Stored copy read; the page is revised over time.',
  }),
  entry('nindsHydrocephalus', {
    authors: 'National Institute of Neurological Disorders and Stroke (NIH)',
    shortAuthor: 'NINDS',
    year: 2023,
    title: 'Hydrocephalus fact sheet',
    container: 'NINDS, National Institutes of Health',
    kind: 'fact-sheet',
    topic: 'clinical',
    usedFor: ['a blocked CSF flow (hydrocephalus) is treated surgically, usually with a shunt, not by touch'],
    articleSource: true,
    unverifiedFields: ['year', 'url'],
    note: 'Content seen in a stored copy of the NIH fact sheet; the current page address and revision year were not checked, so no URL is given.',
  }),

  // ---------------------------------------------------------------- later reviews (balance)
  entry('haller2020', {
    authors: 'Haller H, Lauche R, Sundberg T, Dobos G, Cramer H',
    year: 2020,
    title: 'Craniosacral therapy for chronic pain: a systematic review and meta-analysis of randomized controlled trials',
    container: 'BMC Musculoskelet Disord',
    volume: '21',
    pages: '1',
    doi: '10.1186/s12891-019-3017-y',
    kind: 'journal-article',
    topic: 'clinical',
    usedFor: ['10 RCTs, 681 patients: small-to-moderate effects on pain and disability versus sham and usual care'],
    articleSource: false,
  }),
  entry('ceballosLaita2024', {
    authors: 'Ceballos-Laita L, Ernst E, Carrasco-Uribarren A, Cabanillas-Barea S, Esteban-Pérez J, Jiménez-del-Barrio S',
    year: 2024,
    title: 'Is craniosacral therapy effective? A systematic review and meta-analysis',
    container: 'Healthcare (Basel)',
    volume: '12',
    issue: '6',
    pages: '679',
    doi: '10.3390/healthcare12060679',
    kind: 'journal-article',
    topic: 'clinical',
    usedFor: ['15 RCTs: no statistically significant or clinically relevant benefit in the conditions assessed'],
    articleSource: false,
  }),
];

export const SOURCES: Readonly<Record<SourceId, Source>> = Object.fromEntries(
  ALL.map((s) => [s.id, s]),
) as Record<SourceId, Source>;

export const SOURCE_IDS: readonly SourceId[] = ALL.map((s) => s.id);

/** the nine sources of the article CranioLab starts from, in the order the source article lists them */
export const ARTICLE_SOURCE_IDS: readonly SourceId[] = ALL.filter((s) => s.articleSource).map((s) => s.id);

export function isSourceId(id: string): id is SourceId {
  return Object.prototype.hasOwnProperty.call(SOURCES, id);
}

/** Link target for a source: its DOI if we have one, otherwise its URL, otherwise undefined. */
export function sourceLink(id: SourceId): string | undefined {
  const s = SOURCES[id];
  if (s.doi) return `https://doi.org/${s.doi}`;
  return s.url;
}

/** Short label for readouts and chart legends, e.g. "Downey et al. 2006". */
export function shortCitation(id: SourceId): string {
  const s = SOURCES[id];
  const names = s.authors
    .replace(/,? et al\.$/, '')
    .split(', ')
    .map((a) => a.replace(/ [A-ZÅÄÖØ][A-Za-z]*( Jr)?$/, ''));
  if (s.shortAuthor) return `${s.shortAuthor} ${s.year}`;
  if (s.kind === 'web-page' || s.kind === 'fact-sheet' || s.authors.startsWith('Authors not')) {
    return s.authors.startsWith('Authors not') ? `${s.container} ${s.year}` : `${s.authors} ${s.year}`;
  }
  const many = names.length > 2 || s.authors.endsWith('et al.');
  const who = many ? `${names[0]} et al.` : names.join(' & ');
  return `${who} ${s.year}`;
}

/** Full reference in one line, Vancouver-like, for the Sources view and CSV exports. */
export function formatReference(id: SourceId): string {
  const s = SOURCES[id];
  let where = s.container;
  if (s.volume) where += ` ${s.volume}`;
  if (s.issue) where += `(${s.issue})`;
  if (s.pages) where += s.volume ? `:${s.pages}` : ` ${s.pages}`;
  const link = s.doi ? ` doi:${s.doi}` : s.url ? ` ${s.url}` : '';
  // no second full stop after a title that ends in "?" or "!"
  const title = /[.?!]$/.test(s.title) ? s.title : `${s.title}.`;
  return `${s.authors} (${s.year}). ${title} ${where}.${link}`;
}

/** The reference as a reader looks it up: authors (year), title, journal volume(issue):pages, DOI,
 *  leaving out only what was never confirmed (an unconfirmed author list or title would send a
 *  student looking for a paper that does not exist under that name). How far each entry was
 *  checked is documented in doc/sources.md, not shown to students. */
export function formatReferenceForReaders(id: SourceId): string {
  const s = SOURCES[id];
  const unsure = new Set(s.unverifiedFields ?? []);
  let where = s.container;
  if (s.volume) where += ` ${s.volume}`;
  if (s.issue) where += `(${s.issue})`;
  if (s.pages) where += s.volume ? `:${s.pages}` : ` ${s.pages}`;
  const title = unsure.has('title') ? '' : /[.?!]$/.test(s.title) ? `${s.title} ` : `${s.title}. `;
  const link = s.doi ? ` doi:${s.doi}` : '';
  const who = unsure.has('authors') ? '' : `${s.authors} `;
  return `${who}(${s.year}). ${title}${where}.${link}`;
}
