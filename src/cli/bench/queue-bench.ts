/**
 * Issue 15's scale benchmarks (on demand, not in the default suite):
 * - henan-2022-100m-queue: the Henan plan at 100 m over a BullMQ queue on a Redis server of
 *   its own (free loopback port) with 1 and 2 local `g5plan worker` processes, against the local
 *   pool of 2 threads; peak memory of each worker process from /proc (VmHWM).
 * - national-2025-100m: 26 stations per 10,000 residents in every county (seeded), every
 *   embedded province at 100 m, one province after another, streamed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { generateScalePlan } from '../../engine/synthetic/scale-plan.ts';
import { DEFAULT_RADIO } from '../../engine/model/defaults.ts';
import { poolSource, streamCoverage } from '../coverage-stream.ts';
import { loadDataset, readDatasetIndex } from '../dataset.ts';
import { createNodeCoveragePool } from '../node-pool.ts';
import type { BenchFigures } from './suite.ts';
import { henan2022 } from './inputs.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const NATIONAL_PER_10K = 26, NATIONAL_SEED = 20251231;

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
});

function startProcess(command: string, args: string[]): { child: ChildProcess; stderr: () => string } {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => { err += d; });
  return { child, stderr: () => err };
}

const peakMiB = (pid: number) => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024);

async function stop(p: { child: ChildProcess }): Promise<void> {
  p.child.kill('SIGTERM');
  await new Promise((r) => p.child.once('exit', r));
}

export async function benchHenanQueue(): Promise<BenchFigures> {
  const input = await henan2022(100);
  const port = await freePort(), url = `redis://127.0.0.1:${port}`;
  const redis = startProcess('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no']);
  const figures: Record<string, number> = {};
  try {
    await new Promise((r) => setTimeout(r, 300));
    const { queueSource } = await import('../queue/coordinator.ts');
    for (const n of [1, 2]) {
      const workers = Array.from({ length: n }, () => startProcess(process.execPath, ['bin/g5plan.mjs', 'worker', '--queue', url, '--concurrency', '1']));
      for (const w of workers) while (!w.stderr().includes('serving')) await new Promise((r) => setTimeout(r, 50));
      const run = await streamCoverage(await queueSource(url, input, { fresh: true }), input);
      figures[`queue${n}Ms`] = Math.round(run.elapsedMs);
      figures[`queue${n}WorkerPeakMiB`] = Math.max(...workers.map((w) => peakMiB(w.child.pid!)));
      figures.pixels = run.stats.pixels;
      await Promise.all(workers.map(stop));
    }
    const pool = createNodeCoveragePool(2);
    try {
      figures.localPoolMs = Math.round((await streamCoverage(poolSource(pool, input), input)).elapsedMs);
    } finally {
      pool.dispose();
    }
  } finally {
    await stop(redis);
  }
  return { ms: figures.queue2Ms, sites: input.sites.length, ...figures, pixels: figures.pixels } as BenchFigures;
}

export async function benchNational(): Promise<BenchFigures> {
  const pool = createNodeCoveragePool(2);
  const provinces: { id: string; stations: number; pixels: number; ms: number; coveredShare: number; rssMiB: number }[] = [];
  const t0 = performance.now();
  // G5PLAN_NATIONAL_ONLY=id,id,...: a subset (to extrapolate from when the whole run is too long).
  const only = process.env.G5PLAN_NATIONAL_ONLY?.split(',');
  try {
    // Every province of the embedded data (data/index.json: one entry per province).
    for (const id of (await readDatasetIndex()).map((d) => d.id).filter((id) => !only || only.includes(id))) {
      const dataset = await loadDataset(id);
      const people = dataset.regions.reduce((n, r) => n + (r.population ?? 0), 0);
      const sites = generateScalePlan(dataset, Math.round((people * NATIONAL_PER_10K) / 10_000), NATIONAL_SEED);
      const input = { sites, regions: dataset.regions, areas: dataset.areas, resM: 100, settings: DEFAULT_RADIO };
      const run = await streamCoverage(poolSource(pool, input), input);
      const row = { id, stations: sites.length, pixels: run.stats.pixels, ms: Math.round(run.elapsedMs), coveredShare: run.stats.coveredShare, rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) };
      provinces.push(row);
      process.stderr.write(`national-2025-100m ${JSON.stringify(row)}\n`); // a long run: progress per province
    }
  } finally {
    pool.dispose();
  }
  const sum = (k: 'stations' | 'pixels' | 'ms') => provinces.reduce((n, p) => n + p[k], 0);
  return { ms: sum('ms'), wallMsWithGeneration: Math.round(performance.now() - t0), pixels: sum('pixels'), sites: sum('stations'), provinces: provinces.length, perProvince: provinces };
}
