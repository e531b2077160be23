/**
 * `g5plan worker --queue ...`: serves tile jobs of any run. Each of `concurrency` worker
 * threads (the same coverage worker as a local run) loads a run's input once, read from Redis
 * where the coordinator stored it, then computes tile after tile; each result is stored under
 * the run for the coordinator. BullMQ locks a job while it runs: a worker that dies mid-tile
 * loses its lock and another worker runs the tile again (stalled-job handling).
 */
import { hostname } from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { CoverageWorkerApi } from '../../../workers/api.ts';
import type { CoveredTile } from '../../engine/coverage/compute-tile.ts';
import type { CoverageInput } from '../../engine/coverage/types.ts';
import { startNodeWorker } from '../node-worker.ts';
import { g5planVersion } from '../version.ts';
import { connectRedis } from './connection.ts';
import { decodeInput, encodeTile, keys, LOCK_MS, QUEUE_NAME, STALLED_CHECK_MS, type TileJob } from './protocol.ts';

/** One coverage worker thread and the run it has loaded. */
class TileThread {
  private worker = startNodeWorker('coverage');
  private api: Remote<CoverageWorkerApi> = wrap<CoverageWorkerApi>(nodeEndpoint(this.worker));
  private runId: string | null = null;
  private version = 0;

  async compute(runId: string, input: CoverageInput, tile: number): Promise<{ tile: CoveredTile; warnings: string[] | null }> {
    let warnings: string[] | null = null;
    if (this.runId !== runId) {
      this.runId = null;
      warnings = (await this.api.load(input, ++this.version, { keepState: false, edit: null, sameStudy: false })).warnings;
      this.runId = runId;
    }
    // A run without --raster (input.coveredOnly) reads covered flags only: covered-only tiles.
    const [result] = await this.api.computeTiles(this.version, [tile], false, input.coveredOnly ?? false);
    return { tile: result as CoveredTile, warnings };
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

export interface TileServer {
  /** Stops taking jobs, lets the running tiles finish, then frees everything. */
  close(): Promise<void>;
  served(): number;
}

const TEST_TILE_HOLD_MS = Number(process.env.G5PLAN_TEST_TILE_HOLD_MS ?? 0);

export async function serveTiles(url: string, concurrency: number, log: (line: string) => void): Promise<TileServer> {
  const redis = await connectRedis(url);
  const version = g5planVersion(), me = `${hostname()}:${process.pid}`;
  const threads = Array.from({ length: concurrency }, () => new TileThread());
  const idle = [...threads];
  let inputs: { runId: string; input: Promise<CoverageInput> } | null = null;
  let served = 0;
  const inputOf = (runId: string): Promise<CoverageInput> => {
    if (inputs?.runId !== runId) {
      inputs = { runId, input: redis.get(keys.input(runId)).then((text) => {
        if (text === null) throw new UnrecoverableError(`run ${runId}: its input is gone from Redis (the run was finished or dropped)`);
        return decodeInput(text);
      }) };
    }
    return inputs.input;
  };
  const processTile = async (job: Job<TileJob>) => {
    const { runId, tile } = job.data;
    if (job.data.version !== version) {
      const message = `worker ${me} runs g5plan ${version}, the run needs g5plan ${job.data.version}: run the same g5plan build on every machine`;
      log(message);
      throw new UnrecoverableError(message);
    }
    const input = await inputOf(runId);
    // Fault-injection hook for the queue tests: hold each tile a while, so a worker killed
    // "mid-run" is reliably killed mid-tile (the tiles of a test run take milliseconds).
    if (TEST_TILE_HOLD_MS > 0) await new Promise((r) => setTimeout(r, TEST_TILE_HOLD_MS));
    const thread = idle.pop()!;
    try {
      const done = await thread.compute(runId, input, tile);
      const multi = redis.multi().set(keys.tile(runId, tile), encodeTile(done.tile));
      if (done.warnings) multi.set(keys.warnings(runId), JSON.stringify(done.warnings), 'NX');
      await multi.exec();
      served++;
      return { bytes: done.tile.width * done.tile.height };
    } finally {
      idle.push(thread);
    }
  };
  const worker = new Worker<TileJob>(QUEUE_NAME, processTile, {
    connection: redis, concurrency, lockDuration: LOCK_MS, stalledInterval: STALLED_CHECK_MS, maxStalledCount: 2,
  });
  worker.on('error', (e) => log(`queue error: ${e.message}`));
  await worker.waitUntilReady();
  log(`g5plan worker ${me}: serving ${url} (queue ${QUEUE_NAME}) with ${concurrency} thread${concurrency > 1 ? 's' : ''}, g5plan ${version}`);
  return {
    served: () => served,
    async close() {
      await worker.close();
      await Promise.all(threads.map((t) => t.terminate()));
      redis.disconnect();
    },
  };
}
