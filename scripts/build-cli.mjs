#!/usr/bin/env node
// Builds the command line's JavaScript (issue 15) into dist-node/: esbuild bundles the CLI entry
// (src/cli/main.ts), the Node worker entries (workers/node/*.worker.ts) and the brute-force
// baseline's process into a few files, the subcommands and lazily loaded writers into shared
// chunks. A cold `g5plan coverage` then reads a handful of files instead of ~200 modules (each
// resolved, stat'ed and compiled on its own, in the main thread and again in every worker).
// Run by `npm ci`/`npm install` (prepare) and before the test tiers that spawn the CLI. Type
// errors are `npm run typecheck`'s job: this only emits, in about a second.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist-node');

rmSync(OUT, { recursive: true, force: true });
try {
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts', 'workers/node/coverage.worker.ts', 'workers/node/planning.worker.ts', 'src/cli/bench/brute-force-process.ts'],
    outdir: OUT, outbase: '.', bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20',
    // Chunks sit beside main.js (dist-node/src/cli/), two folders deep like every entry but the
    // baseline, so the modules' `new URL('../../data/...', import.meta.url)` paths still resolve
    // (data/ and the other top-level folders are linked into dist-node/ below).
    chunkNames: 'src/cli/chunk-[hash]',
    // Native or large CommonJS packages of rarely used commands stay in node_modules.
    external: ['bullmq', 'ioredis', 'msgpackr', 'exceljs'],
    // CommonJS packages bundled into ES modules call require() for Node's own modules.
    banner: { js: "import { createRequire as __g5planRequire } from 'node:module'; const require = __g5planRequire(import.meta.url);" },
    logLevel: 'warning',
  });
} catch {
  process.stderr.write('g5plan build: esbuild failed to bundle the command line (see above)\n');
  process.exit(1);
}
// Modules find data and scripts by paths relative to their own file (new URL('../../data/..',
// import.meta.url)); from dist-node/src/cli/ those lead into dist-node/, so every other top-level
// folder of the project (data, bin, ...) and package.json ("type": "module") are linked there.
const EMITTED = new Set(['src', 'workers', 'dist-node', 'node_modules']);
for (const entry of readdirSync(ROOT, { withFileTypes: true })) {
  if (EMITTED.has(entry.name) || entry.name.startsWith('.') || !(entry.isDirectory() || entry.name === 'package.json')) continue;
  symlinkSync(join('..', entry.name), join(OUT, entry.name));
}
// The build's identity: a hash of every source it compiled, so queue workers of other code are told apart (src/cli/version.ts).
const hash = createHash('sha256');
const sources = (dir) => readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) ? [join(dir, e.name)] : []));
for (const file of ['src', 'workers'].flatMap(sources).sort()) hash.update(file).update(readFileSync(join(ROOT, file)));
writeFileSync(join(OUT, 'BUILD_ID'), hash.digest('hex').slice(0, 12) + '\n');
if (!existsSync(join(OUT, 'src/cli/main.js'))) {
  process.stderr.write('g5plan build: dist-node/src/cli/main.js was not written\n');
  process.exit(1);
}
