#!/usr/bin/env node
// g5plan command line: runs the compiled JavaScript in dist-node/, built by `npm run build:cli`
// (the package's prepare step, so `npm ci` leaves it ready). Nothing is transpiled at run time.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const entry = new URL('../dist-node/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(`g5plan: the compiled command line is missing (${fileURLToPath(entry)}); run \`npm run build:cli\` (or \`npm ci\`) in ${root}\n`);
  process.exit(1);
}
// `g5plan coverage` computes on one coverage worker thread beside this one (src/cli/node-pool.ts).
// The thread is started now, so that it boots (about 0.1 s) while this one loads the command's
// modules; src/cli/node-worker.ts adopts it. Unref'd until then: unused, it does not hold the process.
const args = process.argv.slice(2);
if (args[0] === 'coverage' && !args.some((a) => /^(--queue|--help|-h)(=|$)/.test(a))) {
  const worker = new Worker(new URL('../dist-node/workers/node/coverage.worker.js', import.meta.url));
  const slot = Symbol.for('g5plan.prestartedCoverageWorker');
  worker.unref();
  worker.once('error', () => { if (globalThis[slot] === worker) delete globalThis[slot]; });
  globalThis[slot] = worker;
}
const { main } = await import(entry.href);
process.exitCode = await main(args);
