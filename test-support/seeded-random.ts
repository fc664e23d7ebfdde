/** The seed used when `JUJUTS_TEST_SEED` is unset; print it with any failure so a run can be replayed. */
export const DEFAULT_SEED = 20_261_125;

/** The seed for this run: `JUJUTS_TEST_SEED` (to replay a failure) or {@link DEFAULT_SEED}. */
export function testSeed(): number {
  const raw = process.env['JUJUTS_TEST_SEED'];
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`JUJUTS_TEST_SEED must be an integer, got "${raw}"`);
  return seed;
}

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on
 * every machine, which `Math.random` cannot promise.
 */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('SeededRandom.pick: the list is empty');
    return item;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}
