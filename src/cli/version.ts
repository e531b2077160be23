/**
 * This g5plan's version for the queue: the package version plus the build's source hash
 * (dist-node/BUILD_ID, written by scripts/build-cli.mjs), so a coordinator and its workers
 * agree only when they run the same code. From source (tests under vitest): "+source".
 * G5PLAN_BUILD_ID overrides the build part (the tests use it to play a worker of another build).
 */
import { readFileSync } from 'node:fs';

const ROOT = new URL(import.meta.url.endsWith('.ts') ? '../../' : '../../../', import.meta.url);

let cached: string | null = null;

export function g5planVersion(): string {
  if (cached) return cached;
  const { version } = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version: string };
  let build = 'source';
  try { build = readFileSync(new URL('dist-node/BUILD_ID', ROOT), 'utf8').trim(); } catch { /* running from source */ }
  if (import.meta.url.endsWith('.ts')) build = 'source';
  return (cached = `${version}+${process.env.G5PLAN_BUILD_ID || build}`);
}
