import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The co-creation core: identity, organisations, challenges, ideas (with revisions and lineage),
 * votes, comments, the counter delta log and the domain_event outbox.
 * Constraints live here, not only in code.
 */
export class CoreSchema1763856000000 implements MigrationInterface {
  name = 'CoreSchema1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);

    // unaccent() is STABLE (its dictionary could be reloaded); pinning the dictionary makes the
    // wrapper safe to declare IMMUTABLE so it can feed generated columns and indexes.
    await q.query(`
      CREATE FUNCTION pollen_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    // HOT rank: sign(s)·log10(max(|s|,1)) + epoch(created_at)/45000. Ten times the net votes are
    // worth 12.5 hours of freshness. Depends on the row alone, so it is stored and indexed.
    await q.query(`
      CREATE FUNCTION pollen_hot(score integer, created timestamptz) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT sign(score)::float8 * log(greatest(abs(score), 1)::numeric)::float8
                   + extract(epoch FROM created)::float8 / 45000 $$`);

    // Accent-insensitive text search configurations per supported language.
    for (const [code, base] of [['en', 'english'], ['fr', 'french'], ['pt', 'portuguese'], ['es', 'spanish']]) {
      await q.query(`CREATE TEXT SEARCH CONFIGURATION pollen_${code} (COPY = pg_catalog.${base})`);
      await q.query(`ALTER TEXT SEARCH CONFIGURATION pollen_${code}
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${base}_stem`);
    }

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_lower CHECK (email = lower(email)),
        CONSTRAINT app_user_display_name_length CHECK (char_length(display_name) BETWEEN 2 AND 60)
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);

    // One row per login: the refresh-token family. Reuse of a rotated token revokes the family.
    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await q.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id)`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_session(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_token_session_idx ON refresh_token (session_id)`);

    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_slug_format CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$')
      )`);
    await q.query(`
      CREATE TABLE organization_member (
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'MODERATOR')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, user_id)
      )`);
    await q.query(`CREATE INDEX organization_member_user_idx ON organization_member (user_id)`);

    await q.query(`
      CREATE TABLE challenge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        title text NOT NULL,
        brief text NOT NULL,
        language text NOT NULL CHECK (language IN ('en', 'fr', 'pt', 'es')),
        phase text NOT NULL DEFAULT 'DRAFT' CHECK (phase IN ('DRAFT', 'IDEATION', 'VOTING', 'REVIEW', 'CLOSED')),
        closes_at timestamptz,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT challenge_title_length CHECK (char_length(title) BETWEEN 3 AND 140)
      )`);
    await q.query(`CREATE INDEX challenge_list_idx ON challenge (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX challenge_phase_list_idx ON challenge (phase, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX challenge_organization_idx ON challenge (organization_id)`);

    // Tallies: upvotes/downvotes/comment_count hold everything folded from idea_counter_delta;
    // the exact tally is these plus the idea's pending deltas (see IdeaCountersRepository).
    await q.query(`
      CREATE TABLE idea (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        challenge_id uuid NOT NULL REFERENCES challenge(id),
        author_id uuid NOT NULL REFERENCES app_user(id),
        title text NOT NULL,
        body text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'SHORTLISTED', 'ADOPTED', 'REJECTED')),
        ts_config regconfig NOT NULL,
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        upvotes integer NOT NULL DEFAULT 0 CHECK (upvotes >= 0),
        downvotes integer NOT NULL DEFAULT 0 CHECK (downvotes >= 0),
        comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        score integer GENERATED ALWAYS AS (upvotes - downvotes) STORED,
        hot double precision GENERATED ALWAYS AS (pollen_hot(upvotes - downvotes, created_at)) STORED,
        title_key text GENERATED ALWAYS AS (lower(pollen_unaccent(title))) STORED,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector(ts_config, title), 'A') || setweight(to_tsvector(ts_config, body), 'B')
        ) STORED,
        CONSTRAINT idea_title_length CHECK (char_length(title) BETWEEN 3 AND 140),
        CONSTRAINT idea_body_length CHECK (char_length(body) <= 20000),
        CONSTRAINT idea_challenge_id_key UNIQUE (challenge_id, id)
      )`);
    await q.query(`CREATE INDEX idea_new_idx ON idea (challenge_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX idea_top_idx ON idea (challenge_id, score DESC, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX idea_hot_idx ON idea (challenge_id, hot DESC, id DESC)`);
    await q.query(`CREATE INDEX idea_search_idx ON idea USING gin (search_vector)`);
    await q.query(`CREATE INDEX idea_title_trgm_idx ON idea USING gin (title_key gin_trgm_ops)`);
    await q.query(`CREATE INDEX idea_author_idx ON idea (author_id)`);

    await q.query(`
      CREATE TABLE idea_revision (
        idea_id uuid NOT NULL REFERENCES idea(id) ON DELETE CASCADE,
        revision integer NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        tags text[] NOT NULL,
        edited_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, revision)
      )`);

    // "Builds on" links. The composite foreign keys make cross-challenge lineage impossible.
    await q.query(`
      CREATE TABLE idea_lineage (
        challenge_id uuid NOT NULL,
        idea_id uuid NOT NULL,
        parent_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, parent_id),
        FOREIGN KEY (challenge_id, idea_id) REFERENCES idea (challenge_id, id) ON DELETE CASCADE,
        FOREIGN KEY (challenge_id, parent_id) REFERENCES idea (challenge_id, id),
        CONSTRAINT idea_lineage_not_self CHECK (idea_id <> parent_id)
      )`);
    await q.query(`CREATE INDEX idea_lineage_parent_idx ON idea_lineage (parent_id, created_at, idea_id)`);

    await q.query(`
      CREATE TABLE vote (
        idea_id uuid NOT NULL REFERENCES idea(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        value smallint NOT NULL CHECK (value IN (-1, 1)),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, user_id)
      )`);
    await q.query(`CREATE INDEX vote_user_idx ON vote (user_id)`);

    // Append-only counter changes; a fold job moves them into idea in batches. Writers never
    // wait on one another's counter row. No foreign key: it would lock the idea row per vote.
    await q.query(`
      CREATE TABLE idea_counter_delta (
        id bigserial PRIMARY KEY,
        idea_id uuid NOT NULL,
        upvotes integer NOT NULL DEFAULT 0,
        downvotes integer NOT NULL DEFAULT 0,
        comments integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX idea_counter_delta_idea_idx ON idea_counter_delta (idea_id)`);

    await q.query(`
      CREATE TABLE comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES idea(id) ON DELETE CASCADE,
        challenge_id uuid NOT NULL REFERENCES challenge(id),
        author_id uuid NOT NULL REFERENCES app_user(id),
        parent_id uuid REFERENCES comment(id),
        body text,
        reply_count integer NOT NULL DEFAULT 0 CHECK (reply_count >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        CONSTRAINT comment_body_length CHECK (body IS NULL OR char_length(body) BETWEEN 1 AND 5000),
        CONSTRAINT comment_deleted_has_no_body CHECK ((deleted_at IS NULL) = (body IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX comment_thread_idx ON comment (idea_id, created_at, id) WHERE parent_id IS NULL`);
    await q.query(`CREATE INDEX comment_replies_idx ON comment (parent_id, created_at, id) WHERE parent_id IS NOT NULL`);

    // The transactional outbox: written in the same transaction as the change it records.
    // tx_id lets a relay read in commit-safe order (only below the oldest running transaction).
    await q.query(`
      CREATE TABLE domain_event (
        position bigserial PRIMARY KEY,
        id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        type text NOT NULL,
        challenge_id uuid,
        aggregate_id uuid NOT NULL,
        actor_id uuid,
        payload jsonb NOT NULL,
        tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX domain_event_challenge_idx ON domain_event (challenge_id, position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['domain_event', 'comment', 'idea_counter_delta', 'vote', 'idea_lineage', 'idea_revision',
      'idea', 'challenge', 'organization_member', 'organization', 'refresh_token', 'auth_session', 'app_user']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    for (const code of ['en', 'fr', 'pt', 'es']) await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS pollen_${code}`);
    await q.query(`DROP FUNCTION IF EXISTS pollen_hot(integer, timestamptz)`);
    await q.query(`DROP FUNCTION IF EXISTS pollen_unaccent(text)`);
  }
}
