/**
 * Coverage over a BullMQ queue on a real Redis server (contract section 9), with the compiled
 * CLI in separate processes: three workers and a coordinator, one worker SIGKILLed mid-run
 * (its tile is run again) and one SIGTERMed (finishes its tile, exits 0), output identical to
 * the local run; a coordinator killed mid-run and started again resumes; bad input (unreachable
 * Redis, another run's leftovers, a worker of another build) is one clear line.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from './redis-server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = 'bin/g5plan.mjs';
const PUYANG = ['--dataset', 'puyang', '--sites', 'data/puyang/plan-synthetic.geojson', '--res', '100'];
/**
 * Small tiles: many jobs, so a run lasts long enough to stop processes in the middle of it. The
 * local run uses the same tiles (population sums are added per tile, so another tile size may
 * differ in the last digits).
 */
const SMALL_TILES = ['--tile-size', '16'];

interface Proc { child: ChildProcess; stderr: () => string; stdout: () => string; exit: Promise<number | null> }

function start(args: string[], env: NodeJS.ProcessEnv = {}): Proc {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let out = '', err = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { err += d; });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => err, stdout: () => out, exit };
}

async function until(what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const t0 = Date.now();
  while (!(await ok())) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const progressOf = (p: Proc) => Math.max(0, ...[...p.stderr().matchAll(/progress ([\d.]+)%/g)].map((m) => Number(m[1])));
const withoutTime = (json: string) => { const { elapsedMs: _, ...rest } = JSON.parse(json); return rest; };

let redis: TestRedis;
let local: Record<string, unknown>;
const workers: Proc[] = [];

beforeAll(async () => {
  redis = await startTestRedis(7);
  const r = spawnSync(process.execPath, [BIN, 'coverage', ...PUYANG, ...SMALL_TILES, '--json'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(0);
  local = withoutTime(r.stdout);
});

afterAll(async () => {
  for (const w of workers) w.child.kill('SIGKILL');
  await redis?.stop();
});

beforeEach(async () => { await redis.flush(); });

const worker = (env: NodeJS.ProcessEnv = {}) => { const w = start(['worker', '--queue', redis.url, '--concurrency', '1'], env); workers.push(w); return w; };
const ready = (w: Proc) => until('the worker to start', () => w.stderr().includes('serving'));

describe('g5plan coverage --queue', () => {
  it('three workers, one SIGKILLed and one SIGTERMed mid-run: the same output as the local run', async () => {
    // Worker a holds each tile 300 ms, so the SIGKILL below lands mid-tile, not between two jobs.
    const [a, b, c] = [worker({ G5PLAN_TEST_TILE_HOLD_MS: '300' }), worker(), worker()];
    await Promise.all([a, b, c].map(ready));
    const coordinator = start(['coverage', ...PUYANG, ...SMALL_TILES, '--queue', redis.url, '--progress', '--json']);
    await until('20% of the tiles', () => progressOf(coordinator) >= 20);
    a.child.kill('SIGKILL');
    await until('50% of the tiles', () => progressOf(coordinator) >= 50);
    b.child.kill('SIGTERM');
    expect(await b.exit).toBe(0);
    expect(b.stderr()).toMatch(/stopped after [1-9]\d* tiles/);
    expect(await coordinator.exit).toBe(0);
    expect(withoutTime(coordinator.stdout())).toEqual(local);
    // The killed worker held a tile: BullMQ found it stalled and ran it again.
    expect(coordinator.stderr()).toMatch(/its worker stopped mid-tile; the queue runs it again/);
    c.child.kill('SIGTERM');
    expect(await c.exit).toBe(0);
  });

  it('a coordinator killed mid-run and started again resumes; meanwhile a run with other inputs is refused', async () => {
    const first = start(['coverage', ...PUYANG, ...SMALL_TILES, '--queue', redis.url, '--progress', '--json']);
    const w = worker();
    await until('some tiles', () => progressOf(first) >= 10);
    first.child.kill('SIGKILL');
    w.child.kill('SIGTERM');
    expect(await w.exit).toBe(0);
    // Other inputs (a coarser grid) on the same queue: refused while the first run has tiles left.
    const other = spawnSync(process.execPath, [BIN, 'coverage', ...PUYANG.slice(0, -1), '200', '--queue', redis.url, '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(other.status).toBe(1);
    expect(other.stderr.trim().split('\n')).toHaveLength(1);
    expect(other.stderr).toContain('the queue holds an unfinished run with other inputs');
    const v = worker();
    await ready(v);
    const again = start(['coverage', ...PUYANG, ...SMALL_TILES, '--queue', redis.url, '--progress', '--json']);
    expect(await again.exit).toBe(0);
    expect(again.stderr()).toMatch(/resuming run [0-9a-f]+: [1-9]\d* tiles already done/);
    expect(withoutTime(again.stdout())).toEqual(local);
    v.child.kill('SIGTERM');
    expect(await v.exit).toBe(0);
  });

  it('--queue-fresh drops an unfinished run with other inputs and runs its own', async () => {
    const abandoned = start(['coverage', ...PUYANG, ...SMALL_TILES, '--queue', redis.url, '--progress', '--json']);
    await until('the abandoned run to queue its tiles', () => redis.hasKey('g5plan:current'));
    await new Promise((r) => setTimeout(r, 500));
    abandoned.child.kill('SIGKILL');
    const w = worker();
    await ready(w);
    const fresh = spawnSync(process.execPath, [BIN, 'coverage', ...PUYANG.slice(0, -1), '300', '--queue', redis.url, '--queue-fresh', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(fresh.stderr).toBe('');
    expect(fresh.status).toBe(0);
    expect(JSON.parse(fresh.stdout).resM).toBe(300);
    w.child.kill('SIGTERM');
    expect(await w.exit).toBe(0);
  });

  it('a worker of another g5plan build: one clear line from the coordinator, exit 1', async () => {
    const stranger = worker({ G5PLAN_BUILD_ID: 'someother' });
    await ready(stranger);
    const r = start(['coverage', ...PUYANG, '--queue', redis.url, '--json']);
    expect(await r.exit).toBe(1);
    expect(r.stderr().trim().split('\n')).toHaveLength(1);
    expect(r.stderr()).toMatch(/runs g5plan 0\.\d+\.\d+\+someother, the run needs g5plan/);
    stranger.child.kill('SIGTERM');
    await stranger.exit;
  });

  it('an unreachable Redis: one clear line, exit 1, for the coordinator and a worker', () => {
    for (const args of [['coverage', ...PUYANG, '--queue', 'redis://127.0.0.1:1', '--json'], ['worker', '--queue', 'redis://127.0.0.1:1']]) {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('redis://127.0.0.1:1: cannot reach Redis (ECONNREFUSED)');
    }
  });
});
