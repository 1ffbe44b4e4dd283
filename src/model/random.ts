// Seeded pseudo-random numbers, so every run with the same seed gives the same numbers.
// mulberry32: a small, fast 32-bit generator with good statistical quality for simulation noise.

export class SeededRandom {
  private state: number;
  private spare: number | null = null;

  constructor(seed: number) {
    // mix the seed so that every 32-bit seed, 0 included, starts a distinct stream
    this.state = hashedUniformBits(Number.isFinite(seed) ? Math.floor(seed) >>> 0 : 1, 0, 0);
  }

  /** uniform in [0, 1) */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** standard normal (Box-Muller, using both values) */
  gaussian(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    const u = Math.max(this.next(), 1e-12);
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
}

/** A uniform in [0, 1) that depends only on (seed, index, channel): a stateless hash
 *  (splitmix32-style mixing), so reading a value never changes the next one. */
export function hashedUniform(seed: number, index: number, channel: number): number {
  return hashedUniformBits(seed, index, channel) / 4294967296;
}

function hashedUniformBits(seed: number, index: number, channel: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index >>> 0, 0x85ebca77) ^ Math.imul(channel + 1, 0xc2b2ae3d)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad);
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
  h ^= h >>> 15;
  return h >>> 0;
}

/** A standard normal that depends only on (seed, index, channel). */
export function hashedGaussian(seed: number, index: number, channel: number): number {
  const u = Math.max(hashedUniform(seed, index, 2 * channel), 1e-12);
  const v = hashedUniform(seed, index, 2 * channel + 1);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
