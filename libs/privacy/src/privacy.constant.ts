/** How long a ready export archive is kept before its bytes are purged. */
export const EXPORT_KEEP_HOURS = 72;
/** Export rows (no content: who exported when) are kept this long, for "who looked". */
export const EXPORT_ROW_KEEP_DAYS = 90;
/** A download URL is valid this long, and once. */
export const EXPORT_DOWNLOAD_TOKEN_SECONDS = 300;
/** A RUNNING export whose worker has not reported for this long is claimed again (the worker died). */
export const EXPORT_CLAIM_STALE_SECONDS = 120;
/** An export that failed this many times is given up (FAILED). */
export const EXPORT_ATTEMPTS_MAX = 3;
/** Rows read per query while an export is built. */
export const EXPORT_BATCH_ROWS = 2_000;
/** `dataExports` lists at most this many of the viewer's exports. */
export const DATA_EXPORTS_LISTED = 5;
/** How often every instance looks for queued exports (a request also wakes its own instance at once). */
export const EXPORT_POLL_MS = 3_000;

/** The version of the consent texts a decision was made under; raised when their wording changes. */
export const CONSENT_VERSION = 1;

/** `whoLooked(days)` covers at most this many days. */
export const WHO_LOOKED_DAYS_MAX = 90;
/** Rows of `whoLooked`: one per day, organisation and kind; bounded by the days and a cap. */
export const WHO_LOOKED_ROWS_MAX = 200;

/** Retention (PrivacyRetentionJob). */
export const SESSION_KEEP_DAYS = 30;
export const PROFILE_VIEW_KEEP_DAYS = 365;
/**
 * Relayed outbox events (their payloads name people) are kept this long after they were relayed:
 * the window in which a client catches up with `challengeEvents`, past which it reloads.
 */
export const OUTBOX_KEEP_DAYS = 30;
export const RETENTION_BATCH = 1_000;
export const RETENTION_INTERVAL_MS = 3_600_000;
