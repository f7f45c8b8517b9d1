/**
 * Seeded randomness for the sample and benchmark generators. Only integer and IEEE-exact
 * arithmetic (no Math.random, no transcendental functions), so the same seed gives the same
 * bytes on every machine and Node version.
 */

/** A stream of uniform numbers in [0, 1). */
export type Uniform = () => number;

/** mulberry32 (Tommy Ettinger): a 32-bit state, period 2^32, good enough for synthetic data. */
export function mulberry32(seed: number): Uniform {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the UTF-16 code units of `text`: a 32-bit seed for a named stream. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The independent stream for one named part of the model (e.g. `seed|120112100001|volunteers`),
 * so adding a unit or a metric never shifts the numbers of another.
 */
export function streamFor(seed: number, ...parts: readonly (string | number)[]): Random {
  return new Random(mulberry32(hashSeed(`${seed}|${parts.join('|')}`)));
}

/** Draws built on a uniform stream. */
export class Random {
  constructor(readonly uniform: Uniform) {}

  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.uniform() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /**
   * Approximately standard normal: Irwin–Hall sum of four uniforms, rescaled to variance 1.
   * Bounded at ±3.46, which keeps synthetic outliers plausible and needs no log/cos.
   */
  normal(): number {
    const s = this.uniform() + this.uniform() + this.uniform() + this.uniform();
    return (s - 2) * 1.7320508075688772;
  }

  /** x rounded up with probability equal to its fraction, so the mean is kept (x ≥ 0). */
  stochasticRound(x: number): number {
    const floor = Math.floor(x);
    return floor + (this.uniform() < x - floor ? 1 : 0);
  }

  /**
   * A non-negative integer count with mean ≈ lambda and relative spread sigma
   * (multiplicative noise, then stochastic rounding).
   */
  count(lambda: number, sigma: number): number {
    if (!(lambda >= 0)) throw new Error(`count: bad lambda ${lambda}`);
    return this.stochasticRound(lambda * Math.max(0, 1 + sigma * this.normal()));
  }

  /** Number of successes in n trials of probability p (n is small here). */
  binomial(n: number, p: number): number {
    let k = 0;
    for (let i = 0; i < n; i++) if (this.uniform() < p) k++;
    return k;
  }

  /** A factor with median 1 and spread ≈ sigma, from a bounded normal (1 + σz, floored at 0.25). */
  factor(sigma: number): number {
    return Math.max(0.25, 1 + sigma * this.normal());
  }

  /** A right-skewed factor with median 1 and spread ≈ sigma, like a log-normal: (1 + σz/2)². */
  skewedFactor(sigma: number): number {
    const r = Math.max(0, 1 + (sigma / 2) * this.normal());
    return r * r;
  }
}
