import { Injectable } from '@nestjs/common';
import { ChallengesService, ParticipationAction } from '@pollen/challenges';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { UsersRepository } from '@pollen/identity';
import { BASIS_POINTS, LedgerRecorder, largestRemainder } from '@pollen/ledger';
import { ClientKey, IDEA_AUTHORS_MAX, PollenError, Viewer, Visibility, checkId } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { AuthorshipListeners } from './authorship-listeners.service';
import { IdeaAuthorRow, IdeaAuthorsRepository } from './idea-authors.repository';
import { IdeaRow, IdeasRepository } from './ideas.repository';
import { IdeaStatus } from './idea.model';

/** An equal split among authors (sorted by id; the first get the basis points that do not divide). */
export function equalSplit(userIds: string[]): Array<[string, number]> {
  const sorted = [...userIds].sort();
  const shares = largestRemainder(sorted.map(() => 1n), sorted, BigInt(BASIS_POINTS));
  return sorted.map((id, i) => [id, Number(shares[i])]);
}

/** Percentages with at most 2 decimals, naming each author once, summing to exactly 100%. */
export function cleanSplit(value: unknown, authors: string[]): Array<[string, number]> {
  if (!Array.isArray(value)) throw PollenError.badInput('shares', 'must be a list of { userId, percent }', { check: 'NOT_A_LIST' });
  const shares: Array<[string, number]> = [];
  for (const item of value as Array<{ userId?: unknown; percent?: unknown }>) {
    const userId = checkId(item?.userId, 'shares.userId');
    const percent = item?.percent;
    if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      throw PollenError.badInput('shares.percent', 'must be a number from 0 to 100', { check: 'PERCENT_RANGE' });
    }
    const bp = Math.round(percent * 100);
    if (Math.abs(bp - percent * 100) > 1e-6) throw PollenError.badInput('shares.percent', 'must have at most 2 decimals', { check: 'PERCENT_DECIMALS' });
    shares.push([userId, bp]);
  }
  const named = shares.map((s) => s[0]).sort();
  if (named.length !== authors.length || named.some((id, i) => id !== [...authors].sort()[i])) {
    throw PollenError.badInput('shares', 'must name each author of the idea exactly once', { check: 'SHARES_AUTHORS' });
  }
  if (shares.reduce((sum, s) => sum + s[1], 0) !== BASIS_POINTS) throw PollenError.badInput('shares', 'must sum to 100%', { check: 'SHARES_SUM' });
  return shares.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * Co-authors: the proposer invites, the invitee accepts. The first co-author shares the idea
 * equally with the proposer; later ones join at 0% until every author approves a new split
 * (nobody is diluted without consent). Settled once the idea is adopted or rejected. Each change of the split is an
 * AUTHORSHIP entry in the ledger, so statements follow it and anyone can recompute them.
 */
@Injectable()
export class CoAuthorshipService {
  constructor(
    private readonly db: Db,
    private readonly ideas: IdeasRepository,
    private readonly authors: IdeaAuthorsRepository,
    private readonly challenges: ChallengesService,
    private readonly ledger: LedgerRecorder,
    private readonly users: UsersRepository,
    private readonly limits: WriteLimits,
    private readonly events: DomainEventRecorder,
    private readonly listeners: AuthorshipListeners,
  ) {}

  @UnitOfWork()
  async invite(viewer: Viewer, ideaIdValue: unknown, userIdValue: unknown, client: ClientKey): Promise<IdeaRow> {
    await this.limits.consume('coAuthorship', viewer, client);
    const userId = checkId(userIdValue, 'userId');
    const { idea, authors } = await this.load(viewer, ideaIdValue);
    if (idea.authorId !== viewer.userId) throw PollenError.forbidden('Only the idea’s author invites co-authors');
    if (authors.some((a) => a.userId === userId)) throw PollenError.conflict('userId: this person is already an author or invited', { field: 'userId' });
    if (authors.length >= IDEA_AUTHORS_MAX) throw PollenError.limit('IDEA_AUTHORS_MAX', `An idea has at most ${IDEA_AUTHORS_MAX} authors`);
    if (!(await this.users.findById(userId))) throw new PollenError('NOT_FOUND', 'userId: user not found', { field: 'userId', id: userId });
    await this.authors.invite(idea.id, userId, viewer.userId);
    await this.record('idea.coAuthorInvited', idea, viewer, { userId });
    return idea;
  }

  @UnitOfWork()
  async respond(viewer: Viewer, ideaIdValue: unknown, accept: boolean, client: ClientKey): Promise<IdeaRow> {
    await this.limits.consume('coAuthorship', viewer, client);
    const { idea, authors } = await this.load(viewer, ideaIdValue);
    const me = authors.find((a) => a.userId === viewer.userId && !a.accepted);
    if (!me) throw PollenError.notFound('Invitation');
    await this.record('idea.coAuthorAnswered', idea, viewer, { userId: viewer.userId, accepted: accept });
    if (!accept) {
      await this.authors.remove(idea.id, viewer.userId);
      return idea;
    }
    await this.authors.accept(idea.id, viewer.userId);
    // An author does not vote on their own idea: a vote cast while only invited goes (compensated).
    await this.listeners.authorJoined({ ideaId: idea.id, challengeId: idea.challengeId, userId: viewer.userId });
    await this.ledger.acceptLicence(idea.challengeId, viewer.userId);
    // A pending proposal no longer names every author.
    await this.authors.dropProposal(idea.id);
    const accepted = authors.filter((a) => a.accepted);
    // The proposer alone invited: the first co-author shares equally. Once several people share an
    // idea, nobody joins at their expense without their consent: the newcomer starts at 0% until
    // every author approves a new split.
    const shares: Array<[string, number]> =
      accepted.length === 1 ? equalSplit([accepted[0].userId, viewer.userId]) : [...accepted.map((a) => [a.userId, a.shareBp!] as [string, number]), [viewer.userId, 0]];
    await this.apply(idea, viewer, shares);
    return idea;
  }

  /** The author withdraws an invitation that was not accepted yet. */
  @UnitOfWork()
  async revoke(viewer: Viewer, ideaIdValue: unknown, userIdValue: unknown, client: ClientKey): Promise<IdeaRow> {
    await this.limits.consume('coAuthorship', viewer, client);
    const userId = checkId(userIdValue, 'userId');
    const { idea, authors } = await this.load(viewer, ideaIdValue);
    if (idea.authorId !== viewer.userId) throw PollenError.forbidden('Only the idea’s author withdraws invitations');
    if (!authors.some((a) => a.userId === userId && !a.accepted)) throw PollenError.notFound('Invitation');
    await this.authors.remove(idea.id, userId);
    await this.record('idea.coAuthorInvitationRevoked', idea, viewer, { userId });
    return idea;
  }

  @UnitOfWork()
  async proposeSplit(viewer: Viewer, ideaIdValue: unknown, sharesValue: unknown, client: ClientKey): Promise<IdeaRow> {
    await this.limits.consume('coAuthorship', viewer, client);
    const { idea, accepted } = await this.loadAsAuthor(viewer, ideaIdValue);
    const shares = cleanSplit(sharesValue, accepted);
    if (accepted.length === 1) await this.apply(idea, viewer, shares);
    else await this.authors.saveProposal(idea.id, shares, viewer.userId);
    return idea;
  }

  @UnitOfWork()
  async approveSplit(viewer: Viewer, ideaIdValue: unknown, client: ClientKey): Promise<IdeaRow> {
    await this.limits.consume('coAuthorship', viewer, client);
    const { idea, accepted } = await this.loadAsAuthor(viewer, ideaIdValue);
    const proposal = await this.authors.proposal(idea.id);
    if (!proposal) throw PollenError.notFound('Authorship proposal');
    const approvedBy = await this.authors.approve(idea.id, viewer.userId);
    if (accepted.every((id) => approvedBy.includes(id))) {
      await this.authors.dropProposal(idea.id);
      await this.apply(idea, viewer, proposal.shares);
    }
    return idea;
  }

  /**
   * Who is shown as an idea's authors: those who accepted, to everyone; pending invitations only
   * to the idea's authors and to the person invited (an invitation is not a public fact).
   */
  visibleAuthors(rows: IdeaAuthorRow[], viewer: Viewer | null): IdeaAuthorRow[] {
    const isAuthor = viewer !== null && rows.some((row) => row.userId === viewer.userId && row.accepted);
    return rows.filter((row) => row.accepted || isAuthor || row.userId === viewer?.userId);
  }

  /** Invitations and answers are personal: these events stay out of the challenge's public stream (CLIENT_EVENT_TYPES). */
  private record(
    type: 'idea.coAuthorInvited' | 'idea.coAuthorAnswered' | 'idea.coAuthorInvitationRevoked',
    idea: IdeaRow,
    viewer: Viewer,
    payload: { userId: string; accepted?: boolean },
  ): Promise<void> {
    return this.events.record({
      type,
      challengeId: idea.challengeId,
      aggregateId: idea.id,
      actorId: viewer.userId,
      payload: { ideaId: idea.id, challengeId: idea.challengeId, authorId: idea.authorId, ...payload },
    });
  }

  private async apply(idea: IdeaRow, viewer: Viewer, shares: Array<[string, number]>): Promise<void> {
    await this.authors.setShares(idea.id, shares);
    await this.ledger.authorship(idea.challengeId, idea.id, viewer.userId, shares);
  }

  private async load(viewer: Viewer, ideaIdValue: unknown): Promise<{ idea: IdeaRow; authors: IdeaAuthorRow[] }> {
    const ideaId = checkId(ideaIdValue, 'ideaId');
    const idea = await this.ideas.findById(ideaId, true);
    if (!idea) throw PollenError.notFound('Idea', ideaId);
    const challenge = await this.challenges.findVisible(idea.challengeId, viewer);
    if (!challenge) throw PollenError.notFound('Idea', ideaId);
    await this.challenges.requireActionOn(idea.challengeId, challenge, viewer, ParticipationAction.CO_AUTHOR);
    if (idea.visibility === Visibility.MERGED) throw PollenError.conflict('This idea was merged into another; its authors are co-authors there', { mergedInto: idea.mergedInto });
    if (idea.status === IdeaStatus.ADOPTED || idea.status === IdeaStatus.REJECTED) {
      throw PollenError.conflict(`The idea was ${idea.status}: who authored it is settled`, { status: idea.status });
    }
    return { idea, authors: await this.authors.list(ideaId, true) };
  }

  private async loadAsAuthor(viewer: Viewer, ideaIdValue: unknown): Promise<{ idea: IdeaRow; accepted: string[] }> {
    const { idea, authors } = await this.load(viewer, ideaIdValue);
    const accepted = authors.filter((a) => a.accepted).map((a) => a.userId);
    if (!accepted.includes(viewer.userId)) throw PollenError.forbidden('Only the idea’s authors agree how its credit is split');
    return { idea, accepted };
  }
}
