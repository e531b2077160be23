/**
 * 10 log10(x) for the finishing pass, the raster's second-hottest loop (two per pixel). With
 * x = 2^e m, m in [1, 2): the top ten mantissa bits j index log2(1 + j / 1024) and its inverse,
 * and log2(1 + t), t = m / (1 + j / 1024) - 1 < 1/1024, takes four terms of its series. Error
 * below 1e-12 dB, far under the float32 the raster stores (about 1e-5 dB at -100 dBm). The
 * WebAssembly kernel's `db` does exactly these operations, much faster; this is its twin for
 * where WebAssembly is missing (tests/property/wasm-kernel.property.test.ts checks they agree).
 */
export const DB_STEPS = 1024;
/** log2(1 + j / DB_STEPS) for j < DB_STEPS, then 1 / (1 + j / DB_STEPS). */
export const DB_TABLES = new Float64Array(2 * DB_STEPS);
for (let j = 0; j < DB_STEPS; j++) {
  DB_TABLES[j] = Math.log2(1 + j / DB_STEPS);
  DB_TABLES[DB_STEPS + j] = 1 / (1 + j / DB_STEPS);
}
export const INV_LN2 = Math.LOG2E;
export const THIRD = 1 / 3;
export const DB_PER_LOG2 = 10 * Math.log10(2);

// One double and its halves (little-endian: [1] holds sign, exponent and the top of the mantissa).
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export function fastDb(x: number): number {
  f64[0] = x;
  const hi = u32[1];
  const e = (hi >>> 20) - 1023;
  if (e <= -1023 || e >= 1024 || x <= 0) return 10 * Math.log10(x); // zero, subnormal, negative, infinite, NaN
  const j = (hi >>> 10) & (DB_STEPS - 1);
  u32[1] = (hi & 0x000fffff) | 0x3ff00000; // the mantissa with exponent 0: m
  const t = f64[0] * DB_TABLES[DB_STEPS + j] - 1;
  return (e + (DB_TABLES[j] + t * INV_LN2 * (1 - t * (0.5 - t * (THIRD - t * 0.25))))) * DB_PER_LOG2;
}

/** A batch of values converted in place: fill `values[0 .. n)`, call run(n). */
export interface DbBatch {
  values: Float64Array;
  run(n: number): void;
}

let scratch = new Float64Array(0);

/** The JavaScript batch (the WebAssembly kernel has its own, see wasm-kernel.ts dbBatch). */
export function jsDbBatch(capacity: number): DbBatch {
  if (scratch.length < capacity) scratch = new Float64Array(capacity);
  const values = scratch;
  return { values, run: (n) => { for (let k = 0; k < n; k++) values[k] = fastDb(values[k]); } };
}
