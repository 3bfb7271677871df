import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Server, Socket } from 'socket.io';
import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Redis from 'ioredis';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { ChallengesService } from '@pollen/challenges';
import { AuthService } from '@pollen/identity';
import { IdeasService } from '@pollen/ideas';
import { PollenError, Viewer, checkId, publicErrorBody } from '@pollen/kernel';
import { OrganizationsService } from '@pollen/organizations';
import { ChallengeOrganizationsService } from './challenge-organizations.service';
import { ClientEvent, roomsFor } from './client-event';
import { BroadcastQueue, frameOf } from './room-broadcast';
import { Member, RoomRegistry } from './room-registry';
import { SocketIoMember } from './socket-io.member';
import { SocketSessionsJob } from './socket-sessions.job';
import { ConnectionQuota } from './connection-quota';
import { WireServer } from './socket-io-wire.server';
import {
  JOIN_BURST,
  JOIN_REFILL_PER_SECOND,
  MAX_BUFFERED_BYTES,
  MAX_BUFFERED_PACKETS,
  MAX_ROOMS_PER_SOCKET,
  MAX_SOCKET_MESSAGE_BYTES,
  SLOW_CONSUMER_SWEEP_MS,
} from './realtime.constant';

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
  takesLive(rooms: string[], event: ClientEvent): boolean;
  /** This instance delivered an event to its clients. */
  deliveredHere(event: ClientEvent): void;
}

type Ack = (answer: { ok: true; room: string } | { ok: false; error: { code: string; message: string } }) => void;

/**
 * The socket.io surface, on the API's own HTTP server and origin. Clients authenticate in the
 * handshake (`auth.token`), join challenge and idea rooms, and receive what the outbox relay
 * publishes. Services never call this: delivery starts from committed outbox events.
 *
 * Two servers carry the clients: Pollen's wire server those opening straight on WebSocket (the
 * web client, and most clients), socket.io those on long-polling or upgrading from it. Both
 * hand the gateway `Member`s; rooms, joins, limits and broadcasts are the gateway's, the same
 * for both. socket.io stays the link between instances (its Redis adapter) either way.
 */
@Injectable()
export class RealtimeGateway implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger(RealtimeGateway.name);
  private io: Server | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private redis: Redis | null = null;
  /** Whether this instance's Redis link is up (broadcasts reach the other instances). */
  private redisUp = true;
  private watcher: RedisLinkWatcher | null = null;
  private wire: WireServer | null = null;
  private readonly registry = new RoomRegistry();
  private readonly broadcasts = new BroadcastQueue(this.registry);
  private sessions: SocketSessionsJob | null = null;
  private quota = new ConnectionQuota({ perAddress: 1, perAccount: 1 }, () => false);

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly httpAdapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly challenges: ChallengesService,
    private readonly ideas: IdeasService,
    private readonly organizations: OrganizationsService,
    private readonly challengeOrganizations: ChallengeOrganizationsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.redisUrl) this.redis = await connectRedis(this.config.redisUrl);
    const http = this.httpAdapterHost.httpAdapter.getHttpServer() as HttpServer;
    // The client address as express gives it (`trust proxy`, from TRUST_PROXY), for sockets too.
    const express = this.httpAdapterHost.httpAdapter.getInstance<{ get?(setting: string): unknown }>();
    const trust = (express.get?.('trust proxy fn') as ((address: string, hop: number) => boolean) | undefined) ?? (() => false);
    this.quota = new ConnectionQuota({ perAddress: this.config.socketsPerAddress, perAccount: this.config.socketsPerAccount }, trust);
    const upgradeListeners = new Set(http.listeners('upgrade'));
    this.io = new Server(http, {
      serveClient: false,
      perMessageDeflate: false,
      maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
      cors: { origin: false },
    });
    // Plain WebSocket clients are served by the wire server; socket.io keeps long-polling and
    // upgrading ones (see socket-io-wire.server.ts).
    this.wire = new WireServer({
      authenticate: (auth, address) => this.quota.admit(address, () => this.authenticate(auth)),
      addressOf: (request) => this.quota.addressOf(request),
      refusal: (error) => this.refusal(error),
      connected: (member) => this.connected(member),
      event: (member, name, args, ack) => this.event(member, name, args, ack),
      disconnected: (member) => this.disconnected(member),
    });
    const engine = http.listeners('upgrade').filter((listener) => !upgradeListeners.has(listener));
    this.wire.route(http, this.io.path() + '/', engine as Array<(...args: unknown[]) => void>);
    if (this.config.redisUrl) {
      // Several instances form one realtime surface: broadcasts travel through Redis.
      this.watchLink(this.redis!);
      this.io.adapter(createAdapter(this.redis!, { streamName: 'pollen:realtime' }));
      // Broadcasts from the relay on another instance, delivered to this instance's clients.
      const deliver = (rooms: string[], type: string, event: ClientEvent) => {
        if (!this.watcher?.takesLive(rooms, { ...event, type })) this.broadcasts.push(rooms, frameOf(type, event));
      };
      this.io.of('/').on(DELIVER as 'connection', deliver as never);
    }
    this.io.use((socket, next) => {
      const address = this.quota.addressOf(socket.request);
      this.quota.admit(address, () => this.authenticate(socket.handshake.auth)).then(
        (viewer) => {
          socket.data = new SocketIoMember(socket, viewer, address);
          next();
        },
        (error: unknown) => next(Object.assign(new Error(), this.refusal(error))),
      );
    });
    this.io.on('connection', (socket) => {
      this.connected(socket.data as SocketIoMember);
      // The same listeners for every socket (they find theirs in `this`): no closures per socket.
      socket.onAny(this.onSocketIoEvent);
      socket.on('disconnect', this.onSocketIoDisconnect);
    });
    this.sweeper = setInterval(() => this.disconnectSlowConsumers(), SLOW_CONSUMER_SWEEP_MS);
    this.sweeper.unref();
    this.sessions = new SocketSessionsJob(this.registry, this.auth);
    this.sessions.start();
  }

  /**
   * First stage of a stop: this instance's clients only are disconnected (through the Redis
   * adapter, `io.disconnectSockets` reached every instance's): their connections close, and
   * socket.io-client reconnects by itself, to another instance behind a load balancer. The link
   * to the other instances stays until onApplicationShutdown, so the relay's last sends (its
   * held tallies, in its beforeApplicationShutdown) still reach their clients.
   */
  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sessions?.stop();
    this.broadcasts.stop();
    this.wire?.close();
    // Close socket.io's engine only: the HTTP server belongs to Nest, which closes it itself.
    this.io?.engine.close();
  }

  async onApplicationShutdown(): Promise<void> {
    const io = this.io;
    this.io = null;
    if (!io) return;
    await io.of('/').adapter.close();
    const redis = this.redis;
    this.redis = null;
    if (!redis) return;
    // Quit, not disconnect: the relay's last broadcasts (its held tallies) may still be queued.
    if (this.redisUp) await Promise.race([redis.quit().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
    redis.disconnect();
  }

  /** Delivers a broadcast to this instance's clients (the outage follower, once it has it in order). */
  deliverLocal(rooms: string[], event: ClientEvent): void {
    this.broadcasts.push(rooms, frameOf(event.type, event));
    this.watcher?.deliveredHere(event);
  }

  /** Clients connected to this instance, both servers together (the sockets-connected gauge). */
  get connectionCount(): number {
    return this.registry.members.size;
  }

  /** Whether a client with this socket id is connected to this instance. */
  isConnected(socketId: string): boolean {
    return this.registry.members.has(socketId);
  }

  watchRedisLink(watcher: RedisLinkWatcher): void {
    this.watcher = watcher;
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
    });
  }

  /**
   * Sends events of challenges to their rooms: the challenge's, the idea's when it concerns one,
   * and the moderation room of the challenge's organisation.
   */
  async publish(events: ClientEvent[], reach: Reach = 'cluster', restricted: ReadonlyMap<string, string[]> = new Map()): Promise<void> {
    if (events.length === 0) return;
    const organizations = await this.challengeOrganizations.of(events.map((event) => event.challengeId));
    for (const event of events) {
      const organizationId = organizations.get(event.challengeId);
      const team = organizationId ? [`organization:${organizationId}`] : [];
      // Content not everyone may see (moderation's visibility rule): its team and its author only.
      const only = restricted.get(event.id);
      this.emit(only ? [...team, ...only.map((userId) => `user:${userId}`)] : [...roomsFor(event.challengeId, event.data), ...team], event, reach);
    }
  }

  /** Sends an event to rooms, on every instance; one serialisation per event, whatever the audience. */
  emit(rooms: string[], event: ClientEvent, reach: Reach = 'cluster'): void {
    if (!this.io) return;
    this.broadcasts.push(rooms, frameOf(event.type, event));
    this.watcher?.deliveredHere(event);
    if (reach === 'cluster' && this.redis && this.redisUp) this.io.serverSideEmit(DELIVER, rooms, event.type, event);
  }

  /** The viewer of a handshake's `auth` (`{ token }`), null without a token. */
  private async authenticate(auth: unknown): Promise<Viewer | null> {
    const token = (auth as { token?: unknown } | undefined)?.token;
    if (token === undefined || token === null || token === '') return null;
    if (typeof token !== 'string') throw PollenError.unauthenticated('Access token is invalid');
    return this.auth.verifyAccessToken(token);
  }

  /** The `connect_error` a refused handshake gets: the reason, and its code in `data`. */
  private refusal(error: unknown): { message: string; data: { code: string } } {
    const { message, ...data } = publicErrorBody(error, this.logger);
    return { message, data };
  }

  private disconnected(member: Member): void {
    this.quota.disconnected(member);
    this.registry.remove(member);
  }

  private connected(member: Member): void {
    this.quota.connected(member);
    this.registry.add(member);
    if (member.viewer) this.registry.join(member, `user:${member.viewer.userId}`);
  }

  /** A client's event: `join` and `leave` are answered; socket.io ignores events nobody listens to, and so does Pollen. */
  private event(member: Member, name: string, args: unknown[], ack: ((answer: unknown) => void) | null): void {
    if (name === 'join') this.answer(ack, () => this.join(member, args[0]));
    else if (name === 'leave') this.answer(ack, () => this.leave(member, args[0]));
    else if (name === 'authenticate' && this.sessions) this.answer(ack, () => this.sessions!.reauthenticate(member, args[0], (viewer) => this.quota.signedIn(member, viewer)));
  }

  // socket.io calls these with the socket as `this`; its member is in `socket.data`.
  private readonly onSocketIoEvent = ((gateway: RealtimeGateway) =>
    function (this: Socket, name: string, ...args: unknown[]): void {
      const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (answer: unknown) => void) : null;
      gateway.event(this.data as SocketIoMember, name, args, ack);
    })(this);
  private readonly onSocketIoDisconnect = ((gateway: RealtimeGateway) =>
    function (this: Socket): void {
      gateway.disconnected(this.data as SocketIoMember);
    })(this);

  private answer(ack: ((answer: unknown) => void) | null, work: () => Promise<string>): void {
    const reply: Ack = ack ?? (() => undefined);
    work().then(
      (room) => reply({ ok: true, room }),
      (error: unknown) => reply({ ok: false, error: publicErrorBody(error, this.logger) }),
    );
  }

  private async join(member: Member, target: unknown): Promise<string> {
    this.takeJoinTurn(member);
    const room = await this.roomFor(target, member.viewer);
    const followed = member.rooms.length - (member.viewer ? 1 : 0); // its own user room aside
    if (!member.rooms.includes(room) && followed >= MAX_ROOMS_PER_SOCKET) {
      throw PollenError.limit('MAX_ROOMS_PER_SOCKET', `A connection can follow at most ${MAX_ROOMS_PER_SOCKET} rooms; leave one first`);
    }
    this.registry.join(member, room);
    return room;
  }

  private async leave(member: Member, target: unknown): Promise<string> {
    const room = await this.roomFor(target, null, false);
    this.registry.leave(member, room);
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
  private takeJoinTurn(member: Member): void {
    const now = Date.now();
    const dueAt = Math.max(member.joinDueAt, now) + JOIN_INTERVAL_MS;
    if (dueAt - now > JOIN_BURST * JOIN_INTERVAL_MS) throw PollenError.limit('JOIN_RATE', 'Too many joins; slow down');
    member.joinDueAt = dueAt;
  }

  /** A client that cannot keep up is disconnected (it can reconnect and catch up) so it never delays others. */
  private disconnectSlowConsumers(): void {
    for (const member of this.registry.members.values()) {
      const backlog = member.backlog();
      if (backlog.packets > MAX_BUFFERED_PACKETS || backlog.bytes > MAX_BUFFERED_BYTES) {
        member.notify('server.error', { code: 'SLOW_CONSUMER', message: 'Too many undelivered messages; reconnect and catch up' });
        member.disconnect();
      }
    }
  }
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

