import { Inject, Injectable } from '@nestjs/common';
import { ChallengesService } from '@pollen/challenges';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { Db } from '@pollen/database';
import { UsersRepository } from '@pollen/identity';
import {
  GENESIS_HASH,
  LedgerAuditor,
  LedgerEntry,
  LedgerRepository,
  ParticipantStatement,
  PolicyRow,
  Pseudonyms,
  VerifyReport,
  VoterPseudonymProof,
  buildStatement,
  payoutsOf,
} from '@pollen/ledger';
import { Page, PollenError, Viewer, checkId, decodeCursor, encodeCursor, pageSize, toPage } from '@pollen/kernel';

/** Statements kept in memory: one per challenge (bounded), and the payouts of a few pools. */
const STATEMENT_CACHE = 16;
const PAYOUT_CACHE = 4;
const POOL_DIGITS_MAX = 30;

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

type BaseStatement = Omit<Statement, 'pool' | 'payouts'>;

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

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly db: Db,
    private readonly ledger: LedgerRepository,
    private readonly auditor: LedgerAuditor,
    private readonly challenges: ChallengesService,
    private readonly users: UsersRepository,
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

  private base(challengeId: string): Promise<BaseStatement> {
    const cached = this.statements.get(challengeId);
    if (cached && Date.now() - cached.at < this.config.statementMaxAgeMs) return Promise.resolve(cached.statement);
    const pending = this.computing.get(challengeId);
    if (pending) return pending;
    const computing = this.compute(challengeId, cached?.statement ?? null)
      .then((statement) => {
        this.statements.delete(challengeId);
        if (this.statements.size >= STATEMENT_CACHE) this.statements.delete(this.statements.keys().next().value!);
        this.statements.set(challengeId, { statement, at: Date.now() });
        return statement;
      })
      .finally(() => this.computing.delete(challengeId));
    this.computing.set(challengeId, computing);
    return computing;
  }

  private compute(challengeId: string, previous: BaseStatement | null): Promise<BaseStatement> {
    return this.db.transaction(async () => {
      await this.db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const head = await this.ledger.head(challengeId);
      if (previous && previous.headSeq === (head?.seq ?? 0n)) return previous;
      const [tallies, policy] = await Promise.all([this.ledger.storedTallies(challengeId), this.ledger.policy(challengeId)]);
      return {
        challengeId,
        headSeq: head?.seq ?? 0n,
        headHash: head?.hash ?? GENESIS_HASH,
        policy: policy!,
        ...buildStatement(tallies),
      };
    });
  }

  /** One page of a statement's participants, ranked by points (cursor: the rank). */
  sharePage(statement: Statement, args: { first?: number | null; after?: string | null }): Page<{ rank: number; share: ParticipantStatement }> {
    const limit = pageSize(args.first);
    const offset = args.after ? (decodeCursor(args.after, 'shares', ['integer']) as [number])[0] : 0;
    const rows = statement.participants.slice(offset, offset + limit + 1).map((share, i) => ({ rank: offset + i, share }));
    return toPage(rows, limit, (row) => encodeCursor('shares', [row.rank + 1]));
  }

  /** A challenge's sealed ledger in chain order, for auditors (cursor: the sequence number). */
  async ledgerPage(viewer: Viewer | null, challengeIdValue: unknown, args: { first?: number | null; after?: string | null }): Promise<Page<LedgerEntry>> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    await this.challenges.getVisible(challengeId, viewer);
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'ledger', ['digits', 'digits']) as [string, string]) : null;
    const rows = await this.ledger.chain(challengeId, after ? { seq: BigInt(after[0]), position: after[1] } : null, limit + 1);
    return toPage(rows, limit, (row) => encodeCursor('ledger', [row.seq.toString(), row.position]));
  }

  /** The viewer's own entries in a challenge, newest first, sealed or about to be. */
  async mine(viewer: Viewer, challengeIdValue: unknown, first?: number | null): Promise<LedgerEntry[]> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    await this.challenges.getVisible(challengeId, viewer);
    const voter = await this.pseudonyms.proof(challengeId, viewer.userId);
    return this.ledger.contributionsOf(challengeId, voter ? [viewer.userId, voter.pseudonym] : [viewer.userId], pageSize(first));
  }

  /**
   * The viewer's voter pseudonym in a challenge and its opening (null before their first vote):
   * with it they show anyone which public votes and which statement row are theirs.
   */
  async myVoterPseudonym(viewer: Viewer, challengeIdValue: unknown): Promise<VoterPseudonymProof | null> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    await this.challenges.getVisible(challengeId, viewer);
    return this.pseudonyms.proof(challengeId, viewer.userId);
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

  /** Names for a statement's parties: accounts' display names, and "Voter 1a2b3c4d" for voter pseudonyms. */
  async displayNames(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.users.findByIds(ids);
    const names = new Map(rows.map((row) => [row.id, row.displayName]));
    for (const id of ids) if (!names.has(id)) names.set(id, `Voter ${id.slice(0, 8)}`);
    return names;
  }
}
