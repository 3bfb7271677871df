import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

export interface ApiProblem {
  code: string;
  field?: string;
  phase?: string;
  action?: string;
  message: string;
}

/** The first GraphQL error of a failed operation, with its `extensions`; a network failure otherwise. */
export function problemOf(error: unknown): ApiProblem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const ext = (first.extensions ?? {}) as Record<string, unknown>;
    return {
      code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
      field: typeof ext.field === 'string' ? ext.field : undefined,
      phase: typeof ext.phase === 'string' ? ext.phase : undefined,
      action: typeof ext.action === 'string' ? ext.action : undefined,
      message: first.message,
    };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}

/**
 * A sentence from the catalogue for a refused operation. BAD_USER_INPUT keeps the server's own
 * message (it names the field and the rule, in the API's words) after a translated lead.
 */
export function describeProblem(t: TFunction, problem: ApiProblem | null): string | null {
  if (!problem) return null;
  switch (problem.code) {
    case 'BAD_USER_INPUT':
      return problem.field
        ? t('errors.badInputField', { field: t(`fields.${problem.field}`, { defaultValue: problem.field }), message: problem.message.replace(/^[\w.]+: /, '') })
        : t('errors.badInput', { message: problem.message });
    case 'PHASE_FORBIDDEN':
      return t('errors.phase', { phase: t(`phase.${problem.phase ?? 'CLOSED'}`), action: t(`actions.${problem.action ?? 'unknown'}`, { defaultValue: problem.action }) });
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated', { message: problem.message });
    case 'FORBIDDEN':
      return t('errors.forbidden', { message: problem.message });
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'CONFLICT':
      return t('errors.conflict', { message: problem.field ? `${t(`fields.${problem.field}`, { defaultValue: problem.field })} ${problem.message.replace(/^[\w.]+: /, '')}` : problem.message });
    case 'LIMIT_EXCEEDED':
      return t('errors.limit', { message: problem.message });
    case 'SERVICE_UNAVAILABLE':
      return t('errors.unavailable');
    case 'NETWORK':
      return t('errors.network');
    default:
      return t('errors.unexpected');
  }
}
