import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server as HttpServer } from 'node:http';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { OutboxRepository } from '@pollen/events';
import { AuthService } from '@pollen/identity';
import { PollenError, Viewer, publicErrorBody, shutdownStep } from '@pollen/kernel';
import { ChallengeOrganizationsService } from './challenge-organizations.service';
import { ClientEvent, ORGANIZATION_LEFT, roomsFor } from './client-event';
import { ConnectionQuota } from './connection-quota';
import { JoinLimit } from './join-limit';
import { RedisLink, RedisLinkWatcher } from './redis-link';
import { BroadcastQueue, frameOf } from './room-broadcast';
import { Member, RoomRegistry } from './room-registry';
import { RoomAccessPolicy } from './room-access.policy';
import { SlowConsumerSweep } from './slow-consumer.sweep';
import { SocketServers } from './socket-servers';
import { SocketSessionsJob } from './socket-sessions.job';

/** `cluster`: to the clients of every instance (through Redis when configured); `local`: to this instance's clients only. */
export type Reach = 'cluster' | 'local';

/**
 * A join's or leave's answer. A challenge room's join says the last sequence of the challenge's
 * stream as of the join (read after the socket was in the room): every later event reaches the
 * socket live, so a client whose page was read at an older sequence catches up from it.
 */
const CHALLENGE_ROOM = 'challenge:';
type Joined = { room: string; sequence?: number };
type Ack = (answer: ({ ok: true } & Joined) | { ok: false; error: { code: string; message: string } }) => void;

/**
 * The realtime surface, on the API's own HTTP server and origin. Clients authenticate in the
 * handshake (`auth.token`), join challenge and idea rooms, and receive what the outbox relay
 * publishes. Services never call this: delivery starts from committed outbox events.
 *
 * This class wires the parts and answers clients; each concern has its own file: the servers and
 * which upgrade goes where (`socket-servers.ts`), the link to the other instances and its outage
 * watch (`redis-link.ts`), who may follow which room (`room-access.policy.ts`), join limits
 * (`join-limit.ts`), connection quotas (`connection-quota.ts`), the slow-consumer sweep
 * (`slow-consumer.sweep.ts`), session expiry (`socket-sessions.job.ts`), rooms and broadcasts
 * (`room-registry.ts`, `room-broadcast.ts`).
 */
@Injectable()
export class RealtimeGateway implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger(RealtimeGateway.name);
  private servers: SocketServers | null = null;
  private link: RedisLink | null = null;
  private watcher: RedisLinkWatcher | null = null;
  private readonly registry = new RoomRegistry();
  private readonly broadcasts = new BroadcastQueue(this.registry);
  private readonly joins = new JoinLimit();
  private readonly slowConsumers = new SlowConsumerSweep(this.registry);
  private sessions: SocketSessionsJob | null = null;
  private quota = new ConnectionQuota({ perAddress: 1, perAccount: 1 }, () => false);

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly httpAdapterHost: HttpAdapterHost,
    private readonly auth: AuthService,
    private readonly access: RoomAccessPolicy,
    private readonly challengeOrganizations: ChallengeOrganizationsService,
    private readonly outbox: OutboxRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.redisUrl) this.link = await RedisLink.connect(this.config.redisUrl);
    const http = this.httpAdapterHost.httpAdapter.getHttpServer() as HttpServer;
    // The client address as express gives it (`trust proxy`, from TRUST_PROXY), for sockets too.
    const express = this.httpAdapterHost.httpAdapter.getInstance<{ get?(setting: string): unknown }>();
    const trust = (express.get?.('trust proxy fn') as ((address: string, hop: number) => boolean) | undefined) ?? (() => false);
    this.quota = new ConnectionQuota({ perAddress: this.config.socketsPerAddress, perAccount: this.config.socketsPerAccount }, trust);
    this.servers = new SocketServers(http, this.config.realtimeWire, {
      authenticate: (auth, address) => this.quota.admit(address, () => this.authenticate(auth)),
      addressOf: (request) => this.quota.addressOf(request),
      refusal: (error) => this.refusal(error),
      connected: (member) => this.connected(member),
      event: (member, name, args, ack) => this.event(member, name, args, ack),
      disconnected: (member) => this.disconnected(member),
    });
    // Several instances form one realtime surface: broadcasts from the relay on another instance
    // come through Redis, for this instance's clients.
    this.link?.attach(
      this.servers.io,
      (rooms, event) => {
        if (!this.watcher?.takesLive(rooms, event)) this.deliverHere(rooms, event);
      },
      () => this.watcher,
    );
    this.slowConsumers.start();
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
    this.slowConsumers.stop();
    this.sessions?.stop();
    this.broadcasts.stop();
    this.servers?.close();
  }

  async onApplicationShutdown(): Promise<void> {
    const servers = this.servers;
    this.servers = null;
    if (!servers) return;
    await shutdownStep('realtime: the Redis link', async () => {
      await servers.io.of('/').adapter.close();
      const link = this.link;
      this.link = null;
      await link?.close();
    });
  }

  /** Delivers a broadcast to this instance's clients (the outage follower, once it has it in order). */
  deliverLocal(rooms: string[], event: ClientEvent): void {
    this.deliverHere(rooms, event);
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
    if (!this.servers) return;
    this.deliverHere(rooms, event);
    this.watcher?.deliveredHere(event);
    if (reach === 'cluster') this.link?.send(rooms, event);
  }

  /**
   * Queues a broadcast for this instance's clients, whichever way it came (this relay, another
   * instance's through Redis, the outage follower). A removal from a team first takes the person's
   * sockets here out of the organisation's moderation room: broadcasts queued after it (later
   * outbox events) no longer reach them, on every instance, without waiting for a reconnection
   * (whose `join` the room access policy would refuse).
   */
  private deliverHere(rooms: string[], event: ClientEvent): void {
    if (event.type === ORGANIZATION_LEFT && typeof event.data.organizationId === 'string') {
      const room = `organization:${event.data.organizationId}`;
      for (const member of this.registry.audience(rooms)) this.registry.leave(member, room);
    }
    this.broadcasts.push(rooms, frameOf(event.type, event));
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

  /** A client's event: `join`, `leave` and `authenticate` are answered; socket.io ignores events nobody listens to, and so does Pollen. */
  private event(member: Member, name: string, args: unknown[], ack: ((answer: unknown) => void) | null): void {
    if (name === 'join') this.answer(ack, () => this.join(member, args[0]));
    else if (name === 'leave') this.answer(ack, () => this.leave(member, args[0]));
    else if (name === 'authenticate' && this.sessions) this.answer(ack, () => this.sessions!.reauthenticate(member, args[0], (viewer) => this.quota.signedIn(member, viewer)));
  }

  private answer(ack: ((answer: unknown) => void) | null, work: () => Promise<string | Joined>): void {
    const reply: Ack = ack ?? (() => undefined);
    work().then(
      (done) => reply({ ok: true, ...(typeof done === 'string' ? { room: done } : done) }),
      (error: unknown) => reply({ ok: false, error: publicErrorBody(error, this.logger) }),
    );
  }

  private async join(member: Member, target: unknown): Promise<Joined> {
    this.joins.takeTurn(member);
    const room = await this.access.roomToJoin(target, member.viewer);
    this.joins.checkRoom(member, room);
    this.registry.join(member, room);
    if (!room.startsWith(CHALLENGE_ROOM)) return { room };
    return { room, sequence: await this.outbox.lastSequence(room.slice(CHALLENGE_ROOM.length)) };
  }

  private async leave(member: Member, target: unknown): Promise<string> {
    const room = await this.access.roomToLeave(target);
    this.registry.leave(member, room);
    return room;
  }
}
