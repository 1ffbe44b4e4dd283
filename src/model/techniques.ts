// Techniques: how each hand placement turns into forces on bones. Placements follow the
// descriptions of the craniosacral (Upledger) and cranial osteopathic protocols in outline; the
// Downey distraction reproduces the 2006 rabbit experiment (doc/model.md section 5).
//
// Sites are directions on the unit head ellipsoid (see geometry.ts), so one placement fits every
// subject. Directions are unit vectors in the head frame (x right, y up, z forward).

import type { BoneId, Contact, SutureId, TechniqueId, Vec3 } from './types';

export interface Technique {
  id: TechniqueId;
  label: string;
  description: string;
  contacts: readonly Contact[];
  /** the bone whose displacement the readouts report */
  watchedBone: BoneId;
  /** the suture whose gap change the readouts report */
  watchedSuture: SutureId;
}

function unit(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / l, v[1] / l, v[2] / l];
}
const inward = (site: Vec3): Vec3 => unit([-site[0], -site[1], -site[2]]);

/** Both hands of a symmetric hold: contacts given for the right hand, mirrored for the left. */
function bothHands(right: readonly Omit<Contact, 'hand'>[]): Contact[] {
  const mirror = (v: Vec3): Vec3 => [-v[0], v[1], v[2]];
  return [
    ...right.map((c) => ({ ...c, hand: 'right' as const })),
    ...right.map((c) => ({
      ...c,
      site: mirror(c.site),
      direction: mirror(c.direction),
      bone: c.bone.replace('right', 'left') as BoneId,
      hand: 'left' as const,
    })),
  ];
}

function fingertip(bone: BoneId, site: Vec3, direction: Vec3, share: number): Omit<Contact, 'hand'> {
  return { bone, site: unit(site), direction: unit(direction), share, kind: 'fingertip' };
}

const vaultSites: readonly [BoneId, Vec3][] = [
  // Upledger's vault hold: index finger at the front of the temple, middle finger in front of
  // the ear, ring finger behind the ear, little finger on the occipital squama.
  ['frontal', [0.72, 0.05, 0.69]],
  ['temporal-right', [0.99, -0.05, 0.05]],
  ['parietal-right', [0.86, 0.4, -0.32]],
  ['occipital', [0.45, 0.05, -0.89]],
];

export const TECHNIQUES: Readonly<Record<TechniqueId, Technique>> = {
  'vault-hold': {
    id: 'vault-hold',
    label: 'Vault hold',
    description:
      'Both hands cradle the sides of the head, four fingertips each, pressing gently inward.',
    contacts: bothHands(vaultSites.map(([bone, s]) => fingertip(bone, s, inward(unit(s)), 0.25))),
    watchedBone: 'parietal-right',
    watchedSuture: 'squamous-right',
  },
  'frontal-lift': {
    id: 'frontal-lift',
    label: 'Frontal lift',
    description:
      'Fingertips hook the frontal bone on both sides of the forehead and lift it forward, away from the parietals.',
    contacts: bothHands([fingertip('frontal', [0.45, 0.35, 0.82], [0, 0.1, 1], 0.5)]),
    watchedBone: 'frontal',
    watchedSuture: 'coronal-right',
  },
  'parietal-lift': {
    id: 'parietal-lift',
    label: 'Parietal lift',
    description:
      'Fingertips on both parietal bones just above the squamous suture press slightly inward and lift toward the crown.',
    contacts: bothHands([fingertip('parietal-right', [0.87, 0.45, -0.2], [-0.25, 0.97, 0], 1)]),
    watchedBone: 'parietal-right',
    watchedSuture: 'squamous-right',
  },
  'fronto-occipital-hold': {
    id: 'fronto-occipital-hold',
    label: 'Fronto-occipital hold',
    description:
      'One hand lies across the forehead, the other cups the occiput; both press gently toward each other.',
    contacts: [
      { bone: 'frontal', site: unit([0, 0.3, 0.95]), direction: [0, 0, -1], share: 1, kind: 'palm', hand: 'right' },
      { bone: 'occipital', site: unit([0, 0.05, -1]), direction: [0, 0, 1], share: 1, kind: 'palm', hand: 'left' },
    ],
    watchedBone: 'frontal',
    watchedSuture: 'coronal-right',
  },
  cv4: {
    id: 'cv4',
    label: 'CV4 (occipital compression)',
    description:
      'The thenar eminences of cupped hands rest on the lateral angles of the occiput and squeeze gently toward the midline.',
    contacts: bothHands([
      { bone: 'occipital', site: unit([0.38, -0.12, -0.92]), direction: unit([-1, 0, 0.25]), share: 0.5, kind: 'palm' },
    ]),
    watchedBone: 'occipital',
    watchedSuture: 'lambdoid-right',
  },
  'downey-distraction': {
    id: 'downey-distraction',
    label: 'Suture pulled apart (Downey 2006 rabbit study)',
    description:
      'Microplates screwed to the frontal and parietal bones either side of the right coronal suture are pulled apart by a load cell, as Downey et al. did in rabbits.',
    contacts: [
      { bone: 'frontal', site: unit([0.4, 0.75, 0.52]), direction: [0, 0, 1], share: 1, kind: 'plate', hand: 'frontal-plate' },
      { bone: 'parietal-right', site: unit([0.4, 0.85, 0.15]), direction: [0, 0, -1], share: 1, kind: 'plate', hand: 'parietal-plate' },
    ],
    watchedBone: 'frontal',
    watchedSuture: 'coronal-right',
  },
};

export const TECHNIQUE_IDS = Object.keys(TECHNIQUES) as TechniqueId[];

/** The contact whose bone the readouts watch (the first on the watched bone): the one
 *  touchResponse reports the bone displacement and the scalp compression for. Its `kind` says
 *  what presses the scalp there: a fingertip pad, a palm, or a plate screwed to bone (no scalp). */
export function watchedContact<C extends Pick<Contact, 'bone'>>(t: { contacts: readonly C[]; watchedBone: BoneId }): C {
  return t.contacts.find((c) => c.bone === t.watchedBone) ?? t.contacts[0];
}
