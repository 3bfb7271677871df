import { Injectable } from '@nestjs/common';
import { Db, Transactional } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { LedgerRecorder, PolicyInput, PolicyRow } from '@pollen/ledger';
import { WriteLimits } from '@pollen/limits';
import {
  CHALLENGE_BRIEF_MAX,
  ClientKey,
  Page,
  PollenError,
  TITLE_MAX,
  TITLE_MIN,
  Viewer,
  checkId,
  cleanOptionalText,
  cleanText,
  decodeCursor,
  encodeCursor,
  pageSize,
  toPage,
} from '@pollen/kernel';
import { OrganizationRole, OrganizationsService } from '@pollen/organizations';
import { ChallengeLanguage } from './challenge-language';
import {
  ChallengePhase,
  ParticipationAction,
  assertPhaseAllows,
  assertTransition,
  effectivePhase,
} from './challenge-phase.policy';
import { ChallengeRow, ChallengesRepository } from './challenges.repository';

const TEAM = [OrganizationRole.OWNER, OrganizationRole.MODERATOR];

function cleanLanguage(value: unknown, field = 'language'): ChallengeLanguage {
  if (!Object.values(ChallengeLanguage).includes(value as ChallengeLanguage)) {
    throw PollenError.badInput(field, `must be one of ${Object.keys(ChallengeLanguage).join(', ')}`);
  }
  return value as ChallengeLanguage;
}

function cleanClosesAt(value: unknown): Date | null {
  if (value === null) return null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw PollenError.badInput('closesAt', 'must be a date-time');
  if (value.getTime() <= Date.now()) throw PollenError.badInput('closesAt', 'must be in the future');
  return value;
}

@Injectable()
export class ChallengesService {
  constructor(
    private readonly db: Db,
    private readonly challenges: ChallengesRepository,
    private readonly organizations: OrganizationsService,
    private readonly events: DomainEventRecorder,
    private readonly ledger: LedgerRecorder,
    private readonly limits: WriteLimits,
  ) {}

  @Transactional()
  async create(
    viewer: Viewer,
    input: { organizationId: unknown; title: unknown; brief: unknown; language: unknown; closesAt?: unknown },
    client: ClientKey,
  ): Promise<ChallengeRow> {
    await this.limits.consume('team', viewer, client);
    const organizationId = checkId(input.organizationId, 'organizationId');
    const title = cleanText(input.title, { field: 'title', min: TITLE_MIN, max: TITLE_MAX });
    const brief = cleanText(input.brief, { field: 'brief', max: CHALLENGE_BRIEF_MAX, multiline: true });
    const language = cleanLanguage(input.language);
    const closesAt = input.closesAt === undefined ? null : cleanClosesAt(input.closesAt);
    await this.organizations.get(organizationId);
    await this.organizations.requireRole(organizationId, viewer, TEAM);
    const challenge = (await this.challenges.insert({ organizationId, title, brief, language, closesAt, createdBy: viewer.userId }))!;
    await this.ledger.createPolicy(challenge.id);
    await this.events.record({
      type: 'challenge.created',
      challengeId: challenge.id,
      aggregateId: challenge.id,
      actorId: viewer.userId,
      payload: { challengeId: challenge.id, organizationId, title, phase: challenge.phase },
    });
    return challenge;
  }

  @Transactional()
  async update(
    viewer: Viewer,
    input: { challengeId: unknown; title?: unknown; brief?: unknown; language?: unknown; closesAt?: unknown },
    client: ClientKey,
  ): Promise<ChallengeRow> {
    await this.limits.consume('team', viewer, client);
    const id = checkId(input.challengeId, 'challengeId');
    const title = cleanOptionalText(input.title, { field: 'title', min: TITLE_MIN, max: TITLE_MAX });
    const brief = cleanOptionalText(input.brief, { field: 'brief', max: CHALLENGE_BRIEF_MAX, multiline: true });
    const language = input.language === undefined || input.language === null ? undefined : cleanLanguage(input.language);
    const closesAt = input.closesAt === undefined ? undefined : cleanClosesAt(input.closesAt);
    const challenge = await this.lockForTeam(id, viewer);
    if (challenge.phase === ChallengePhase.CLOSED) {
      throw new PollenError('PHASE_FORBIDDEN', 'A CLOSED challenge cannot be edited', { phase: challenge.phase });
    }
    if (language !== undefined && language !== challenge.language && challenge.phase !== ChallengePhase.DRAFT) {
      throw PollenError.badInput('language', 'can only change while the challenge is a DRAFT');
    }
    const updated = (await this.challenges.update(id, { title, brief, language, closesAt }))!;
    await this.events.record({
      type: 'challenge.updated',
      challengeId: id,
      aggregateId: id,
      actorId: viewer.userId,
      payload: { challengeId: id, title: updated.title, brief: updated.brief, language: updated.language, closesAt: updated.closesAt },
    });
    return updated;
  }

  @Transactional()
  async setPhase(viewer: Viewer, challengeId: unknown, phase: unknown, client: ClientKey): Promise<ChallengeRow> {
    await this.limits.consume('team', viewer, client);
    const id = checkId(challengeId, 'challengeId');
    if (!Object.values(ChallengePhase).includes(phase as ChallengePhase)) {
      throw PollenError.badInput('phase', `must be one of ${Object.values(ChallengePhase).join(', ')}`);
    }
    const challenge = await this.lockForTeam(id, viewer);
    const to = phase as ChallengePhase;
    assertTransition(challenge.phase, to);
    const updated = (await this.challenges.update(id, { phase: to }))!;
    // Opening the challenge freezes its ownership policy, the first entry of its ledger.
    if (challenge.phase === ChallengePhase.DRAFT) await this.ledger.open(id, viewer.userId);
    await this.events.record({
      type: 'challenge.phaseChanged',
      challengeId: id,
      aggregateId: id,
      actorId: viewer.userId,
      payload: { challengeId: id, from: challenge.phase, to },
    });
    return updated;
  }

  /** The brand sets how contributions earn ownership, while the challenge is a DRAFT. */
  @Transactional()
  async setOwnershipPolicy(viewer: Viewer, challengeId: unknown, input: PolicyInput | null | undefined, client: ClientKey): Promise<PolicyRow> {
    await this.limits.consume('team', viewer, client);
    const id = checkId(challengeId, 'challengeId');
    if (!input || typeof input !== 'object') throw PollenError.badInput('policy', 'is required');
    const challenge = await this.lockForTeam(id, viewer);
    if (challenge.phase !== ChallengePhase.DRAFT) {
      throw PollenError.conflict(`The ownership policy is frozen since the challenge opened (it is in ${challenge.phase})`, { field: 'policy', phase: challenge.phase });
    }
    return this.ledger.setPolicy(id, input);
  }

  /** A challenge whoever asks; callers check visibility (canSee) before showing anything of it. */
  find(id: string): Promise<ChallengeRow | null> {
    return this.challenges.findById(id);
  }

  /** A challenge as the viewer may see it: DRAFT challenges exist for their team only. */
  async getVisible(id: string, viewer: Viewer | null): Promise<ChallengeRow> {
    const challenge = await this.findVisible(id, viewer);
    if (!challenge) throw PollenError.notFound('Challenge', id);
    return challenge;
  }

  /**
   * The same, null when the viewer may not see it: for callers that answer NOT_FOUND about
   * something else (an idea, a comment). Only "absent or hidden" is null; a failed read
   * (a lost database) stays an error, never a NOT_FOUND.
   */
  async findVisible(id: string, viewer: Viewer | null): Promise<ChallengeRow | null> {
    const challenge = await this.challenges.findById(id);
    return challenge && (await this.canSee(challenge, viewer)) ? challenge : null;
  }

  async canSee(challenge: ChallengeRow, viewer: Viewer | null): Promise<boolean> {
    return challenge.phase !== ChallengePhase.DRAFT || (await this.organizations.roleOf(challenge.organizationId, viewer)) !== null;
  }

  /** Checks visibility and the phase table for a participant's action; returns the challenge. */
  async requireAction(challengeId: string, viewer: Viewer, action: ParticipationAction): Promise<ChallengeRow> {
    return this.requireActionOn(challengeId, await this.challenges.findById(challengeId), viewer, action);
  }

  /** The same for a challenge the caller read itself, beside other things (null: there is none). */
  async requireActionOn(challengeId: string, challenge: ChallengeRow | null, viewer: Viewer, action: ParticipationAction): Promise<ChallengeRow> {
    if (!challenge || !(await this.canSee(challenge, viewer))) throw PollenError.notFound('Challenge', challengeId);
    this.assertAllows(challenge, action);
    return challenge;
  }

  /** The phase table for a challenge already read (and checked visible) by the caller. */
  assertAllows(challenge: ChallengeRow, action: ParticipationAction): void {
    assertPhaseAllows(effectivePhase(challenge.phase, challenge.closesAt), action);
  }

  isTeamMember(challenge: ChallengeRow, viewer: Viewer | null): Promise<boolean> {
    return this.organizations.roleOf(challenge.organizationId, viewer).then((role) => role !== null);
  }

  async list(viewer: Viewer | null, args: { first?: number | null; after?: string | null; phase?: ChallengePhase | null }): Promise<Page<ChallengeRow>> {
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'challenges', ['timestamp', 'uuid']) as [string, string]) : null;
    const rows = await this.challenges.list({ viewerId: viewer?.userId ?? null, phase: args.phase ?? null, after, limit: limit + 1 });
    return toPage(rows, limit, (row) => encodeCursor('challenges', [row.createdKey, row.id]));
  }

  private async lockForTeam(id: string, viewer: Viewer): Promise<ChallengeRow> {
    const challenge = await this.challenges.findById(id, true);
    if (!challenge) throw PollenError.notFound('Challenge', id);
    const role = await this.organizations.roleOf(challenge.organizationId, viewer);
    if (!role) {
      if (challenge.phase === ChallengePhase.DRAFT) throw PollenError.notFound('Challenge', id);
      throw PollenError.forbidden("Only the brand's team can manage this challenge");
    }
    return challenge;
  }
}
