import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { checkFormRequest, checkSessionRequest } from './session-request.policy';

/** The refresh and sign-out endpoints: where the browser sends the refresh cookie to be used. */
export const SESSION_COOKIE_PATH = '/auth';

/**
 * The control room's pages: the same cookie is also set for them, so the API can read a team
 * page's first data as its reader while it sends the page (apps/api/src/web/team-page.ts). There
 * it is only read, never rotated (AuthService.viewerOfRefreshToken): the client's own refresh
 * stays the one use of the token, taken in turns by the tabs. No endpoint lives under it.
 */
export const PAGE_COOKIE_PATH = '/manage';

/**
 * The refresh token as an httpOnly cookie for browser clients: page scripts never see it, it
 * travels only to SESSION_COOKIE_PATH and PAGE_COOKIE_PATH, only same-site (SameSite=Strict: the
 * endpoints are called by Pollen's own page with fetch, and a control-room page opened from
 * another site simply comes without its first data, so Lax would add nothing but exposure), and over HTTPS only when `SESSION_COOKIE_SECURE` (the default in
 * production). A Secure cookie takes the `__Secure-` prefix, which browsers refuse to let a
 * plain-HTTP page set or overwrite.
 */
@Injectable()
export class SessionCookieService {
  readonly name: string;
  private readonly options: CookieOptions;

  constructor(@Inject(POLLEN_CONFIG) private readonly config: PollenConfig) {
    this.name = config.sessionCookieSecure ? '__Secure-pollen_refresh' : 'pollen_refresh';
    this.options = { httpOnly: true, secure: config.sessionCookieSecure, sameSite: 'strict' };
  }

  /**
   * The cookie outlives the token by nothing: both expire after REFRESH_TOKEN_TTL. Set for both
   * paths in one answer, so the two always hold the same token.
   */
  set(res: Response, refreshToken: string): void {
    for (const path of [SESSION_COOKIE_PATH, PAGE_COOKIE_PATH]) res.cookie(this.name, refreshToken, { ...this.options, path, maxAge: this.config.refreshTokenTtlSeconds * 1000 });
  }

  clear(res: Response): void {
    for (const path of [SESSION_COOKIE_PATH, PAGE_COOKIE_PATH]) res.clearCookie(this.name, { ...this.options, path });
  }

  /**
   * The refresh token a page's address carries (PAGE_COOKIE_PATH), or null: for a navigation
   * only (a GET of the page, which changes nothing). SameSite=Strict keeps it off any request
   * another site starts, so a page read with it is never answered to another site's request.
   */
  readForPage(req: Request): string | null {
    return this.cookieOf(req);
  }

  /** The refresh token of a request that may use the cookie (FORBIDDEN otherwise), or null. */
  read(req: Request): string | null {
    checkSessionRequest(req.headers, this.config.trustedOrigins);
    return this.cookieOf(req);
  }

  /** The refresh token of a form posted by one of the site's pages (checkFormRequest; FORBIDDEN otherwise), or null. */
  readForForm(req: Request): string | null {
    checkFormRequest(req.headers, this.config.trustedOrigins);
    return this.cookieOf(req);
  }

  private cookieOf(req: Request): string | null {
    const header = req.headers.cookie;
    if (!header) return null;
    return parse(header)[this.name] ?? null;
  }
}
