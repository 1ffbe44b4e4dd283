// PLACEHOLDER, replaced at merge. The rabbit coronal suture's nonlinear law (toe, linear, yield,
// pull-out) is being written on main; it exports `sutureFailureForceN` from src/model/index.ts
// with this signature. Until it lands the model's rabbit suture is linear and never fails, so
// the failure force is Infinity and the Downey study reports no failure load.

import type { ParamValues } from './subjects';

/** Rabbit coronal suture / plate failure force, N (Infinity when the suture law has none).
 *  Placeholder: the linear suture of this branch never fails. */
export function sutureFailureForceN(_params?: Partial<ParamValues>): number {
  return Infinity;
}
