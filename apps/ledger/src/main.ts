import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, ConfigModule, loadConfig } from '@pollen/config';
import { DatabaseModule, useEmbeddedPostgres } from '@pollen/database';
import { LedgerAuditor, LedgerRepository } from '@pollen/ledger';

const USAGE = 'usage: npm run ledger -- verify [--challenge ID]';

function parse(argv: string[]): { challengeId: string | null } {
  if (argv[0] !== 'verify') throw new ConfigError('command', `must be "verify"\n${USAGE}`);
  let challengeId: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '--challenge' && /^[0-9a-f-]{36}$/i.test(argv[i + 1] ?? '')) challengeId = argv[++i].toLowerCase();
    else throw new ConfigError(argv[i], `is not understood\n${USAGE}`);
  }
  return { challengeId };
}

/**
 * `npm run ledger -- verify [--challenge ID]`: re-verifies every challenge's chain (or one) and
 * its statement tallies. Prints a line per challenge; exits 1 naming the first bad entry, 2 when
 * it cannot run (bad arguments, no database, a schema without the ledger). Only reads: no
 * migration, no sealing.
 */
async function main(): Promise<number> {
  const { challengeId } = parse(process.argv.slice(2));
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await useEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(url)], providers: [LedgerAuditor, LedgerRepository] })
    class LedgerCliModule {}
    const app = await NestFactory.createApplicationContext(LedgerCliModule, { logger: ['error'] });
    try {
      const auditor = app.get(LedgerAuditor);
      const ledger = app.get(LedgerRepository);
      const known = await auditor.challenges();
      if (challengeId && !known.includes(challengeId)) {
        console.log(`FAIL challenge ${challengeId}: no ledger (no such challenge, or it has not opened yet)`);
        return 1;
      }
      const challenges = challengeId ? [challengeId] : known;
      let failed = 0;
      for (const id of challenges) {
        const report = await auditor.verify(id);
        if (report.problem) {
          failed++;
          const where = report.problem.seq ? `entry ${report.problem.seq} (${report.problem.id})` : 'ledger';
          console.log(`FAIL challenge ${id}: ${where}: ${report.problem.reason}`);
        } else {
          console.log(`ok   challenge ${id}: ${report.entries} entries, head ${report.headSeq} ${report.headHash}`);
        }
        for (const anchor of await ledger.reanchorings(id)) {
          console.log(`     re-anchored ${anchor.reanchoredAt.toISOString()} from head ${anchor.previousSeq} ${anchor.previousHash}: ${anchor.reason}`);
        }
      }
      if (!challenges.length) console.log('No ledger to verify.');
      return failed ? 1 : 0;
    } finally {
      await app.close();
    }
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error instanceof ConfigError ? error.message : `Verification failed to run: ${error.message}`);
    process.exit(2);
  },
);
