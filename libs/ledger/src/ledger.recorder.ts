import { Injectable } from '@nestjs/common';
import { PollenError } from '@pollen/kernel';
import { ContributionKind, WeightedKind } from './contribution-kind';
import { Pseudonyms } from './pseudonyms.service';
import { allocateLineage } from './lineage.util';
import { Statement } from '@pollen/database';
import { CancelledEntry, CompensationMatch, LedgerRepository, LicenceAcceptor, NewEntry, PolicyRow, appendEntries, compensateEntry } from './ledger.repository';
import { DEFAULT_POLICY, OwnershipPolicy, PolicyInput, applyPolicyInput, policyDetail } from './ownership-policy';

/** Frozen policies never change, so any instance may keep them; bounded all the same. */
const FROZEN_POLICY_CACHE = 2_000;

/** Which entry to cancel: the latest of the kind in the challenge with these (the ones given). */
export type EntryMatch = Omit<CompensationMatch, 'challengeId' | 'kind'>;

export interface Subject {
  ideaId?: string | null;
  commentId?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * What domain services call, inside their own transaction, to record contributions: the entry
 * commits with the action or not at all. Points come from the challenge's frozen policy. A
 * participant's first contribution to a challenge also records their acceptance of its licence.
 */
@Injectable()
export class LedgerRecorder {
  private readonly frozen = new Map<string, OwnershipPolicy>();

  constructor(
    private readonly ledger: LedgerRepository,
    private readonly pseudonyms: Pseudonyms,
  ) {}

  createPolicy(challengeId: string): Promise<void> {
    return this.ledger.insertPolicy(challengeId, DEFAULT_POLICY);
  }

  /** Changes a DRAFT challenge's policy (the caller checked the team's rights); validates every field. */
  async setPolicy(challengeId: string, input: PolicyInput): Promise<PolicyRow> {
    const current = await this.ledger.policy(challengeId);
    if (!current) throw PollenError.notFound('Ownership policy', challengeId);
    const next = applyPolicyInput(current, input);
    // updatePolicy only touches a policy that is not frozen.
    if (!(await this.ledger.updatePolicy(challengeId, next))) throw PollenError.conflict('The ownership policy is frozen since the challenge opened', { field: 'policy' });
    return { ...next, frozenAt: null };
  }

  /** Freezes the policy as the challenge opens and records it as the chain's first entry. */
  async open(challengeId: string, actorId: string): Promise<void> {
    const policy = await this.ledger.freeze(challengeId);
    if (!policy) return;
    await this.ledger.append([
      {
        challengeId,
        kind: ContributionKind.POLICY,
        participantId: actorId,
        points: 0n,
        detail: policyDetail(policy),
      },
    ]);
  }

  /** A participant's own act (proposing, commenting, voting): earns its weight, and accepts the licence the first time. */
  async contribute(challengeId: string, participantId: string, kind: WeightedKind, subject: Subject = {}): Promise<void> {
    await this.ledger.append(...(await this.contribution(challengeId, participantId, kind, subject)));
  }

  /**
   * The same, as steps of the caller's own statement (see `chain`), appended only if the step
   * named `after` returns a row: an act and its entry in one round trip (castVote).
   */
  async contributionSteps(challengeId: string, participantId: string, kind: WeightedKind, subject: Subject, after: string): Promise<Array<[string, Statement]>> {
    return appendEntries(...(await this.contribution(challengeId, participantId, kind, subject)), after);
  }

  /** Records that a participant accepts the challenge's licence (once; e.g. on becoming a co-author). */
  async acceptLicence(challengeId: string, participantId: string): Promise<void> {
    const policy = await this.frozenPolicy(challengeId);
    await this.ledger.append([], { challengeId, userId: participantId, licence: policy.licence });
  }

  /** Credit earned through someone else's act (an idea built upon, shortlisted): no licence acceptance. */
  credit(challengeId: string, participantId: string, kind: WeightedKind, subject: Subject = {}): Promise<void> {
    return this.creditMany(challengeId, kind, [{ ...subject, participantId }]);
  }

  /** Credits several ideas at once (one statement), e.g. every idea a new idea builds on. */
  async creditMany(challengeId: string, kind: WeightedKind, subjects: Array<Subject & { participantId: string }>): Promise<void> {
    if (!subjects.length) return;
    const policy = await this.frozenPolicy(challengeId);
    await this.ledger.append(subjects.map((s) => this.entry(challengeId, s.participantId, kind, BigInt(policy.weights[kind]), s)));
  }

  /**
   * An adoption: the adopted idea's credit, shared with the ideas it built upon generation by
   * generation (allocateLineage). `generations` are the ancestors by nearest generation.
   */
  async adopt(
    challengeId: string,
    idea: { id: string; authorId: string },
    generations: string[][],
    authorOf: ReadonlyMap<string, string>,
    detail: Record<string, unknown>,
  ): Promise<void> {
    const policy = await this.frozenPolicy(challengeId);
    const limited = generations.slice(0, policy.lineageGenerations);
    const { kept, shares } = allocateLineage(BigInt(policy.weights.IDEA_ADOPTED), policy.lineageDecayBp, limited);
    await this.ledger.append([
      this.entry(challengeId, idea.authorId, ContributionKind.IDEA_ADOPTED, kept, { ideaId: idea.id, detail }),
      ...shares.map((share) =>
        this.entry(challengeId, authorOf.get(share.ideaId)!, ContributionKind.LINEAGE, share.points, {
          ideaId: share.ideaId,
          detail: { adoptedIdeaId: idea.id, generation: share.generation },
        }),
      ),
    ]);
  }

  /**
   * Records how an idea's credit is split among its authors (basis points summing to 10,000).
   * The split applies to all of the idea's credit, earned before and after: it is the idea that
   * earns, and its authors who share it.
   */
  async authorship(challengeId: string, ideaId: string, actorId: string, shares: Array<[string, number]>): Promise<void> {
    const sorted = [...shares].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    await this.ledger.append([{ challengeId, kind: ContributionKind.AUTHORSHIP, participantId: actorId, ideaId, points: 0n, detail: { shares: sorted } }]);
  }

  /** Cancels the latest matching entry (a withdrawn vote, a deleted comment): returns whether one was found. */
  async compensate(challengeId: string, kind: ContributionKind, match: EntryMatch): Promise<boolean> {
    return (await this.ledger.compensate({ challengeId, kind, ...(await this.partyMatch(challengeId, kind, match)) })) > 0;
  }

  /** The same, as a step of the caller's own statement, only if the step named `after` returns a row (castVote clearing a vote). */
  async compensationSteps(challengeId: string, kind: ContributionKind, match: EntryMatch, after: string): Promise<Array<[string, Statement]>> {
    return [['compensated', compensateEntry({ challengeId, kind, ...(await this.partyMatch(challengeId, kind, match)) }, after)]];
  }

  /**
   * Cancels every simple credit an idea or comment earned (moderation removing content): see
   * LedgerRepository.compensateAll. Callers speak of accounts: votes' entries are found by and
   * answered with their voters' accounts (a voter whose pseudonym was forgotten keeps it).
   */
  async compensateAll(challengeId: string, kinds: ContributionKind[], subject: { ideaId?: string | null; commentId?: string | null; participantIds?: readonly string[] }): Promise<CancelledEntry[]> {
    const votes = kinds.includes(ContributionKind.VOTE_CAST);
    const parties = votes && subject.participantIds ? await this.pseudonyms.voters(challengeId, subject.participantIds) : null;
    const participantIds = parties ? [...subject.participantIds!, ...parties.values()] : subject.participantIds;
    const cancelled = await this.ledger.compensateAll(challengeId, kinds, { ...subject, participantIds });
    const voteParties = cancelled.filter((e) => e.kind === ContributionKind.VOTE_CAST).map((e) => e.participantId);
    if (!voteParties.length) return cancelled;
    const owners = await this.pseudonyms.owners(challengeId, voteParties);
    return cancelled.map((e) => (e.kind === ContributionKind.VOTE_CAST ? { ...e, participantId: owners.get(e.participantId) ?? e.participantId } : e));
  }

  /**
   * Credits again, with new entries, what a compensation cancelled (content restored, a merge
   * undone): the ledger never un-cancels, it appends. `detail.recredits` names the cancelled entry.
   */
  async recredit(challengeId: string, cancelled: CancelledEntry[], detail: Record<string, unknown> = {}): Promise<void> {
    if (!cancelled.length) return;
    const voters = cancelled.filter((e) => e.kind === ContributionKind.VOTE_CAST).map((e) => e.participantId);
    const parties = voters.length ? await this.pseudonyms.voters(challengeId, await this.ledger.accounts(voters)) : new Map<string, string>();
    await this.ledger.append(
      cancelled.map((entry) => ({
        challengeId,
        kind: entry.kind,
        participantId: entry.kind === ContributionKind.VOTE_CAST ? (parties.get(entry.participantId) ?? entry.participantId) : entry.participantId,
        ideaId: entry.ideaId,
        commentId: entry.commentId,
        points: BigInt(entry.points),
        detail: { ...detail, recredits: entry.id },
      })),
    );
  }

  /**
   * A vote is recorded under its voter's pseudonym in the challenge (libs/identity, *Pseudonyms*),
   * and so is the licence acceptance a first vote records: the ledger never holds a voter's
   * account, so neither its pages nor its statement can name one.
   */
  private async contribution(challengeId: string, participantId: string, kind: WeightedKind, subject: Subject): Promise<[NewEntry[], LicenceAcceptor]> {
    const policy = await this.frozenPolicy(challengeId);
    const party = kind === ContributionKind.VOTE_CAST ? await this.pseudonyms.voter(challengeId, participantId) : participantId;
    return [[this.entry(challengeId, party, kind, BigInt(policy.weights[kind]), subject)], { challengeId, userId: participantId, licence: policy.licence, party }];
  }

  private async partyMatch(challengeId: string, kind: ContributionKind, match: EntryMatch): Promise<EntryMatch> {
    if (kind !== ContributionKind.VOTE_CAST || !match.participantId) return match;
    return { ...match, participantId: await this.pseudonyms.voter(challengeId, match.participantId) };
  }

  private entry(challengeId: string, participantId: string, kind: ContributionKind, points: bigint, subject: Subject): NewEntry {
    return { challengeId, kind, participantId, ideaId: subject.ideaId ?? null, commentId: subject.commentId ?? null, points, detail: subject.detail ?? {} };
  }

  private async frozenPolicy(challengeId: string): Promise<OwnershipPolicy> {
    const cached = this.frozen.get(challengeId);
    if (cached) return cached;
    const policy = await this.ledger.policy(challengeId);
    if (!policy?.frozenAt) throw new Error(`challenge ${challengeId} has no frozen ownership policy`);
    if (this.frozen.size >= FROZEN_POLICY_CACHE) this.frozen.delete(this.frozen.keys().next().value!);
    this.frozen.set(challengeId, policy);
    return policy;
  }
}
