import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { checkFormRequest, checkSessionRequest } from './session-request.policy';

/** The only paths the browser sends the refresh cookie to: the refresh and sign-out endpoints. */
export const SESSION_COOKIE_PATH = '/auth';

/**
 * The refresh token as an httpOnly cookie for browser clients: page scripts never see it, it
 * travels only to SESSION_COOKIE_PATH, only same-site (SameSite=Strict: the endpoints are called
 * by Pollen's own page with fetch, never by a navigation from elsewhere, so Lax would add
 * nothing but exposure), and over HTTPS only when `SESSION_COOKIE_SECURE` (the default in
 * production). A Secure cookie takes the `__Secure-` prefix, which browsers refuse to let a
 * plain-HTTP page set or overwrite.
 */
@Injectable()
export class SessionCookieService {
  readonly name: string;
  private readonly options: CookieOptions;

  constructor(@Inject(POLLEN_CONFIG) private readonly config: PollenConfig) {
    this.name = config.sessionCookieSecure ? '__Secure-pollen_refresh' : 'pollen_refresh';
    this.options = { httpOnly: true, secure: config.sessionCookieSecure, sameSite: 'strict', path: SESSION_COOKIE_PATH };
  }

  /** The cookie outlives the token by nothing: both expire after REFRESH_TOKEN_TTL. */
  set(res: Response, refreshToken: string): void {
    res.cookie(this.name, refreshToken, { ...this.options, maxAge: this.config.refreshTokenTtlSeconds * 1000 });
  }

  clear(res: Response): void {
    res.clearCookie(this.name, this.options);
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
