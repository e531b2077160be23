/**
 * The full-pass tile computation on the WebAssembly kernel (splat.wat): the job's link tables
 * and one tile's working state live in the module's memory, and the state handed back is a set
 * of views on it, valid until the next tile. Sites with sectors of different vertical patterns
 * (no combined table) still go through the JavaScript splatSite on the same views.
 * Bit-identical to the JavaScript full pass (tests/property/wasm-kernel.property.test.ts).
 */
import type { PreparedJob } from '../prepared-job.ts';
import { ATAN_STEPS, AZIMUTH_STEPS, AZIMUTH_TABLE, PATTERN_FLOOR } from '../link-tables.ts';
import { COLUMN_STRIDE, newTileState, siteRowRange, splatSite, tileCandidates, POWER_QUANTUM_PER_MW, type TileState } from '../tile-state.ts';
import { WASM_BYTES } from './splat-wasm.ts';
import { siteTerrainFor } from '../terrain-factors.ts';
import { terrainTableLength } from '../../terrain/site-terrain.ts';
import { DB_PER_LOG2, DB_TABLES, INV_LN2, THIRD, type DbBatch } from '../fast-db.ts';

type SplatFn = (
  w: number, xMin: number, yMin: number, res: number, inside: number, bestMw: number, bestSite: number, groupSum: number,
  sx: number, sy: number, r2: number, tab: number, tabLast: number, v: number, pat: number, n: number, rot: number, s: number,
  columns: number, colStride: number, azimuth: number, rLo: number, rHi: number, floor: number, quantum: number, atanSteps: number, atanRow: number,
  keep: number, secondMw: number, secondSite: number, cMin: number, cMax: number, rM: number, insideBefore: number,
  terr: number, terrNRad: number, terrCount: number, terrStepM: number, skipMw: number, sums: number,
) => number;

// The few WebAssembly types used, declared here: the engine compiles against the ES library alone.
interface WasmMemory { readonly buffer: ArrayBuffer; grow(pages: number): number }
type DbFn = (ptr: number, n: number, tables: number, invLn2: number, third: number, dbPerLog2: number) => void;
type CountInsideFn = (inside: number, w: number, r0: number, r1: number, out: number) => void;
interface WasmRuntime {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: { memory: WasmMemory; splat: SplatFn; db: DbFn; countInside: CountInsideFn } };
}

/** Fixed at the start of memory: fast-db.ts's tables; job layouts come after. */
const DB_TABLES_AT = 0;
const JOB_LAYOUT_AT = 8 * DB_TABLES.length;

const PAGE = 65536;
const align8 = (n: number) => (n + 7) & ~7;

/** Where the bound job's tables and the tile state sit in memory (byte offsets). */
interface Layout {
  job: PreparedJob;
  azimuth: number;
  gain: number[];
  v: number;
  pattern: number;
  /** A_V = 1 and A_H = 1 everywhere: an omni site's "sector". */
  unitV: number;
  unitPattern: number;
  columns: number;
  inside: number;
  bestMw: number;
  bestSite: number;
  groupSum: number;
  secondMw: number;
  secondSite: number;
  /** Two doubles per tile pixel for dbBatch. */
  dbScratch: number;
  /** Int32 per tile row: inside pixels left of each column (w + 1 per row). */
  insideBefore: number;
  /** The terrain factors of the site being splatted (copied in per site and tile), or 0 without terrain. */
  terrain: number;
  scratch: TileState;
  secondMwView: Float64Array;
  secondSiteView: Int32Array;
}

export class WasmTileKernel {
  private layout: Layout | null = null;

  constructor(private memory: WasmMemory, private splat: SplatFn, private db: DbFn, private countInside: CountInsideFn) {
    if (memory.buffer.byteLength < JOB_LAYOUT_AT) memory.grow(Math.ceil(JOB_LAYOUT_AT / PAGE));
    new Float64Array(memory.buffer, DB_TABLES_AT, DB_TABLES.length).set(DB_TABLES);
  }

  /** 10 log10 in place over the module's scratch (fast-db.ts, bit for bit), for a tile of `job`. */
  dbBatch(job: PreparedJob): DbBatch {
    const L = this.bind(job);
    const values = new Float64Array(this.memory.buffer, L.dbScratch, 2 * job.tileSizePx * job.tileSizePx);
    return { values, run: (n) => this.db(L.dbScratch, n, DB_TABLES_AT, INV_LN2, THIRD, DB_PER_LOG2) };
  }

  /**
   * A full pass over one tile. Without the runner-up (keepSecond false) the state is a view on
   * the module's memory, valid until the next call; with it, an owned copy to keep and edit,
   * written into `into` (a dropped state of the same size) when given.
   */
  computeTileState(job: PreparedJob, tileId: number, keepSecond = false, into?: TileState, sureMw = 0): TileState {
    const L = this.bind(job);
    const st = newTileState(job, tileId, false, L.scratch, keepSecond ? 0 : sureMw);
    const npx = st.width * st.height;
    if (keepSecond) {
      st.secondMw = L.secondMwView.subarray(0, npx).fill(0);
      st.secondSite = L.secondSiteView.subarray(0, npx).fill(-1);
    }
    const res = job.grid.resM, xMin = job.grid.x0M + st.col0 * res, yMin = job.grid.y0M + st.row0 * res;
    let evaluations = 0, pixelSitePairs = 0;
    // Only the window of inside pixels: half of Puyang's tiles lie wholly outside it.
    const win = st.insideWindow;
    // Running count of inside pixels per row (w + 1 entries a row), for the kernel's evaluation count.
    if (win) this.countInside(L.inside, st.width, win[0], win[1], L.insideBefore);
    for (const s of win ? tileCandidates(job, st, win) : []) {
      const c0 = job.cellStart[s], pOff = job.sitePatternOffset[s];
      // An omni site is one cell with A = 0 dB: the unit tables give exactly g for best and sum.
      const omni = job.cellHOffset[c0] < 0;
      if (pOff < 0 && !omni) { splatSite(job, s, st, 1, null, win!); continue; }
      const [rLo, rHi] = siteRowRange(job, s, st, win![0], win![1]);
      if (rLo > rHi) continue;
      const n = job.cellStart[s + 1] - c0, rM = job.siteRadiusM[s];
      const g = job.siteGainTable[s];
      const terr = siteTerrainFor(job, s);
      if (terr) new Float32Array(this.memory.buffer, L.terrain, terr.factor.length).set(terr.factor);
      const pairs = this.splat(
        st.width, xMin, yMin, res, L.inside, L.bestMw, L.bestSite, L.groupSum + 8 * job.siteGroup[s] * npx,
        job.siteXM[s], job.siteYM[s], rM * rM, L.gain[g], job.gainTables[g].length - 1,
        omni ? L.unitV : L.v + 4 * job.cellVOffset[c0], omni ? L.unitPattern : L.pattern + 4 * pOff, n, omni ? 0 : job.sitePatternRotation[s], s,
        L.columns, 4 * job.tileSizePx, L.azimuth, rLo, rHi, PATTERN_FLOOR, POWER_QUANTUM_PER_MW, ATAN_STEPS, ATAN_STEPS + 1,
        keepSecond ? 1 : 0, L.secondMw, L.secondSite, win![2], win![3], rM, L.insideBefore,
        terr ? L.terrain : 0, terr?.nRad ?? 0, terr?.count ?? 0, terr?.stepM ?? 1, st.sureMw, st.sureMw > 0 ? 0 : 1,
      );
      evaluations += pairs * n;
      pixelSitePairs += pairs;
    }
    st.evaluations += evaluations;
    st.pixelSitePairs += pixelSitePairs;
    if (!keepSecond) return st;
    const fits = !!into && into.inside.length === npx && into.groupSum.length === st.groupSum.length && !!into.secondMw && !!into.secondSite;
    if (!fits) {
      return {
        ...st, inside: st.inside.slice(), bestMw: st.bestMw.slice(), bestSite: st.bestSite.slice(), groupSum: st.groupSum.slice(),
        secondMw: st.secondMw!.slice(), secondSite: st.secondSite!.slice(),
      };
    }
    // Recycled buffers: no fresh pages to fault in, nothing for the collector.
    const out = into!;
    out.inside.set(st.inside); out.bestMw.set(st.bestMw); out.bestSite.set(st.bestSite); out.groupSum.set(st.groupSum);
    out.secondMw!.set(st.secondMw!); out.secondSite!.set(st.secondSite!);
    return { ...st, inside: out.inside, bestMw: out.bestMw, bestSite: out.bestSite, groupSum: out.groupSum, secondMw: out.secondMw, secondSite: out.secondSite };
  }

  /** Copies the job's tables into memory (once per job) and lays out the tile state after them. */
  private bind(job: PreparedJob): Layout {
    if (this.layout?.job === job) return this.layout;
    const tile = job.tileSizePx * job.tileSizePx, groups = job.groupNoiseMw.length;
    let at = JOB_LAYOUT_AT;
    const take = (bytes: number) => { const p = at; at = align8(at + bytes); return p; };
    const azimuth = take(2 * AZIMUTH_TABLE.length);
    const gain = job.gainPairs.map((t) => take(4 * t.length));
    const v = take(4 * job.vFlat.length), pattern = take(4 * job.patternFlat.length);
    const longest = job.gainTables.reduce((m, t) => Math.max(m, t.length), 0);
    const unitV = take(4 * longest), unitPattern = take(4 * 2 * AZIMUTH_STEPS); // two turns, as every combined table
    const columns = take(4 * COLUMN_STRIDE * job.tileSizePx), inside = take(tile), bestMw = take(8 * tile), bestSite = take(4 * tile);
    const groupSum = take(8 * tile * Math.max(1, groups)), secondMw = take(8 * tile), secondSite = take(4 * tile);
    const dbScratch = take(8 * 2 * tile), insideBefore = take(4 * (job.tileSizePx + 1) * job.tileSizePx);
    // Room for the largest site's terrain table (its size follows from its radius and the grid).
    let terrainFloats = 0;
    if (job.input.terrain) for (let s = 0; s < job.siteCount; s++) terrainFloats = Math.max(terrainFloats, terrainTableLength(job.siteBaseRadiusM[s], job.grid.resM));
    const terrain = terrainFloats > 0 ? take(4 * terrainFloats) : 0;
    if (at > this.memory.buffer.byteLength) this.memory.grow(Math.ceil((at - this.memory.buffer.byteLength) / PAGE));
    const buf = this.memory.buffer;
    new Int16Array(buf, azimuth, AZIMUTH_TABLE.length).set(AZIMUTH_TABLE);
    job.gainPairs.forEach((t, i) => new Float32Array(buf, gain[i], t.length).set(t));
    new Float32Array(buf, v, job.vFlat.length).set(job.vFlat);
    new Float32Array(buf, pattern, job.patternFlat.length).set(job.patternFlat);
    new Float32Array(buf, unitV, longest).fill(1);
    new Float32Array(buf, unitPattern, 2 * AZIMUTH_STEPS).fill(1);
    const scratch: TileState = {
      col0: 0, row0: 0, width: job.tileSizePx, height: job.tileSizePx, insideWindow: null, masks: null,
      inside: new Uint8Array(buf, inside, tile), bestMw: new Float64Array(buf, bestMw, tile), bestSite: new Int32Array(buf, bestSite, tile),
      secondMw: null, secondSite: null, groupSum: new Float64Array(buf, groupSum, tile * Math.max(1, groups)), rescan: null, sureMw: 0, evaluations: 0, pixelSitePairs: 0,
    };
    this.layout = {
      job, azimuth, gain, v, pattern, unitV, unitPattern, columns, dbScratch, insideBefore, terrain, inside, bestMw, bestSite, groupSum, secondMw, secondSite, scratch,
      secondMwView: new Float64Array(buf, secondMw, tile), secondSiteView: new Int32Array(buf, secondSite, tile),
    };
    return this.layout;
  }
}

/** The kernel a job asks for: this thread's WebAssembly one, unless its input says "js" (or there is none). */
export function wasmKernelFor(job: PreparedJob): WasmTileKernel | null {
  return job.input.kernel === 'js' ? null : wasmTileKernel();
}

let shared: WasmTileKernel | null | undefined;

/** This thread's kernel, or null where WebAssembly is unavailable (the JavaScript path is used). */
export function wasmTileKernel(): WasmTileKernel | null {
  if (shared !== undefined) return shared;
  const runtime = (globalThis as unknown as { WebAssembly?: WasmRuntime }).WebAssembly;
  try {
    const { memory, splat, db, countInside } = new runtime!.Instance(new runtime!.Module(WASM_BYTES), { math: { log10: Math.log10 } }).exports;
    shared = new WasmTileKernel(memory, splat, db, countInside);
  } catch {
    shared = null;
  }
  return shared;
}
