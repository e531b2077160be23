/**
 * The benchmark suite (issue 2 section 5, issue 5): each entry runs one measured piece of work
 * and returns its figures. `g5plan bench` runs every entry in a child process of its own, so
 * peak memory (maxRSS, worker threads included) belongs to that entry alone.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { computeCoverage } from '../../engine/coverage/compute-coverage.ts';
import { oneShotTileState } from '../../engine/coverage/compute-tile.ts';
import { prepareJob } from '../../engine/coverage/job.ts';
import type { CoverageInput } from '../../engine/coverage/types.ts';
import { createNodeCoveragePool } from '../node-pool.ts';
import { bruteForceCoverage, turfUnionCoverage } from './baselines.ts';
import { henan2022, provincePlan, PUYANG_PLAN_PATH, puyang2022 } from './inputs.ts';
import { TERRAIN_BENCHMARKS } from './terrain.ts';

const BIN = fileURLToPath(new URL('../../../bin/g5plan.mjs', import.meta.url));

export interface BenchFigures {
  ms: number;
  pixels: number | null;
  sites: number | null;
  [extra: string]: unknown;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const WORKERS = 2;
const INCREMENTAL_WARMUP = 3, INCREMENTAL_MOVES = 15;

export async function poolRuns(resM: number, load: (resM: number) => ReturnType<typeof puyang2022>, runs: number): Promise<BenchFigures> {
  const input = await load(resM);
  const pool = createNodeCoveragePool(WORKERS);
  try {
    const cold = await pool.run(input);
    const times: number[] = [];
    let last = cold;
    // Warm runs as the app reruns: workers warmed up, the last raster's buffers recycled.
    for (let k = 0; k < runs; k++) { last = await pool.run({ ...input }, { reuse: last.raster }); times.push(last.elapsedMs); }
    const ms = runs ? median(times) : cold.elapsedMs;
    return {
      ms, pixels: last.stats.pixels, sites: input.sites.length, workers: WORKERS, coldMs: Math.round(cold.elapsedMs),
      pixelsPerS: Math.round(last.stats.pixels / (ms / 1000)), pixelSiteEvaluationsPerS: Math.round(last.pixelSitePairs / (ms / 1000)),
      cellEvaluationsPerS: Math.round(last.evaluations / (ms / 1000)),
      coveredShare: last.stats.coveredShare,
    };
  } finally {
    pool.dispose();
  }
}

/** Times `work` on the Puyang 2022 plan at 50 m (input loading not counted). */
async function timedOnPuyang(work: (input: CoverageInput) => { pixels?: number | null; evaluations?: number; pixelSitePairs?: number; [k: string]: unknown }): Promise<BenchFigures> {
  const input = await puyang2022(50);
  const t0 = performance.now();
  const { pixels = null, evaluations, pixelSitePairs, ...extra } = work(input);
  const ms = performance.now() - t0;
  const perS = (n: number | undefined) => (n ? Math.round(n / (ms / 1000)) : undefined);
  return {
    ms, pixels, sites: input.sites.length,
    ...(evaluations ? { evaluationsPerS: perS(evaluations) } : {}), ...(pixelSitePairs ? { pixelSiteEvaluationsPerS: perS(pixelSitePairs) } : {}), ...extra,
  };
}

/** One site moved 200 m at a time in an editing session (keepState), median of the measured moves. */
export async function incrementalMoves(loading: Promise<CoverageInput>): Promise<BenchFigures> {
  const input = await loading;
  const pool = createNodeCoveragePool(WORKERS);
  try {
    await pool.run(input, { keepState: true });
    const times: number[] = [], tiles: number[] = [];
    let sites = input.sites, macros = 0;
    const total = INCREMENTAL_WARMUP + INCREMENTAL_MOVES;
    for (let k = 0; k < total; k++) {
      const i = Math.floor((k + 0.5) * sites.length / total);
      const moved = { ...sites[i], lonLat: [sites[i].lonLat[0] + 0.0022, sites[i].lonLat[1]] as [number, number] };
      sites = sites.map((s, j) => (j === i ? moved : s));
      const r = await pool.run({ ...input, sites }, { keepState: true });
      times.push(r.elapsedMs);
      tiles.push(r.recomputedTiles);
      if (k >= INCREMENTAL_WARMUP && moved.kind === 'macro') macros++;
    }
    const measured = times.slice(INCREMENTAL_WARMUP), sorted = [...measured].sort((a, b) => a - b);
    return {
      ms: median(measured), pixels: null, sites: input.sites.length, recomputedTiles: median(tiles.slice(INCREMENTAL_WARMUP)),
      firstMoveMs: times[0], p90Ms: sorted[Math.floor(0.9 * (sorted.length - 1))], maxMs: sorted[sorted.length - 1], macroMoves: macros,
    };
  } finally {
    pool.dispose();
  }
}

/** `onDemand`: long; run only when named with --only, never in the default suite. */
export const BENCHMARKS: Record<string, { about: string; onDemand?: boolean; run: () => Promise<BenchFigures> }> = {
  'puyang-2022-50m': {
    about: 'Puyang synthetic 2022 plan, 50 m, RSRP + best server + SINR + region statistics, 2 workers (median of 3 warm runs, reusing the last raster as the app does; coldMs: the first run of fresh workers)',
    run: () => poolRuns(50, puyang2022, 3),
  },
  'brute-force-puyang-2022-50m': {
    about: 'baseline: one thread, each site over its 3 km window, free-space loss, best power per pixel (evaluations = pixel-site pairs)',
    run: () => timedOnPuyang((input) => bruteForceCoverage(input)),
  },
  'turf-union-puyang-2022': {
    about: 'baseline: turf.circle 1.2 km x 64 steps per site, turf.union, intersect, turf.area',
    run: () => timedOnPuyang((input) => turfUnionCoverage(input)),
  },
  ...TERRAIN_BENCHMARKS,
  'incremental-move': {
    about: `one site moved 200 m on the Puyang 2022 plan at 50 m: coverage and statistics updated (median of ${INCREMENTAL_MOVES} moves of sites spread over the plan, after ${INCREMENTAL_WARMUP} warm-up moves, as in an editing session)`,
    run: () => incrementalMoves(puyang2022(50)),
  },
  'henan-2022-100m': {
    about: '168,000 generated stations over Henan (167,000 km2) at 100 m, 2 workers, one cold run',
    run: () => poolRuns(100, henan2022, 0),
  },
  'gansu-2022-100m': {
    about: 'issue 13: the synthetic Gansu 2022 plan (30,000 stations, generated first, not timed) over the whole province (425,800 km2) at 100 m, coverage and statistics streamed as g5plan coverage runs them, 2 workers, one cold run',
    run: async () => (await import('./streamed.ts')).benchStreamed(100, (resM) => provincePlan('gansu-2020-2022', 2022, resM)),
  },
  'shaanxi-2023-100m': {
    about: 'issue 13: the synthetic Shaanxi 2023 plan (18 per 10,000 residents, about 71,000 stations, generated first, not timed) over the province (205,600 km2) at 100 m, coverage and statistics streamed as g5plan coverage runs them, 2 workers, one cold run',
    run: async () => (await import('./streamed.ts')).benchStreamed(100, (resM) => provincePlan('shaanxi-2021-2023', 2023, resM)),
  },
  'henan-2022-25m': {
    about: 'issue 15, on demand (long): the 168,000-station Henan plan at 25 m streamed (g5plan coverage\'s route: memory bounded by tiles in flight), 2 workers, one cold run; not in the default suite',
    onDemand: true,
    run: async () => (await import('./streamed.ts')).benchStreamed(25),
  },
  'henan-2022-100m-queue': {
    about: 'issue 15, on demand: the Henan plan at 100 m over a BullMQ queue (own Redis on loopback) with 1 and 2 local worker processes, against the local pool of 2 threads',
    onDemand: true,
    run: async () => (await import('./queue-bench.ts')).benchHenanQueue(),
  },
  'national-2025-100m': {
    about: 'issue 15, on demand (long): 26 stations per 10,000 residents in every county (seeded), every embedded province at 100 m, streamed, 2 workers',
    onDemand: true,
    run: async () => (await import('./queue-bench.ts')).benchNational(),
  },
  'puyang-2022-50m-single-thread': {
    about: 'the same work as puyang-2022-50m on the calling thread (no workers; WebAssembly kernel; evaluations = pixel-cell pairs)',
    run: () => timedOnPuyang((input) => {
      const out = computeCoverage(input);
      return { pixels: out.stats.pixels, evaluations: out.evaluations, pixelSitePairs: out.pixelSitePairs };
    }),
  },
  'puyang-2022-50m-single-thread-js': {
    about: 'the same with the JavaScript kernel (input kernel "js"): the fallback where WebAssembly is missing',
    run: () => timedOnPuyang((input) => {
      const out = computeCoverage({ ...input, kernel: 'js' });
      return { pixels: out.stats.pixels, evaluations: out.evaluations, pixelSitePairs: out.pixelSitePairs };
    }),
  },
  'tile-loop-puyang-2022-50m': {
    about: 'the pixel kernel alone: every tile of the Puyang plan at 50 m without finishing, one thread, warm (median of 3); ms = WebAssembly, jsMs = JavaScript',
    run: async () => {
      const input = await puyang2022(50);
      const loop = (kernel: 'auto' | 'js') => {
        const job = prepareJob({ ...input, kernel });
        const times: number[] = [];
        let evaluations = 0;
        for (let k = 0; k < 4; k++) {
          const t0 = performance.now();
          evaluations = 0;
          for (let t = 0; t < job.tilesX * job.tilesY; t++) evaluations += oneShotTileState(job, t).evaluations;
          if (k > 0) times.push(performance.now() - t0); // the first pass warms the code up
        }
        return { ms: median(times), evaluations };
      };
      const wasm = loop('auto'), js = loop('js');
      return { ms: wasm.ms, pixels: null, sites: input.sites.length, jsMs: js.ms, cellEvaluationsPerS: Math.round(wasm.evaluations / (wasm.ms / 1000)) };
    },
  },
  'check-puyang-2022-50m': {
    about: 'g5plan check of the Puyang plan for 2022 at 50 m, the whole command (process start to exit)',
    run: async () => {
      const args = [BIN, 'check', '--sites', PUYANG_PLAN_PATH, '--targets', 'puyang-2020-2022', '--year', '2022', '--json'];
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`check failed: ${r.stderr}`);
      const report = JSON.parse(r.stdout) as { results: { pass: boolean | null }[] };
      return { ms, pixels: null, sites: 4653, passed: report.results.filter((x) => x.pass === true).length, failed: report.results.filter((x) => x.pass === false).length };
    },
  },
  'cold-cli-puyang-2022-50m': {
    about: 'issue 15: whole processes, cold: g5plan coverage --dataset puyang --res 50 --json against the brute-force baseline\'s process on the same inputs (median of 5, alternated), and g5plan --help',
    run: async () => (await import('./cold-cli.ts')).benchColdCli(),
  },
  'plan-puyang-restore': {
    about: 'issue 5: restore the 2022 area targets after removing 30% of the Puyang sites (candidates: them + 3x decoys)',
    run: async () => {
      const { benchPlanRestore } = await import('./plan-restore.ts');
      const r = await benchPlanRestore();
      return { ...r, pixels: null, sites: null };
    },
  },
};
