import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Server, Socket } from 'socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Redis from 'ioredis';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { ChallengesService } from '@pollen/challenges';
import { AuthService } from '@pollen/identity';
import { IdeasService } from '@pollen/ideas';
import { PollenError, Viewer, checkId } from '@pollen/kernel';
import { OrganizationsService } from '@pollen/organizations';
import { ChallengeOrganizationsService } from './challenge-organizations.service';
import { ClientEvent, roomsFor } from './client-event';
import { BroadcastQueue, backlogOf, frameOf } from './room-broadcast';
import {
  JOIN_BURST,
  JOIN_REFILL_PER_SECOND,
  MAX_BUFFERED_BYTES,
  MAX_BUFFERED_PACKETS,
  MAX_ROOMS_PER_SOCKET,
  MAX_SOCKET_MESSAGE_BYTES,
  SLOW_CONSUMER_SWEEP_MS,
} from './realtime.constant';

/**
 * What the gateway keeps per socket, in the `socket.data` object socket.io allocates anyway (a
 * fresh object has room for a few fields in itself): the viewer, and the join-rate limit as one
 * number (a generic cell rate algorithm: when the next join is due).
 */
interface SocketData {
  viewer: Viewer | null;
  joinDueAt?: number;
}

const JOIN_INTERVAL_MS = 1000 / JOIN_REFILL_PER_SECOND;

/** Server-to-server event (through the Redis adapter) carrying a broadcast to the other instances. */
const DELIVER = 'pollen:deliver';

/** `cluster`: to the clients of every instance (through Redis when configured); `local`: to this instance's clients only. */
export type Reach = 'cluster' | 'local';

/** Told when this instance's Redis link goes and comes back, and of what it delivers (see OutageFollower). */
export interface RedisLinkWatcher {
  linkDown(): void;
  linkUp(): void;
  /** A broadcast from another instance came through Redis: true when the watcher takes care of it, false to deliver it as usual. */
  takesLive(eventId: string): boolean;
  /** This instance delivered an event to its clients. */
  deliveredHere(eventId: string): void;
}

type Ack = (answer: { ok: true; room: string } | { ok: false; error: { code: string; message: string } }) => void;

/**
 * The socket.io surface, on the API's own HTTP server and origin. Clients authenticate in the
 * handshake (`auth.token`), join challenge and idea rooms, and receive what the outbox relay
 * publishes. Services never call this: delivery starts from committed outbox events.
 */
@Injectable()
export class RealtimeGateway implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private io: Server | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private redis: Redis | null = null;
  /** Whether this instance's Redis link is up (broadcasts reach the other instances). */
  private redisUp = true;
  private watcher: RedisLinkWatcher | null = null;
  private readonly broadcasts = new BroadcastQueue(() => this.io?.of('/') ?? null);

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly httpAdapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly challenges: ChallengesService,
    private readonly ideas: IdeasService,
    private readonly organizations: OrganizationsService,
    private readonly challengeOrganizations: ChallengeOrganizationsService,
  ) {}

  get server(): Server {
    if (!this.io) throw new Error('realtime server not started');
    return this.io;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.redisUrl) this.redis = await connectRedis(this.config.redisUrl);
    this.io = new Server(this.httpAdapterHost.httpAdapter.getHttpServer(), {
      serveClient: false,
      perMessageDeflate: false,
      maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
      cors: { origin: false },
    });
    if (this.config.redisUrl) {
      // Several instances form one realtime surface: broadcasts travel through Redis.
      this.watchLink(this.redis!);
      this.io.adapter(createAdapter(this.redis!, { streamName: 'pollen:realtime' }));
      // Broadcasts from the relay on another instance, delivered to this instance's sockets.
      const deliver = (rooms: string[], type: string, event: ClientEvent) => {
        if (!this.watcher?.takesLive(event.id)) this.broadcasts.push(rooms, frameOf(type, event));
      };
      this.io.of('/').on(DELIVER as 'connection', deliver as never);
    }
    this.io.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: PollenError) => {
          const refusal = new Error(error.message) as Error & { data?: unknown };
          refusal.data = { code: error.code };
          next(refusal);
        },
      );
    });
    this.io.on('connection', (socket) => this.onConnection(socket));
    this.sweeper = setInterval(() => this.disconnectSlowConsumers(), SLOW_CONSUMER_SWEEP_MS);
    this.sweeper.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    const io = this.io;
    this.io = null;
    if (!io) return;
    // This instance's clients only: through the Redis adapter, `io.disconnectSockets` would
    // disconnect every instance's (one instance stopping in a rolling deploy dropped them all).
    io.local.disconnectSockets(true);
    // Close socket.io's engine only: the HTTP server belongs to Nest, which closes it itself.
    io.engine.close();
    await io.of('/').adapter.close();
    this.redis?.disconnect();
    this.redis = null;
  }

  watchRedisLink(watcher: RedisLinkWatcher): void {
    this.watcher = watcher;
  }

  /** Outbox events this instance's relay delivers itself (votes through the coalescer, later): the watcher must not send them again. */
  handledHere(eventIds: string[]): void {
    if (this.watcher) for (const id of eventIds) this.watcher.deliveredHere(id);
  }

  /**
   * After start-up, Redis may go away and come back (ioredis reconnects). Meanwhile broadcasts
   * reach this instance's clients only: nothing is sent to Redis (the others read it back from
   * the outbox), and the watcher is told, once per outage, as the log is.
   */
  private watchLink(redis: Redis): void {
    let lastError = '';
    let downAt = 0;
    redis.on('error', (error: Error) => (lastError = error.message));
    redis.on('close', () => {
      if (!this.redisUp || !this.io) return;
      this.redisUp = false;
      downAt = Date.now();
      this.logger.warn(`redis: connection lost${lastError ? ` (${lastError})` : ''}; retrying, and reading other instances' broadcasts from the outbox meanwhile`);
      this.watcher?.linkDown();
    });
    redis.on('ready', () => {
      if (this.redisUp) return;
      this.redisUp = true;
      lastError = '';
      this.logger.log(`redis: connection back after ${((Date.now() - downAt) / 1000).toFixed(1)} s`);
      this.watcher?.linkUp();
    });
    // The adapter sends server-side emits without handling their answer: one that fails as the
    // connection drops must not be an unhandled rejection, which ends the process.
    const publish = redis.publish.bind(redis) as (...args: unknown[]) => Promise<number>;
    redis.publish = ((...args: unknown[]) => {
      const sent = publish(...args);
      sent.catch(() => undefined);
      return sent;
    }) as never;
  }

  /**
   * Sends events of challenges to their rooms: the challenge's, the idea's when it concerns one,
   * and the moderation room of the challenge's organisation.
   */
  async publish(events: ClientEvent[], reach: Reach = 'cluster'): Promise<void> {
    if (events.length === 0) return;
    const organizations = await this.challengeOrganizations.of(events.map((event) => event.challengeId));
    for (const event of events) {
      const organizationId = organizations.get(event.challengeId);
      this.emit([...roomsFor(event.challengeId, event.data), ...(organizationId ? [`organization:${organizationId}`] : [])], event, reach);
    }
  }

  /** Sends an event to rooms, on every instance; one serialisation per event, whatever the audience. */
  emit(rooms: string[], event: ClientEvent, reach: Reach = 'cluster'): void {
    if (!this.io) return;
    this.broadcasts.push(rooms, frameOf(event.type, event));
    this.watcher?.deliveredHere(event.id);
    if (reach === 'cluster' && this.redis && this.redisUp) this.io.serverSideEmit(DELIVER, rooms, event.type, event);
  }

  private async authenticate(socket: Socket): Promise<void> {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const data = socket.data as SocketData;
    if (token === undefined || token === null || token === '') {
      data.viewer = null;
      return;
    }
    if (typeof token !== 'string') throw PollenError.unauthenticated('Access token is invalid');
    data.viewer = await this.auth.verifyAccessToken(token);
  }

  private onConnection(socket: Socket): void {
    forgetHandshake(socket);
    const data = socket.data as SocketData;
    if (data.viewer) void socket.join(`user:${data.viewer.userId}`);
    // The same two listeners for every socket (they find theirs in `this`): no closures per socket.
    socket.on('join', this.onJoin);
    socket.on('leave', this.onLeave);
  }

  private readonly onJoin = listener(this, (socket, target) => this.join(socket, target));
  private readonly onLeave = listener(this, (socket, target) => this.leave(socket, target));

  answer(ack: unknown, work: () => Promise<string>): void {
    const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => undefined;
    work().then(
      (room) => reply({ ok: true, room }),
      (error: unknown) => {
        if (error instanceof PollenError) reply({ ok: false, error: { code: error.code, message: error.message } });
        else {
          this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
          reply({ ok: false, error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
        }
      },
    );
  }

  private async join(socket: Socket, target: unknown): Promise<string> {
    const data = socket.data as SocketData;
    this.takeJoinTurn(data);
    const room = await this.roomFor(target, data.viewer);
    if (!socket.rooms.has(room) && socket.rooms.size - 1 >= MAX_ROOMS_PER_SOCKET) {
      throw PollenError.limit('MAX_ROOMS_PER_SOCKET', `A connection can follow at most ${MAX_ROOMS_PER_SOCKET} rooms; leave one first`);
    }
    await socket.join(room);
    return room;
  }

  private async leave(socket: Socket, target: unknown): Promise<string> {
    const room = await this.roomFor(target, null, false);
    await socket.leave(room);
    return room;
  }

  /**
   * `{ challengeId }` or `{ ideaId }`, visible as over GraphQL; `{ organizationId }`, the
   * moderation room, for the organisation's team only.
   */
  private async roomFor(target: unknown, viewer: Viewer | null, check = true): Promise<string> {
    const value = (target ?? {}) as { challengeId?: unknown; ideaId?: unknown; organizationId?: unknown };
    if (value.organizationId !== undefined) {
      const id = checkId(value.organizationId, 'organizationId');
      if (check) await this.requireTeam(id, viewer);
      return `organization:${id}`;
    }
    if (value.challengeId !== undefined) {
      const id = checkId(value.challengeId, 'challengeId');
      if (check) await this.challenges.getVisible(id, viewer);
      return `challenge:${id}`;
    }
    if (value.ideaId !== undefined) {
      const id = checkId(value.ideaId, 'ideaId');
      if (check) await this.ideas.getVisible(id, viewer);
      return `idea:${id}`;
    }
    throw PollenError.badInput('target', 'give { challengeId }, { ideaId } or { organizationId }');
  }

  private async requireTeam(organizationId: string, viewer: Viewer | null): Promise<void> {
    await this.organizations.get(organizationId);
    if (!(await this.organizations.roleOf(organizationId, viewer))) {
      throw PollenError.forbidden("Only the organisation's team can follow its moderation room");
    }
  }

  /** At most JOIN_BURST joins at once, then JOIN_REFILL_PER_SECOND a second. */
  private takeJoinTurn(data: SocketData): void {
    const now = Date.now();
    const dueAt = Math.max(data.joinDueAt ?? 0, now) + JOIN_INTERVAL_MS;
    if (dueAt - now > JOIN_BURST * JOIN_INTERVAL_MS) throw PollenError.limit('JOIN_RATE', 'Too many joins; slow down');
    data.joinDueAt = dueAt;
  }

  /** A client that cannot keep up is disconnected (it can reconnect and catch up) so it never delays others. */
  private disconnectSlowConsumers(): void {
    for (const socket of this.io?.of('/').sockets.values() ?? []) {
      const backlog = backlogOf(socket);
      if (backlog.packets > MAX_BUFFERED_PACKETS || backlog.bytes > MAX_BUFFERED_BYTES) {
        socket.emit('server.error', { code: 'SLOW_CONSUMER', message: 'Too many undelivered messages; reconnect and catch up' });
        socket.disconnect(true);
      }
    }
  }
}

/**
 * What socket.io and engine.io keep per connection and Pollen never reads after the handshake:
 * the upgrade request (an IncomingMessage with its headers, kept by engine.io as `conn.request`
 * and, through the response object it made for the upgrade, by a `close` listener on the TCP
 * socket) and the handshake's headers and query. A WebSocket opened directly only (a polling
 * connection's requests come and go; an upgrade keeps what it keeps).
 */
function forgetHandshake(socket: Socket): void {
  const conn = socket.conn as unknown as { request: { socket?: NodeJS.EventEmitter } | null; transport: { name: string } };
  if (conn.transport.name !== 'websocket' || !conn.request) return;
  const tcp = conn.request.socket;
  conn.request = null;
  socket.handshake.headers = {};
  socket.handshake.query = {};
  // engine.io's WebSocketResponse: `socket.once("close", () => this.emit("close"))`, for HTTP middlewares (Pollen has none).
  for (const listener of tcp?.rawListeners('close') ?? []) {
    const inner = (listener as { listener?: () => void }).listener;
    if (inner && /this\.emit\("close"\)/.test(inner.toString())) tcp!.removeListener('close', inner);
  }
}

/** A socket listener shared by every socket: socket.io calls it with the socket as `this`. */
function listener(gateway: RealtimeGateway, work: (socket: Socket, target: unknown) => Promise<string>) {
  return function (this: Socket, target: unknown, ack: unknown): void {
    gateway.answer(ack, () => work(this, target));
  };
}

const REDIS_CONNECT_TIMEOUT_MS = 5_000;

/**
 * With REDIS_URL set, this instance is one of several: starting without Redis would split the
 * realtime surface silently (a relay on another instance could not reach this one's clients), so
 * an unreachable Redis at start-up stops the server with a line naming REDIS_URL. Later outages
 * are retried by ioredis (see watchLink).
 */
async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3, connectTimeout: REDIS_CONNECT_TIMEOUT_MS, retryStrategy: () => null });
  redis.on('error', () => undefined); // the failure is reported by connect() below
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const where = new URL(url);
    throw new Error(`REDIS_URL: Redis at ${where.hostname}:${where.port || 6379} is not reachable (${(error as Error).message})`);
  }
  // Reconnect after an outage from now on (the default strategy: growing delays).
  redis.options.retryStrategy = (times: number) => Math.min(times * 200, 2_000);
  return redis;
}

