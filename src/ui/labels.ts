// Display names of bones and sutures, for readouts and spoken text. Kept in the UI because they
// are words for people, not model vocabulary.

import { BONE_NAMES } from '../model/contrasts/scale';
import type { BoneId, SutureId } from '../model/types';

/** bone names as a readout's label starts them ("Right parietal bone"), from the one list of names */
export const BONE_LABELS = Object.fromEntries(
  Object.entries(BONE_NAMES).map(([id, name]) => [id, name[0].toUpperCase() + name.slice(1)]),
) as Readonly<Record<BoneId, string>>;

export const SUTURE_LABELS: Readonly<Record<SutureId, string>> = {
  'coronal-left': 'Coronal suture (left)',
  'coronal-right': 'Coronal suture (right)',
  sagittal: 'Sagittal suture',
  'lambdoid-left': 'Lambdoid suture (left)',
  'lambdoid-right': 'Lambdoid suture (right)',
  'squamous-left': 'Squamous suture (left)',
  'squamous-right': 'Squamous suture (right)',
  'pterion-left': 'Pterion (left)',
  'pterion-right': 'Pterion (right)',
  'occipitomastoid-left': 'Occipitomastoid suture (left)',
  'occipitomastoid-right': 'Occipitomastoid suture (right)',
};

// What presses the scalp, and the plates' plain statement: one wording, from the Scale comparison.
export { CONTACT_WORDS, PLATES_NO_SCALP } from '../model/contrasts/scale';
