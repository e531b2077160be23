#!/usr/bin/env node
// Builds the command line's JavaScript (issue 15): every file under src/cli, src/engine and
// workers/node, plus what they import, compiled by tsc into dist-node/ with the same layout
// (src/cli/main.ts -> dist-node/src/cli/main.js). Run by `npm ci`/`npm install` (prepare) and
// before the test tiers that spawn the CLI. Type errors are `npm run typecheck`'s job: this
// only emits (noCheck), so a build takes seconds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist-node');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(OUT, { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status !== 0) {
  process.stderr.write('g5plan build: tsc failed to emit the command line (see above)\n');
  process.exit(r.status ?? 1);
}
// Modules find data and scripts by paths relative to their own file (new URL('../../data/..',
// import.meta.url)); the compiled files sit one level deeper, so every other top-level folder of
// the project (data, bin, ...) and package.json ("type": "module") are linked into dist-node/
// and those paths resolve to the same files.
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
