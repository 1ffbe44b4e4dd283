// The app's state: plain, serialisable data only (no three.js objects, no functions).
// It is the URL state, the embed API's state and a test fixture at once. Force is in grams at
// this edge because students think in grams ("the weight of a nickel"); the model takes newtons.

import type { SubjectId, TechniqueId } from '../model/types';

export type ViewId = 'sim' | 'scale' | 'rhythm' | 'downey' | 'finder' | 'sources';
export type ColorProfile = 'default' | 'projector';

export interface AppState {
  subject: SubjectId;
  technique: TechniqueId;
  /** applied force, grams-force (1 g = 9.80665e-3 N) */
  forceG: number;
  playing: boolean;
  /** simulated seconds per wall-clock second */
  speed: number;
  /** visual exaggeration of displacement in the scene (1 = true scale) */
  exaggeration: number;
  trueScale: boolean;
  cutaway: boolean;
  view: ViewId;
  lecture: boolean;
  /** lecture step, 1-based */
  step: number;
  colorProfile: ColorProfile;
  embed: boolean;
  seed: number;
}
