import { Injectable } from '@nestjs/common';
import { PollenError } from '@pollen/kernel';
import { ContributionKind, WeightedKind } from './contribution-kind';
import { Pseudonyms, pseudonymSteps } from './pseudonyms.service';
import { PseudonymRole } from './pseudonym.util';
import { allocateLineage } from './lineage.util';
import { SqlStep } from '@pollen/database';
import { CancelledEntry, CompensationMatch, LedgerRepository, LicenceAcceptor, NewEntry, PolicyRow, appendEntries, compensateEntry } from './ledger.repository';
import { DEFAULT_POLICY, OwnershipPolicy, PolicyInput, applyPolicyInput, policyDetail } from './ownership-policy';

/** Frozen policies never change, so any instance may keep them; bounded all the same. */
const FROZEN_POLICY_CACHE = 2_000;

/** The step of an act's SQL statement that answers its participants' pseudonyms. */
export const PARTY_STEP = 'party';
/** The same step of a vote's SQL statement (the voter's pseudonym): the name castVote's benchmark reference uses. */
export const VOTER_PARTY = PARTY_STEP;

/** Votes are under the voter's pseudonym of the challenge, everything else under the author's: two unrelated commitments. */
const roleOf = (kind: ContributionKind): PseudonymRole => (kind === ContributionKind.VOTE_CAST ? 'voter' : 'author');

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
 * Callers speak of accounts; the ledger never holds one: every entry names its participant's
 * pseudonym in the challenge (a vote the voter's, anything else the author's: libs/ledger README,
 * *Privacy*), found or made by steps of the entry's own SQL statement.
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
    await this.append(challengeId, 'author', [
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
    await this.ledger.write(await this.contributionSteps(challengeId, participantId, kind, subject));
  }

  /**
   * The same, as steps of the caller's own round trip (see `oneRoundTrip`), appended only if the step
   * named `after` returns a row: an act and its entry in one round trip (castVote). The
   * participant's pseudonym is found or made by a step of the same SQL statement: no round trip of its own.
   */
  async contributionSteps(challengeId: string, participantId: string, kind: WeightedKind, subject: Subject, after?: string): Promise<SqlStep[]> {
    const policy = await this.frozenPolicy(challengeId);
    const entry = this.entry(challengeId, participantId, kind, BigInt(policy.weights[kind]), subject);
    return this.steps(challengeId, roleOf(kind), [entry], { challengeId, userId: participantId, licence: policy.licence }, after);
  }

  /** Records that a participant accepts the challenge's licence (once; e.g. on becoming a co-author), under their author pseudonym. */
  async acceptLicence(challengeId: string, participantId: string): Promise<void> {
    const policy = await this.frozenPolicy(challengeId);
    await this.append(challengeId, 'author', [], { challengeId, userId: participantId, licence: policy.licence });
  }

  /** Credit earned through someone else's act (an idea built upon, shortlisted): no licence acceptance. */
  credit(challengeId: string, participantId: string, kind: WeightedKind, subject: Subject = {}): Promise<void> {
    return this.creditMany(challengeId, kind, [{ ...subject, participantId }]);
  }

  /** Credits several ideas at once (one SQL statement), e.g. every idea a new idea builds on. */
  async creditMany(challengeId: string, kind: WeightedKind, subjects: Array<Subject & { participantId: string }>): Promise<void> {
    if (!subjects.length) return;
    const policy = await this.frozenPolicy(challengeId);
    await this.append(challengeId, 'author', subjects.map((s) => this.entry(challengeId, s.participantId, kind, BigInt(policy.weights[kind]), s)));
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
    await this.append(challengeId, 'author', [
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
   * earns, and its authors who share it. The split names the authors' pseudonyms in the
   * challenge (sorted by them), made here first: they are in the entry's detail.
   */
  async authorship(challengeId: string, ideaId: string, actorId: string, shares: Array<[string, number]>): Promise<void> {
    const parties = await this.pseudonyms.of('author', challengeId, [actorId, ...shares.map(([id]) => id)]);
    const named = shares.map(([id, bp]): [string, number] => [parties.get(id)!, bp]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const entry = { challengeId, kind: ContributionKind.AUTHORSHIP, participantId: parties.get(actorId)!, ideaId, points: 0n, detail: { shares: named } };
    await this.ledger.write(appendEntries([entry], null));
  }

  /** Cancels the latest matching entry (a withdrawn vote, a deleted comment): returns whether one was found. */
  async compensate(challengeId: string, kind: ContributionKind, match: EntryMatch): Promise<boolean> {
    return (await this.ledger.write(this.compensationSteps(challengeId, kind, match))).length > 0;
  }

  /** The same, as steps of the caller's own round trip, only if the step named `after` returns a row (castVote clearing a vote). */
  compensationSteps(challengeId: string, kind: ContributionKind, match: EntryMatch, after?: string): SqlStep[] {
    if (!match.participantId) return [['compensated', compensateEntry({ challengeId, kind, ...match }, after)]];
    const { participantId, ...rest } = match;
    return [
      ...pseudonymSteps(roleOf(kind), PARTY_STEP, challengeId, [participantId]),
      ['compensated', compensateEntry({ challengeId, kind, ...rest }, after, PARTY_STEP)],
    ];
  }

  /**
   * Cancels every simple credit an idea or comment earned (moderation removing content, an
   * erasure forfeiting credit): see LedgerRepository.compensateAll. Callers speak of accounts:
   * entries are found by their participants' pseudonyms and answered with their accounts (one
   * whose pseudonym was forgotten keeps the pseudonym).
   */
  async compensateAll(challengeId: string, kinds: ContributionKind[], subject: { ideaId?: string | null; commentId?: string | null; participantIds?: readonly string[] }): Promise<CancelledEntry[]> {
    const participantIds = subject.participantIds && [...(await this.pseudonyms.existing(challengeId, subject.participantIds)).keys()];
    const cancelled = await this.ledger.compensateAll(challengeId, kinds, { ...subject, participantIds });
    const owners = await this.pseudonyms.owners(challengeId, cancelled.map((e) => e.participantId));
    return cancelled.map((e) => ({ ...e, participantId: owners.get(e.participantId) ?? e.participantId }));
  }

  /**
   * Credits again, with new entries, what a compensation cancelled (content restored, a merge
   * undone): the ledger never un-cancels, it appends. `detail.recredits` names the cancelled entry.
   * An entry whose participant's pseudonym was forgotten (erased) is credited to that pseudonym again.
   */
  async recredit(challengeId: string, cancelled: CancelledEntry[], detail: Record<string, unknown> = {}): Promise<void> {
    if (!cancelled.length) return;
    const accounts = new Set(await this.ledger.accounts(cancelled.map((e) => e.participantId)));
    const entries = cancelled.map((entry) => ({
      challengeId,
      kind: entry.kind,
      participantId: entry.participantId,
      ideaId: entry.ideaId,
      commentId: entry.commentId,
      points: BigInt(entry.points),
      detail: { ...detail, recredits: entry.id },
    }));
    for (const role of ['voter', 'author'] as const) {
      const theirs = entries.filter((e) => accounts.has(e.participantId) && roleOf(e.kind) === role);
      if (theirs.length) await this.append(challengeId, role, theirs);
    }
    const unlinked = entries.filter((e) => !accounts.has(e.participantId));
    if (unlinked.length) await this.ledger.write(appendEntries(unlinked, null));
  }

  /** Appends entries (and an acceptance) under their participants' pseudonyms of a role: one round trip. */
  private async append(challengeId: string, role: PseudonymRole, entries: NewEntry[], acceptor: LicenceAcceptor | null = null): Promise<void> {
    await this.ledger.write(this.steps(challengeId, role, entries, acceptor));
  }

  /** The steps of appending entries under their participants' pseudonyms of a role, found or made in the same SQL statement. */
  private steps(challengeId: string, role: PseudonymRole, entries: NewEntry[], acceptor: LicenceAcceptor | null, after?: string): SqlStep[] {
    const people = [...entries.map((e) => e.participantId), ...(acceptor ? [acceptor.userId] : [])];
    return [...pseudonymSteps(role, PARTY_STEP, challengeId, people), ...appendEntries(entries, acceptor, after, PARTY_STEP)];
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
