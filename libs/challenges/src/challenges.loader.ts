import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { RequestContext, RequestScoped, byIdLoader } from '@pollen/kernel';
import { ChallengeRow, ChallengesRepository } from './challenges.repository';

@Injectable()
export class ChallengesLoader {
  private readonly byRequest = new RequestScoped<object, DataLoader<string, ChallengeRow | null>>(
    () => byIdLoader((ids) => this.challenges.findByIds(ids)),
  );

  constructor(private readonly challenges: ChallengesRepository) {}

  load(ctx: RequestContext, id: string): Promise<ChallengeRow | null> {
    return this.byRequest.get(ctx.req).load(id);
  }
}
