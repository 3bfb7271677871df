import { Body, Controller, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { AuthService, SessionCookieService } from '@pollen/identity';
import { ErrorCode, PollenError, clientKeyOf } from '@pollen/kernel';
import { VotesService } from '@pollen/votes';
import { HTTP_STATUS } from '../graphql/pollen-error.filter';
import { escapeHtml, pageLanguage, readCatalogues, translator, type Catalogues } from './first-paint';
import { findWebDir, isClientRoute } from './web-client';

/** Where a vote posted from a page comes back to: a page of the client on this origin, else the challenges. */
export function returnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || value.length > 500) return '/';
  return isClientRoute(value.split(/[?#]/)[0]) ? value : '/';
}

/** The catalogue's sentence for a refusal, with the API's message in it (as the client's errors.ts says them). */
const SENTENCES: Partial<Record<ErrorCode, string>> = {
  NOT_FOUND: 'errors.notFound',
  LIMIT_EXCEEDED: 'errors.limit',
  FORBIDDEN: 'errors.forbidden',
  CONFLICT: 'errors.conflict',
  BAD_USER_INPUT: 'errors.badInput',
  SERVICE_UNAVAILABLE: 'errors.unavailable',
};

/**
 * A refused vote said in the reader's language, as the client's describeProblem says it
 * (apps/web/src/shared/errors.ts): a refusal's rule the catalogue knows in full (`rules.*`), a
 * phase that closes voting, a rate limit with when to try again, a suspension until when and
 * why; otherwise a translated lead with the API's own message.
 */
export function refusalSentence(t: ReturnType<typeof translator>, language: string, error: PollenError | null): string {
  if (!error) return t('errors.unexpected');
  const { rule, phase, action, retryAfterSeconds, until } = error.details;
  const reason = typeof error.details.reason === 'string' ? error.details.reason : '';
  if (typeof rule === 'string') {
    const ruled = t(`rules.${rule}`);
    if (ruled !== `rules.${rule}`) return ruled;
  }
  switch (error.code) {
    case 'PHASE_FORBIDDEN': {
      // The API names the action as its enum (VOTE); the catalogue's verbs are keyed in lower case.
      const verb = `actions.${typeof action === 'string' ? action.toLowerCase() : 'vote'}`;
      const said = t(verb);
      return t('errors.phase', { phase: t(`phase.${typeof phase === 'string' ? phase : 'CLOSED'}`), action: said === verb ? t('actions.unknown') : said });
    }
    case 'RATE_LIMITED':
      return t('errors.rateLimited', { count: Math.max(1, Math.ceil(typeof retryAfterSeconds === 'number' ? retryAfterSeconds : 1)) });
    case 'SUSPENDED':
      return typeof until === 'string'
        ? t('errors.suspendedUntil', { until: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(until)), reason })
        : t('errors.suspendedForGood', { reason });
    default:
      return t(SENTENCES[error.code] ?? 'errors.unexpected', { message: error.message });
  }
}

/**
 * The challenge page's vote buttons without script (apps/api/src/web/first-paint.ts): a form
 * posted to `/auth/vote` with `ideaId`, `value` (UP, DOWN or NONE) and `return`, the page's
 * address. It sits under /auth because the session cookie goes there only; the cookie is read
 * without being rotated (AuthService.viewerOfRefreshToken). A form cannot carry the session's
 * CSRF header, so the browser's Origin must name this site (SessionCookieService.readForForm).
 * The vote is the API's own castVote (its rules, limits, ledger entry and event), then 303 back
 * to the page; no session: 303 to sign-in, coming back after; a refusal: a short page that says
 * why, in the reader's language, with a way back.
 */
@Controller('auth/vote')
export class VoteFormController {
  private readonly catalogues: Catalogues | null;
  private readonly logger = new Logger(VoteFormController.name);

  constructor(
    @Inject(POLLEN_CONFIG) config: PollenConfig,
    private readonly auth: AuthService,
    private readonly cookie: SessionCookieService,
    private readonly votes: VotesService,
  ) {
    const dir = findWebDir(config);
    this.catalogues = dir ? readCatalogues(dir) : null;
  }

  @Post()
  async vote(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown> | undefined): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    const back = returnPath(body?.return);
    try {
      const token = this.cookie.readForForm(req);
      const viewer = token ? await this.auth.viewerOfRefreshToken(token).catch(() => null) : null;
      if (!viewer) return void res.redirect(303, `/signin?next=${encodeURIComponent(back)}`);
      await this.votes.cast(viewer, body?.ideaId, body?.value, clientKeyOf(req));
      res.redirect(303, back);
    } catch (error) {
      this.refused(req, res, error, back);
    }
  }

  private refused(req: Request, res: Response, error: unknown, back: string): void {
    const known = error instanceof PollenError ? error : null;
    if (!known) this.logger.error(error);
    const language = this.catalogues ? pageLanguage(req, this.catalogues) : 'en';
    const t = translator(this.catalogues?.[language] ?? {}, language);
    const sentence = refusalSentence(t, language, known);
    const status = known ? (HTTP_STATUS[known.code] ?? 400) : 500;
    res
      .status(status)
      .type('html')
      .send(
        `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t('layout.brand'))}</title></head>` +
          `<body><main><p role="alert">${escapeHtml(sentence)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t('common.back'))}</a></p></main></body></html>`,
      );
  }
}
