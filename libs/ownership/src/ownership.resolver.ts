import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, UserEntity, UserModel } from '@pollen/identity';
import { DEFAULT_PAGE_SIZE, Page, PagedConnection, PagedList, RequestContext, Viewer, requireViewer } from '@pollen/kernel';
import { LedgerEntry } from '@pollen/ledger';
import { ContributorVisibility } from '@pollen/privacy';
import { AuthorPseudonymModel, LedgerEntryConnection, LedgerEntryModel, LedgerVerificationModel, OwnershipStatementModel, VoterPseudonymModel } from './ownership.model';
import { entryModel, statementModel, verificationModel } from './ownership.presenter';
import { OwnershipService } from './ownership.service';
import { PartyOwnersLoader } from './party-owners.loader';
import { ExportFormat, StatementExportModel, exportStatement } from './statement-export';

type EntryView = ReturnType<typeof entryModel>;

@Resolver(() => LedgerEntryModel)
export class OwnershipResolver {
  constructor(
    private readonly ownership: OwnershipService,
    private readonly visibility: ContributorVisibility,
    private readonly owners: PartyOwnersLoader,
  ) {}

  /**
   * A party of the challenge's ledger as this reader may see them: an author pseudonym's owner by
   * the consent rule (named if they chose to be, or the reader is them or on the brand team; else
   * their display pseudonym, or for "only in aggregates" no identity, unlinked to any other
   * challenge); null for a voter pseudonym, one an erasure forgot, or an unknown id.
   */
  private async party(ctx: RequestContext, viewer: Viewer | null, challengeId: string, partyId: string): Promise<UserEntity | null> {
    const owner = await this.owners.owner(ctx, challengeId, partyId);
    return owner === null ? null : this.visibility.author(ctx, viewer, { authorId: owner, challengeId, id: challengeId });
  }

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
    const people = await Promise.all(page.edges.map(async (edge) => [edge.node.share.participantId, await this.party(ctx, viewer, challengeId, edge.node.share.participantId)] as const));
    return statementModel(statement, page, new Map(people.filter((p): p is readonly [string, UserEntity] => !!p[1])));
  }

  @Query(() => StatementExportModel, { description: 'The whole statement as CSV or JSON, with the ledger head it was computed from (signed in)' })
  async ownershipStatementExport(
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: RequestContext,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('format', { type: () => ExportFormat, defaultValue: ExportFormat.CSV }) format: ExportFormat,
    @Args('pool', { type: () => String, nullable: true }) pool: string | null,
  ): Promise<StatementExportModel> {
    const statement = await this.ownership.statement(requireViewer(viewer), challengeId, pool);
    const shown = await Promise.all(statement.participants.map((p) => this.party(ctx, viewer, challengeId, p.participantId)));
    // A party shown as no one is a voter pseudonym, or an author pseudonym an erasure forgot.
    const parties = new Map(
      statement.participants.map((p, i) => [p.participantId, { participantId: shown[i]?.id ?? null, displayName: shown[i]?.displayName ?? `Pseudonym ${p.participantId.slice(0, 8)}` }]),
    );
    return exportStatement(statement, parties, format);
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
    return this.ownership.myPseudonym(requireViewer(viewer), challengeId, 'voter');
  }

  @Query(() => AuthorPseudonymModel, {
    nullable: true,
    description: 'The viewer’s author pseudonym in a challenge (the party of everything but their votes) and its opening (null before their first entry there)',
  })
  myAuthorPseudonym(@CurrentViewer() viewer: Viewer | null, @Args('challengeId', { type: () => ID }) challengeId: string): Promise<AuthorPseudonymModel | null> {
    return this.ownership.myPseudonym(requireViewer(viewer), challengeId, 'author');
  }

  @ResolveField(() => UserModel, { nullable: true })
  async participant(@Parent() entry: EntryView, @Context() ctx: RequestContext, @CurrentViewer() viewer: Viewer | null): Promise<UserEntity | null> {
    return this.party(ctx, viewer, entry.challengeId, entry.participantId);
  }
}
