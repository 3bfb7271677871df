import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { RequestContext, RequestScoped, byIdLoader } from '@pollen/kernel';
import { OrganizationRow, OrganizationsRepository } from './organizations.repository';

@Injectable()
export class OrganizationsLoader {
  private readonly byRequest = new RequestScoped<object, DataLoader<string, OrganizationRow | null>>(
    () => byIdLoader((ids) => this.organizations.findByIds(ids)),
  );

  constructor(private readonly organizations: OrganizationsRepository) {}

  load(ctx: RequestContext, id: string): Promise<OrganizationRow | null> {
    return this.byRequest.get(ctx.req).load(id);
  }
}
