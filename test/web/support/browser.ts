import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const UNPACKED = join(tmpdir(), 'chromium.pollen-unpacked');

/**
 * `executablePath()` unpacks Chromium to /tmp/chromium (and its fonts and SwiftShader beside it)
 * the first time, and afterwards returns it as soon as the file exists: a second Jest worker that
 * asks while the first is still writing gets a half-written binary, which dies at launch
 * (SIGSEGV, seen on a fresh CI machine). So the unpacking runs under a cross-process lock, and a
 * marker written after it says it finished; without the marker (a run killed while unpacking, or
 * a copy unpacked before the marker existed), what is there is unpacked again.
 */
async function chromiumBinary(): Promise<string> {
  const lock = `${UNPACKED}.lock`;
  for (;;) {
    if (existsSync(UNPACKED)) return readFileSync(UNPACKED, 'utf8');
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than five minutes belongs to a run that died.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    if (!existsSync(UNPACKED)) {
      for (const name of ['chromium', 'fonts', 'libGLESv2.so', 'libEGL.so', 'libvk_swiftshader.so', 'libvulkan.so.1', 'vk_swiftshader_icd.json']) {
        rmSync(join(tmpdir(), name), { recursive: true, force: true });
      }
      writeFileSync(UNPACKED, await chromium.executablePath());
    }
    return readFileSync(UNPACKED, 'utf8');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function launchBrowser(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromiumBinary(),
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
