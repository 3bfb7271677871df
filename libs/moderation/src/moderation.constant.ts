/** Bounds of moderation, named so the README, the checks and the tests say the same. */
export const HOLD_THRESHOLD_DEFAULT = 3;
/** A reporter counts towards a hold once their account is this old... */
export const REPORTER_MIN_AGE_HOURS = 72;
/** (...and has at least one visible idea or comment: accepted content.) */
/** One call acts on at most this many items (bulk actions). */
export const BULK_ACTION_MAX = 100;
export const REASON_MIN = 3;
export const REASON_MAX = 2_000;
export const REPORT_DETAILS_MAX = 1_000;
/** Rules per organisation (each rule is matched against every new text of its challenges). */
export const RULES_PER_ORGANIZATION_MAX = 500;
/** Longest suspension with an end (longer: suspend for good). */
export const SUSPENSION_MAX_DAYS = 3_650;
/** Duplicate pairs proposed per page, and how alike two titles must be (pg_trgm similarity). */
export const DUPLICATE_PAIRS_DEFAULT = 20;
export const DUPLICATE_PAIRS_MAX = 50;
export const DUPLICATE_SIMILARITY_MIN = 0.5;

/** A log search needs three characters (the trigram index's unit) and reads at most a hundred. */
export const LOG_SEARCH_MIN = 3;
export const LOG_SEARCH_MAX = 100;

/** Rules listed by default (a page of 100 fits the query cost with every field; `first` asks for up to all 500). */
export const RULES_PAGE_DEFAULT = 100;
