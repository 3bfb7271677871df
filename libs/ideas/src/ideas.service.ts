import { Injectable } from '@nestjs/common';
import { ChallengeLanguage, ChallengesService, ParticipationAction, textSearchConfig } from '@pollen/challenges';
import { Db, Transactional } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import {
  Page,
  PollenError,
  SEARCH_TEXT_MAX,
  SIMILAR_IDEAS_LIMIT,
  SIMILAR_TEXT_MAX,
  Viewer,
  checkId,
  cleanText,
  decodeCursor,
  encodeCursor,
  pageSize,
  toPage,
} from '@pollen/kernel';
import { IdeaOrder } from './idea.model';
import { cleanBody, cleanBuildsOn, cleanTags, cleanTitle } from './idea-text.policy';
import { IdeaRow, IdeasRepository, RevisionRow } from './ideas.repository';

const CURSOR_SHAPES: Record<IdeaOrder, Array<'string' | 'number'>> = {
  NEW: ['string', 'string'],
  TOP: ['number', 'string', 'string'],
  HOT: ['number', 'string'],
  RELEVANCE: ['number', 'string'],
};

function cursorKey(order: IdeaOrder, row: IdeaRow): Array<string | number> {
  switch (order) {
    case IdeaOrder.NEW:
      return [row.createdKey, row.id];
    case IdeaOrder.TOP:
      return [row.sortScore, row.createdKey, row.id];
    case IdeaOrder.HOT:
      return [row.hot, row.id];
    case IdeaOrder.RELEVANCE:
      return [row.rank ?? 0, row.id];
  }
}

@Injectable()
export class IdeasService {
  constructor(
    private readonly db: Db,
    private readonly ideas: IdeasRepository,
    private readonly challenges: ChallengesService,
    private readonly events: DomainEventRecorder,
  ) {}

  @Transactional()
  async propose(
    viewer: Viewer,
    input: { challengeId: unknown; title: unknown; body: unknown; tags?: unknown; buildsOn?: unknown },
  ): Promise<IdeaRow> {
    const challengeId = checkId(input.challengeId, 'challengeId');
    const title = cleanTitle(input.title);
    const body = cleanBody(input.body);
    const tags = cleanTags(input.tags);
    const buildsOn = cleanBuildsOn(input.buildsOn);
    const challenge = await this.challenges.requireAction(challengeId, viewer, ParticipationAction.PROPOSE);
    if (buildsOn.length) {
      const parents = await this.ideas.findRefs(buildsOn);
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
      tsConfig: textSearchConfig(challenge.language as ChallengeLanguage),
    }))!;
    await this.ideas.insertRevision(id, 1, { title, body, tags }, viewer.userId);
    await this.ideas.insertLineage(challengeId, id, buildsOn);
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
  @Transactional()
  async revise(viewer: Viewer, input: { ideaId: unknown; title?: unknown; body?: unknown; tags?: unknown }): Promise<IdeaRow> {
    const ideaId = checkId(input.ideaId, 'ideaId');
    const title = input.title === undefined || input.title === null ? undefined : cleanTitle(input.title);
    const body = input.body === undefined || input.body === null ? undefined : cleanBody(input.body);
    const tags = input.tags === undefined || input.tags === null ? undefined : cleanTags(input.tags);
    if (title === undefined && body === undefined && tags === undefined) {
      throw PollenError.badInput('input', 'give at least one of title, body or tags');
    }
    const current = await this.ideas.findById(ideaId, true);
    if (!current) throw PollenError.notFound('Idea', ideaId);
    await this.challenges.requireAction(current.challengeId, viewer, ParticipationAction.REVISE);
    if (current.authorId !== viewer.userId) throw PollenError.forbidden('Only the author can revise an idea');
    const next = { title: title ?? current.title, body: body ?? current.body, tags: tags ?? current.tags };
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

  /** An idea as the viewer may see it (its challenge must be visible to them). */
  async getVisible(id: string, viewer: Viewer | null): Promise<IdeaRow> {
    const idea = await this.ideas.findById(id);
    if (!idea) throw PollenError.notFound('Idea', id);
    try {
      await this.challenges.getVisible(idea.challengeId, viewer);
    } catch {
      throw PollenError.notFound('Idea', id);
    }
    return idea;
  }

  async feed(
    viewer: Viewer | null,
    args: { challengeId: unknown; orderBy?: IdeaOrder | null; search?: string | null; first?: number | null; after?: string | null },
  ): Promise<Page<IdeaRow>> {
    const challengeId = checkId(args.challengeId, 'challengeId');
    const limit = pageSize(args.first);
    const search =
      args.search === undefined || args.search === null || args.search.trim() === ''
        ? null
        : cleanText(args.search, { field: 'search', max: SEARCH_TEXT_MAX });
    const order = args.orderBy ?? (search ? IdeaOrder.RELEVANCE : IdeaOrder.HOT);
    if (order === IdeaOrder.RELEVANCE && !search) throw PollenError.badInput('orderBy', 'RELEVANCE needs a search text');
    const ordering = `ideas:${order}`;
    const after = args.after ? decodeCursor(args.after, ordering, CURSOR_SHAPES[order]) : null;
    const challenge = await this.challenges.getVisible(challengeId, viewer);
    const rows = await this.ideas.feed({
      challengeId,
      order,
      search,
      tsConfig: textSearchConfig(challenge.language as ChallengeLanguage),
      after,
      limit: limit + 1,
    });
    return toPage(rows, limit, (row) => encodeCursor(ordering, cursorKey(order, row)));
  }

  async similar(viewer: Viewer | null, challengeIdValue: unknown, textValue: unknown): Promise<IdeaRow[]> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    const text = cleanText(textValue, { field: 'text', min: 3, max: SIMILAR_TEXT_MAX });
    await this.challenges.getVisible(challengeId, viewer);
    return this.ideas.similar(challengeId, text, SIMILAR_IDEAS_LIMIT);
  }

  revisions(ideaId: string): Promise<RevisionRow[]> {
    return this.ideas.revisions(ideaId);
  }
}
