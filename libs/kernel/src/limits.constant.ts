/** Hard limits of the API, one place. Each is answered with a clear error when exceeded. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COMPLEXITY = 2_000;
export const MAX_REQUEST_BODY = '100kb';
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
/** Password strength (zxcvbn-ts score, 0–4) required when choosing a password. */
export const PASSWORD_MIN_SCORE = 3;
export const ORG_NAME_MAX = 120;
export const SIMILAR_TEXT_MAX = 200;
export const SEARCH_TEXT_MAX = 200;
export const SIMILAR_IDEAS_LIMIT = 5;
