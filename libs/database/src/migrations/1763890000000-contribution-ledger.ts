import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contribution ledger (see libs/ledger): ownership policies, the append-only `contribution`
 * log, its per-challenge hash chain head, the incremental statement tallies the sealer keeps,
 * licence acceptances, idea decisions and helpful comments. Contributions made before this
 * migration are appended (unsealed) so every challenge's ledger is complete; the sealer chains them.
 */
export class ContributionLedger1763890000000 implements MigrationInterface {
  name = 'ContributionLedger1763890000000';

  async up(q: QueryRunner): Promise<void> {
    // The backfill reads every vote and comment: no 5 s statement limit for this migration.
    await q.query(`SET LOCAL statement_timeout = 0`);
    // Weights in milli-points; frozen_at is set when the challenge leaves DRAFT.
    await q.query(`
      CREATE TABLE ownership_policy (
        challenge_id uuid PRIMARY KEY REFERENCES challenge(id),
        weights jsonb NOT NULL,
        lineage_decay_bp integer NOT NULL CHECK (lineage_decay_bp BETWEEN 1 AND 9999),
        lineage_generations integer NOT NULL CHECK (lineage_generations BETWEEN 1 AND 10),
        licence text NOT NULL,
        frozen_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // No foreign keys: each would take a KEY SHARE lock on the challenge or idea row in every
    // vote's transaction (a hot row under load). The chain, not the schema, guards integrity.
    await q.query(`
      CREATE TABLE contribution (
        position bigserial PRIMARY KEY,
        id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        challenge_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('POLICY', 'LICENCE_ACCEPTED', 'AUTHORSHIP', 'IDEA_PROPOSED', 'IDEA_BUILT_UPON',
          'IDEA_SHORTLISTED', 'IDEA_ADOPTED', 'LINEAGE', 'COMMENT', 'COMMENT_HELPFUL', 'VOTE_CAST')),
        participant_id uuid NOT NULL,
        idea_id uuid,
        comment_id uuid,
        points bigint NOT NULL,
        compensates uuid,
        detail jsonb NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        seq bigint,
        prev_hash text,
        hash text,
        CONSTRAINT contribution_sealed_whole CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL)),
        CONSTRAINT contribution_compensation_sign CHECK (compensates IS NULL OR points <= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX contribution_chain_key ON contribution (challenge_id, seq) WHERE seq IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX contribution_compensates_key ON contribution (compensates) WHERE compensates IS NOT NULL`);
    await q.query(`CREATE INDEX contribution_unsealed_idx ON contribution (position) WHERE seq IS NULL`);
    await q.query(`CREATE INDEX contribution_compensations_idx ON contribution (challenge_id) WHERE compensates IS NOT NULL`);
    // Compensation looks up the latest entry of a person on an idea (a vote) or of a comment.
    await q.query(`CREATE INDEX contribution_participant_idx ON contribution (participant_id, idea_id, kind)`);
    await q.query(`CREATE INDEX contribution_comment_idx ON contribution (comment_id) WHERE comment_id IS NOT NULL`);

    // Append-only: the sealer may fill seq/prev_hash/hash once; nothing else changes or goes.
    await q.query(`
      CREATE FUNCTION contribution_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
           AND (NEW.position, NEW.id, NEW.challenge_id, NEW.kind, NEW.participant_id, NEW.idea_id, NEW.comment_id,
                NEW.points, NEW.compensates, NEW.detail, NEW.occurred_at)
               IS NOT DISTINCT FROM
               (OLD.position, OLD.id, OLD.challenge_id, OLD.kind, OLD.participant_id, OLD.idea_id, OLD.comment_id,
                OLD.points, OLD.compensates, OLD.detail, OLD.occurred_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the contribution ledger is append-only (% refused)', TG_OP USING ERRCODE = 'P0001';
      END $$`);
    await q.query(`CREATE TRIGGER contribution_append_only BEFORE UPDATE OR DELETE ON contribution FOR EACH ROW EXECUTE FUNCTION contribution_append_only()`);
    await q.query(`CREATE TRIGGER contribution_no_truncate BEFORE TRUNCATE ON contribution FOR EACH STATEMENT EXECUTE FUNCTION contribution_append_only()`);

    // A frozen policy is the chain's first entry: the row may not drift from it.
    await q.query(`
      CREATE FUNCTION ownership_policy_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.frozen_at IS NOT NULL THEN
          RAISE EXCEPTION 'the ownership policy of challenge % is frozen', OLD.challenge_id USING ERRCODE = 'P0001';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER ownership_policy_frozen BEFORE UPDATE OR DELETE ON ownership_policy FOR EACH ROW EXECUTE FUNCTION ownership_policy_frozen()`);

    await q.query(`
      CREATE TABLE ledger_head (
        challenge_id uuid PRIMARY KEY,
        seq bigint NOT NULL CHECK (seq >= 1),
        hash text NOT NULL,
        sealed_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Incremental statement tallies, kept by the sealer in the transaction that seals entries,
    // so they always correspond to the ledger head.
    await q.query(`
      CREATE TABLE ownership_direct (
        challenge_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        kind text NOT NULL,
        entries integer NOT NULL,
        points bigint NOT NULL,
        PRIMARY KEY (challenge_id, participant_id, kind)
      )`);
    await q.query(`
      CREATE TABLE ownership_idea (
        challenge_id uuid NOT NULL,
        idea_id uuid NOT NULL,
        kind text NOT NULL,
        entries integer NOT NULL,
        points bigint NOT NULL,
        PRIMARY KEY (challenge_id, idea_id, kind)
      )`);
    await q.query(`
      CREATE TABLE ownership_authorship (
        challenge_id uuid NOT NULL,
        idea_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        share_bp integer NOT NULL CHECK (share_bp BETWEEN 0 AND 10000),
        PRIMARY KEY (challenge_id, idea_id, participant_id)
      )`);

    // No foreign keys either: a first contribution would KEY SHARE-lock the challenge row.
    await q.query(`
      CREATE TABLE licence_acceptance (
        challenge_id uuid NOT NULL,
        user_id uuid NOT NULL,
        licence text NOT NULL,
        accepted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (challenge_id, user_id)
      )`);

    // The brand's decisions on ideas, each with its reason.
    await q.query(`
      CREATE TABLE idea_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES idea(id),
        from_status text NOT NULL,
        to_status text NOT NULL CHECK (to_status IN ('SHORTLISTED', 'ADOPTED', 'REJECTED')),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 3 AND 2000),
        decided_by uuid NOT NULL REFERENCES app_user(id),
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idea_decision_idea_idx ON idea_decision (idea_id, decided_at)`);
    await q.query(`ALTER TABLE comment ADD COLUMN helpful_at timestamptz, ADD COLUMN helpful_by uuid REFERENCES app_user(id)`);

    await this.backfill(q);
  }

  /** Policies for existing challenges (frozen unless DRAFT) and ledger entries for what they already hold. */
  private async backfill(q: QueryRunner): Promise<void> {
    const weights = { IDEA_PROPOSED: 10000, IDEA_BUILT_UPON: 4000, IDEA_SHORTLISTED: 25000, IDEA_ADOPTED: 200000, COMMENT: 2000, COMMENT_HELPFUL: 6000, VOTE_CAST: 500 };
    await q.query(
      `INSERT INTO ownership_policy (challenge_id, weights, lineage_decay_bp, lineage_generations, licence, frozen_at)
       SELECT id, $1::jsonb, 3000, 5, 'CC-BY-SA-4.0', CASE WHEN phase = 'DRAFT' THEN NULL ELSE now() END FROM challenge`,
      [JSON.stringify(weights)],
    );
    await q.query(`
      CREATE TEMP TABLE backfill ON COMMIT DROP AS
      SELECT c.id AS challenge_id, 'POLICY' AS kind, c.created_by AS participant_id, NULL::uuid AS idea_id, NULL::uuid AS comment_id,
             0::bigint AS points, jsonb_build_object('weights', p.weights, 'lineageDecayBp', p.lineage_decay_bp,
               'lineageGenerations', p.lineage_generations, 'licence', p.licence) AS detail, c.created_at AS at, 0 AS rank
        FROM challenge c JOIN ownership_policy p ON p.challenge_id = c.id WHERE p.frozen_at IS NOT NULL
      UNION ALL
      SELECT i.challenge_id, 'IDEA_PROPOSED', i.author_id, i.id, NULL, (p.weights->>'IDEA_PROPOSED')::bigint, '{}'::jsonb, i.created_at, 2
        FROM idea i JOIN ownership_policy p USING (challenge_id)
      UNION ALL
      SELECT l.challenge_id, 'IDEA_BUILT_UPON', parent.author_id, parent.id, NULL, (p.weights->>'IDEA_BUILT_UPON')::bigint,
             jsonb_build_object('by', l.idea_id), l.created_at, 3
        FROM idea_lineage l JOIN idea parent ON parent.id = l.parent_id JOIN ownership_policy p ON p.challenge_id = l.challenge_id
      UNION ALL
      SELECT c.challenge_id, 'COMMENT', c.author_id, c.idea_id, c.id, (p.weights->>'COMMENT')::bigint, '{}'::jsonb, c.created_at, 2
        FROM comment c JOIN ownership_policy p USING (challenge_id) WHERE c.deleted_at IS NULL
      UNION ALL
      SELECT i.challenge_id, 'VOTE_CAST', v.user_id, v.idea_id, NULL, (p.weights->>'VOTE_CAST')::bigint, '{}'::jsonb, v.created_at, 2
        FROM vote v JOIN idea i ON i.id = v.idea_id JOIN ownership_policy p ON p.challenge_id = i.challenge_id`);
    // Each participant accepted the licence with their first contribution.
    await q.query(`
      INSERT INTO backfill
      SELECT DISTINCT ON (b.challenge_id, b.participant_id) b.challenge_id, 'LICENCE_ACCEPTED', b.participant_id, NULL::uuid, NULL::uuid, 0::bigint,
             jsonb_build_object('licence', p.licence), b.at, 1
        FROM backfill b JOIN ownership_policy p USING (challenge_id)
       WHERE b.kind IN ('IDEA_PROPOSED', 'COMMENT', 'VOTE_CAST')
       ORDER BY b.challenge_id, b.participant_id, b.at`);
    await q.query(`
      INSERT INTO licence_acceptance (challenge_id, user_id, licence, accepted_at)
      SELECT challenge_id, participant_id, detail->>'licence', at FROM backfill WHERE kind = 'LICENCE_ACCEPTED'`);
    await q.query(`
      INSERT INTO contribution (challenge_id, kind, participant_id, idea_id, comment_id, points, detail, occurred_at)
      SELECT challenge_id, kind, participant_id, idea_id, comment_id, points, detail, date_trunc('milliseconds', at)
        FROM backfill ORDER BY challenge_id, (kind <> 'POLICY'), at, rank`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE comment DROP COLUMN helpful_by, DROP COLUMN helpful_at`);
    for (const table of ['idea_decision', 'licence_acceptance', 'ownership_authorship', 'ownership_idea', 'ownership_direct', 'ledger_head', 'contribution', 'ownership_policy']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS contribution_append_only()`);
    await q.query(`DROP FUNCTION IF EXISTS ownership_policy_frozen()`);
  }
}
