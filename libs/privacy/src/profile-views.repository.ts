import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';

export interface AccessSummaryRow {
  day: string;
  kind: 'PROFILE_VIEW' | 'EXPORT';
  organizationId: string | null;
  organizationName: string | null;
  count: number;
}

/** Who looked: brand-team reads of a profile counted per organisation and day, and one's exports. */
@Injectable()
export class ProfileViewsRepository {
  constructor(private readonly db: Db) {}

  /**
   * One more read of `participantId`'s profile by a member of each brand team `viewerId` is on
   * (none: nothing is written). Counts only: which member looked is never stored.
   */
  async countView(viewerId: string, participantId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO profile_view_day (participant_id, day, organization_id, views)
       SELECT $2, (now() AT TIME ZONE 'UTC')::date, m.organization_id, 1 FROM organization_member m WHERE m.user_id = $1
       ON CONFLICT (participant_id, day, organization_id) DO UPDATE SET views = profile_view_day.views + 1`,
      [viewerId, participantId],
    );
  }

  summary(userId: string, days: number, limit: number): Promise<AccessSummaryRow[]> {
    return this.db.query<AccessSummaryRow>(
      `SELECT * FROM (
         SELECT v.day::text AS day, 'PROFILE_VIEW' AS kind, v.organization_id AS "organizationId", o.name AS "organizationName", v.views AS count
         FROM profile_view_day v JOIN organization o ON o.id = v.organization_id
         WHERE v.participant_id = $1 AND v.day > (now() AT TIME ZONE 'UTC')::date - $2::int
         UNION ALL
         SELECT (d.requested_at AT TIME ZONE 'UTC')::date::text, 'EXPORT', NULL, NULL, count(*)::int
         FROM data_export d WHERE d.user_id = $1 AND d.requested_at > now() - make_interval(days => $2::int)
         GROUP BY 1) s
       ORDER BY day DESC, kind, "organizationName" NULLS FIRST LIMIT $3`,
      [userId, days, limit],
    );
  }
}
