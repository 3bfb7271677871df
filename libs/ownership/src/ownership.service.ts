import { Inject, Injectable } from '@nestjs/common';
import { ChallengesService } from '@pollen/challenges';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { Db } from '@pollen/database';
import {
  GENESIS_HASH,
  LedgerAuditor,
  LedgerEntry,
  LedgerRepository,
  ParticipantStatement,
  PolicyRow,
  PseudonymProof,
  PseudonymRole,
  Pseudonyms,
  RankedParticipant,
  VerifyReport,
  buildStatement,
  payoutsOf,
} from '@pollen/ledger';
import { Page, PollenError, Viewer, checkId, decodeCursor, encodeCursor, pageSize, toPage } from '@pollen/kernel';

/** Statements kept in memory: one per challenge (bounded), and the payouts of a few pools. */
const STATEMENT_CACHE = 16;
const PAYOUT_CACHE = 4;
const POOL_DIGITS_MAX = 30;
/**
 * The statement's computation reads every stored tally of a challenge (the farming rule folds its
 * per-(idea, participant) tallies in PostgreSQL: seconds at ten times Fiat Mio). It is one
 * computation per challenge at a time, shared by every request and cached, not a request's
 * own work: it gets this bound for its SQL statements instead of STATEMENT_TIMEOUT_MS.
 */
export const STATEMENT_COMPUTE_TIMEOUT_MS = 120_000;

/** The most a ranking of a statement's first participants (`topParticipants`) reads. */
export const TOP_PARTICIPANTS_MAX = 20;

export interface Statement {
  challengeId: string;
  headSeq: bigint;
  headHash: string;
  policy: PolicyRow;
  totalScaledPoints: bigint;
  /** Ranked by points; shares set, payouts not (see `payouts`). */
  participants: ParticipantStatement[];
  pool: bigint | null;
  /** Each participant's payout of `pool`, in the order of `participants`; null without a pool. */
  payouts: bigint[] | null;
}

/** A statement before a pool's payouts. */
export type BaseStatement = Omit<Statement, 'pool' | 'payouts'>;

export function parsePool(value: unknown): bigint | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !new RegExp(`^\\d{1,${POOL_DIGITS_MAX}}$`).test(value)) {
    throw PollenError.badInput('pool', `must be a non-negative whole number of minor currency units (digits only, at most ${POOL_DIGITS_MAX})`);
  }
  return BigInt(value);
}

/**
 * Ownership statements: computed from the incremental tallies the sealer keeps (the same maths
 * as a recomputation from the chain, see buildStatement), read in one snapshot with the ledger
 * head they correspond to, so a statement names exactly the ledger it was computed from.
 */
@Injectable()
export class OwnershipService {
  private readonly statements = new Map<string, { statement: BaseStatement; at: number }>();
  private readonly computing = new Map<string, Promise<BaseStatement>>();
  private readonly payouts = new Map<string, bigint[]>();
  private readonly verifying = new Map<string, Promise<VerifyReport>>();
  private readonly tops = new Map<string, { headSeq: bigint; participants: RankedParticipant[]; at: number }>();
  private readonly ranking = new Map<string, Promise<RankedParticipant[]>>();

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly db: Db,
    private readonly ledger: LedgerRepository,
    private readonly auditor: LedgerAuditor,
    private readonly challenges: ChallengesService,
    private readonly pseudonyms: Pseudonyms,
  ) {}

  /**
   * The statement of a challenge, with the payouts of `pool`. A statement at a given head never
   * changes; on a busy challenge the head moves several times a second, so one computed less
   * than STATEMENT_MAX_AGE_MS ago is served as it is (it names its head), concurrent requests
   * share one computation, and payouts (the only part a pool changes) are computed apart: a
   * large challenge costs one computation per interval whatever the traffic.
   */
  async statement(viewer: Viewer | null, challengeIdValue: unknown, poolValue: unknown): Promise<Statement> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    const pool = parsePool(poolValue);
    await this.challenges.getVisible(challengeId, viewer);
    const base = await this.base(challengeId);
    if (pool === null) return { ...base, pool, payouts: null };
    const key = `${challengeId}:${base.headSeq}:${pool}`;
    let payouts = this.payouts.get(key);
    if (!payouts) {
      payouts = payoutsOf(base, pool);
      if (this.payouts.size >= PAYOUT_CACHE) this.payouts.delete(this.payouts.keys().next().value!);
      this.payouts.set(key, payouts);
    }
    return { ...base, pool, payouts };
  }

  private async base(challengeId: string): Promise<BaseStatement> {
    return (await this.statementsOf([challengeId])).get(challengeId)!;
  }

  /**
   * The statements (without a pool) of several challenges, for a page that names one row of each
   * (a profile's contributions, through its per-request loader): those computed less than
   * STATEMENT_MAX_AGE_MS ago as they are, those being computed shared, the rest computed together
   * in one snapshot (the heads, then the tallies and policies of those whose head moved): the
   * same queries for one challenge or forty. For challenges the caller has found visible to its
   * viewer (`statement` checks it itself).
   */
  async statementsOf(challengeIds: readonly string[]): Promise<Map<string, BaseStatement>> {
    const found = new Map<string, Promise<BaseStatement>>();
    const stale: string[] = [];
    for (const id of new Set(challengeIds)) {
      const cached = this.statements.get(id);
      const pending = this.computing.get(id);
      if (cached && Date.now() - cached.at < this.config.statementMaxAgeMs) found.set(id, Promise.resolve(cached.statement));
      else if (pending) found.set(id, this.orPrevious(pending, cached?.statement));
      else stale.push(id);
    }
    if (stale.length) {
      const batch = this.compute(stale);
      for (const id of stale) {
        const computing = batch
          .then((computed) => {
            const statement = computed.get(id)!;
            this.statements.delete(id);
            if (this.statements.size >= STATEMENT_CACHE) this.statements.delete(this.statements.keys().next().value!);
            this.statements.set(id, { statement, at: Date.now() });
            return statement;
          })
          .finally(() => this.computing.delete(id));
        this.computing.set(id, computing);
        found.set(id, this.orPrevious(computing, this.statements.get(id)?.statement));
      }
    }
    return new Map(await Promise.all([...found].map(async ([id, statement]) => [id, await statement] as const)));
  }

  private compute(challengeIds: string[]): Promise<Map<string, BaseStatement>> {
    const previous = new Map(challengeIds.map((id) => [id, this.statements.get(id)?.statement ?? null]));
    return this.db.transaction(async () => {
      await this.db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      await this.db.query(`SET LOCAL statement_timeout = ${STATEMENT_COMPUTE_TIMEOUT_MS}`);
      const heads = await this.ledger.headsOf(challengeIds);
      const computed = new Map<string, BaseStatement>();
      const moved: string[] = [];
      for (const id of challengeIds) {
        const kept = previous.get(id);
        if (kept && kept.headSeq === (heads.get(id)?.seq ?? 0n)) computed.set(id, kept);
        else moved.push(id);
      }
      if (moved.length === 0) return computed;
      // The farming rule runs in PostgreSQL: its per-(idea, participant) input is too large to carry here.
      // One after another: the transaction's one connection runs one query at a time anyway (pg
      // queues queries sent together on a client, and pg 9 will refuse them).
      const tallies = await this.ledger.statementTalliesOf(moved);
      const participation = await this.ledger.participationCreditOf(moved);
      const policies = await this.ledger.policies(moved);
      const policyOf = new Map(policies.map(({ id, ...policy }) => [id, policy]));
      for (const id of moved) {
        const head = heads.get(id);
        computed.set(id, {
          challengeId: id,
          headSeq: head?.seq ?? 0n,
          headHash: head?.hash ?? GENESIS_HASH,
          policy: policyOf.get(id)!,
          ...buildStatement(tallies.get(id)!, participation.get(id)),
        });
      }
      return computed;
    });
  }

  /**
   * The statement's first `first` participants (at most TOP_PARTICIPANTS_MAX), the same rows as
   * `statement(…).participants.slice(0, first)` without computing the rest: from the statement
   * when one computed less than STATEMENT_MAX_AGE_MS ago is cached, else ranked in PostgreSQL
   * (LedgerRepository.topParticipants) and kept as the statement is (served as it is while fresh,
   * recomputed only when the ledger head has moved; concurrent requests share one read).
   */
  async topParticipants(viewer: Viewer | null, challengeIdValue: unknown, first: number): Promise<RankedParticipant[]> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    if (!Number.isInteger(first) || first < 1 || first > TOP_PARTICIPANTS_MAX) throw PollenError.badInput('first', `must be an integer from 1 to ${TOP_PARTICIPANTS_MAX}`);
    await this.challenges.getVisible(challengeId, viewer);
    const fresh = (at: number) => Date.now() - at < this.config.statementMaxAgeMs;
    const cached = this.statements.get(challengeId);
    if (cached && fresh(cached.at)) return cached.statement.participants.slice(0, first);
    const top = this.tops.get(challengeId);
    if (top && fresh(top.at)) return top.participants.slice(0, first);
    let pending = this.ranking.get(challengeId);
    if (!pending) {
      pending = this.rank(challengeId, top ?? null).finally(() => this.ranking.delete(challengeId));
      this.ranking.set(challengeId, pending);
    }
    return (await this.orPrevious(pending, top?.participants ?? cached?.statement.participants)).slice(0, first);
  }

  /**
   * What a read is given while a statement (or a ranking) is computed again: the new one if it
   * comes within STATEMENT_STALE_WAIT_MS, else the previous one, which names the head it was
   * computed from (at ten times Fiat Mio a statement takes ~35 s to compute: a reader is not kept
   * waiting for it each time the head moves). The computation goes on and is kept when done; a
   * first one, with nothing before it, is waited for.
   */
  private orPrevious<T>(computing: Promise<T>, previous: T | undefined): Promise<T> {
    if (previous === undefined) return computing;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(previous), this.config.statementStaleWaitMs);
    });
    // A computation that fails after the reader was answered is the next reader's to retry.
    computing.catch(() => undefined);
    return Promise.race([computing, waited]).finally(() => clearTimeout(timer));
  }

  private async rank(challengeId: string, previous: { headSeq: bigint; participants: RankedParticipant[] } | null): Promise<RankedParticipant[]> {
    const ranked = await this.db.transaction(async () => {
      await this.db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      await this.db.query(`SET LOCAL statement_timeout = ${STATEMENT_COMPUTE_TIMEOUT_MS}`);
      const headSeq = (await this.ledger.headsOf([challengeId])).get(challengeId)?.seq ?? 0n;
      if (previous && previous.headSeq === headSeq) return { headSeq, participants: previous.participants };
      return { headSeq, participants: await this.ledger.topParticipants(challengeId, TOP_PARTICIPANTS_MAX) };
    });
    this.tops.delete(challengeId);
    if (this.tops.size >= STATEMENT_CACHE) this.tops.delete(this.tops.keys().next().value!);
    this.tops.set(challengeId, { ...ranked, at: Date.now() });
    return ranked.participants;
  }

  /** A participant's party in each of these challenges' statements (their author pseudonym there, where they have one), by challenge. */
  authorParties(participantId: string, challengeIds: readonly string[]): Promise<Map<string, string>> {
    return this.pseudonyms.authorParties(participantId, challengeIds);
  }

  /** One page of a statement's participants, ranked by points (cursor: the rank). */
  sharePage(statement: Statement, args: { first?: number | null; after?: string | null }): Page<{ rank: number; share: ParticipantStatement }> {
    const limit = pageSize(args.first);
    const offset = args.after ? (decodeCursor(args.after, 'shares', ['integer']) as [number])[0] : 0;
    const rows = statement.participants.slice(offset, offset + limit + 1).map((share, i) => ({ rank: offset + i, share }));
    return toPage(rows, limit, (row) => encodeCursor('shares', [row.rank + 1]));
  }

  /** A challenge's sealed ledger in chain order, for auditors (cursor: the entry's `seq`, then its `position`). */
  async ledgerPage(viewer: Viewer | null, challengeIdValue: unknown, args: { first?: number | null; after?: string | null }): Promise<Page<LedgerEntry>> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    await this.challenges.getVisible(challengeId, viewer);
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'ledger', ['digits', 'digits']) as [string, string]) : null;
    const rows = await this.ledger.chain(challengeId, after ? { seq: BigInt(after[0]), position: after[1] } : null, limit + 1);
    return toPage(rows, limit, (row) => encodeCursor('ledger', [row.seq.toString(), row.position]));
  }

  /** The viewer's own entries in a challenge (under their author and their voter pseudonym), newest first, sealed or about to be. */
  async mine(viewer: Viewer, challengeIdValue: unknown, first?: number | null): Promise<LedgerEntry[]> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    await this.challenges.getVisible(challengeId, viewer);
    const parties = await this.pseudonyms.existing(challengeId, [viewer.userId]);
    return parties.size ? this.ledger.contributionsOf(challengeId, [...parties.keys()], pageSize(first)) : [];
  }

  /**
   * The viewer's pseudonym of a role in a challenge and its opening (null before their first
   * vote, or entry, there): with it they show anyone which public entries and which statement
   * row are theirs.
   */
  async myPseudonym(viewer: Viewer, challengeIdValue: unknown, role: PseudonymRole): Promise<PseudonymProof | null> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    await this.challenges.getVisible(challengeId, viewer);
    return this.pseudonyms.proof(challengeId, viewer.userId, role);
  }

  /**
   * Server-side re-verification, for the brand team (it reads the whole chain: anyone else
   * verifies from contributionLedger pages, or with the CLI). One run per challenge at a time.
   */
  async verify(viewer: Viewer, challengeIdValue: unknown): Promise<VerifyReport> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    const challenge = await this.challenges.getVisible(challengeId, viewer);
    if (!(await this.challenges.isTeamMember(challenge, viewer))) {
      throw PollenError.forbidden("Only the brand's team runs a server-side verification; anyone can verify the chain from contributionLedger");
    }
    const pending = this.verifying.get(challengeId);
    if (pending) return pending;
    const run = this.auditor.verify(challengeId).finally(() => this.verifying.delete(challengeId));
    this.verifying.set(challengeId, run);
    return run;
  }
}
