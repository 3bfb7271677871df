/** Hard limits of the API, one place. Each is answered with a clear error when exceeded. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COMPLEXITY = 2_000;
export const MAX_REQUEST_BODY = '100kb';

// The document, bounded before it is validated (graphql-armor, see apps/api/src/graphql/document-limits.ts).
export const MAX_QUERY_TOKENS = 2_000;
export const MAX_QUERY_ALIASES = 30;
export const MAX_QUERY_DIRECTIVES = 30;
/** Selections the cost estimator may visit: a fragment spread many times is visited each time. */
export const MAX_QUERY_NODES = 2_000;
/** Nesting of lists and objects in the variables (the deepest input, an authorship split, needs 3). */
export const MAX_VARIABLES_DEPTH = 8;
/** A text field weighs one in the query cost per this many characters it can hold (an idea's body: 10). */
export const TEXT_COST_CHARACTERS = 2_000;
/** What a whole ownership statement as a file weighs: one per participant line it may hold, roughly. */
export const STATEMENT_EXPORT_COST = 200;
/** The last line: an answer larger than this is refused whole with RESPONSE_TOO_LARGE, never cut. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

// Lists that are not connections, each with a page size (`first`: its default and maximum).
export const REVISIONS_PAGE_DEFAULT = 20;
export const REVISIONS_PAGE_MAX = 100;
export const BUILT_UPON_BY_PAGE_DEFAULT = 20;
export const BUILT_UPON_BY_PAGE_MAX = 100;
export const MEMBERS_PAGE_DEFAULT = 100;
export const MEMBERS_PAGE_MAX = 100;
export const CHALLENGE_EVENTS_PAGE_DEFAULT = 100;
export const CHALLENGE_EVENTS_PAGE_MAX = 500;
/** Decisions on one idea: OPEN → SHORTLISTED → ADOPTED, or REJECTED from either (a database constraint). */
export const IDEA_DECISIONS_MAX = 2;

// Sockets: concurrent connections to one instance.
export const MAX_SOCKETS_PER_ADDRESS = 100;
export const MAX_SOCKETS_PER_ACCOUNT = 20;
export const STATEMENT_TIMEOUT_MS = 5_000;

export const TITLE_MIN = 3;
export const TITLE_MAX = 140;
export const IDEA_BODY_MAX = 20_000;
export const CHALLENGE_BRIEF_MAX = 20_000;
export const COMMENT_BODY_MAX = 5_000;
export const DECISION_REASON_MAX = 2_000;
/** Authors of one idea, the proposer included. */
export const IDEA_AUTHORS_MAX = 10;
export const TAGS_MAX = 10;
export const TAG_MAX_LENGTH = 32;
export const BUILDS_ON_MAX = 10;
export const DISPLAY_NAME_MIN = 2;
export const DISPLAY_NAME_MAX = 60;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;
/** Failed sign-ins allowed per email within LOGIN_FAILURE_WINDOW_MINUTES. */
export const LOGIN_FAILURES_MAX = 10;
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;
export const ORG_NAME_MAX = 120;
export const SIMILAR_TEXT_MAX = 200;
export const SEARCH_TEXT_MAX = 200;
export const SIMILAR_IDEAS_LIMIT = 5;
