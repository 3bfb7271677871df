import { Logger } from '@nestjs/common';
import { AuthService } from '@pollen/identity';
import { PollenError, Viewer } from '@pollen/kernel';
import type { RoomRegistry, Member } from './room-registry';

/** How often every signed-in socket's token expiry is checked, and the sessions revoked since the last check read. */
export const SOCKET_SESSION_SWEEP_MS = 1_000;

/**
 * A socket lives as long as the access token it signed in with: when the token expires, or its
 * session is revoked (logout, a reused refresh token) on any instance, the socket receives a
 * `server.error` (`TOKEN_EXPIRED` or `SESSION_REVOKED`) and is disconnected, on every instance.
 * Each instance reads, once a sweep, the sessions revoked since its previous read (a watermark:
 * one query per instance, over the revoked rows only, whatever the number of sockets) and
 * ends its sockets of those sessions. A client keeps its socket by sending `authenticate` with a
 * fresh access token (after refreshSession) before its token expires.
 */
export class SocketSessionsJob {
  private readonly logger = new Logger('SocketSessions');
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  /** Where the last read of revocations left off (the database's clock); null while no socket is signed in. */
  private mark: string | null = null;

  constructor(
    private readonly registry: RoomRegistry,
    private readonly auth: AuthService,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep(), SOCKET_SESSION_SWEEP_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** `authenticate { token }`: the same user's fresh token extends the socket's life; an anonymous socket signs in. */
  async reauthenticate(member: Member, payload: unknown, signIn: (viewer: Viewer) => void = () => undefined): Promise<string> {
    const token = (payload as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || token === '') throw PollenError.badInput('token', 'give { token } with a fresh access token');
    const viewer = await this.auth.verifyAccessToken(token);
    if (member.viewer && member.viewer.userId !== viewer.userId) {
      throw PollenError.forbidden('This connection belongs to another account; open a new one to sign in as someone else');
    }
    const room = `user:${viewer.userId}`;
    // An anonymous socket signing in counts for its account from now on (or is refused).
    if (!member.viewer) signIn(viewer);
    member.viewer = viewer;
    if (!member.rooms.includes(room)) this.registry.join(member, room);
    return room;
  }

  /** Ends the sockets whose token expired or whose session was revoked. */
  async sweep(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const now = Date.now();
      const signedIn: Member[] = [];
      for (const member of this.registry.members.values()) {
        const viewer = member.viewer;
        if (!viewer) continue;
        if (viewer.expiresAt !== undefined && viewer.expiresAt <= now) this.end(member, 'TOKEN_EXPIRED', 'Access token has expired; reconnect with a fresh one');
        else signedIn.push(member);
      }
      if (signedIn.length === 0) {
        // Nothing to end: the next signed-in socket's handshake checked its session, and the
        // first read after it looks back REVOCATION_LOOKBACK_MS.
        this.mark = null;
        return;
      }
      const { sessionIds, mark } = await this.auth.revokedSessions(this.mark);
      this.mark = mark;
      if (sessionIds.length === 0) return;
      const revoked = new Set(sessionIds);
      for (const member of signedIn) {
        if (member.viewer && revoked.has(member.viewer.sessionId)) this.end(member, 'SESSION_REVOKED', 'Session has ended; sign in again');
      }
    } catch (error) {
      this.logger.warn(`session check failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  private end(member: Member, code: string, message: string): void {
    member.notify('server.error', { code, message });
    member.disconnect();
  }
}
