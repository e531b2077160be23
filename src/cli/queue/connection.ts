/** Redis connections for the queue: a URL checked up front, so an unreachable server is one clear line. */
import { Redis } from 'ioredis';
import { UserError } from '../user-error.ts';

const CONNECT_TIMEOUT_MS = 3000;

export function parseQueueUrl(url: string): URL {
  let u: URL;
  try { u = new URL(url); } catch { throw new UserError(`--queue ${url}: not a URL; give redis://HOST:PORT`); }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new UserError(`--queue ${url}: give a redis:// (or rediss://) URL`);
  return u;
}

/**
 * A connection BullMQ can use (maxRetriesPerRequest null); resolves once Redis answers PING,
 * or fails with one line naming the URL and the reason.
 */
export async function connectRedis(url: string): Promise<Redis> {
  parseQueueUrl(url);
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, retryStrategy: () => null });
  let cause: NodeJS.ErrnoException | null = null;
  redis.on('error', (e: NodeJS.ErrnoException) => { cause ??= e; }); // reported below, once
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    redis.disconnect();
    const err = (cause ?? e) as NodeJS.ErrnoException;
    throw new UserError(`--queue ${url}: cannot reach Redis (${err.code ?? err.message})`);
  }
  // From here on, reconnect as usual if the connection drops.
  redis.options.retryStrategy = (times: number) => Math.min(1000, 50 * times);
  return redis;
}
