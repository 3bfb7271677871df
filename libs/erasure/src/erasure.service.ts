import { Injectable } from '@nestjs/common';
import { Db, UnitOfWork } from '@pollen/database';
import { PasswordHasher } from '@pollen/identity';
import { ContributionKind, LedgerRecorder, Pseudonyms, largestRemainder } from '@pollen/ledger';
import { ClientKey, PollenError, Viewer } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { ErasureRepository } from './erasure.repository';

export enum ErasureCredit {
  KEEP = 'KEEP',
  FORFEIT = 'FORFEIT',
}

export interface ErasureChoice {
  password: unknown;
  removeContent: unknown;
  credit: unknown;
  payoutContact?: unknown;
}

export interface ErasureDone {
  erasedAt: Date;
  pseudonym: string;
  contentRemoved: boolean;
  credit: ErasureCredit;
}

const IDEA_KINDS = [ContributionKind.IDEA_PROPOSED, ContributionKind.IDEA_BUILT_UPON, ContributionKind.IDEA_SHORTLISTED, ContributionKind.IDEA_ADOPTED, ContributionKind.LINEAGE];
const DIRECT_KINDS = [ContributionKind.COMMENT, ContributionKind.COMMENT_HELPFUL, ContributionKind.VOTE_CAST];

function parse(choice: ErasureChoice): { password: string; removeContent: boolean; credit: ErasureCredit; contact: string | null } {
  if (typeof choice.password !== 'string' || !choice.password) throw PollenError.badInput('password', 'is required: erasing an account asks for its password again');
  if (typeof choice.removeContent !== 'boolean') throw PollenError.badInput('removeContent', 'must be true or false');
  if (!Object.values(ErasureCredit).includes(choice.credit as ErasureCredit)) throw PollenError.badInput('credit', 'must be KEEP or FORFEIT');
  const credit = choice.credit as ErasureCredit;
  const contact = typeof choice.payoutContact === 'string' ? choice.payoutContact.trim() : null;
  if (credit === ErasureCredit.KEEP && (!contact || contact.length < 3 || contact.length > 200)) {
    throw PollenError.badInput('payoutContact', 'is required to keep your credit: 3 to 200 characters saying where a payout should go');
  }
  if (credit === ErasureCredit.FORFEIT && contact) throw PollenError.badInput('payoutContact', 'is only for a kept credit');
  return { password: choice.password, removeContent: choice.removeContent, credit, contact };
}

/**
 * Erasing an account (libs/erasure README): final, confirmed by the password, one transaction.
 * Personal data goes at once; contributions stay under the stable pseudonym; texts go too if
 * asked; credit is kept (for a payout to a contact given) or forfeited with compensating entries.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly db: Db,
    private readonly erasure: ErasureRepository,
    private readonly hasher: PasswordHasher,
    private readonly pseudonyms: Pseudonyms,
    private readonly ledger: LedgerRecorder,
    private readonly limits: WriteLimits,
  ) {}

  async erase(viewer: Viewer, choice: ErasureChoice, client: ClientKey): Promise<ErasureDone> {
    const parsed = parse(choice);
    await this.limits.consume('eraseAccount', viewer, client);
    const account = await this.erasure.credentials(viewer.userId);
    if (!account?.passwordHash) throw PollenError.unauthenticated('This account is erased');
    if (!(await this.hasher.verify(account.passwordHash, parsed.password))) throw PollenError.badInput('password', 'does not match this account’s password');
    return this.eraseNow(viewer.userId, parsed);
  }

  @UnitOfWork()
  private async eraseNow(userId: string, choice: ReturnType<typeof parse>): Promise<ErasureDone> {
    const account = await this.erasure.credentials(userId);
    if (!account?.passwordHash) throw PollenError.conflict('This account is erased already');
    const strings = [account.displayName, ...(account.email ? [account.email] : []), ...(choice.removeContent ? await this.erasure.texts(userId) : [])];
    const parties = await this.parties(userId);
    if (choice.credit === ErasureCredit.FORFEIT) await this.forfeit(userId, [...parties.voter, ...parties.author]);
    const erasedAt = await this.erasure.record(
      userId,
      choice.removeContent,
      choice.credit === ErasureCredit.KEEP ? 'KEPT' : 'FORFEITED',
      choice.credit === ErasureCredit.KEEP ? { contact: choice.contact!, voterPseudonyms: parties.voter, authorPseudonyms: parties.author } : null,
    );
    await this.pseudonyms.forget(userId);
    const pseudonym = await this.pseudonyms.label(userId);
    await this.erasure.removePersonalData(userId, account.email, pseudonym);
    if (choice.removeContent) await this.erasure.tombstoneContent(userId);
    await this.erasure.scrub(strings);
    return { erasedAt, pseudonym, contentRemoved: choice.removeContent, credit: choice.credit };
  }

  /** The participant's parties in the ledger, their voter and author pseudonyms: what a kept credit is paid for, once they are forgotten. */
  private async parties(userId: string): Promise<{ voter: string[]; author: string[] }> {
    const rows = await this.db.query<{ pseudonym: string; role: 'voter' | 'author' }>(
      `SELECT pseudonym, 'voter' AS role FROM voter_pseudonym WHERE participant_id = $1 UNION ALL SELECT pseudonym, 'author' FROM author_pseudonym WHERE participant_id = $1`,
      [userId],
    );
    return { voter: rows.filter((r) => r.role === 'voter').map((r) => r.pseudonym), author: rows.filter((r) => r.role === 'author').map((r) => r.pseudonym) };
  }

  /**
   * Forfeited credit is redistributed by the ledger's own rules: their comments', marks' and
   * votes' entries are compensated; of an idea with other authors, their share goes to those
   * authors in proportion (an AUTHORSHIP entry); of an idea they authored alone, the idea's
   * credit entries are compensated. Every other share grows accordingly; statements still sum
   * to 10,000.
   */
  private async forfeit(userId: string, parties: string[]): Promise<void> {
    for (const challengeId of await this.erasure.challengesOf(userId, parties)) {
      await this.ledger.compensateAll(challengeId, DIRECT_KINDS, { participantIds: [userId] });
    }
    for (const { ideaId, challengeId, shares } of await this.erasure.authorships(userId)) {
      const others = shares.filter(([id]) => id !== userId);
      if (!others.length) {
        await this.ledger.compensateAll(challengeId, IDEA_KINDS, { ideaId });
        continue;
      }
      // Others' shares in proportion (equal when they all had none).
      const weights = others.map(([, bp]) => BigInt(bp || 0));
      const split = largestRemainder(weights.some((w) => w > 0n) ? weights : weights.map(() => 1n), others.map(([id]) => id), 10_000n);
      const next: Array<[string, number]> = [...others.map(([id], i): [string, number] => [id, Number(split[i])]), [userId, 0]];
      await this.erasure.setShares(ideaId, next);
      await this.ledger.authorship(challengeId, ideaId, userId, next);
    }
  }
}
