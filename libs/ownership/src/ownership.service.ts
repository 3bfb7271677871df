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
  VerifyReport,
  buildStatement,
} from '@pollen/ledger';
import { Page, PollenError, Viewer, checkId, decodeCursor, encodeCursor, pageSize, toPage } from '@pollen/kernel';

/** Statements kept in memory (per challenge and pool), bounded. */
const STATEMENT_CACHE = 16;
const POOL_DIGITS_MAX = 30;

export interface Statement {
  challengeId: string;
  headSeq: bigint;
  headHash: string;
  policy: PolicyRow;
  pool: bigint | null;
  totalScaledPoints: bigint;
  participants: ParticipantStatement[];
}

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
  private readonly cache = new Map<string, { statement: Statement; at: number }>();
  private readonly computing = new Map<string, Promise<Statement>>();

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly db: Db,
    private readonly ledger: LedgerRepository,
    private readonly auditor: LedgerAuditor,
    private readonly challenges: ChallengesService,
    private readonly users: UsersRepository,
  ) {}

  /**
   * The statement of a challenge. A statement at a given head never changes; on a busy
   * challenge the head moves several times a second, so a statement computed less than
   * STATEMENT_MAX_AGE_MS ago is served as it is (it names the head it was computed from), and
   * concurrent requests share one computation: a large challenge costs one computation per
   * interval, whatever the traffic.
   */
  async statement(viewer: Viewer | null, challengeIdValue: unknown, poolValue: unknown): Promise<Statement> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    const pool = parsePool(poolValue);
    await this.challenges.getVisible(challengeId, viewer);
    const key = `${challengeId}:${pool ?? ''}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < this.config.statementMaxAgeMs) return cached.statement;
    const pending = this.computing.get(key);
    if (pending) return pending;
    const computing = this.compute(challengeId, pool, cached?.statement ?? null)
      .then((statement) => {
        if (this.cache.size >= STATEMENT_CACHE) this.cache.delete(this.cache.keys().next().value!);
        this.cache.set(key, { statement, at: Date.now() });
        return statement;
      })
      .finally(() => this.computing.delete(key));
    this.computing.set(key, computing);
    return computing;
  }

  private compute(challengeId: string, pool: bigint | null, previous: Statement | null): Promise<Statement> {
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
        pool,
        ...buildStatement(tallies, pool),
      };
    });
  }

  /** One page of a statement's participants, ranked by points (cursor: the rank). */
  sharePage(statement: Statement, args: { first?: number | null; after?: string | null }): Page<ParticipantStatement> {
    const limit = pageSize(args.first);
    const offset = args.after ? Number((decodeCursor(args.after, 'shares', ['integer']) as [number])[0]) : 0;
    const rows = statement.participants.slice(offset, offset + limit + 1);
    let index = offset;
    return toPage(rows, limit, () => encodeCursor('shares', [++index]));
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
    return this.ledger.contributionsOf(challengeId, viewer.userId, pageSize(first));
  }

  async verify(viewer: Viewer | null, challengeIdValue: unknown): Promise<VerifyReport> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    await this.challenges.getVisible(challengeId, viewer);
    return this.auditor.verify(challengeId);
  }

  async displayNames(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.users.findByIds(ids);
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }
}
