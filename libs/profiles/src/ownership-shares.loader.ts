import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext, RequestScoped } from '@pollen/kernel';
import { BaseStatement, OwnershipService } from '@pollen/ownership';

/**
 * The ownership statements a request's contributions name, loaded together: a page of
 * contributions in 2 or in 20 challenges costs the same queries (OwnershipService.statementsOf),
 * and so do the participant's parties in them (their author pseudonyms: a statement's rows are
 * parties, never accounts). Only for challenges the request already found visible (a profile
 * lists contributions through visibleChallengeSql).
 */
@Injectable()
export class OwnershipSharesLoader {
  private readonly byRequest = new RequestScoped<object, { statements: DataLoader<string, BaseStatement>; parties: DataLoader<string, string | null> }>(() => ({
    statements: new DataLoader(async (challengeIds) => {
      const statements = await this.ownership.statementsOf(challengeIds);
      return challengeIds.map((id) => statements.get(id)!);
    }),
    // Keyed `${participantId} ${challengeId}`: a profile page is one participant's.
    parties: new DataLoader(async (keys) => {
      const byParticipant = new Map<string, string[]>();
      for (const key of keys) {
        const [participantId, challengeId] = key.split(' ');
        byParticipant.set(participantId, [...(byParticipant.get(participantId) ?? []), challengeId]);
      }
      const found = new Map<string, string>();
      for (const [participantId, challengeIds] of byParticipant) {
        for (const [challengeId, party] of await this.ownership.authorParties(participantId, challengeIds)) found.set(`${participantId} ${challengeId}`, party);
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
  }));

  constructor(private readonly ownership: OwnershipService) {}

  statement(ctx: RequestContext, challengeId: string): Promise<BaseStatement> {
    return this.byRequest.get(ctx.req).statements.load(challengeId);
  }

  /** The participant's party in the challenge's statement (their author pseudonym), or null. */
  party(ctx: RequestContext, participantId: string, challengeId: string): Promise<string | null> {
    return this.byRequest.get(ctx.req).parties.load(`${participantId} ${challengeId}`);
  }
}
