/** Browser Web Worker: exposes the site planner over comlink, nothing else. */
import { expose } from 'comlink';
import { createPlanningWorker } from './planning-worker-api.ts';

expose(createPlanningWorker());
