// One memo for the pure, deterministic builders that are asked for the same answer many times:
// a subject's anatomy, a head shape's bregma, the mechanics of a parameter set (the force finder
// bisects over it), a tab's spectrum or finder result. The key defaults to the first argument.

/**
 * Wraps `build` so equal keys return the first result. `limit` bounds the cache (cleared when
 * full) for keys drawn from an open set, such as parameter sets in the Downey study's animals.
 */
export function memoize<A extends unknown[], V>(
  build: (...args: A) => V,
  keyOf: (...args: A) => unknown = (...args) => args[0],
  limit = Infinity,
): (...args: A) => V {
  const cache = new Map<unknown, V>();
  return (...args) => {
    const key = keyOf(...args);
    if (cache.has(key)) return cache.get(key)!;
    if (cache.size >= limit) cache.clear();
    const v = build(...args);
    cache.set(key, v);
    return v;
  };
}
