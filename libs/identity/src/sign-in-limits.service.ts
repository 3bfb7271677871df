import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { ClientKey, PollenError } from '@pollen/kernel';
import { MetricsService } from '@pollen/observability';
import { LimiterStore, SIGN_IN_LIMITS, isRejection, retryAfterSeconds } from '@pollen/limits';

/** What a sign-in attempt was allowed on, to settle once the password is checked. */
export interface SignInTicket {
  accountClient: string;
  client: ClientKey;
  account: string;
  counted: boolean;
}

/** Emails are not kept in the limits' store (Redis): keys are hashes. */
const keyOf = (...parts: string[]): string => createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 32);

/**
 * Sign-in throttling (SIGN_IN_LIMITS, libs/limits): every attempt is counted before the password
 * hash is checked, with atomic increments, so parallel attempts cannot all slip through between
 * a read and a write. A success gives its points back.
 */
@Injectable()
export class SignInLimits {
  private readonly accountClient: RateLimiterAbstract;
  private readonly client: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;
  private readonly gate: RateLimiterAbstract;
  private readonly known: RateLimiterAbstract;

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    store: LimiterStore,
    @Optional() private readonly metrics?: MetricsService,
  ) {
    const scale = config.rateLimitScale;
    const { accountClient, client, account, knownClientSeconds } = SIGN_IN_LIMITS;
    this.accountClient = store.limiter('login:accountClient', accountClient.points * scale, accountClient.perSeconds);
    this.client = store.limiter('login:client', client.points * scale, client.perSeconds);
    // Counts failures for the progressive delay; never refuses by itself (penalty, not consume).
    this.account = store.limiter('login:account', Number.MAX_SAFE_INTEGER, account.perSeconds);
    // One attempt at a time per slowed-down account: the delay is set with block().
    this.gate = store.limiter('login:gate', 1, 1);
    this.known = store.limiter('login:known', 1, knownClientSeconds);
  }

  /** Counts an attempt, before the password is checked; RATE_LIMITED (scope, retryAfterSeconds) when it may not be made now. */
  async attempt(email: string, client: ClientKey): Promise<SignInTicket> {
    const ticket: SignInTicket = { accountClient: keyOf(email, client), client, account: keyOf(email), counted: false };
    await this.take(this.accountClient.consume(ticket.accountClient), 'accountClient', 'for this email from this address');
    await this.take(this.client.consume(client), 'client', 'from this address');
    // A client the owner signed in from lately is not slowed down by failures from elsewhere.
    if (await this.known.get(ticket.accountClient)) return ticket;
    ticket.counted = true;
    const failures = (await this.account.penalty(ticket.account)).consumedPoints;
    const free = SIGN_IN_LIMITS.account.freeFailures * this.config.rateLimitScale;
    if (failures > free) {
      await this.take(this.gate.consume(ticket.account), 'account', 'for this email');
      const delay = Math.min(2 ** Math.min(failures - free, 30), SIGN_IN_LIMITS.account.maxDelaySeconds);
      await this.gate.block(ticket.account, delay);
    }
    return ticket;
  }

  /** Failed attempts counted against an account in the current window (what the progressive delay reads). */
  async failures(email: string): Promise<number> {
    return (await this.account.get(keyOf(email)))?.consumedPoints ?? 0;
  }

  /** The password was right: this client is known to the account, its attempts are given back. */
  async succeeded(ticket: SignInTicket): Promise<void> {
    await Promise.all([
      this.accountClient.delete(ticket.accountClient),
      this.client.reward(ticket.client, 1),
      ticket.counted ? this.account.reward(ticket.account, 1) : null,
      this.known.set(ticket.accountClient, 1, SIGN_IN_LIMITS.knownClientSeconds),
    ]);
  }

  private async take(attempt: Promise<RateLimiterRes>, scope: string, where: string): Promise<void> {
    try {
      await attempt;
    } catch (error) {
      if (!isRejection(error)) throw error;
      const seconds = retryAfterSeconds(error);
      this.metrics?.rateLimitRefusals.inc({ limit: `login:${scope}` });
      throw PollenError.rateLimited('login', scope, seconds, `Too many sign-in attempts ${where}; try again in ${seconds} s`);
    }
  }
}
