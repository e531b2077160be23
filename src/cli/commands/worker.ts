/**
 * `g5plan worker --queue redis://HOST:PORT [--concurrency N]` (contract section 9): serves
 * coverage tiles from the queue on this machine until stopped. SIGTERM (or Ctrl-C) finishes the
 * tiles being computed, then exits 0.
 */
import { parseNumberOption, parseOptions, requireOption } from '../args.ts';
import { defaultWorkerCount } from '../node-pool.ts';

const OPTIONS = { queue: { type: 'string' }, concurrency: { type: 'string' }, help: { type: 'boolean' } } as const;

const HELP = `g5plan worker --queue redis://HOST:PORT [--concurrency N]
Serves the tiles of \`g5plan coverage --queue ...\` runs until stopped (SIGTERM finishes the current
tiles, then exits 0). --concurrency: tiles computed at once, one thread each (default: one per core).
Run the same g5plan build on every machine (docs/scale.md).
`;

export async function run(argv: string[]): Promise<number> {
  const o = parseOptions(argv, OPTIONS, 'worker');
  if (o.help) { process.stdout.write(HELP); return 0; }
  const url = requireOption(o.queue, 'queue');
  const concurrency = parseNumberOption(o.concurrency, 'concurrency', 1, 256) ?? defaultWorkerCount();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const { serveTiles } = await import('../queue/tile-server.ts');
  const server = await serveTiles(url, concurrency, log);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log(`${signal}: finishing the tiles in hand, then exiting`);
      void server.close().then(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  log(`g5plan worker: stopped after ${server.served()} tiles`);
  return 0;
}
