/**
 * vitest global setup: the CLI tests spawn bin/g5plan.mjs, which runs the compiled JavaScript in
 * dist-node/. Rebuild it when any source is newer than the build, so a test never runs stale code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = join(ROOT, 'dist-node/src/cli/main.js');

function newestMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMs(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function isCliBuildStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const sources = Math.max(...['src', 'workers', 'scripts/build-cli.mjs'].map((p) => {
    const path = join(ROOT, p);
    return statSync(path).isDirectory() ? newestMs(path) : statSync(path).mtimeMs;
  }));
  return sources > statSync(BUILT).mtimeMs;
}

export default function setup(): void {
  if (!isCliBuildStale()) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('building the CLI (scripts/build-cli.mjs) failed');
}
