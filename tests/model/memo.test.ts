// memoize serves the model's expensive pure builders (anatomy, bregma, mechanics): equal keys must
// return the very same result, other keys a fresh one, and a bounded cache must keep working.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/model/memo';

describe('memoize', () => {
  it('builds once per key, by the first argument unless told otherwise', () => {
    let builds = 0;
    const square = memoize((x: number) => {
      builds++;
      return { x2: x * x };
    });
    expect(square(3)).toBe(square(3));
    expect(square(4).x2).toBe(16);
    expect(builds).toBe(2);
  });

  it('keys on what keyOf returns and clears when the limit is reached', () => {
    let builds = 0;
    const add = memoize(
      (a: number, b: number) => {
        builds++;
        return a + b;
      },
      (a, b) => `${a}|${b}`,
      2,
    );
    expect([add(1, 2), add(2, 1), add(1, 2)]).toEqual([3, 3, 3]);
    expect(builds).toBe(2);
    add(5, 5); // third key: the full cache is cleared first
    add(1, 2);
    expect(builds).toBe(4);
  });
});
