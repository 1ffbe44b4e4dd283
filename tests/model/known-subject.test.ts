// isKnownSubject guards every place a subject id arrives as a string from outside the model (the
// link in main.ts, the anatomy worker's message, a provided anatomy, the scene): an own key of
// HEAD_SHAPES only, so not what every object inherits.
import { describe, expect, it } from 'vitest';
import { isKnownSubject } from '../../src/model/geometry';
import { SUBJECT_IDS } from '../../src/model/subjects';

describe('isKnownSubject', () => {
  it('accepts the four subjects and nothing else, not even what every object has', () => {
    expect(SUBJECT_IDS).toHaveLength(4);
    for (const s of SUBJECT_IDS) expect(isKnownSubject(s)).toBe(true);
    for (const x of ['dragon', 'toString', '__proto__', 'constructor', '', 'Adult', null, undefined, 3, {}]) expect(isKnownSubject(x)).toBe(false);
  });
});
