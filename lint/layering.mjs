// The layering of ARCHITECTURE.md, as lint rules: apps → domain libraries → foundation
// (database, kernel and their peers). Libraries are listed bottom-up; a library may import only
// libraries listed before it, so no two libraries can ever import each other, directly or
// through a third. A new library takes the place just above everything it imports.

/** Below every domain: they never import a domain library (the ledger in particular). */
export const FOUNDATION = ['charts', 'kernel', 'config', 'observability', 'database', 'limits', 'events', 'ledger'];

/** The business, one library per domain, each above the domains it builds on. */
export const DOMAIN = [
  'identity',
  'idempotency',
  'organizations',
  'challenges',
  'privacy',
  'ideas',
  'comments',
  'votes',
  'ownership',
  'sentiment',
  'notifications',
  'profiles',
  'insights',
  'moderation',
  'erasure',
];

/** Delivery: reads the outbox and talks to sockets; only apps import it. */
export const DELIVERY = ['realtime'];

export const LIBRARY_ORDER = [...FOUNDATION, ...DOMAIN, ...DELIVERY];

/** Why `from` may not import `to`, or null when it may. */
export function refusal(from, to, order = LIBRARY_ORDER) {
  if (from === to) return null;
  const fromAt = order.indexOf(from);
  const toAt = order.indexOf(to);
  if (fromAt < 0 || toAt < 0) return `@pollen/${fromAt < 0 ? from : to} is not placed in lint/layering.mjs: give it its layer first.`;
  if (toAt < fromAt) return null;
  if (DELIVERY.includes(to)) return `A library never imports @pollen/${to}: record a domain event; delivery reads the outbox after commit (ARCHITECTURE.md, Shape).`;
  if (from === 'ledger') return `The ledger imports no domain library (@pollen/${to}): it records contributions and knows nothing of ideas or votes.`;
  if (FOUNDATION.includes(from) && !FOUNDATION.includes(to)) return `@pollen/${from} is a foundation library: it never imports the domain library @pollen/${to}.`;
  return `@pollen/${from} sits below @pollen/${to} in lint/layering.mjs: importing it would let the two libraries depend on each other. Move the shared part down into a lower library.`;
}

/** The forbidden imports of one library, as `no-restricted-imports` paths. */
export function forbiddenImports(from, order = LIBRARY_ORDER) {
  return order.flatMap((to) => {
    const message = refusal(from, to, order);
    return message ? [{ name: `@pollen/${to}`, message }] : [];
  });
}
