/** A GraphQL POST as a client sends it, with an `Idempotency-Key` header when given, and the answer's headers. */
export async function keyed(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: { token?: string; key?: string } = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.key !== undefined ? { 'idempotency-key': options.key } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}
