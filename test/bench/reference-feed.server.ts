import { createSecretKey } from 'node:crypto';
import { createServer } from 'node:http';
import { JwtService } from '@nestjs/jwt';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { Pool } from 'pg';

/**
 * The reference for the HOT feed: a minimal GraphQL server (graphql-js + graphql-http + pg) with
 * the same schema shape for this query, one hand-written statement per page, and the same
 * token check. Run as a child process: PORT, DATABASE_URL, JWT_SECRET.
 */
const schema = buildSchema(`
  enum VoteValue { UP DOWN NONE }
  enum IdeaOrder { NEW TOP HOT RELEVANCE }
  type User { id: ID! displayName: String! }
  type Idea { id: ID! title: String! score: Int! upvotes: Int! downvotes: Int! commentCount: Int! viewerVote: VoteValue! author: User! }
  type IdeaEdge { cursor: String! node: Idea! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type IdeaConnection { edges: [IdeaEdge!]! pageInfo: PageInfo! }
  type Query { ideas(challengeId: ID!, orderBy: IdeaOrder, first: Int): IdeaConnection! }
`);

const PAGE = `
  SELECT i.id, i.title, i.hot, u.id AS author_id, u.display_name,
         i.upvotes + COALESCE(d.up, 0) AS upvotes, i.downvotes + COALESCE(d.down, 0) AS downvotes,
         i.comment_count + COALESCE(d.comments, 0) AS comment_count, v.value AS viewer_vote
    FROM challenge c
    JOIN idea i ON i.challenge_id = c.id
    JOIN app_user u ON u.id = i.author_id
    LEFT JOIN LATERAL (SELECT sum(upvotes)::int AS up, sum(downvotes)::int AS down, sum(comments)::int AS comments
                         FROM idea_counter_delta WHERE idea_id = i.id) d ON true
    LEFT JOIN vote v ON v.idea_id = i.id AND v.user_id = $2
   WHERE c.id = $1 AND c.phase <> 'DRAFT' AND i.visibility = 'VISIBLE'
   ORDER BY i.hot DESC, i.id DESC
   LIMIT $3`;

interface PageRow {
  id: string;
  title: string;
  hot: number;
  author_id: string;
  display_name: string;
  upvotes: number;
  downvotes: number;
  comment_count: number;
  viewer_vote: number | null;
}

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
// The key as a KeyObject, as the API does (libs/identity/src/jwt.strategy.ts): a string costs a
// failed PEM parse per verification.
const key = createSecretKey(Buffer.from(process.env.JWT_SECRET!));
const jwt = new JwtService({ secretOrKeyProvider: () => key, verifyOptions: { algorithms: ['HS256'] } });

const rootValue = {
  ideas: async (args: { challengeId: string; first?: number }, context: { userId: string | null }) => {
    const first = Math.min(100, args.first ?? 20);
    const { rows } = await pool.query<PageRow>(PAGE, [args.challengeId, context.userId, first + 1]);
    const page = rows.slice(0, first);
    const cursor = (row: PageRow) => Buffer.from(JSON.stringify(['ideas:HOT', row.hot, row.id])).toString('base64url');
    return {
      edges: page.map((row) => ({
        cursor: cursor(row),
        node: {
          id: row.id,
          title: row.title,
          upvotes: row.upvotes,
          downvotes: row.downvotes,
          score: row.upvotes - row.downvotes,
          commentCount: row.comment_count,
          viewerVote: row.viewer_vote === 1 ? 'UP' : row.viewer_vote === -1 ? 'DOWN' : 'NONE',
          author: { id: row.author_id, displayName: row.display_name },
        },
      })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursor(page[page.length - 1]) : null },
    };
  },
};

const handler = createHandler({
  schema,
  rootValue,
  context: (req) => {
    const header = (req.headers as Record<string, string | undefined>).authorization;
    if (!header) return { userId: null };
    const claims = jwt.verify<{ sub: string }>(header.replace(/^Bearer /, ''));
    return { userId: claims.sub };
  },
});

const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  if (req.url?.startsWith('/graphql')) return void handler(req, res);
  res.writeHead(404).end();
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
