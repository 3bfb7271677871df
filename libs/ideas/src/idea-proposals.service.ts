import { Inject, Injectable } from '@nestjs/common';
import { ChallengesService, ParticipationAction, textSearchConfig } from '@pollen/challenges';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { ContributionKind, LedgerRecorder } from '@pollen/ledger';
import { WriteLimits } from '@pollen/limits';
import { CONTENT_SCREEN, ContentScreen, ClientKey, PollenError, Viewer, Visibility, checkId } from '@pollen/kernel';
import { cleanBody, cleanBuildsOn, cleanTags, cleanTitle } from './idea-text.policy';
import { IdeaAuthorsRepository } from './idea-authors.repository';
import { IdeaRow, IdeasRepository } from './ideas.repository';

type ProposeInput = { challengeId: unknown; title: unknown; body: unknown; tags?: unknown; buildsOn?: unknown };
type ReviseInput = { ideaId: unknown; title?: unknown; body?: unknown; tags?: unknown };

/** An idea proposed (building on others of its challenge) and revised by its author: the write path of an idea's text. */
@Injectable()
export class IdeaProposalsService {
  constructor(
    private readonly db: Db,
    private readonly ideas: IdeasRepository,
    private readonly challenges: ChallengesService,
    private readonly events: DomainEventRecorder,
    private readonly ledger: LedgerRecorder,
    private readonly authors: IdeaAuthorsRepository,
    private readonly limits: WriteLimits,
    @Inject(CONTENT_SCREEN) private readonly screen: ContentScreen,
  ) {}

  async propose(viewer: Viewer, input: ProposeInput, client: ClientKey): Promise<IdeaRow> {
    await this.limits.consume('proposeIdea', viewer, client);
    return this.proposeNow(viewer, input);
  }

  @UnitOfWork()
  private async proposeNow(viewer: Viewer, input: ProposeInput): Promise<IdeaRow> {
    const challengeId = checkId(input.challengeId, 'challengeId');
    const title = cleanTitle(input.title);
    const body = cleanBody(input.body);
    const tags = cleanTags(input.tags);
    const buildsOn = cleanBuildsOn(input.buildsOn);
    const challenge = await this.challenges.requireAction(challengeId, viewer, ParticipationAction.PROPOSE);
    const verdict = await this.screen.screen(viewer, {
      kind: 'IDEA',
      challengeId,
      organizationId: challenge.organizationId,
      texts: { title, body, tags: tags.join(' ') },
      revision: false,
    });
    const parents = buildsOn.length ? await this.ideas.findRefs(buildsOn) : [];
    if (buildsOn.length) {
      const missing = buildsOn.filter((id) => !parents.some((parent) => parent.id === id));
      if (missing.length) throw new PollenError('NOT_FOUND', `buildsOn: idea ${missing[0]} not found`, { field: 'buildsOn', id: missing[0] });
      if (parents.some((parent) => parent.challengeId !== challengeId)) {
        throw PollenError.badInput('buildsOn', 'ideas must belong to the same challenge');
      }
    }
    const { id } = (await this.ideas.insert({
      challengeId,
      authorId: viewer.userId,
      title,
      body,
      tags,
      tsConfig: textSearchConfig(challenge.language),
      visibility: verdict.visibility,
    }))!;
    await this.screen.admitted(verdict, { kind: 'IDEA', id, challengeId, organizationId: challenge.organizationId, authorId: viewer.userId });
    await this.ideas.insertRevision(id, 1, { title, body, tags }, viewer.userId);
    await this.ideas.insertLineage(challengeId, id, buildsOn);
    await this.authors.insertProposer(id, viewer.userId);
    await this.ledger.contribute(challengeId, viewer.userId, ContributionKind.IDEA_PROPOSED, { ideaId: id });
    await this.ledger.creditMany(
      challengeId,
      ContributionKind.IDEA_BUILT_UPON,
      parents.map((parent) => ({ participantId: parent.authorId, ideaId: parent.id, detail: { by: id } })),
    );
    const idea = (await this.ideas.findById(id))!;
    await this.events.record({
      type: 'idea.created',
      challengeId,
      aggregateId: id,
      actorId: viewer.userId,
      payload: { ideaId: id, challengeId, authorId: viewer.userId, title, body, tags, buildsOn, createdAt: idea.createdAt },
    });
    return idea;
  }

  /** The author revises their idea; every revision is kept. Omitted fields stay as they are. */
  async revise(viewer: Viewer, input: ReviseInput, client: ClientKey): Promise<IdeaRow> {
    await this.limits.consume('reviseIdea', viewer, client);
    return this.reviseNow(viewer, input);
  }

  @UnitOfWork()
  private async reviseNow(viewer: Viewer, input: ReviseInput): Promise<IdeaRow> {
    const ideaId = checkId(input.ideaId, 'ideaId');
    const title = input.title === undefined || input.title === null ? undefined : cleanTitle(input.title);
    const body = input.body === undefined || input.body === null ? undefined : cleanBody(input.body);
    const tags = input.tags === undefined || input.tags === null ? undefined : cleanTags(input.tags);
    if (title === undefined && body === undefined && tags === undefined) {
      throw PollenError.badInput('input', 'give at least one of title, body or tags');
    }
    const current = await this.ideas.findById(ideaId, true);
    if (!current) throw PollenError.notFound('Idea', ideaId);
    const challenge = await this.challenges.requireAction(current.challengeId, viewer, ParticipationAction.REVISE);
    if (current.authorId !== viewer.userId) throw PollenError.forbidden('Only the author can revise an idea');
    if (current.visibility === Visibility.MERGED) throw PollenError.conflict('This idea was merged into another; revise that one', { mergedInto: current.mergedInto });
    const next = { title: title ?? current.title, body: body ?? current.body, tags: tags ?? current.tags };
    const verdict = await this.screen.screen(viewer, {
      kind: 'IDEA',
      challengeId: current.challengeId,
      organizationId: challenge.organizationId,
      texts: { title: next.title, body: next.body, tags: next.tags.join(' ') },
      revision: true,
    });
    // A revision that matches a hold rule holds an idea everyone saw; it never frees one held or pending.
    if (verdict.visibility === Visibility.HELD && current.visibility === Visibility.VISIBLE) {
      await this.screen.admitted(verdict, { kind: 'IDEA', id: ideaId, challengeId: current.challengeId, organizationId: challenge.organizationId, authorId: viewer.userId });
    }
    const revision = await this.ideas.revise(ideaId, next);
    await this.ideas.insertRevision(ideaId, revision, next, viewer.userId);
    await this.events.record({
      type: 'idea.revised',
      challengeId: current.challengeId,
      aggregateId: ideaId,
      actorId: viewer.userId,
      payload: { ideaId, challengeId: current.challengeId, revision, ...next },
    });
    return (await this.ideas.findById(ideaId))!;
  }
}
