// Node worker_threads entry for the CLI: the same coverage worker object as the browser's,
// behind comlink's Node adapter. Compiled into dist-node/ with the CLI (src/cli/node-worker.ts).
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createCoverageWorker } from '../coverage-worker-api.ts';

expose(createCoverageWorker(), nodeEndpoint(parentPort));
