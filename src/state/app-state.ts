// The app's state type, derived from the one declaration of its fields (url-schema.ts OPTIONS):
// plain, serialisable data only (no three.js objects, no functions). It is the URL state, the
// embed API's state and a test fixture at once. Force is in grams at this edge (`forceG`) because
// students think in grams ("the weight of a nickel"); the model takes newtons.

import type { AppOption, COLOR_PROFILES, StateOf, VIEW_IDS } from './url-schema';

export type AppState = StateOf<AppOption>;
export type ViewId = (typeof VIEW_IDS)[number];
export type ColorProfile = (typeof COLOR_PROFILES)[number];
