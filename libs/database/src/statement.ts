/** SQL with its parameters, numbered from `$1` within it. */
export interface Statement {
  text: string;
  params: unknown[];
}

/**
 * Several writes in one round trip: `WITH a AS (…), b AS (…) SELECT * FROM <last step>`, each
 * step's parameters renumbered after those of the steps before it. Each library writes its own
 * step; a step that must happen only if an earlier one wrote a row reads it by name
 * (`… SELECT … FROM a`). Every step runs once, to completion, in the statement's one snapshot;
 * the rows answered are the last step's (RETURNING). Parameters are found by `$<digits>`: a step's
 * text holds no other `$` (no dollar-quoted strings); values always go in as parameters.
 */
export function chain(...steps: Array<[name: string, step: Statement]>): Statement {
  const params: unknown[] = [];
  const ctes = steps.map(([name, step]) => {
    const offset = params.length;
    params.push(...step.params);
    return `${name} AS (${step.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
  });
  return { text: `WITH ${ctes.join(',\n')}\nSELECT * FROM ${steps[steps.length - 1][0]}`, params };
}
