import { PollenError } from '@pollen/kernel';
import { WEIGHTED_KINDS, WeightedKind } from './contribution-kind';

/** Points are kept as integers in thousandths of a point, so every sum is exact. */
export const MILLI = 1000;
export const BASIS_POINTS = 10_000;
export const WEIGHT_MAX = 1_000_000;
export const LINEAGE_GENERATIONS_MAX = 10;
export const LICENCE_MAX = 64;

/**
 * A challenge's ownership policy, as stored and as recorded in its POLICY ledger entry.
 * weights: milli-points per contribution kind; lineageDecayBp: d in basis points (see
 * allocateLineage); lineageGenerations: how many generations of ancestors share an adoption.
 */
export interface OwnershipPolicy {
  weights: Record<WeightedKind, number>;
  lineageDecayBp: number;
  lineageGenerations: number;
  licence: string;
}

/** Documented defaults (README, Ownership): a proposal is worth 20 votes, an adoption 20 proposals. */
export const DEFAULT_POLICY: OwnershipPolicy = {
  weights: {
    IDEA_PROPOSED: 10_000,
    IDEA_BUILT_UPON: 4_000,
    IDEA_SHORTLISTED: 25_000,
    IDEA_ADOPTED: 200_000,
    COMMENT: 2_000,
    COMMENT_HELPFUL: 6_000,
    VOTE_CAST: 500,
  },
  lineageDecayBp: 3_000,
  lineageGenerations: 5,
  licence: 'CC-BY-SA-4.0',
};

/** What a brand sends: weights in points (up to 3 decimals), decay as a fraction in (0, 1). */
export interface PolicyInput {
  weights?: Partial<Record<WeightedKind, unknown>> | null;
  lineageDecay?: unknown;
  lineageGenerations?: unknown;
  licence?: unknown;
}

function weight(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw PollenError.badInput(field, 'must be a finite number');
  if (value < 0) throw PollenError.badInput(field, 'must not be negative');
  if (value > WEIGHT_MAX) throw PollenError.badInput(field, `must be at most ${WEIGHT_MAX}`);
  const milli = Math.round(value * MILLI);
  if (Math.abs(milli - value * MILLI) > 1e-6) throw PollenError.badInput(field, 'must have at most 3 decimals');
  return milli;
}

/** Validates a change to `current`; names the first bad field. Omitted fields stay as they are. */
export function applyPolicyInput(current: OwnershipPolicy, input: PolicyInput): OwnershipPolicy {
  const next: OwnershipPolicy = { ...current, weights: { ...current.weights } };
  for (const [kind, value] of Object.entries(input.weights ?? {})) {
    if (!(WEIGHTED_KINDS as readonly string[]).includes(kind)) throw PollenError.badInput(`weights.${kind}`, 'is not a weighted contribution kind');
    if (value === undefined || value === null) continue;
    next.weights[kind as WeightedKind] = weight(value, `weights.${kind}`);
  }
  if (input.lineageDecay !== undefined && input.lineageDecay !== null) {
    const decay = input.lineageDecay;
    if (typeof decay !== 'number' || !Number.isFinite(decay) || decay <= 0 || decay >= 1) {
      throw PollenError.badInput('lineageDecay', 'must be a number strictly between 0 and 1');
    }
    const bp = Math.round(decay * BASIS_POINTS);
    if (Math.abs(bp - decay * BASIS_POINTS) > 1e-6 || bp <= 0 || bp >= BASIS_POINTS) {
      throw PollenError.badInput('lineageDecay', 'must have at most 4 decimals');
    }
    next.lineageDecayBp = bp;
  }
  if (input.lineageGenerations !== undefined && input.lineageGenerations !== null) {
    const generations = input.lineageGenerations;
    if (!Number.isInteger(generations) || (generations as number) < 1 || (generations as number) > LINEAGE_GENERATIONS_MAX) {
      throw PollenError.badInput('lineageGenerations', `must be an integer from 1 to ${LINEAGE_GENERATIONS_MAX}`);
    }
    next.lineageGenerations = generations as number;
  }
  if (input.licence !== undefined && input.licence !== null) {
    const licence = input.licence;
    if (typeof licence !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/.test(licence)) {
      throw PollenError.badInput('licence', 'must be an SPDX licence identifier such as CC-BY-SA-4.0');
    }
    next.licence = licence;
  }
  return next;
}

/** A policy as its POLICY ledger entry records it (the row may hold more, such as when it froze). */
export function policyDetail(policy: OwnershipPolicy): Record<string, unknown> {
  return { weights: policy.weights, lineageDecayBp: policy.lineageDecayBp, lineageGenerations: policy.lineageGenerations, licence: policy.licence };
}
