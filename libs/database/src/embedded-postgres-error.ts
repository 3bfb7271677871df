/** Pollen's own database could not start for a reason its operator can fix: the message is one line saying what and how. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}
