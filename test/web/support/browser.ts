import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createTestApp, type Registered, type TestApp } from '../../setup/test-app';
import { ensureWebBuild } from './web-build';

/**
 * @sparticuz/chromium's flags are for AWS Lambda. Two switch off the web's security (same-origin
 * policy, mixed content), which would hide a CSP or CORS mistake from these tests; and with
 * `--single-process` browser contexts share localStorage (seen here: one context's language
 * choice showed up in another), so two "browsers" would not be two. Chromium runs without them.
 */
const UNSAFE = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

export async function launchBrowser(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: chromium.args.filter((arg) => !UNSAFE.has(arg)),
    headless: true,
  });
}

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export interface WebTest {
  api: TestApp;
  browser: Browser;
  /** A fresh browser profile (cookies, storage) on the API's origin, in English unless told. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context, with the browser's console errors collected. */
  page(options?: BrowserContextOptions): Promise<Page>;
  /** Console errors and uncaught exceptions seen by the pages so far. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** The real API serving the built client, and a headless Chromium to drive it. */
export async function startWebTest(env: Record<string, string> = {}): Promise<WebTest> {
  const webDir = await ensureWebBuild();
  const api = await createTestApp({ env: { POLLEN_WEB_DIR: webDir, ...env } });
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const context = async (options: BrowserContextOptions = {}) => {
    const ctx = await browser.newContext({ baseURL: api.url, locale: 'en-GB', ...options });
    ctx.setDefaultTimeout(15_000);
    ctx.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) pageErrors.push(`${page.url()}: ${message.text()}`);
      });
    });
    contexts.push(ctx);
    return ctx;
  };
  return {
    api,
    browser,
    context,
    pageErrors,
    page: async (options) => (await context(options)).newPage(),
    close: async () => {
      for (const ctx of contexts) await ctx.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await api.close();
    },
  };
}

/** Signs a browser page in through the sign-in form, as a participant would. */
export async function signIn(page: Page, user: Pick<Registered, 'email' | 'password'>): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
