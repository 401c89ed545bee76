// 32-bit hashing for the tagger's and parser's hashed features: strings hashed once per token, then
// features as integer mixes of template ids and token hashes, never string concatenation on the hot path.

/** FNV-1a over UTF-16 code units. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Mixes b into a: one rotation, one xor, one multiply (Fibonacci hashing). A bijection in each argument,
 * so features that differ in one value never collide by construction; tables index it by its high bits,
 * which the multiply mixes well. The 32 bits come back as a signed integer: as an unsigned one, half the
 * hashes are above 2^31 and V8 boxes each in a heap number (an allocation per feature); every use reads
 * them bitwise or stores them into a Uint32Array, which reads the same 32 bits either way.
 */
export function mix(a: number, b: number): number {
  return Math.imul(((a << 13) | (a >>> 19)) ^ b, 0x9e3779b1);
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}

export function mix4(a: number, b: number, c: number, d: number): number {
  return mix(mix(mix(a, b), c), d);
}

/** A seeded PRNG (mulberry32) so that training is deterministic. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
