import { Inject, Injectable, Optional } from '@nestjs/common';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { ClientKey, INTERNAL_CLIENT, PollenError, Viewer } from '@pollen/kernel';
import { MetricsService } from '@pollen/observability';
import { LimiterStore } from './limiter.store';
import { LimitRule, NEW_ACCOUNT_SECONDS, WRITE_LIMITS, WritePolicy } from './write-limit.policy';

const NOUN: Record<WritePolicy, string> = {
  register: 'accounts created from this address',
  proposeIdea: 'ideas proposed',
  reviseIdea: 'revisions',
  comment: 'comments',
  vote: 'votes',
  report: 'reports',
  coAuthorship: 'co-authorship changes',
  organization: 'organisation changes',
  markNotificationsRead: 'notification markings',
  dataExport: 'data exports',
  privacySettings: 'privacy changes',
  team: 'changes',
  moderate: 'moderation actions',
  eraseAccount: 'erasure attempts',
};

/** When a rejection from rate-limiter-flexible is a spent allowance (and not a store error). */
export function isRejection(value: unknown): value is RateLimiterRes {
  return value instanceof RateLimiterRes;
}

/** The seconds to wait, rounded up, at least 1. */
export function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/**
 * Counts writes against WRITE_LIMITS. Services call `consume` first thing in every write; GraphQL,
 * sockets and CLIs thereby share the limits.
 */
@Injectable()
export class WriteLimits {
  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly store: LimiterStore,
    // Absent where no API runs (the seed, a CLI): refusals are then counted nowhere.
    @Optional() private readonly metrics?: MetricsService,
  ) {}

  /** Counts one write of `policy`; RATE_LIMITED (policy, scope, retryAfterSeconds) when a rule is spent. */
  async consume(policy: WritePolicy, viewer: Viewer | null, client: ClientKey): Promise<void> {
    if (client === INTERNAL_CLIENT) return;
    const applicable = (WRITE_LIMITS[policy] as readonly LimitRule[]).filter((rule) => this.applies(rule, viewer));
    const outcomes = await Promise.allSettled(applicable.map((rule) => this.limiterOf(policy, rule).consume(this.keyOf(rule, viewer, client))));
    let refused: { rule: LimitRule; res: RateLimiterRes } | null = null;
    outcomes.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled') return;
      if (!isRejection(outcome.reason)) throw outcome.reason;
      if (!refused || outcome.reason.msBeforeNext > refused.res.msBeforeNext) refused = { rule: applicable[index], res: outcome.reason };
    });
    if (refused) {
      const { rule, res } = refused as { rule: LimitRule; res: RateLimiterRes };
      const seconds = retryAfterSeconds(res);
      this.metrics?.rateLimitRefusals.inc({ limit: `${policy}:${rule.scope}` });
      const who = rule.scope === 'client' ? 'from this address' : rule.scope === 'newAccount' ? 'for a new account' : '';
      throw PollenError.rateLimited(policy, rule.scope, seconds, `Too many ${NOUN[policy]}${who ? ` ${who}` : ''}; try again in ${seconds} s`);
    }
  }

  private applies(rule: LimitRule, viewer: Viewer | null): boolean {
    if (rule.scope === 'client') return true;
    if (!viewer) return false;
    if (rule.scope === 'account') return true;
    const createdAt = viewer.accountCreatedAt;
    return createdAt === undefined || Date.now() - createdAt < NEW_ACCOUNT_SECONDS * 1000;
  }

  private keyOf(rule: LimitRule, viewer: Viewer | null, client: ClientKey): string {
    return rule.scope === 'client' ? client : viewer!.userId;
  }

  private limiterOf(policy: WritePolicy, rule: LimitRule) {
    return this.store.limiter(`${policy}:${rule.scope}:${rule.perSeconds}`, rule.points * this.config.rateLimitScale, rule.perSeconds);
  }
}
