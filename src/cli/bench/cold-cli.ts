/**
 * cold-cli-puyang-2022-50m (issue 15): whole processes, as a new user runs them, side by side in
 * one run: `g5plan coverage --dataset puyang --sites <plan> --res 50 --json` against the
 * brute-force baseline's own process on the same inputs (brute-force-process.ts), alternated so
 * both meet the same machine load; plus `g5plan --help`. Median of ROUNDS each.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchFigures } from './suite.ts';
import { PUYANG_PLAN_PATH } from './inputs.ts';

// Benchmarks run compiled (bin/g5plan.mjs); the baseline is its own bundled entry in dist-node/.
const BIN_URL = new URL('../../../bin/g5plan.mjs', import.meta.url);
const BIN = fileURLToPath(BIN_URL);
const BRUTE_FORCE = fileURLToPath(new URL('../dist-node/src/cli/bench/brute-force-process.js', BIN_URL));
const ROUNDS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU time of this process's finished children, ms (Linux /proc: cutime + cstime, in 1/100 s). */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Wall time and CPU time (all threads) of a whole process: on a loaded machine the CPU time still tells the work apart. */
function timedProcess(args: string[]): { ms: number; cpuMs: number; stdout: string } {
  const cpu0 = childrenCpuMs(), t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return { ms, cpuMs: childrenCpuMs() - cpu0, stdout: r.stdout };
}

export function benchColdCli(): BenchFigures {
  const coverage: number[] = [], brute: number[] = [], help: number[] = [], coverageCpu: number[] = [], bruteCpu: number[] = [];
  const ownMs: number[] = [];
  let pixels = 0, sites = 0, coveredShare = 0, bruteCoveredShare = 0;
  for (let k = 0; k < ROUNDS; k++) {
    const c = timedProcess([BIN, 'coverage', '--dataset', 'puyang', '--sites', PUYANG_PLAN_PATH, '--res', '50', '--json']);
    const doc = JSON.parse(c.stdout) as { pixels: number; sites: number; coveredShare: number; elapsedMs: number };
    coverage.push(c.ms); ownMs.push(doc.elapsedMs); coverageCpu.push(c.cpuMs);
    ({ pixels, sites, coveredShare } = doc);
    const b = timedProcess([BRUTE_FORCE, PUYANG_PLAN_PATH, 'puyang', '50']);
    brute.push(b.ms); bruteCpu.push(b.cpuMs);
    bruteCoveredShare = (JSON.parse(b.stdout) as { coveredShare: number }).coveredShare;
    help.push(timedProcess([BIN, '--help']).ms);
  }
  const ms = median(coverage), bruteForceProcessMs = median(brute);
  return {
    ms, pixels, sites, elapsedMsInProcess: median(ownMs), bruteForceProcessMs, speedupVsBruteForce: Math.round((bruteForceProcessMs / ms) * 100) / 100,
    helpMs: median(help), cpuMs: median(coverageCpu), bruteForceCpuMs: median(bruteCpu), coveredShare, bruteForceCoveredShare: bruteCoveredShare, rounds: ROUNDS,
  };
}
