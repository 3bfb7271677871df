/**
 * Who sees a piece of content is one rule, kept here and applied by every read path (feeds,
 * search, similar ideas, threads, events to participants, profiles). Moderation (libs/moderation)
 * is the only writer of `visibility`; the libraries that read content import these fragments and
 * never spell the rule themselves.
 *
 * - VISIBLE: everyone who may see the challenge.
 * - PENDING (pre-moderated), HELD (reports or a hold rule), HIDDEN, REFUSED: its authors and the
 *   brand's team only; its authors see it marked as such.
 * - MERGED (ideas): left out of every list, but its own page answers, saying where it went.
 */
export enum Visibility {
  VISIBLE = 'VISIBLE',
  PENDING = 'PENDING',
  HELD = 'HELD',
  HIDDEN = 'HIDDEN',
  REFUSED = 'REFUSED',
  MERGED = 'MERGED',
}

/** The predicate of every public list (shared feed pages, search, similar ideas): only what everyone sees. */
export function listedSql(alias: string): string {
  return `${alias}.visibility = 'VISIBLE'`;
}

/**
 * The predicate of a per-viewer list (threads, a participant's own contributions): what everyone
 * sees, plus the viewer's own content whatever its state. `viewerParam` is a uuid parameter (null: anonymous).
 */
export function listedForSql(alias: string, viewerParam: string): string {
  return `(${alias}.visibility = 'VISIBLE' OR ${alias}.author_id = ${viewerParam}::uuid)`;
}

/** The same rule for one item already read: may this viewer open it? */
export function canOpen(visibility: Visibility | string, isAuthor: boolean, isTeam: boolean): boolean {
  return visibility === Visibility.VISIBLE || visibility === Visibility.MERGED || isAuthor || isTeam;
}

/** Whether an item shows in lists for everyone. */
export function isListed(visibility: Visibility | string): boolean {
  return visibility === Visibility.VISIBLE;
}
