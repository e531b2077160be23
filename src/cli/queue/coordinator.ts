/**
 * `g5plan coverage --queue redis://...`: the coordinator. Stores the run's input once, adds one
 * job per tile not yet done, then reads the tiles' results in tile order as workers finish them
 * and hands them to the same sinks as a local run (coverage-stream.ts): same numbers, bit for bit.
 * Restarted with the same inputs it resumes (the tiles done stay in Redis until the run ends).
 */
import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { CoveredTile } from '../../engine/coverage/compute-tile.ts';
import { DEFAULT_TILE_SIZE_PX } from '../../engine/coverage/job.ts';
import { studyGrid } from '../../engine/coverage/study-area.ts';
import type { CoverageInput } from '../../engine/coverage/types.ts';
import type { TileSource } from '../coverage-stream.ts';
import { UserError } from '../user-error.ts';
import { g5planVersion } from '../version.ts';
import { connectRedis } from './connection.ts';
import { decodeTile, encodeInput, JOB_ATTEMPTS, jobId, keys, QUEUE_NAME, runIdOf, type CurrentRun, type TileJob } from './protocol.ts';

const READ_AHEAD = 32;
const POLL_MS = 50;

export interface QueueOptions {
  /** Drop an unfinished run with other inputs left on the queue. */
  fresh: boolean;
  log?: (line: string) => void;
}

/** Connects first, so an unreachable server fails before anything is read or written. */
export async function queueSource(url: string, input: CoverageInput, options: QueueOptions): Promise<TileSource> {
  const redis = await connectRedis(url);
  return async (onTile, { onStart, onProgress }) => {
    const queue = new Queue<TileJob>(QUEUE_NAME, { connection: redis });
    const events = new QueueEvents(QUEUE_NAME, { connection: redis.duplicate() });
    try {
      return await coordinate(redis, queue, events, url, input, options, onTile, onStart, onProgress);
    } finally {
      await Promise.allSettled([events.close(), queue.close()]);
      redis.disconnect();
    }
  };
}

async function coordinate(
  redis: Redis, queue: Queue<TileJob>, events: QueueEvents, url: string, input: CoverageInput, options: QueueOptions,
  onTile: (t: CoveredTile) => void, onStart: Parameters<TileSource>[1]['onStart'], onProgress: Parameters<TileSource>[1]['onProgress'],
) {
  const t0 = performance.now();
  const version = g5planVersion(), inputJson = encodeInput(input), runId = runIdOf(inputJson, version);
  const grid = studyGrid(input.sites, input.regions, input.resM, input.frameCenterLonLat);
  const size = input.tileSizePx ?? DEFAULT_TILE_SIZE_PX;
  const tileCount = Math.ceil(grid.width / size) * Math.ceil(grid.height / size);
  await dropOtherRun(redis, queue, url, runId, options.fresh);
  await redis.set(keys.input(runId), inputJson);
  const current: CurrentRun = { runId, version, tileCount, startedAt: new Date().toISOString() };
  await redis.set(keys.current, JSON.stringify(current));
  let failure: Error | null = null;
  events.on('failed', ({ jobId: id, failedReason }) => {
    if (id.startsWith(`${runId}-`)) void queue.getJobState(id).then((state) => { if (state === 'failed') failure = new UserError(`--queue ${url}: tile ${id.slice(runId.length + 1)} failed: ${failedReason}`); });
  });
  events.on('stalled', ({ jobId: id }) => { if (id.startsWith(`${runId}-`)) options.log?.(`tile ${id.slice(runId.length + 1)}: its worker stopped mid-tile; the queue runs it again`); });
  await events.waitUntilReady();
  const resumed = await addMissingJobs(redis, queue, runId, version, tileCount);
  if (resumed) options.log?.(`resuming run ${runId}: ${resumed} tiles already done`);
  onStart?.(grid, tileCount);
  let next = 0, pixels = 0, evaluations = 0, pixelSitePairs = 0;
  while (next < tileCount) {
    if (failure) throw failure;
    const ids = Array.from({ length: Math.min(READ_AHEAD, tileCount - next) }, (_, k) => next + k);
    const found = await redis.pipeline(ids.map((t) => ['getBuffer', keys.tile(runId, t)])).exec();
    let k = 0;
    for (; k < ids.length && found?.[k]?.[1]; k++) {
      const t = decodeTile(found[k][1] as Buffer);
      onTile(t);
      pixels += t.width * t.height; evaluations += t.evaluations; pixelSitePairs += t.pixelSitePairs;
    }
    next += k;
    if (k) onProgress?.({ fraction: next / tileCount, pixelsPerS: pixels / Math.max(1e-3, (performance.now() - t0) / 1000) });
    else await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const warnings = JSON.parse((await redis.get(keys.warnings(runId))) ?? '[]') as string[];
  await deleteRun(redis, runId);
  if ((await redis.get(keys.current))?.includes(runId)) await redis.del(keys.current);
  return { grid, tileCount, evaluations, pixelSitePairs, elapsedMs: performance.now() - t0, warnings };
}

/** Another run's leftovers: refused while it has tiles to do (unless fresh), else cleaned away. */
async function dropOtherRun(redis: Redis, queue: Queue<TileJob>, url: string, runId: string, fresh: boolean): Promise<void> {
  const other = JSON.parse((await redis.get(keys.current)) ?? 'null') as CurrentRun | null;
  if (!other || other.runId === runId) return;
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
  const left = Object.values(counts).reduce((a, b) => a + b, 0);
  if (left > 0 && !fresh) {
    throw new UserError(`--queue ${url}: the queue holds an unfinished run with other inputs (run ${other.runId}, g5plan ${other.version}, ${left} of ${other.tileCount} tiles left, started ${other.startedAt}); let it finish, or add --queue-fresh to drop it`);
  }
  await queue.obliterate({ force: true });
  await deleteRun(redis, other.runId);
}

/** Adds a job for every tile without a result; failed jobs of this run are retried. Returns the tiles already done. */
async function addMissingJobs(redis: Redis, queue: Queue<TileJob>, runId: string, version: string, tileCount: number): Promise<number> {
  const missing: number[] = [];
  for (let t0 = 0; t0 < tileCount; t0 += 1000) {
    const ids = Array.from({ length: Math.min(1000, tileCount - t0) }, (_, k) => t0 + k);
    const exists = await redis.pipeline(ids.map((t) => ['exists', keys.tile(runId, t)])).exec();
    ids.forEach((t, k) => { if (!exists?.[k]?.[1]) missing.push(t); });
  }
  for (const job of await queue.getFailed()) if (job.data.runId === runId) await job.retry();
  for (let i = 0; i < missing.length; i += 1000) {
    await queue.addBulk(missing.slice(i, i + 1000).map((tile) => ({
      name: 'tile', data: { runId, tile, version },
      opts: { jobId: jobId(runId, tile), attempts: JOB_ATTEMPTS, backoff: { type: 'fixed', delay: 500 }, removeOnComplete: true, removeOnFail: false },
    })));
  }
  return tileCount - missing.length;
}

async function deleteRun(redis: Redis, runId: string): Promise<void> {
  let cursor = '0';
  do {
    const [nextCursor, found] = await redis.scan(cursor, 'MATCH', keys.tilePattern(runId), 'COUNT', 1000);
    if (found.length) await redis.del(...found);
    cursor = nextCursor;
  } while (cursor !== '0');
}
