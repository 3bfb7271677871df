import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

export interface ApiProblem {
  code: string;
  field?: string;
  phase?: string;
  action?: string;
  /** The refusal's rule (CONFLICT, FORBIDDEN, NOT_FOUND), said in the reader's language when the catalogue has it. */
  rule?: string;
  /** RATE_LIMITED, SERVICE_UNAVAILABLE: when the same request may succeed. */
  retryAfterSeconds?: number;
  /** SUSPENDED: until when (null: for good), and the team's reason. */
  until?: string | null;
  reason?: string;
  /** BAD_USER_INPUT: which common check refused it (REQUIRED, TOO_SHORT with `min`, TOO_LONG with `max`…), said in the reader's language. */
  check?: string;
  min?: number;
  max?: number;
  message: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The first GraphQL error of a failed operation, with its `extensions`; a network failure otherwise. */
export function problemOf(error: unknown): ApiProblem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const ext = (first.extensions ?? {}) as Record<string, unknown>;
    return {
      code: text(ext.code) ?? 'INTERNAL_SERVER_ERROR',
      field: text(ext.field),
      phase: text(ext.phase),
      action: text(ext.action),
      rule: text(ext.rule),
      retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
      until: ext.until === null ? null : text(ext.until),
      reason: text(ext.reason),
      check: text(ext.check),
      min: typeof ext.min === 'number' ? ext.min : undefined,
      max: typeof ext.max === 'number' ? ext.max : undefined,
      message: first.message,
    };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}

/**
 * A sentence from the catalogue for a refused operation. A refusal with a rule the catalogue
 * knows (`rules.*`) is said in full in the reader's language, and so is a BAD_USER_INPUT of a common
 * check (`checks.*`: empty, too short, too long…); otherwise BAD_USER_INPUT, CONFLICT,
 * FORBIDDEN and LIMIT_EXCEEDED keep the server's own message (it names the field and the rule,
 * in the API's words) after a translated lead. A rate limit says when to try again, a suspension
 * until when and why: neither is "something went wrong on our side".
 */
export function describeProblem(t: TFunction, problem: ApiProblem | null): string | null {
  if (!problem) return null;
  if (problem.rule) {
    const ruled = t(`rules.${problem.rule}`, { defaultValue: '' });
    if (ruled) return ruled;
  }
  switch (problem.code) {
    case 'BAD_USER_INPUT': {
      // A common check is said from the catalogue; any other refusal keeps the server's words.
      const checked = problem.check ? t(`checks.${problem.check}`, { count: problem.min ?? problem.max, defaultValue: '' }) : '';
      const message = checked || problem.message.replace(/^[\w.]+: /, '');
      return problem.field
        ? t('errors.badInputField', { field: t(`fields.${problem.field.replace(/\./g, '_')}`, { defaultValue: problem.field }), message })
        : t('errors.badInput', { message: checked || problem.message });
    }
    case 'PHASE_FORBIDDEN':
      // The API names the action as its enum (VOTE); the catalogue's verbs are keyed in lower case, an action it lacks is "this action".
      return t('errors.phase', {
        phase: t(`phase.${problem.phase ?? 'CLOSED'}`),
        action: t(`actions.${(problem.action ?? 'unknown').toLowerCase()}`, { defaultValue: t('actions.unknown') }),
      });
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated', { message: problem.message });
    case 'FORBIDDEN':
      return t('errors.forbidden', { message: problem.message });
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'CONFLICT':
      return problem.field
        ? t('errors.conflictField', { field: t(`fields.${problem.field}`, { defaultValue: problem.field }), message: problem.message.replace(/^[\w.]+: /, '') })
        : t('errors.conflict', { message: problem.message });
    case 'LIMIT_EXCEEDED':
      return t('errors.limit', { message: problem.message });
    case 'RATE_LIMITED':
      return t('errors.rateLimited', { count: Math.max(1, Math.ceil(problem.retryAfterSeconds ?? 1)) });
    case 'SUSPENDED':
      return problem.until
        ? t('errors.suspendedUntil', { until: new Date(problem.until), reason: problem.reason ?? '', formatParams: { until: { dateStyle: 'long', timeStyle: 'short' } } })
        : t('errors.suspendedForGood', { reason: problem.reason ?? '' });
    case 'IDEMPOTENCY_KEY_IN_USE':
      return t('errors.inProgress');
    case 'SERVICE_UNAVAILABLE':
      return t('errors.unavailable');
    case 'NETWORK':
      return t('errors.network');
    default:
      return t('errors.unexpected');
  }
}
