import { Injectable } from '@nestjs/common';
import { ChallengesService, ParticipationAction } from '@pollen/challenges';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventInput } from '@pollen/events';
import { CounterDelta, IdeaRow, IdeasRepository, withDelta } from '@pollen/ideas';
import { ContributionKind, LedgerRecorder } from '@pollen/ledger';
import { ClientKey, PollenError, Viewer, Visibility, checkId, isListed } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { VOTE_NUMBER, VoteValue, voteValueOf } from './vote-value';
import { VOTE_WRITTEN, VotesRepository } from './votes.repository';

const MAX_ATTEMPTS = 3;

/**
 * One vote per person per idea. The transaction writes the vote row, a counter delta (never the
 * idea row, so voters on a hot idea do not queue on one lock), the ledger entry (a vote cast, or
 * its compensation when cleared) and the `idea.voted` event, in one SQL statement.
 * Casting the vote one already has changes nothing and records nothing.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly db: Db,
    private readonly votes: VotesRepository,
    private readonly ideas: IdeasRepository,
    private readonly challenges: ChallengesService,
    private readonly ledger: LedgerRecorder,
    private readonly limits: WriteLimits,
  ) {}

  /** Counted against the vote limits before the transaction opens (no connection held meanwhile). */
  async cast(viewer: Viewer, ideaIdValue: unknown, valueInput: unknown, client: ClientKey): Promise<IdeaRow> {
    await this.limits.consume('vote', viewer, client);
    return this.castNow(viewer, ideaIdValue, valueInput);
  }

  @UnitOfWork()
  private async castNow(viewer: Viewer, ideaIdValue: unknown, valueInput: unknown): Promise<IdeaRow> {
    const ideaId = checkId(ideaIdValue, 'ideaId');
    if (!Object.values(VoteValue).includes(valueInput as VoteValue)) throw PollenError.badInput('value', 'must be UP, DOWN or NONE');
    const value = VOTE_NUMBER[valueInput as VoteValue];
    const read = await this.votes.readForVote(ideaId, viewer.userId);
    if (!read) throw PollenError.notFound('Idea', ideaId);
    const { idea, challenge, voter, suspension } = read;
    await this.challenges.requireActionOn(idea.challengeId, challenge, viewer, ParticipationAction.VOTE, suspension);
    // Votes go to what everyone sees: a merged idea's votes live on the idea it was merged into.
    if (idea.visibility === Visibility.MERGED) throw PollenError.conflict('This idea was merged into another; vote on that one', { rule: 'MERGED_IDEA', mergedInto: idea.mergedInto });
    if (!isListed(idea.visibility)) throw PollenError.notFound('Idea', ideaId);
    if (idea.authorId === viewer.userId || voter.author) throw new PollenError('FORBIDDEN', 'You cannot vote on your own idea', { rule: 'OWN_IDEA' });

    // A first vote races with the same person's first vote elsewhere: the loser sees it (locked) and changes it.
    let previous = voter.value;
    let before: number;
    let delta: CounterDelta;
    for (let attempt = 1; ; attempt++) {
      before = previous ?? 0;
      delta = {
        upvotes: (value === 1 ? 1 : 0) - (before === 1 ? 1 : 0),
        downvotes: (value === -1 ? 1 : 0) - (before === -1 ? 1 : 0),
      };
      if (before === value) break;
      const event: DomainEventInput = {
        type: 'idea.voted',
        challengeId: idea.challengeId,
        aggregateId: ideaId,
        actorId: viewer.userId,
        payload: { ideaId, challengeId: idea.challengeId, value: voteValueOf(value), previous: voteValueOf(before) },
      };
      // The ledger counts a vote cast, whichever way; clearing it cancels that entry.
      const ledger =
        before === 0
          ? await this.ledger.contributionSteps(idea.challengeId, viewer.userId, ContributionKind.VOTE_CAST, { ideaId }, VOTE_WRITTEN)
          : value === 0
            ? this.ledger.compensationSteps(idea.challengeId, ContributionKind.VOTE_CAST, { participantId: viewer.userId, ideaId }, VOTE_WRITTEN)
            : [];
      if (await this.votes.write({ ideaId, userId: viewer.userId, previous, value, delta, ledger, event })) break;
      if (attempt >= MAX_ATTEMPTS) throw PollenError.conflict('Your vote changed concurrently; try again');
      previous = await this.votes.lock(ideaId, viewer.userId);
    }
    // The answer: the tallies read first plus this vote, when they counted the vote this one replaces
    // (else a vote of the same person committed in between: read them again).
    return previous === voter.counted ? withDelta(idea, delta) : (await this.ideas.findById(ideaId))!;
  }

  /**
   * Someone just became an author of the idea (inside that transaction): their vote on it, cast
   * while only invited, goes, with the entry that cancels its ledger credit and the tally's event.
   */
  async clearForNewAuthor(ideaId: string, challengeId: string, userId: string): Promise<void> {
    const previous = await this.votes.lock(ideaId, userId);
    if (!previous) return;
    const written = await this.votes.write({
      ideaId,
      userId,
      previous,
      value: 0,
      delta: { upvotes: previous === 1 ? -1 : 0, downvotes: previous === -1 ? -1 : 0 },
      ledger: this.ledger.compensationSteps(challengeId, ContributionKind.VOTE_CAST, { participantId: userId, ideaId }, VOTE_WRITTEN),
      event: {
        type: 'idea.voted',
        challengeId,
        aggregateId: ideaId,
        actorId: userId,
        payload: { ideaId, challengeId, value: voteValueOf(0), previous: voteValueOf(previous), reason: 'became an author' },
      },
    });
    if (!written) throw new Error(`vote of ${userId} on ${ideaId} vanished while locked`);
  }
}
