// Node worker_threads entry for the CLI: the same coverage worker object as the browser's,
// behind comlink's Node adapter. tsx is registered here because workers do not inherit loaders.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';

register();
const { createCoverageWorker } = await import('../coverage-worker-api.ts');
expose(createCoverageWorker(), nodeEndpoint(parentPort));
