import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { RequestContext, RequestScoped, byIdLoader } from '@pollen/kernel';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

/** Per-request batching of user look-ups: N authors on a page cost one query. */
@Injectable()
export class UsersLoader {
  private readonly byRequest = new RequestScoped<object, DataLoader<string, UserEntity | null>>(
    () => byIdLoader((ids) => this.users.findByIds(ids)),
  );

  constructor(private readonly users: UsersRepository) {}

  load(ctx: RequestContext, id: string): Promise<UserEntity | null> {
    return this.byRequest.get(ctx.req).load(id);
  }

  /** A user this request already read with something else (their consent, say): later loads of them cost nothing. */
  prime(ctx: RequestContext, user: UserEntity): void {
    this.byRequest.get(ctx.req).prime(user.id, user);
  }
}
