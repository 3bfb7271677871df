import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, UserEntity, UserModel, UsersLoader } from '@pollen/identity';
import { DEFAULT_PAGE_SIZE, Page, PagedConnection, PagedList, RequestContext, Viewer, requireViewer } from '@pollen/kernel';
import { LedgerEntry } from '@pollen/ledger';
import { LedgerEntryConnection, LedgerEntryModel, LedgerVerificationModel, OwnershipStatementModel, VoterPseudonymModel } from './ownership.model';
import { entryModel, statementModel, verificationModel } from './ownership.presenter';
import { OwnershipService } from './ownership.service';
import { ExportFormat, StatementExportModel, exportStatement } from './statement-export';

type EntryView = ReturnType<typeof entryModel>;

@Resolver(() => LedgerEntryModel)
export class OwnershipResolver {
  constructor(
    private readonly ownership: OwnershipService,
    private readonly users: UsersLoader,
  ) {}

  @Query(() => OwnershipStatementModel, { description: 'Each participant’s points and share; with `pool`, their payout' })
  @PagedConnection()
  async ownershipStatement(
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: RequestContext,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('pool', { type: () => String, nullable: true, description: 'Amount to distribute, in minor currency units (a non-negative integer, as digits)' })
    pool: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<OwnershipStatementModel> {
    const statement = await this.ownership.statement(viewer, challengeId, pool);
    const page = this.ownership.sharePage(statement, { first, after });
    const people = await Promise.all(page.edges.map((edge) => this.users.load(ctx, edge.node.share.participantId)));
    return statementModel(statement, page, new Map(people.filter((u): u is UserEntity => !!u).map((u) => [u.id, u])));
  }

  @Query(() => StatementExportModel, { description: 'The whole statement as CSV or JSON, with the ledger head it was computed from (signed in)' })
  async ownershipStatementExport(
    @CurrentViewer() viewer: Viewer | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('format', { type: () => ExportFormat, defaultValue: ExportFormat.CSV }) format: ExportFormat,
    @Args('pool', { type: () => String, nullable: true }) pool: string | null,
  ): Promise<StatementExportModel> {
    const statement = await this.ownership.statement(requireViewer(viewer), challengeId, pool);
    const names = await this.ownership.displayNames(statement.participants.map((p) => p.participantId));
    return exportStatement(statement, names, format);
  }

  @Query(() => LedgerEntryConnection, { description: 'The challenge’s sealed ledger in chain order, for auditors' })
  @PagedConnection()
  async contributionLedger(
    @CurrentViewer() viewer: Viewer | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Page<EntryView>> {
    const page = await this.ownership.ledgerPage(viewer, challengeId, { first, after });
    return { pageInfo: page.pageInfo, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: entryModel(edge.node) })) };
  }

  @Query(() => [LedgerEntryModel], { description: 'The viewer’s own ledger entries in a challenge, newest first' })
  @PagedList(DEFAULT_PAGE_SIZE)
  async myContributions(
    @CurrentViewer() viewer: Viewer | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
  ): Promise<EntryView[]> {
    return (await this.ownership.mine(requireViewer(viewer), challengeId, first)).map((entry: LedgerEntry) => entryModel(entry));
  }

  @Query(() => LedgerVerificationModel, { description: 'Re-verifies the challenge’s chain and statement tallies on the server (brand team)' })
  async ledgerVerification(@CurrentViewer() viewer: Viewer | null, @Args('challengeId', { type: () => ID }) challengeId: string): Promise<LedgerVerificationModel> {
    return verificationModel(await this.ownership.verify(requireViewer(viewer), challengeId));
  }

  @Query(() => VoterPseudonymModel, { nullable: true, description: 'The viewer’s voter pseudonym in a challenge and its opening (null before their first vote there)' })
  myVoterPseudonym(@CurrentViewer() viewer: Viewer | null, @Args('challengeId', { type: () => ID }) challengeId: string): Promise<VoterPseudonymModel | null> {
    return this.ownership.myVoterPseudonym(requireViewer(viewer), challengeId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async participant(@Parent() entry: EntryView, @Context() ctx: RequestContext): Promise<UserEntity | null> {
    return this.users.load(ctx, entry.participantId);
  }
}
