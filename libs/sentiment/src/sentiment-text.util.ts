/**
 * Text → comparable tokens: lower case, accents removed (NFD, marks dropped), elisions split
 * ("n'aime" → "n", "aime"), emojis kept as tokens of their own, punctuation that ends a clause or
 * a sentence kept as tokens. Words written with or without accents, in any case, meet the same
 * lexicon entry.
 */
export type Token = { kind: 'word'; text: string } | { kind: 'emoji'; text: string } | { kind: 'mark'; text: '.' | ',' | '!' | '?' | ';' | ':' };

const TOKEN = /[\p{L}\p{N}]+|\p{Extended_Pictographic}|[.,!?;:…¡¿]/gu;
const MARKS = new Set(['.', ',', '!', '?', ';', ':']);

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'");
}

export function tokenize(text: string): Token[] {
  // English contractions: "don't", "isn't", "can't" → "do not", … (before the apostrophe is a break).
  const folded = foldText(text).replace(/n't\b/g, ' not');
  const tokens: Token[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    const raw = match[0];
    if (raw === '…') tokens.push({ kind: 'mark', text: '.' });
    else if (raw === '¡' || raw === '¿') continue;
    else if (MARKS.has(raw)) tokens.push({ kind: 'mark', text: raw as '.' });
    else if (/^\p{Extended_Pictographic}$/u.test(raw)) tokens.push({ kind: 'emoji', text: raw });
    else tokens.push({ kind: 'word', text: raw });
  }
  return tokens;
}
