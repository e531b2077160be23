/** Browser Web Worker: exposes the coverage engine over comlink, nothing else. */
import { expose } from 'comlink';
import { createCoverageWorker } from './coverage-worker-api.ts';

expose(createCoverageWorker());
