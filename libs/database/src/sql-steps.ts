/** SQL text with its parameters, numbered from `$1` within it. */
export interface Sql {
  text: string;
  params: unknown[];
}

/** A named step of `oneRoundTrip`: later steps read its rows by that name. */
export type SqlStep = [name: string, sql: Sql];

/**
 * Several writes in one round trip: `WITH a AS (…), b AS (…) SELECT * FROM <last step>`, each
 * step's parameters renumbered after those of the steps before it. Each library writes its own
 * step; a step that must happen only if an earlier one wrote a row reads it by name
 * (`… SELECT … FROM a`). Every step runs once, to completion, in one snapshot (one SQL statement);
 * the rows answered are the last step's (RETURNING). Parameters are found by `$<digits>`: a step's
 * text holds no other `$` (no dollar-quoted strings); values always go in as parameters.
 */
export function oneRoundTrip(...steps: SqlStep[]): Sql {
  if (steps.length === 0) throw new Error('oneRoundTrip needs at least one step');
  const names = new Set<string>();
  for (const [name] of steps) {
    // Step names travel between libraries as strings (VOTE_WRITTEN): two steps of one name would
    // make PostgreSQL refuse the query at run time; refused here, where the caller is named.
    if (names.has(name)) throw new Error(`oneRoundTrip: two steps are named "${name}" (${steps.map(([n]) => n).join(', ')})`);
    names.add(name);
  }
  const params: unknown[] = [];
  const ctes = steps.map(([name, step]) => {
    const offset = params.length;
    params.push(...step.params);
    return `${name} AS (${step.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
  });
  return { text: `WITH ${ctes.join(',\n')}\nSELECT * FROM ${steps[steps.length - 1][0]}`, params };
}
