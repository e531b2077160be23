/**
 * cold-cli-puyang-2022-50m (issue 15): whole processes, as a new user runs them, side by side in
 * one run: `g5plan coverage --dataset puyang --sites <plan> --res 50 --json` against the
 * brute-force baseline's own process on the same inputs (brute-force-process.ts), alternated so
 * both meet the same machine load; plus `g5plan --help`. Median of ROUNDS each.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchFigures } from './suite.ts';
import { PUYANG_PLAN_PATH } from './inputs.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = `${ROOT}bin/g5plan.mjs`;
const BRUTE_FORCE = `${ROOT}dist-node/src/cli/bench/brute-force-process.js`;
const ROUNDS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timedProcess(args: string[]): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

export function benchColdCli(): BenchFigures {
  const coverage: number[] = [], brute: number[] = [], help: number[] = [];
  const ownMs: number[] = [];
  let pixels = 0, sites = 0, coveredShare = 0, bruteCoveredShare = 0;
  for (let k = 0; k < ROUNDS; k++) {
    const c = timedProcess([BIN, 'coverage', '--dataset', 'puyang', '--sites', PUYANG_PLAN_PATH, '--res', '50', '--json']);
    const doc = JSON.parse(c.stdout) as { pixels: number; sites: number; coveredShare: number; elapsedMs: number };
    coverage.push(c.ms); ownMs.push(doc.elapsedMs);
    ({ pixels, sites, coveredShare } = doc);
    const b = timedProcess([BRUTE_FORCE, PUYANG_PLAN_PATH, 'puyang', '50']);
    brute.push(b.ms);
    bruteCoveredShare = (JSON.parse(b.stdout) as { coveredShare: number }).coveredShare;
    help.push(timedProcess([BIN, '--help']).ms);
  }
  const ms = median(coverage), bruteForceProcessMs = median(brute);
  return {
    ms, pixels, sites, elapsedMsInProcess: median(ownMs), bruteForceProcessMs, speedupVsBruteForce: Math.round((bruteForceProcessMs / ms) * 100) / 100,
    helpMs: median(help), coveredShare, bruteForceCoveredShare: bruteCoveredShare, rounds: ROUNDS,
  };
}
