// Node worker_threads entry for the CLI: the same planning worker object as the browser's,
// behind comlink's Node adapter. tsx is registered here because workers do not inherit loaders.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';

register();
const { createPlanningWorker } = await import('../planning-worker-api.ts');
expose(createPlanningWorker(), nodeEndpoint(parentPort));
