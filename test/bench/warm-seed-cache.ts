import { seededDatabase } from './seeded-database';

/** `node -r @swc-node/register test/bench/warm-seed-cache.ts <scale>`: seeds the cached database ahead of a full run. */
const scale = Number(process.argv[2] ?? 10);
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('DATABASE_URL must name the server to keep the seeded database on');
seededDatabase({ quick: false, adminUrl, log: (message) => console.error(message) }, scale).then(
  (data) => console.log(`${data.url}: challenge ${data.challengeId}`),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
