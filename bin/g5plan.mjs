#!/usr/bin/env node
// g5plan command line: runs the TypeScript CLI through tsx so `npx g5plan` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
