/**
 * What a coverage run over a BullMQ queue keeps in Redis (contract section 9). One queue,
 * "g5plan-tiles"; one job per tile carrying only { runId, tile, version }. The run's input
 * (sites, regions, areas: the large part) is stored once under the run's key; each tile's
 * result is stored by the worker that computed it (deflated typed arrays) until the run ends,
 * so a restarted coordinator finds every tile already done. The run id is a hash of the
 * input and the g5plan version: the same run started again resumes; other inputs are another run.
 */
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { hasPixelLayers, type CoveredTile, type TileResult } from '../../engine/coverage/compute-tile.ts';
import type { CoverageInput } from '../../engine/coverage/types.ts';

export const QUEUE_NAME = 'g5plan-tiles';
/** A job's lock: a worker that died holding a tile loses it this long after its last renewal. */
export const LOCK_MS = 8000;
export const STALLED_CHECK_MS = 3000;
export const JOB_ATTEMPTS = 3;

export interface TileJob {
  runId: string;
  tile: number;
  version: string;
}

/** The run the queue serves (g5plan:current). */
export interface CurrentRun {
  runId: string;
  version: string;
  tileCount: number;
  startedAt: string;
}

export const keys = {
  current: 'g5plan:current',
  input: (runId: string) => `g5plan:run:${runId}:input`,
  warnings: (runId: string) => `g5plan:run:${runId}:warnings`,
  tile: (runId: string, tile: number) => `g5plan:run:${runId}:tile:${tile}`,
  tilePattern: (runId: string) => `g5plan:run:${runId}:*`,
};

export const jobId = (runId: string, tile: number) => `${runId}-${tile}`;

export function runIdOf(inputJson: string, version: string): string {
  return createHash('sha256').update(version).update('\0').update(inputJson).digest('hex').slice(0, 16);
}

/** The run's input as stored: sites, regions, areas, resolution, settings, tile size. */
export function encodeInput(input: CoverageInput): string {
  return JSON.stringify(input);
}

export function decodeInput(text: string): CoverageInput {
  return JSON.parse(text) as CoverageInput;
}

const HEADER = 10;

/**
 * A tile result as bytes: its typed arrays end to end behind a small header, deflated. A
 * covered-only tile (a run without --raster: compute-tile.ts finishCoveredTile) carries the
 * population and covered layers alone; the header says which.
 */
export function encodeTile(t: CoveredTile): Buffer {
  const full = hasPixelLayers(t) ? t : null;
  const head = Float64Array.of(t.tileId, t.col0, t.row0, t.width, t.height, t.evaluations, t.pixelSitePairs, t.regionSums.length, t.areaSums.length, full ? 1 : 0);
  // 8-byte arrays first, then 4-byte, then bytes: every view stays aligned.
  const layers = full ? [full.rsrpDbm, full.sinrDb, full.bestSite, t.population, t.covered, full.inside] : [t.population, t.covered];
  const parts = [head, t.regionSums, t.areaSums, ...layers];
  return deflateSync(Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))), { level: 1 });
}

export function decodeTile(bytes: Buffer): CoveredTile | TileResult {
  const raw = inflateSync(bytes);
  // A fresh, aligned copy (Buffer pools may start at any offset).
  const buf = new ArrayBuffer(raw.byteLength);
  new Uint8Array(buf).set(raw);
  const head = new Float64Array(buf, 0, HEADER);
  const [tileId, col0, row0, width, height, evaluations, pixelSitePairs, nRegion, nArea, full] = head;
  const n = width * height;
  let at = 8 * HEADER;
  const take = <T>(make: (o: number, len: number) => T, len: number, size: number): T => { const v = make(at, len); at += len * size; return v; };
  const regionSums = take((o, l) => new Float64Array(buf, o, l), nRegion, 8);
  const areaSums = take((o, l) => new Float64Array(buf, o, l), nArea, 8);
  const sums = { tileId, col0, row0, width, height, evaluations, pixelSitePairs, regionSums, areaSums };
  if (!full) {
    const population = take((o, l) => new Float32Array(buf, o, l), n, 4);
    return { ...sums, population, covered: take((o, l) => new Uint8Array(buf, o, l), n, 1) };
  }
  const rsrpDbm = take((o, l) => new Float32Array(buf, o, l), n, 4);
  const sinrDb = take((o, l) => new Float32Array(buf, o, l), n, 4);
  const bestSite = take((o, l) => new Int32Array(buf, o, l), n, 4);
  const population = take((o, l) => new Float32Array(buf, o, l), n, 4);
  const covered = take((o, l) => new Uint8Array(buf, o, l), n, 1);
  const inside = take((o, l) => new Uint8Array(buf, o, l), n, 1);
  return { ...sums, rsrpDbm, sinrDb, bestSite, population, covered, inside };
}
