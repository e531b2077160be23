/**
 * The command line runs compiled JavaScript (issue 15): no tsx in the bin script or in the
 * compiled worker entries, and a clear message (not a silent fallback) when the build is missing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'g5plan-bin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('compiled command line', () => {
  it('loads no TypeScript loader: the bin script and the compiled workers are plain JavaScript', () => {
    for (const file of ['bin/g5plan.mjs', 'dist-node/src/cli/main.js', 'dist-node/workers/node/coverage.worker.js', 'dist-node/workers/node/planning.worker.js']) {
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/tsx|\.ts['"]/);
    }
    const r = spawnSync(process.execPath, ['bin/g5plan.mjs', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('worker');
  });

  it('says clearly that the build is missing, and how to make it', () => {
    mkdirSync(join(tmp, 'bin'));
    copyFileSync(join(ROOT, 'bin/g5plan.mjs'), join(tmp, 'bin/g5plan.mjs'));
    const r = spawnSync(process.execPath, [join(tmp, 'bin/g5plan.mjs'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('the compiled command line is missing');
    expect(r.stderr).toContain('npm run build:cli');
  });
});
