import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext, RequestScoped } from '@pollen/kernel';
import { Pseudonyms } from '@pollen/ledger';

/**
 * The account behind a party of a challenge's ledger, when the party is an author pseudonym still
 * held (null for a voter pseudonym, whose voter alone can say it is theirs, and for one forgotten
 * by an erasure), for showing it as its owner's consent allows. Per request, one query per
 * challenge whatever the page's size.
 */
@Injectable()
export class PartyOwnersLoader {
  private readonly byRequest = new RequestScoped<object, DataLoader<string, string | null>>(
    () =>
      new DataLoader(async (keys) => {
        const byChallenge = new Map<string, string[]>();
        for (const key of keys) {
          const [challengeId, party] = key.split(' ');
          byChallenge.set(challengeId, [...(byChallenge.get(challengeId) ?? []), party]);
        }
        const owners = new Map<string, string>();
        for (const [challengeId, parties] of byChallenge) {
          for (const [party, account] of await this.pseudonyms.owners(challengeId, parties, ['author'])) owners.set(`${challengeId} ${party}`, account);
        }
        return keys.map((key) => owners.get(key) ?? null);
      }),
  );

  constructor(private readonly pseudonyms: Pseudonyms) {}

  owner(ctx: RequestContext, challengeId: string, party: string): Promise<string | null> {
    return this.byRequest.get(ctx.req).load(`${challengeId} ${party}`);
  }
}
