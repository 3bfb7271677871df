import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lists the GraphQL schema prices by a fixed bound (`@listSize(assumedSize)`), held to it by
 * the database, not only by the services: tags (10), the ideas one idea builds on (10), an idea's
 * authors and invitees (10), the brand's decisions on an idea (2: OPEN → SHORTLISTED → ADOPTED,
 * or REJECTED from either), a split proposal's shares and approvals (10). Counts across rows are
 * statement-level triggers; the services take the idea's lock before adding to them.
 */
export class ListBounds1796114643164 implements MigrationInterface {
  name = 'ListBounds1796114643164';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idea ADD CONSTRAINT idea_tags_max CHECK (cardinality(tags) <= 10)`);
    await q.query(`ALTER TABLE idea_revision ADD CONSTRAINT idea_revision_tags_max CHECK (cardinality(tags) <= 10)`);
    await q.query(`ALTER TABLE idea_decision ADD CONSTRAINT idea_decision_from_open_or_shortlisted CHECK (from_status IN ('OPEN', 'SHORTLISTED'))`);
    await q.query(`ALTER TABLE idea_decision ADD CONSTRAINT idea_decision_once_per_status UNIQUE (idea_id, from_status)`);
    await q.query(`
      ALTER TABLE authorship_proposal ADD CONSTRAINT authorship_proposal_authors_max
        CHECK (jsonb_typeof(shares) = 'array' AND jsonb_array_length(shares) <= 10 AND cardinality(approved_by) <= 10)`);
    await q.query(`
      CREATE FUNCTION pollen_rows_per_idea_max() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        bound int := TG_ARGV[0]::int;
        over uuid;
      BEGIN
        EXECUTE format('SELECT t.idea_id FROM %I t WHERE t.idea_id IN (SELECT idea_id FROM added) GROUP BY t.idea_id HAVING count(*) > $1 LIMIT 1', TG_TABLE_NAME)
          INTO over USING bound;
        IF over IS NOT NULL THEN
          RAISE EXCEPTION 'idea % has more than % rows in %', over, bound, TG_TABLE_NAME USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER idea_lineage_parents_max AFTER INSERT ON idea_lineage
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION pollen_rows_per_idea_max(10)`);
    await q.query(`
      CREATE TRIGGER idea_author_max AFTER INSERT ON idea_author
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION pollen_rows_per_idea_max(10)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER idea_author_max ON idea_author`);
    await q.query(`DROP TRIGGER idea_lineage_parents_max ON idea_lineage`);
    await q.query(`DROP FUNCTION pollen_rows_per_idea_max()`);
    await q.query(`ALTER TABLE authorship_proposal DROP CONSTRAINT authorship_proposal_authors_max`);
    await q.query(`ALTER TABLE idea_decision DROP CONSTRAINT idea_decision_once_per_status`);
    await q.query(`ALTER TABLE idea_decision DROP CONSTRAINT idea_decision_from_open_or_shortlisted`);
    await q.query(`ALTER TABLE idea_revision DROP CONSTRAINT idea_revision_tags_max`);
    await q.query(`ALTER TABLE idea DROP CONSTRAINT idea_tags_max`);
  }
}
