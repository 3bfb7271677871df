import { BASIS_POINTS } from './ownership-policy';

/**
 * The ancestors of an idea by generation: generation 1 are the ideas it builds on, generation 2
 * the ideas those build on, … Each ancestor counts once, at its nearest generation, so a
 * diamond (two parents sharing a grandparent) never credits the grandparent twice.
 */
export function ancestorsByGeneration(ideaId: string, parentsOf: (id: string) => readonly string[], generations: number): string[][] {
  const seen = new Set([ideaId]);
  const result: string[][] = [];
  let frontier = [ideaId];
  for (let g = 1; g <= generations && frontier.length; g++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const parent of parentsOf(id)) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        next.push(parent);
      }
    }
    if (!next.length) break;
    result.push(next.sort());
    frontier = next;
  }
  return result;
}

export interface LineageAllocation {
  /** What the adopted idea keeps, milli-points. */
  kept: bigint;
  shares: Array<{ ideaId: string; generation: number; points: bigint }>;
}

/**
 * Shares an adoption's credit A with the ideas it built upon. Each generation keeps (1 − d) of
 * what reaches it and passes d on up: generation g receives A·d^g·(1 − d) in all, split equally
 * among its ideas (the first `remainder` ideas by id get one milli-point more). What no
 * generation takes (beyond the last one there is, or the policy's limit) stays with the adopted
 * idea. So the lineage never receives more than A·d < A, and kept + Σ shares = A exactly.
 */
export function allocateLineage(credit: bigint, decayBp: number, generations: readonly string[][]): LineageAllocation {
  const d = BigInt(decayBp);
  const one = BigInt(BASIS_POINTS);
  const shares: LineageAllocation['shares'] = [];
  let given = 0n;
  let reach = credit; // A·d^(g-1), in milli-points × one^(g-1) scaled away below
  let scale = 1n;
  generations.forEach((ideas, index) => {
    reach *= d;
    scale *= one;
    // A·d^g·(1−d) / one^(g+1), floored.
    const total = (reach * (one - d)) / (scale * one);
    if (total <= 0n || ideas.length === 0) return;
    const count = BigInt(ideas.length);
    const each = total / count;
    const extra = total % count;
    ideas.forEach((ideaId, i) => {
      const points = each + (BigInt(i) < extra ? 1n : 0n);
      if (points > 0n) shares.push({ ideaId, generation: index + 1, points });
      given += points;
    });
  });
  return { kept: credit - given, shares };
}
