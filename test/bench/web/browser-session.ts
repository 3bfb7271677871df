import type { Browser, BrowserContext } from 'playwright-core';

/** A GraphQL request to a bench API; its errors thrown. */
export async function gqlAt(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A fresh signed-in browser profile: a login that sets the refresh cookie (each profile its own session, as cookies rotate). */
export async function signedInContext(browser: Browser, apiUrl: string, email: string, password: string, height = 4000): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: apiUrl, viewport: { width: 1280, height } });
  const res = await context.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query: `mutation($i: LoginInput!) { login(input: $i, refreshTokenIn: COOKIE) { accessToken } }`, variables: { i: { email, password } } },
  });
  if (!res.ok()) throw new Error(`login failed: ${res.status()}`);
  return context;
}
