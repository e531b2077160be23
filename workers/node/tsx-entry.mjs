// Runs a TypeScript worker entry from source (tests and scripts under tsx or vitest): worker
// threads do not inherit the parent's loader, so tsx is registered here. The CLI never uses
// this: it runs the compiled entries in dist-node/ (src/cli/node-worker.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.g5planEntry);
