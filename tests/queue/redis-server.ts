/**
 * A Redis server for the queue tests: G5PLAN_TEST_REDIS when set (.ci/run starts one), else our
 * own redis-server on a free loopback port, stopped afterwards. Each test file uses its own
 * database number so files never see each other's queues.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

export interface TestRedis {
  url: string;
  flush(): Promise<void>;
  hasKey(key: string): Promise<boolean>;
  stop(): Promise<void>;
}

export async function startTestRedis(db: number): Promise<TestRedis> {
  let server: ChildProcess | null = null;
  let base = process.env.G5PLAN_TEST_REDIS?.replace(/\/\d*$/, '');
  if (!base) {
    const port = await freePort();
    server = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    base = `redis://127.0.0.1:${port}`;
  }
  const url = `${base}/${db}`;
  let client: Redis;
  for (let k = 0; ; k++) {
    client = new Redis(url, { lazyConnect: true, retryStrategy: () => null });
    client.on('error', () => undefined);
    try { await client.connect(); break; } catch (e) {
      client.disconnect();
      if (k > 50) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    flush: async () => { await client.flushdb(); },
    hasKey: async (key) => (await client.exists(key)) === 1,
    stop: async () => {
      await client.flushdb();
      client.disconnect();
      if (server) { server.kill('SIGTERM'); await new Promise((r) => server!.once('exit', r)); }
    },
  };
}
