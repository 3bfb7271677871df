import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { RequestContext, RequestScoped, byIdLoader } from '@pollen/kernel';
import { LedgerRepository, PolicyRow } from '@pollen/ledger';
import { ChallengeRow, ChallengesRepository } from './challenges.repository';

interface ChallengeLoaders {
  byId: DataLoader<string, ChallengeRow | null>;
  policy: DataLoader<string, (PolicyRow & { id: string }) | null>;
}

/** Per-request batching: challenges, and their ownership policies, one query per page. */
@Injectable()
export class ChallengesLoader {
  private readonly byRequest = new RequestScoped<object, ChallengeLoaders>(() => ({
    byId: byIdLoader((ids) => this.challenges.findByIds(ids)),
    policy: byIdLoader((ids) => this.ledger.policies(ids)),
  }));

  constructor(
    private readonly challenges: ChallengesRepository,
    private readonly ledger: LedgerRepository,
  ) {}

  load(ctx: RequestContext, id: string): Promise<ChallengeRow | null> {
    return this.byRequest.get(ctx.req).byId.load(id);
  }

  policy(ctx: RequestContext, challengeId: string): Promise<PolicyRow | null> {
    return this.byRequest.get(ctx.req).policy.load(challengeId);
  }
}
