/**
 * What an export holds: one file per section, read with plain SQL (the one place that names every
 * table of a participant's data; see the registry in README.md). Each query answers `k` (a
 * text key, unique within the section, read in order in batches) and `doc` (the JSON of one item),
 * with `$1` the participant's id.
 */
export interface ExportSection {
  file: string;
  description: string;
  /** One object rather than a list. */
  single?: boolean;
  sql: string;
}

export const EXPORT_SECTIONS: ExportSection[] = [
  {
    file: 'profile.json',
    description: 'Your account: id, email, display name and when you joined.',
    single: true,
    sql: `SELECT id::text AS k, json_build_object('id', id, 'email', email, 'displayName', display_name, 'createdAt', created_at) AS doc
          FROM app_user WHERE id = $1`,
  },
  {
    file: 'ideas.json',
    description:
      'Every idea you proposed or were invited to co-author (your role, whether you accepted), as it is now, with every revision (title, body, tags, who edited it and when).',
    sql: `SELECT i.id::text AS k, json_build_object(
            'id', i.id, 'challengeId', i.challenge_id, 'proposer', i.author_id = $1,
            'coAuthorRole', a.role, 'coAuthorAcceptedAt', a.accepted_at, 'shareBasisPoints', a.share_bp,
            'title', i.title, 'body', i.body, 'tags', i.tags, 'status', i.status, 'visibility', i.visibility,
            'mergedInto', i.merged_into, 'revision', i.revision, 'upvotes', i.upvotes, 'downvotes', i.downvotes,
            'createdAt', i.created_at, 'updatedAt', i.updated_at,
            'revisions', COALESCE((SELECT json_agg(json_build_object('revision', r.revision, 'title', r.title, 'body', r.body, 'tags', r.tags,
                                                                      'editedBy', r.edited_by, 'createdAt', r.created_at) ORDER BY r.revision)
                                   FROM idea_revision r WHERE r.idea_id = i.id), '[]'::json)) AS doc
          FROM idea i LEFT JOIN idea_author a ON a.idea_id = i.id AND a.user_id = $1
          WHERE i.author_id = $1 OR a.user_id IS NOT NULL`,
  },
  {
    file: 'comments.json',
    description: 'Every comment you wrote (deleted ones too, with when), with the idea and the comment it replied to.',
    sql: `SELECT c.id::text AS k, json_build_object(
            'id', c.id, 'ideaId', c.idea_id, 'challengeId', c.challenge_id, 'parentId', c.parent_id, 'body', c.body,
            'visibility', c.visibility, 'stance', c.stance, 'helpfulAt', c.helpful_at,
            'createdAt', c.created_at, 'editedAt', c.edited_at, 'deletedAt', c.deleted_at) AS doc
          FROM comment c WHERE c.author_id = $1`,
  },
  {
    file: 'votes.json',
    description: 'Every vote you hold now: the idea, up (1) or down (-1), when you cast and last changed it. Cleared votes are in ledger-entries.json.',
    sql: `SELECT v.idea_id::text AS k, json_build_object('ideaId', v.idea_id, 'value', v.value, 'createdAt', v.created_at, 'updatedAt', v.updated_at) AS doc
          FROM vote v WHERE v.user_id = $1`,
  },
  {
    file: 'reports.json',
    description: 'Every report you made to a brand’s moderators: what you reported, why, your details, and where it stands.',
    sql: `SELECT r.id::text AS k, json_build_object(
            'id', r.id, 'targetType', m.target_type, 'targetId', m.target_id, 'challengeId', m.challenge_id, 'reason', r.reason,
            'details', r.details, 'originalIdeaId', r.original_idea_id, 'state', r.state, 'createdAt', r.created_at) AS doc
          FROM moderation_report r JOIN moderation_item m ON m.id = r.item_id WHERE r.reporter_id = $1`,
  },
  {
    file: 'notifications.json',
    description: 'Your inbox: each notification’s kind, what it is about (ids), who acted, when, and when you read it.',
    sql: `SELECT n.id::text AS k, json_build_object(
            'id', n.id, 'kind', n.kind, 'challengeId', n.challenge_id, 'ideaId', n.idea_id, 'commentId', n.comment_id,
            'actorId', n.actor_id, 'data', n.data, 'createdAt', n.created_at, 'readAt', n.read_at) AS doc
          FROM notification n WHERE n.recipient_id = $1`,
  },
  {
    file: 'consents.json',
    description: 'Every privacy decision you made (what partners see, which notifications you receive), when, and under which version of the consent text.',
    sql: `SELECT c.id::text AS k, json_build_object('id', c.id, 'subject', c.subject, 'choice', c.choice, 'version', c.version, 'recordedAt', c.recorded_at) AS doc
          FROM consent_record c WHERE c.user_id = $1`,
  },
  {
    file: 'settings.json',
    description: 'Your current choices: what partners see of your contributions and the notification kinds you turned off.',
    single: true,
    sql: `SELECT u.id::text AS k, json_build_object(
            'partnerVisibility', COALESCE(s.partner_visibility, 'NAMED'), 'partnerVisibilityVersion', s.version, 'updatedAt', s.updated_at,
            'notificationPreferences', COALESCE((SELECT json_agg(json_build_object('kind', p.kind, 'enabled', p.enabled, 'version', p.version, 'updatedAt', p.updated_at) ORDER BY p.kind)
                                                 FROM notification_preference p WHERE p.user_id = u.id), '[]'::json)) AS doc
          FROM app_user u LEFT JOIN privacy_setting s ON s.user_id = u.id WHERE u.id = $1`,
  },
  {
    file: 'licences.json',
    description: 'The contribution licence you accepted in each challenge (an SPDX identifier) and when: what you contributed there is given under it.',
    sql: `SELECT l.challenge_id::text AS k, json_build_object('challengeId', l.challenge_id, 'challengeTitle', c.title, 'licence', l.licence, 'acceptedAt', l.accepted_at) AS doc
          FROM licence_acceptance l JOIN challenge c ON c.id = l.challenge_id WHERE l.user_id = $1`,
  },
  {
    file: 'ledger-entries.json',
    description:
      'Every entry of the contribution ledger that is yours: under your author pseudonym of the challenge (your ideas, co-authorships, comments, helpful marks, decisions about your ideas; see author-pseudonyms.json), or under your voter pseudonym (your votes; see voter-pseudonyms.json), with its party, kind, points, what it is about, and its place in the challenge’s hash chain (seq, prevHash, hash; null until sealed).',
    sql: `SELECT e.id::text AS k, json_build_object(
            'id', e.id, 'challengeId', e.challenge_id, 'party', e.participant_id, 'kind', e.kind, 'ideaId', e.idea_id, 'commentId', e.comment_id,
            'points', e.points::text, 'compensates', e.compensates, 'detail', e.detail, 'occurredAt', e.occurred_at,
            'seq', e.seq::text, 'prevHash', e.prev_hash, 'hash', e.hash) AS doc
          FROM contribution e WHERE e.participant_id IN (SELECT v.pseudonym FROM voter_pseudonym v WHERE v.participant_id = $1 UNION ALL SELECT a.pseudonym FROM author_pseudonym a WHERE a.participant_id = $1)`,
  },
  {
    file: 'voter-pseudonyms.json',
    description:
      'Your voter pseudonym in each challenge you voted in, and its opening: pseudonym = the first 128 bits, as a UUID, of SHA-256("pollen-voter/1\\n" ‖ challengeId ‖ "\\n" ‖ your account id ‖ "\\n" ‖ salt bytes). With it you can prove to anyone that the public ledger’s votes under that pseudonym are yours; nobody else holds it.',
    sql: `SELECT v.challenge_id::text AS k, json_build_object('challengeId', v.challenge_id, 'pseudonym', v.pseudonym, 'salt', encode(v.salt, 'hex')) AS doc
          FROM voter_pseudonym v WHERE v.participant_id = $1`,
  },
  {
    file: 'author-pseudonyms.json',
    description:
      'Your author pseudonym in each challenge you took part in, the party of everything there but your votes, and its opening: pseudonym = the first 128 bits, as a UUID, of SHA-256("pollen-author/1\\n" ‖ challengeId ‖ "\\n" ‖ your account id ‖ "\\n" ‖ salt bytes), another salt than your voter pseudonym’s. With it you can prove to anyone that the public ledger’s entries under that pseudonym are yours; nobody else holds it.',
    sql: `SELECT a.challenge_id::text AS k, json_build_object('challengeId', a.challenge_id, 'pseudonym', a.pseudonym, 'salt', encode(a.salt, 'hex')) AS doc
          FROM author_pseudonym a WHERE a.participant_id = $1`,
  },
  {
    file: 'profile-views.json',
    description: 'Who looked: how many times members of each brand team read your profile, per day (never which member).',
    sql: `SELECT v.day::text || v.organization_id::text AS k, json_build_object('day', v.day, 'organizationId', v.organization_id, 'organization', o.name, 'views', v.views) AS doc
          FROM profile_view_day v JOIN organization o ON o.id = v.organization_id WHERE v.participant_id = $1`,
  },
  {
    file: 'exports.json',
    description: 'The exports of your data you asked for, and when (this one included).',
    sql: `SELECT d.id::text AS k, json_build_object('id', d.id, 'state', d.state, 'requestedAt', d.requested_at, 'finishedAt', d.finished_at, 'expiresAt', d.expires_at) AS doc
          FROM data_export d WHERE d.user_id = $1`,
  },
];

export const SHARES_FILE = {
  file: 'shares.json',
  description:
    'Your current share of each challenge you have points in, one row per party (your author pseudonym; your voter pseudonym for your votes): points, share in basis points (of 10,000), the rank, and the ledger head (seq, hash) it was computed from. `npm run ledger -- verify` or the `ledgerVerification` query re-verify that head.',
};

/** The archive's README.md: what each file holds. */
export function exportReadme(userId: string, at: Date): string {
  const files = [...EXPORT_SECTIONS, SHARES_FILE].map((section) => `- \`${section.file}\`: ${section.description}`);
  return [
    '# Your data on Pollen',
    '',
    `Everything Pollen holds about participant ${userId}, as of ${at.toISOString()}.`,
    'Each file is JSON (UTF-8). Ids refer to Pollen objects (challenges, ideas, comments); times are ISO 8601 in UTC.',
    '',
    ...files,
    '',
    'The ledger is public and hash-chained: each entry carries the hash of the one before it in its challenge, so the entries',
    'listed here can be checked against the challenge’s ledger head.',
    '',
  ].join('\n');
}
