/**
 * Starts one of the Node worker_threads entries in workers/node/. Compiled (dist-node/, what the
 * CLI runs) it starts the compiled entry; from source (vitest, tsx scripts) it starts the
 * TypeScript entry through workers/node/tsx-entry.mjs, since workers do not inherit loaders.
 */
import { Worker } from 'node:worker_threads';

const FROM_SOURCE = import.meta.url.endsWith('.ts');

/** Where bin/g5plan.mjs leaves the coverage worker it started before loading a coverage command. */
const PRESTARTED = Symbol.for('g5plan.prestartedCoverageWorker');

export function startNodeWorker(name: 'coverage' | 'planning'): Worker {
  const slots = globalThis as { [PRESTARTED]?: Worker };
  const early = name === 'coverage' && !FROM_SOURCE ? slots[PRESTARTED] : undefined;
  if (early) {
    delete slots[PRESTARTED];
    early.ref();
    return early;
  }
  const entry = new URL(`../../workers/node/${name}.worker.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url);
  if (!FROM_SOURCE) return new Worker(entry);
  return new Worker(new URL('../../workers/node/tsx-entry.mjs', import.meta.url), { workerData: { g5planEntry: entry.href } });
}
