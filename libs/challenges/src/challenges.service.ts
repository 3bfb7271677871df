import { Injectable } from '@nestjs/common';
import { Db, UnitOfWork } from '@pollen/database';
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
import { OrganizationRole, OrganizationsService, SuspensionRepository } from '@pollen/organizations';
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
    private readonly suspensions: SuspensionRepository,
    private readonly limits: WriteLimits,
  ) {}

  @UnitOfWork()
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

  @UnitOfWork()
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
    // Past its close date a challenge is CLOSED: moving closesAt does not reopen it (reopen does).
    if (effectivePhase(challenge.phase, challenge.closesAt) === ChallengePhase.CLOSED) throw closedError();
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

  @UnitOfWork()
  async setPhase(viewer: Viewer, challengeId: unknown, phase: unknown, client: ClientKey): Promise<ChallengeRow> {
    await this.limits.consume('team', viewer, client);
    const id = checkId(challengeId, 'challengeId');
    if (!Object.values(ChallengePhase).includes(phase as ChallengePhase)) {
      throw PollenError.badInput('phase', `must be one of ${Object.values(ChallengePhase).join(', ')}`);
    }
    const challenge = await this.lockForTeam(id, viewer);
    const to = phase as ChallengePhase;
    const from = effectivePhase(challenge.phase, challenge.closesAt);
    // A challenge closed by its date may be recorded as CLOSED; any other move from CLOSED is a reopening.
    if (from === ChallengePhase.CLOSED && !(to === ChallengePhase.CLOSED && challenge.phase !== ChallengePhase.CLOSED)) throw closedError();
    if (from !== ChallengePhase.CLOSED) assertTransition(from, to);
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

  /**
   * CLOSED is final unless an OWNER reopens the challenge explicitly, to a phase of their choice,
   * with a reason: recorded as a `challenge.phaseChanged` from CLOSED (`reopened`, `reason`), so
   * participants and auditors see it. A close date already passed must be replaced (or cleared).
   */
  @UnitOfWork()
  async reopen(
    viewer: Viewer,
    input: { challengeId: unknown; phase: unknown; reason: unknown; closesAt?: unknown },
    client: ClientKey,
  ): Promise<ChallengeRow> {
    await this.limits.consume('team', viewer, client);
    const id = checkId(input.challengeId, 'challengeId');
    const to = input.phase as ChallengePhase;
    if (![ChallengePhase.IDEATION, ChallengePhase.VOTING, ChallengePhase.REVIEW].includes(to)) {
      throw PollenError.badInput('phase', 'must be IDEATION, VOTING or REVIEW');
    }
    const reason = cleanText(input.reason, { field: 'reason', min: 3, max: REOPEN_REASON_MAX, multiline: true });
    const closesAt = input.closesAt === undefined ? undefined : cleanClosesAt(input.closesAt);
    const challenge = await this.lockForTeam(id, viewer);
    await this.organizations.requireRole(challenge.organizationId, viewer, [OrganizationRole.OWNER]);
    if (effectivePhase(challenge.phase, challenge.closesAt) !== ChallengePhase.CLOSED) {
      throw PollenError.conflict(`phase: only a CLOSED challenge is reopened; this one is ${challenge.phase}`, { field: 'phase' });
    }
    if (closesAt === undefined && challenge.closesAt && challenge.closesAt.getTime() <= Date.now()) {
      throw PollenError.badInput('closesAt', 'has passed: give a new close date, or null for none');
    }
    const updated = (await this.challenges.update(id, { phase: to, ...(closesAt !== undefined ? { closesAt } : {}) }))!;
    await this.events.record({
      type: 'challenge.phaseChanged',
      challengeId: id,
      aggregateId: id,
      actorId: viewer.userId,
      payload: { challengeId: id, from: ChallengePhase.CLOSED, to, reopened: true, reason, closesAt: updated.closesAt },
    });
    return updated;
  }

  /** The brand sets how contributions earn ownership, while the challenge is a DRAFT. */
  @UnitOfWork()
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

  /**
   * The same for a challenge the caller read itself, beside other things (null: there is none).
   * Every participation write passes here, so this is the one place a participant the
   * organisation suspended is refused, saying why and until when. `suspension`: what the
   * caller's own query read of it (activeSuspensionJson), or undefined to read it here.
   */
  async requireActionOn(
    challengeId: string,
    challenge: ChallengeRow | null,
    viewer: Viewer,
    action: ParticipationAction,
    suspension?: { reason: string; until: Date | null } | null,
  ): Promise<ChallengeRow> {
    if (!challenge || !(await this.canSee(challenge, viewer))) throw PollenError.notFound('Challenge', challengeId);
    await this.assertNotSuspended(challenge.organizationId, viewer, suspension);
    this.assertAllows(challenge, action);
    return challenge;
  }

  /** Refuses a write by someone the organisation suspended (reports, co-authorship: writes that are not a phase's action). */
  async assertNotSuspended(organizationId: string, viewer: Viewer, known?: { reason: string; until: Date | null } | null): Promise<void> {
    const suspension = known === undefined ? await this.suspensions.active(organizationId, viewer.userId) : known;
    if (suspension) throw PollenError.suspended(suspension.reason, suspension.until);
  }

  /** The phase table for a challenge already read (and checked visible) by the caller. */
  assertAllows(challenge: ChallengeRow, action: ParticipationAction): void {
    assertPhaseAllows(effectivePhase(challenge.phase, challenge.closesAt), action);
  }

  isTeamMember(challenge: ChallengeRow, viewer: Viewer | null): Promise<boolean> {
    return this.organizations.roleOf(challenge.organizationId, viewer).then((role) => role !== null);
  }

  async list(
    viewer: Viewer | null,
    args: { first?: number | null; after?: string | null; phase?: ChallengePhase | null; organizationId?: string | null },
  ): Promise<Page<ChallengeRow>> {
    const limit = pageSize(args.first);
    const organizationId = args.organizationId ? checkId(args.organizationId, 'organizationId') : null;
    const after = args.after ? (decodeCursor(args.after, 'challenges', ['timestamp', 'uuid']) as [string, string]) : null;
    const rows = await this.challenges.list({ viewerId: viewer?.userId ?? null, phase: args.phase ?? null, organizationId, after, limit: limit + 1 });
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

const REOPEN_REASON_MAX = 2_000;

function closedError(): PollenError {
  return new PollenError('PHASE_FORBIDDEN', 'The challenge is CLOSED: it cannot be edited or moved; an owner may reopen it (reopenChallenge)', {
    phase: ChallengePhase.CLOSED,
  });
}
