import type { Socket } from 'socket.io-client';
import { createTestApp, TestApp } from '../setup/test-app';
import { freePort } from '../setup/free-port';
import { Person, cast } from './co-creation';
import { ApiProcess, RedisProcess, startApiProcess } from './processes';
import { until } from './sockets';

/**
 * Two API processes on one database and a Redis of their own (which a spec may stop and start):
 * `relay` relays the outbox, `other` does not. The test's own instance owns the database and
 * never relays, nor talks to this Redis. Sockets a spec opens go into `sockets`, closed first.
 */
export interface TwoInstances {
  home: TestApp;
  redis: RedisProcess;
  relay: ApiProcess;
  other: ApiProcess;
  owner: Person;
  ana: Person;
  ben: Person;
  orgId: string;
  sockets: Socket[];
  close(): Promise<void>;
}

export async function twoInstancesOnPrivateRedis(): Promise<TwoInstances> {
  const home = await createTestApp({ env: { POLLEN_RELAY: 'false' } });
  const people = await cast(home);
  const redis = new RedisProcess(await freePort());
  await redis.start();
  const env = { DATABASE_URL: home.databaseUrl, REDIS_URL: redis.url, LOG_LEVEL: 'log' };
  const relay = await startApiProcess(env);
  await until([], () => relay.output().includes('this instance now relays the outbox'), 30_000);
  const other = await startApiProcess(env);
  const sockets: Socket[] = [];
  return {
    home,
    redis,
    relay,
    other,
    ...people,
    sockets,
    close: async () => {
      sockets.forEach((socket) => socket.close());
      await other.kill();
      await relay.kill();
      await redis.stop();
      await home.close();
    },
  };
}
