import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext, RequestScoped, Viewer, byIdLoader } from '@pollen/kernel';
import { InvitationRow, OrganizationInvitationsRepository } from './organization-invitations.repository';
import { INVITATIONS_LISTED_MAX } from './organization-invitations.service';
import { OrganizationRole } from './organization-role';
import { MemberRow, OrganizationRow, OrganizationsRepository } from './organizations.repository';

interface OrganizationLoaders {
  byId: DataLoader<string, OrganizationRow | null>;
  /** The request's viewer's role in each organisation (a request has one viewer). */
  viewerRole: DataLoader<string, OrganizationRole | null> | null;
  /** Each organisation's first members, by how many are asked. */
  members: Map<number, DataLoader<string, MemberRow[]>>;
  pendingInvitations: DataLoader<string, InvitationRow[]>;
}

/** Grouped by key, every key present (an empty list when it has no row). */
function groupedBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/** Per-request batching: organisations, the viewer's role in them, their members and pending invitations, one query each per page. */
@Injectable()
export class OrganizationsLoader {
  private readonly byRequest = new RequestScoped<object, OrganizationLoaders>(() => ({
    byId: byIdLoader((ids) => this.organizations.findByIds(ids)),
    viewerRole: null,
    members: new Map(),
    pendingInvitations: new DataLoader(async (ids) =>
      groupedBy(ids, await this.invitations.pendingOfMany(ids, INVITATIONS_LISTED_MAX), (row) => row.organizationId),
    ),
  }));

  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly invitations: OrganizationInvitationsRepository,
  ) {}

  load(ctx: RequestContext, id: string): Promise<OrganizationRow | null> {
    return this.byRequest.get(ctx.req).byId.load(id);
  }

  viewerRole(ctx: RequestContext, organizationId: string, viewer: Viewer | null): Promise<OrganizationRole | null> {
    if (!viewer) return Promise.resolve(null);
    const loaders = this.byRequest.get(ctx.req);
    loaders.viewerRole ??= new DataLoader(async (ids) => {
      const roles = new Map((await this.organizations.rolesOf(viewer.userId, ids)).map((row) => [row.organizationId, row.role]));
      return ids.map((id) => roles.get(id) ?? null);
    });
    return loaders.viewerRole.load(organizationId);
  }

  members(ctx: RequestContext, organizationId: string, limit: number): Promise<MemberRow[]> {
    const byLimit = this.byRequest.get(ctx.req).members;
    let loader = byLimit.get(limit);
    if (!loader) {
      loader = new DataLoader(async (ids) => groupedBy(ids, await this.organizations.membersOf(ids, limit), (row) => row.organizationId));
      byLimit.set(limit, loader);
    }
    return loader.load(organizationId);
  }

  pendingInvitations(ctx: RequestContext, organizationId: string): Promise<InvitationRow[]> {
    return this.byRequest.get(ctx.req).pendingInvitations.load(organizationId);
  }
}
