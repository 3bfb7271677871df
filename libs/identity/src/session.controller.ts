import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PollenError } from '@pollen/kernel';
import { AuthService } from './auth.service';
import { SESSION_COOKIE_PATH, SessionCookieService } from './session-cookie.service';

export interface CookieRefreshAnswer {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: { id: string; displayName: string };
}

/**
 * The browser's side of a session: the refresh token lives in an httpOnly cookie scoped to
 * these two endpoints, and the access token is answered in the body only (kept in memory by
 * the page). Rotation and reuse detection are AuthService's, the same as refreshSession's.
 */
@Controller(SESSION_COOKIE_PATH.slice(1))
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookieService,
  ) {}

  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<CookieRefreshAnswer> {
    res.setHeader('cache-control', 'no-store');
    const token = this.cookie.read(req);
    if (!token) throw PollenError.unauthenticated('No session cookie: sign in with refreshTokenIn: COOKIE');
    try {
      const result = await this.auth.refresh(token);
      this.cookie.set(res, result.refreshToken);
      return {
        accessToken: result.accessToken,
        accessTokenExpiresAt: result.accessTokenExpiresAt.toISOString(),
        user: { id: result.user.id, displayName: result.user.displayName },
      };
    } catch (error) {
      // A dead token is forgotten; a passing failure (the database) keeps the cookie for a retry.
      if (error instanceof PollenError && error.code === 'UNAUTHENTICATED') this.cookie.clear(res);
      throw error;
    }
  }

  /** Revokes the cookie's whole session and clears the cookie; answers 204 even without one. */
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = this.cookie.read(req);
    if (token) await this.auth.logoutWithRefreshToken(token);
    this.cookie.clear(res);
  }
}
