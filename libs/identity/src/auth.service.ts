import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { ClientKey, PollenError, Viewer, checkId } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { cleanDisplayName, cleanEmail, checkPassword } from './credentials.policy';
import { PasswordHasher } from './password.hasher';
import { Revocations, SessionStates } from './session-states.service';
import { SessionsRepository } from './sessions.repository';
import { SignInLimits } from './sign-in-limits.service';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

export interface AuthResult {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: UserEntity;
  sessionId: string;
}

export interface AccessTokenClaims {
  sub: string;
  sid: string;
  /** The account's creation (seconds since the epoch): new accounts have stricter write limits. */
  acr?: number;
  exp?: number;
}

/** The viewer an access token's verified claims name. */
export function viewerOfClaims(claims: AccessTokenClaims): Viewer {
  return {
    userId: claims.sub,
    sessionId: claims.sid,
    ...(claims.acr !== undefined ? { accountCreatedAt: claims.acr * 1000 } : {}),
    ...(claims.exp !== undefined ? { expiresAt: claims.exp * 1000 } : {}),
  };
}

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest();

/** `<id>.<secret>` split and checked for shape, or null: nothing malformed reaches SQL. */
function parseRefreshToken(token: unknown): { id: string; secretHash: Buffer } | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [id, secret] = token.split('.');
  try {
    checkId(id, 'refreshToken');
  } catch {
    return null;
  }
  return secret ? { id, secretHash: sha256(secret) } : null;
}

const matches = (stored: Buffer, presented: Buffer): boolean =>
  stored.length === presented.length && timingSafeEqual(stored, presented);

/** How long a rotated refresh token still names its session for a form posted without script (viewerOfRefreshToken). */
const ROTATED_TOKEN_GRACE_MS = 30_000;

/** How long the access token a page's first reads are made with lives (pageReaderOf): those reads take milliseconds. */
const PAGE_READ_TOKEN_TTL_SECONDS = 60;

/**
 * Sessions: a short-lived JWT access token plus an opaque refresh token `<id>.<secret>`, stored
 * hashed and rotated on every use. A refresh token presented twice means it leaked: the whole
 * session (every token of the family) is revoked.
 */
@Injectable()
export class AuthService {
  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly db: Db,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly events: DomainEventRecorder,
    private readonly limits: WriteLimits,
    private readonly signIns: SignInLimits,
    private readonly sessionStates: SessionStates,
  ) {}

  async register(input: { email: unknown; password: unknown; displayName: unknown }, client: ClientKey): Promise<AuthResult> {
    await this.limits.consume('register', null, client);
    const email = cleanEmail(input.email);
    const displayName = cleanDisplayName(input.displayName);
    const password = await checkPassword(input.password, email, displayName);
    const passwordHash = await this.hasher.hash(password);
    return this.db.transaction(async () => {
      const user = await this.users.insert(email, displayName, passwordHash);
      if (!user) throw new PollenError('CONFLICT', 'email: is already registered', { field: 'email' });
      await this.events.record({
        type: 'user.registered',
        challengeId: null,
        aggregateId: user.id,
        actorId: user.id,
        payload: { userId: user.id, displayName },
      });
      return this.openSession(user);
    });
  }

  /**
   * The attempt is counted (SignInLimits) before the slow hash, so parallel guesses are bounded
   * by the limits, not by the time the hash takes. Unknown emails are hashed and counted alike.
   */
  async login(input: { email: unknown; password: unknown }, client: ClientKey): Promise<AuthResult> {
    const email = typeof input.email === 'string' ? input.email.normalize('NFC').trim().toLowerCase() : '';
    const password = typeof input.password === 'string' ? input.password.normalize('NFC') : '';
    const ticket = await this.signIns.attempt(email, client);
    const credentials = email ? await this.users.findCredentials(email) : null;
    const ok = await this.hasher.verify(credentials?.passwordHash ?? null, password);
    if (!credentials || !ok) throw PollenError.unauthenticated('Email or password is incorrect');
    await this.signIns.succeeded(ticket);
    const user = (await this.users.findById(credentials.id))!;
    return this.db.transaction(() => this.openSession(user));
  }

  /**
   * A fresh authentication for a sensitive step (downloading one's data): the signed-in account's
   * password again, counted by the sign-in limits exactly like a sign-in, so it cannot be guessed
   * faster here than at the door.
   */
  async confirmPassword(viewer: Viewer, passwordValue: unknown, client: ClientKey): Promise<void> {
    const password = typeof passwordValue === 'string' ? passwordValue.normalize('NFC') : '';
    if (!password) throw PollenError.badInput('password', 'is required');
    const user = await this.users.findById(viewer.userId);
    // An erased account has no email or password left: nothing to confirm.
    if (!user?.email) throw PollenError.unauthenticated();
    const ticket = await this.signIns.attempt(user.email, client);
    const credentials = await this.users.findCredentials(user.email);
    const ok = await this.hasher.verify(credentials?.passwordHash ?? null, password);
    if (!ok) throw new PollenError('UNAUTHENTICATED', 'password: is incorrect', { field: 'password' });
    await this.signIns.succeeded(ticket);
  }

  async refresh(refreshToken: unknown): Promise<AuthResult> {
    const invalid = () => PollenError.unauthenticated('Refresh token is invalid or expired');
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) throw invalid();
    // The reuse revocation must commit even though the caller is refused, so the outcome is
    // decided inside the transaction and the error thrown after it.
    const outcome = await this.db.transaction(async () => {
      const row = await this.sessions.lockToken(parsed.id);
      if (!row || !matches(row.tokenHash, parsed.secretHash)) return { error: invalid() };
      if (row.sessionRevokedAt) return { error: invalid() };
      if (row.usedAt) {
        await this.sessions.revokeSession(row.sessionId, 'refresh token reused');
        this.sessionStates.forget(row.sessionId);
        return { error: PollenError.unauthenticated('Refresh token was already used; the session has been revoked') };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { error: invalid() };
      await this.sessions.markUsed(row.id);
      const user = (await this.users.findById(row.userId))!;
      return { result: await this.issueTokens(user, row.sessionId) };
    });
    if (outcome.error) throw outcome.error;
    return outcome.result;
  }

  /**
   * The viewer a refresh token stands for, without rotating it: for a form the browser posts
   * without script (the challenge page's vote buttons before the client runs, apps/api/src/web),
   * which carries the session cookie and nothing else. Only a token that a refresh would accept
   * counts (unexpired, its session open), and one rotated less than ROTATED_TOKEN_GRACE_MS ago:
   * the page's own script refreshes the session as it starts, so a vote pressed while it loads
   * carries the token that refresh has just replaced. Nothing is rotated or revoked here (a used
   * token is not taken for a reuse: that is the refresh's rule, for the refresh).
   */
  async viewerOfRefreshToken(refreshToken: unknown): Promise<Viewer> {
    return viewerOfClaims(await this.claimsOfUnrotated(refreshToken));
  }

  /** The claims a refresh token stands for, read without rotating it (viewerOfRefreshToken's rule). */
  private async claimsOfUnrotated(refreshToken: unknown): Promise<AccessTokenClaims & { displayName: string }> {
    const invalid = () => PollenError.unauthenticated('Refresh token is invalid or expired');
    const parsed = parseRefreshToken(refreshToken);
    const row = parsed ? await this.sessions.findToken(parsed.id) : null;
    if (!row || !matches(row.tokenHash, parsed!.secretHash) || row.sessionRevokedAt || row.expiresAt.getTime() <= Date.now()) throw invalid();
    if (row.usedAt && Date.now() - row.usedAt.getTime() > ROTATED_TOKEN_GRACE_MS) throw invalid();
    const user = await this.users.findById(row.userId);
    if (!user) throw invalid();
    return { sub: user.id, sid: row.sessionId, acr: Math.floor(new Date(user.createdAt).getTime() / 1000), displayName: user.displayName };
  }

  /**
   * A page's reader, from the refresh cookie its address carries (a control-room page: its first
   * data read as its reader while it is sent, apps/api/src/web/team-page.ts), and an access token
   * for those reads only, which never leaves the server: it lives PAGE_READ_TOKEN_TTL_SECONDS.
   * The refresh token counts as for a form (viewerOfRefreshToken: nothing rotated or revoked), so
   * the page's own script still makes the one refresh, in turn with the other tabs.
   */
  async pageReaderOf(refreshToken: unknown): Promise<{ user: { id: string; displayName: string }; accessToken: string }> {
    const { displayName, ...claims } = await this.claimsOfUnrotated(refreshToken);
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: Math.min(PAGE_READ_TOKEN_TTL_SECONDS, this.config.accessTokenTtlSeconds) });
    return { user: { id: claims.sub, displayName }, accessToken };
  }

  @UnitOfWork()
  async logout(viewer: Viewer): Promise<boolean> {
    await this.sessions.revokeSession(viewer.sessionId, 'logout');
    this.sessionStates.forget(viewer.sessionId);
    return true;
  }

  /**
   * Sign-out with the refresh token alone (the cookie session): revokes its whole session. A
   * token of the session that was already rotated still proves it, as its reuse would revoke
   * the session anyway. False when the token names no session.
   */
  @UnitOfWork()
  async logoutWithRefreshToken(refreshToken: unknown): Promise<boolean> {
    const parsed = parseRefreshToken(refreshToken);
    const row = parsed ? await this.sessions.lockToken(parsed.id) : null;
    if (!row || !matches(row.tokenHash, parsed!.secretHash)) return false;
    await this.sessions.revokeSession(row.sessionId, 'logout');
    this.sessionStates.forget(row.sessionId);
    return true;
  }

  /** The socket handshake's verification: the same options as HTTP's (ACCESS_TOKEN_VERIFY), then the session. */
  async verifyAccessToken(token: string): Promise<Viewer> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw PollenError.unauthenticated(expired ? 'Access token has expired' : 'Access token is invalid');
    }
    return this.viewerOfVerified(claims);
  }

  /** The viewer of a token whose signature and expiry were verified, once its session is known to be open. */
  async viewerOfVerified(claims: AccessTokenClaims): Promise<Viewer> {
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw PollenError.unauthenticated('Access token is invalid');
    checkId(claims.sid, 'sid');
    if (!(await this.sessionStates.isOpen(claims.sid))) throw PollenError.unauthenticated('Session has ended; sign in again');
    return viewerOfClaims(claims);
  }

  /** Sessions revoked since `mark` (sockets poll it: one query per instance, whatever the number of sockets). */
  revokedSessions(mark: string | null): Promise<Revocations> {
    return this.sessionStates.revokedSince(mark);
  }

  private async openSession(user: UserEntity): Promise<AuthResult> {
    const sessionId = await this.sessions.createSession(user.id);
    return this.issueTokens(user, sessionId);
  }

  private async issueTokens(user: UserEntity, sessionId: string): Promise<AuthResult> {
    const secret = randomBytes(32).toString('base64url');
    const tokenId = await this.sessions.insertToken(sessionId, sha256(secret), this.config.refreshTokenTtlSeconds);
    const claims: AccessTokenClaims = { sub: user.id, sid: sessionId, acr: Math.floor(new Date(user.createdAt).getTime() / 1000) };
    // Read before signing: if the second turns meanwhile the token lives a second longer than said.
    const accessTokenExpiresAt = new Date((Math.floor(Date.now() / 1000) + this.config.accessTokenTtlSeconds) * 1000);
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.accessTokenTtlSeconds });
    return { accessToken, accessTokenExpiresAt, refreshToken: `${tokenId}.${secret}`, user, sessionId };
  }
}
