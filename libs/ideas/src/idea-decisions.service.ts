import { Injectable } from '@nestjs/common';
import { ChallengesService, ParticipationAction } from '@pollen/challenges';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { ContributionKind, LedgerRecorder, ancestorsByGeneration } from '@pollen/ledger';
import { WriteLimits } from '@pollen/limits';
import { ClientKey, DECISION_REASON_MAX, PollenError, Viewer, checkId, cleanText } from '@pollen/kernel';
import { IdeaStatus } from './idea.model';
import { IdeaRow, IdeasRepository } from './ideas.repository';

/** The brand's decisions: which status may follow which. */
const DECISIONS: Record<IdeaStatus, IdeaStatus[]> = {
  OPEN: [IdeaStatus.SHORTLISTED, IdeaStatus.REJECTED],
  SHORTLISTED: [IdeaStatus.ADOPTED, IdeaStatus.REJECTED],
  ADOPTED: [],
  REJECTED: [],
};
/** The deepest lineage an adoption looks at (the policy may use fewer generations). */
const LINEAGE_DEPTH_MAX = 10;

/** The brand team's decisions on ideas, and the credit an adoption shares along the idea's lineage. */
@Injectable()
export class IdeaDecisionsService {
  constructor(
    private readonly db: Db,
    private readonly ideas: IdeasRepository,
    private readonly challenges: ChallengesService,
    private readonly events: DomainEventRecorder,
    private readonly ledger: LedgerRecorder,
    private readonly limits: WriteLimits,
  ) {}

  /**
   * The brand team's decision on an idea, in REVIEW, with a reason: OPEN → SHORTLISTED or
   * REJECTED, SHORTLISTED → ADOPTED or REJECTED. Shortlisting and adoption earn ledger credit;
   * an adoption shares its credit with the ideas it built upon.
   */
  @UnitOfWork()
  async decide(viewer: Viewer, input: { ideaId: unknown; status: unknown; reason: unknown }, client: ClientKey): Promise<IdeaRow> {
    await this.limits.consume('team', viewer, client);
    const ideaId = checkId(input.ideaId, 'ideaId');
    const to = input.status as IdeaStatus;
    if (![IdeaStatus.SHORTLISTED, IdeaStatus.ADOPTED, IdeaStatus.REJECTED].includes(to)) {
      throw PollenError.badInput('status', 'must be SHORTLISTED, ADOPTED or REJECTED');
    }
    const reason = cleanText(input.reason, { field: 'reason', min: 3, max: DECISION_REASON_MAX, multiline: true });
    const idea = await this.ideas.findById(ideaId, true);
    if (!idea) throw PollenError.notFound('Idea', ideaId);
    const challenge = await this.challenges.findVisible(idea.challengeId, viewer);
    if (!challenge) throw PollenError.notFound('Idea', ideaId);
    if (!(await this.challenges.isTeamMember(challenge, viewer))) throw PollenError.forbidden("Only the brand's team decides on ideas");
    this.challenges.assertAllows(challenge, ParticipationAction.DECIDE);
    const from = idea.status;
    if (!DECISIONS[from].includes(to)) {
      throw PollenError.conflict(`status: an idea cannot move from ${from} to ${to}`, { field: 'status', from, to });
    }
    await this.ideas.setStatus(ideaId, to);
    const decision = (await this.ideas.insertDecision({ ideaId, from, to, reason, decidedBy: viewer.userId }))!;
    if (to === IdeaStatus.SHORTLISTED) {
      await this.ledger.credit(idea.challengeId, idea.authorId, ContributionKind.IDEA_SHORTLISTED, { ideaId, detail: { decisionId: decision.id } });
    } else if (to === IdeaStatus.ADOPTED) {
      const edges = await this.ideas.ancestry(ideaId, LINEAGE_DEPTH_MAX);
      const parents = new Map<string, string[]>();
      const authorOf = new Map<string, string>();
      for (const edge of edges) {
        parents.set(edge.ideaId, [...(parents.get(edge.ideaId) ?? []), edge.parentId]);
        authorOf.set(edge.parentId, edge.parentAuthorId);
      }
      const generations = ancestorsByGeneration(ideaId, (id) => parents.get(id) ?? [], LINEAGE_DEPTH_MAX);
      await this.ledger.adopt(idea.challengeId, { id: ideaId, authorId: idea.authorId }, generations, authorOf, { decisionId: decision.id });
    }
    await this.events.record({
      type: 'idea.statusChanged',
      challengeId: idea.challengeId,
      aggregateId: ideaId,
      actorId: viewer.userId,
      payload: { ideaId, challengeId: idea.challengeId, authorId: idea.authorId, from, to, reason, decidedAt: decision.decidedAt },
    });
    return (await this.ideas.findById(ideaId))!;
  }
}
