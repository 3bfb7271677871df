import { RuleAction, RuleKind } from './moderation.enums';

export interface TextRule {
  id: string;
  kind: RuleKind;
  action: RuleAction;
  pattern: string;
  /** The pattern as normaliseForRules gives it. */
  patternKey: string;
}

export interface RuleMatch {
  rule: TextRule;
  field: string;
}

/**
 * Lower case, accents folded (NFD then combining marks dropped: "Pénis" and "PENIS" alike, "ação"
 * and "acao"), ligatures and compatibility forms folded (NFKD), any run of non-letters or digits one
 * space. The same function prepares rules and texts, so matching is accent- and case-insensitive in
 * every language Pollen's challenges are written in (English, French, Portuguese, Spanish).
 */
export function normaliseForRules(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A domain rule's key: "https://www.Spam.example/x" → "spam.example". */
export function normaliseDomain(pattern: string): string {
  return pattern
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
}

const DOMAIN = /\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})\b/giu;

/** Every host-like token in a text (with or without a scheme: "spam.example/offer" counts). */
export function domainsIn(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(DOMAIN)].map((m) => m[1].toLowerCase().replace(/^www\./, ''));
}

/**
 * The first rule a text breaks, refuse rules before hold rules. A WORD rule matches whole words
 * (a phrase matches its words in order), so "ass" never matches "class"; a LINK rule matches the
 * domain and its subdomains ("spam.example" matches "promo.spam.example", not "notspam.example").
 */
export function firstMatch(rules: readonly TextRule[], texts: Record<string, string>): RuleMatch | null {
  const ordered = [...rules].sort((a, b) => (a.action === b.action ? 0 : a.action === RuleAction.REFUSE ? -1 : 1));
  const words = Object.entries(texts).map(([field, text]) => [field, ` ${normaliseForRules(text)} `] as const);
  const domains = Object.entries(texts).map(([field, text]) => [field, domainsIn(text)] as const);
  for (const rule of ordered) {
    if (rule.kind === RuleKind.WORD) {
      const hit = words.find(([, text]) => text.includes(` ${rule.patternKey} `));
      if (hit) return { rule, field: hit[0] };
    } else {
      const hit = domains.find(([, list]) => list.some((domain) => domain === rule.patternKey || domain.endsWith(`.${rule.patternKey}`)));
      if (hit) return { rule, field: hit[0] };
    }
  }
  return null;
}
