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
import { ClientEvent } from './client-event';
import {
  JOIN_BURST,
  JOIN_REFILL_PER_SECOND,
  MAX_BUFFERED_PACKETS,
  MAX_ROOMS_PER_SOCKET,
  MAX_SOCKET_MESSAGE_BYTES,
  SLOW_CONSUMER_SWEEP_MS,
} from './realtime.constant';

interface SocketData {
  viewer: Viewer | null;
  joinTokens: number;
  joinCheckedAt: number;
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

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly httpAdapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly challenges: ChallengesService,
    private readonly ideas: IdeasService,
  ) {}

  get server(): Server {
    if (!this.io) throw new Error('realtime server not started');
    return this.io;
  }

  onApplicationBootstrap(): void {
    this.io = new Server(this.httpAdapterHost.httpAdapter.getHttpServer(), {
      serveClient: false,
      perMessageDeflate: false,
      maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
      cors: { origin: false },
    });
    if (this.config.redisUrl) {
      // Several instances form one realtime surface: broadcasts travel through a Redis stream.
      this.redis = new Redis(this.config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
      this.redis.on('error', (error) => this.logger.warn(`redis: ${error.message}`));
      this.io.adapter(createAdapter(this.redis, { streamName: 'pollen:realtime' }));
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
    io.disconnectSockets(true);
    // Close socket.io's engine only: the HTTP server belongs to Nest, which closes it itself.
    io.engine.close();
    await io.of('/').adapter.close();
    this.redis?.disconnect();
    this.redis = null;
  }

  /** Sends events to their rooms; one serialisation per event, whatever the audience. */
  emit(rooms: string[], event: ClientEvent): void {
    this.io?.to(rooms).emit(event.type, event);
  }

  private async authenticate(socket: Socket): Promise<void> {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    const data = socket.data as SocketData;
    data.joinTokens = JOIN_BURST;
    data.joinCheckedAt = Date.now();
    if (token === undefined || token === null || token === '') {
      data.viewer = null;
      return;
    }
    if (typeof token !== 'string') throw PollenError.unauthenticated('Access token is invalid');
    data.viewer = await this.auth.verifyAccessToken(token);
  }

  private onConnection(socket: Socket): void {
    const data = socket.data as SocketData;
    if (data.viewer) void socket.join(`user:${data.viewer.userId}`);
    socket.on('join', (target: unknown, ack: unknown) => this.answer(ack, () => this.join(socket, target)));
    socket.on('leave', (target: unknown, ack: unknown) => this.answer(ack, () => this.leave(socket, target)));
  }

  private answer(ack: unknown, work: () => Promise<string>): void {
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
    this.takeJoinToken(data);
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

  /** `{ challengeId }` or `{ ideaId }`; visibility is the same as over GraphQL. */
  private async roomFor(target: unknown, viewer: Viewer | null, check = true): Promise<string> {
    const value = (target ?? {}) as { challengeId?: unknown; ideaId?: unknown };
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
    throw PollenError.badInput('target', 'give { challengeId } or { ideaId }');
  }

  private takeJoinToken(data: SocketData): void {
    const now = Date.now();
    data.joinTokens = Math.min(JOIN_BURST, data.joinTokens + ((now - data.joinCheckedAt) / 1000) * JOIN_REFILL_PER_SECOND);
    data.joinCheckedAt = now;
    if (data.joinTokens < 1) throw PollenError.limit('JOIN_RATE', 'Too many joins; slow down');
    data.joinTokens -= 1;
  }

  /** A client that cannot keep up is disconnected (it can reconnect and catch up) so it never delays others. */
  private disconnectSlowConsumers(): void {
    for (const socket of this.io?.of('/').sockets.values() ?? []) {
      // engine.io keeps a socket's unsent packets in `writeBuffer` (not part of its typed API).
      const buffered = (socket.conn as unknown as { writeBuffer: unknown[] }).writeBuffer.length;
      if (buffered > MAX_BUFFERED_PACKETS) {
        socket.emit('server.error', { code: 'SLOW_CONSUMER', message: 'Too many undelivered messages; reconnect and catch up' });
        socket.disconnect(true);
      }
    }
  }
}
