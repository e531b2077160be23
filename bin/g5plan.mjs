#!/usr/bin/env node
// g5plan command line: runs the compiled JavaScript in dist-node/, built by `npm run build:cli`
// (the package's prepare step, so `npm ci` leaves it ready). Nothing is transpiled at run time.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist-node/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(`g5plan: the compiled command line is missing (${fileURLToPath(entry)}); run \`npm run build:cli\` (or \`npm ci\`) in ${root}\n`);
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
