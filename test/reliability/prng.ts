// A small seeded PRNG (mulberry32) so every fuzz case can be replayed from its seed.

export interface Rng {
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: (xs) => xs[int(0, xs.length - 1)]!, chance: (p) => next() < p };
}

/**
 * The base seed of a run: WHOSAID_SEED when set (to replay a failure), else a
 * fixed default so CI is reproducible. WHOSAID_SEED=random picks a new one.
 */
export function baseSeed(fallback: number): number {
  const env = process.env.WHOSAID_SEED;
  if (!env) return fallback;
  if (env === 'random') return (Math.random() * 2 ** 32) >>> 0;
  const n = Number(env);
  if (!Number.isInteger(n)) throw new Error(`WHOSAID_SEED must be an integer, got ${env}`);
  return n >>> 0;
}

/** How many cases: WHOSAID_FUZZ_CASES overrides the default (a longer soak locally). */
export function caseCount(fallback: number): number {
  const n = Number(process.env.WHOSAID_FUZZ_CASES);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
