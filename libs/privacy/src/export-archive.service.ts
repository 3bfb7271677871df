import { PassThrough, Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import archiver from 'archiver';
import { Db } from '@pollen/database';
import { GENESIS_HASH, LedgerRepository, STATEMENT_SCALE, buildStatement } from '@pollen/ledger';
import { DataExportRepository, DataExportRow } from './data-export.repository';
import { EXPORT_BATCH_ROWS } from './privacy.constant';
import { EXPORT_SECTIONS, ExportSection, SHARES_FILE, exportReadme } from './export-sections';

/** Reports how far an archive is; answers false when the export's claim was lost (stop). */
export type ProgressReport = (itemsDone: number, itemsTotal: number) => Promise<boolean>;

export class ClaimLost extends Error {
  constructor() {
    super('the export was claimed by another worker');
  }
}

/**
 * Builds a participant's archive: a zip (archiver, deflate) written as a stream, one JSON file
 * per section, each section read in batches of EXPORT_BATCH_ROWS and handed to the zip as it
 * comes, so neither a section nor the archive is ever one string in memory before compression.
 */
@Injectable()
export class ExportArchiveService {
  constructor(
    private readonly db: Db,
    private readonly exports: DataExportRepository,
    private readonly ledger: LedgerRepository,
  ) {}

  /**
   * Every section (and the shares) is read in one REPEATABLE READ, read-only transaction: the
   * archive is the database as it was at one instant, whatever is written while it is built.
   * Progress is reported on connections of its own (DataExportRepository.progress).
   */
  build(job: DataExportRow, report: ProgressReport): Promise<Buffer> {
    return this.db.transaction(async () => {
      await this.db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      return this.buildInSnapshot(job, report);
    });
  }

  private async buildInSnapshot(job: DataExportRow, report: ProgressReport): Promise<Buffer> {
    const userId = job.userId;
    const counts: number[] = [];
    for (const section of EXPORT_SECTIONS) counts.push(await this.exports.sectionCount(section.sql, userId));
    const challenges = await this.exports.challengesWithEntries(userId);
    const total = counts.reduce((sum, n) => sum + n, 0) + challenges.length;
    let done = 0;
    if (!(await report(done, total))) throw new ClaimLost();

    const zip = archiver('zip', { zlib: { level: 6 } });
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    let zipFailure: Error | null = null;
    const failed = new Promise<never>((_, reject) => zip.on('error', (error) => reject((zipFailure = error))));
    failed.catch(() => undefined);
    const ended = new Promise<void>((resolve) => sink.on('end', resolve));
    zip.pipe(sink);
    const entry = (name: string, source: Readable | string) => {
      const written = new Promise<void>((resolve) => zip.once('entry', () => resolve()));
      zip.append(source, { name: `pollen-export/${name}`, date: job.requestedAt });
      return Promise.race([written, failed]);
    };

    // A failure while a section is read (the database, a lost claim) ends that section's stream
    // early; it is thrown here, between entries, never into the zip's own machinery.
    const failure: { error: Error | null } = { error: null };
    const reading = (section: ExportSection) =>
      Readable.from(
        this.sectionJson(section, userId, async (n) => {
          done += n;
          if (!(await report(done, total))) throw new ClaimLost();
        }, (error) => (failure.error = error instanceof Error ? error : new Error(String(error)))),
      );
    try {
      await entry('README.md', exportReadme(userId, new Date()));
      for (const section of EXPORT_SECTIONS) {
        await entry(section.file, reading(section));
        if (failure.error) throw failure.error;
      }
      await entry(SHARES_FILE.file, JSON.stringify(await this.shares(userId, challenges), null, 2));
      done += challenges.length;
      await Promise.race([zip.finalize(), failed]);
      await Promise.race([ended, failed]);
    } catch (error) {
      zip.abort();
      throw zipFailure ?? error;
    }
    return Buffer.concat(chunks);
  }

  /** A section's JSON text, batch after batch. */
  private async *sectionJson(
    section: ExportSection,
    userId: string,
    progressed: (n: number) => Promise<void>,
    fail: (error: unknown) => void,
  ): AsyncGenerator<string> {
    let after = '';
    let first = true;
    if (!section.single) yield '[';
    try {
      for (;;) {
        const rows = await this.exports.sectionPage(section.sql, userId, after, EXPORT_BATCH_ROWS);
        if (rows.length === 0) break;
        const text = rows.map((row) => JSON.stringify(row.doc)).join(',\n');
        yield section.single ? text : `${first ? '\n' : ',\n'}${text}`;
        first = false;
        after = rows[rows.length - 1].k;
        await progressed(rows.length);
        if (rows.length < EXPORT_BATCH_ROWS || section.single) break;
      }
    } catch (error) {
      fail(error);
      return;
    }
    if (section.single && first) yield 'null';
    if (!section.single) yield '\n]\n';
  }

  /**
   * The participant's row of each statement, computed as the ownership statement is (libs/ledger's
   * buildStatement over the stored tallies), in the archive's snapshot with the head it names.
   */
  private async statementOf(challengeId: string) {
    const head = await this.ledger.head(challengeId);
    const tallies = await this.ledger.storedTallies(challengeId);
    return { headSeq: head?.seq ?? 0n, headHash: head?.hash ?? GENESIS_HASH, ...buildStatement(tallies) };
  }

  /** One row per party of the participant in each challenge: their author pseudonym, and their voter pseudonym when they voted there. */
  private async shares(userId: string, challenges: string[]) {
    const parties = await this.db.query<{ challengeId: string; pseudonym: string; role: string }>(
      `SELECT challenge_id AS "challengeId", pseudonym, 'author' AS role FROM author_pseudonym WHERE participant_id = $1
       UNION ALL SELECT challenge_id, pseudonym, 'voter' FROM voter_pseudonym WHERE participant_id = $1 ORDER BY role`,
      [userId],
    );
    const shares = [];
    for (const challengeId of challenges) {
      const statement = await this.statementOf(challengeId);
      for (const { pseudonym: party, role } of parties.filter((p) => p.challengeId === challengeId)) {
      const rank = statement.participants.findIndex((p) => p.participantId === party);
      if (rank < 0 && role === 'voter') continue;
      const share = rank < 0 ? null : statement.participants[rank];
      shares.push({
        challengeId,
        party,
        points: share ? Number(share.scaledPoints) / Number(STATEMENT_SCALE) : 0,
        shareBasisPoints: share?.shareBp ?? 0,
        rank: rank < 0 ? null : rank + 1,
        participantCount: statement.participants.length,
        ledgerHead: { seq: statement.headSeq.toString(), hash: statement.headHash },
      });
      }
    }
    return shares;
  }
}
