import { RuleAction, RuleKind } from './moderation.enums';
import { TextRule, domainsIn, firstMatch, normaliseDomain, normaliseForRules } from './text-rules.util';

const rule = (kind: RuleKind, action: RuleAction, pattern: string): TextRule => ({
  id: pattern,
  kind,
  action,
  pattern,
  patternKey: kind === RuleKind.WORD ? normaliseForRules(pattern) : normaliseDomain(pattern),
});

describe('word and link rules', () => {
  it('folds case and accents in every challenge language', () => {
    expect(normaliseForRules('ÉCOLOGIQUE Ação, Niño!')).toBe('ecologique acao nino');
    expect(normaliseForRules('Straße ﬁn')).toBe('strasse fin');
  });

  it('matches whole words and phrases, accent- and case-insensitively', () => {
    const rules = [rule(RuleKind.WORD, RuleAction.HOLD, 'arnaque'), rule(RuleKind.WORD, RuleAction.REFUSE, 'pão duro')];
    expect(firstMatch(rules, { body: 'Quelle ARNAQUÉ !' })?.rule.pattern).toBe('arnaque');
    expect(firstMatch(rules, { body: 'que PAO-DURO esse carro' })).toMatchObject({ field: 'body', rule: { pattern: 'pão duro' } });
    expect(firstMatch([rule(RuleKind.WORD, RuleAction.REFUSE, 'ass')], { body: 'first class seats' })).toBeNull();
  });

  it('puts refuse rules before hold rules, and names the field', () => {
    const rules = [rule(RuleKind.WORD, RuleAction.HOLD, 'cheap'), rule(RuleKind.WORD, RuleAction.REFUSE, 'scam')];
    expect(firstMatch(rules, { title: 'cheap', body: 'a scam' })).toMatchObject({ field: 'body', rule: { action: RuleAction.REFUSE } });
  });

  it('matches a domain and its subdomains, with or without a scheme', () => {
    expect(normaliseDomain('https://www.Spam.example/offer?x')).toBe('spam.example');
    expect(domainsIn('see promo.SPAM.example/x and www.ok.org')).toEqual(['promo.spam.example', 'ok.org']);
    const rules = [rule(RuleKind.LINK, RuleAction.REFUSE, 'spam.example')];
    expect(firstMatch(rules, { body: 'go to https://promo.spam.example now' })?.field).toBe('body');
    expect(firstMatch(rules, { body: 'notspam.example is fine' })).toBeNull();
  });
});
