import { analyseSentiment } from './sentiment-analysis.util';
import { SentimentLanguage } from './sentiment-lexicon';
import { tokenize } from './sentiment-text.util';

const label = (text: string, language: SentimentLanguage = 'en') => analyseSentiment(text, language).label;
const score = (text: string, language: SentimentLanguage = 'en') => analyseSentiment(text, language).score;

describe('sentiment rules', () => {
  it('matches accent- and case-insensitively', () => {
    expect(score('TRÈS UTILE', 'fr')).toBe(score('tres utile', 'fr'));
    expect(score('Génial', 'fr')).toBe(score('genial', 'fr'));
    expect(label('NAO GOSTEI', 'pt')).toBe('NEGATIVE');
    expect(score('não gostei', 'pt')).toBe(score('NAO GOSTEI', 'pt'));
    expect(score('Está genial', 'es')).toBe(score('esta GENIAL', 'es'));
    expect(tokenize("N'aime")).toEqual([{ kind: 'word', text: 'n' }, { kind: 'word', text: 'aime' }]);
  });

  it('negates within a scope that ends at the clause', () => {
    expect(label('I like it')).toBe('POSITIVE');
    expect(label("I don't like it")).toBe('NEGATIVE');
    expect(label('I dont like it')).toBe('NEGATIVE');
    // The comma ends the negation: the praise after it is not negated.
    expect(label('Not cheap, beautiful and useful')).toBe('POSITIVE');
    // Four words at most: a sentiment word far after the negation keeps its sign.
    expect(score('no one in my street would ever find it great')).toBeGreaterThan(0);
    expect(label('Je n’aime pas', 'fr')).toBe('NEGATIVE');
    expect(label('Não é uma má ideia', 'pt')).toBe('POSITIVE');
    expect(label('No veo ningún problema, muy práctico', 'es')).toBe('POSITIVE');
  });

  it('reads a two-part negation as one ("ne … pas", "não … nada"), reinforcing rather than flipping back', () => {
    expect(label("Je n'aime pas du tout", 'fr')).toBe('NEGATIVE');
    expect(score("Je n'aime pas du tout", 'fr')).toBeLessThan(score("Je n'aime pas", 'fr'));
    expect(label('Não gostei nada', 'pt')).toBe('NEGATIVE');
    expect(label('No me gusta nada', 'es')).toBe('NEGATIVE');
  });

  it('weighs intensifiers and softeners', () => {
    expect(score('very good')).toBeGreaterThan(score('good'));
    expect(score('a bit good')).toBeLessThan(score('good'));
    expect(score('vraiment bien pensé', 'fr')).toBeGreaterThanOrEqual(score('bien pensé', 'fr'));
    expect(score('muito útil', 'pt')).toBeGreaterThan(score('útil', 'pt'));
    expect(score('muy caro', 'es')).toBeLessThan(score('caro', 'es'));
  });

  it('knows idioms of each language', () => {
    expect(label('Not bad at all')).toBe('POSITIVE');
    expect(label('What a waste of money')).toBe('NEGATIVE');
    expect(label('Pas mal', 'fr')).toBe('POSITIVE');
    expect(label('Non merci', 'fr')).toBe('NEGATIVE');
    expect(label('Show de bola', 'pt')).toBe('POSITIVE');
    expect(label('Nada mal', 'pt')).toBe('POSITIVE');
    expect(label('No, gracias', 'es')).toBe('NEGATIVE');
    expect(label('¡Qué pasada!', 'es')).toBe('POSITIVE');
  });

  it('reads emojis', () => {
    expect(label('🚗😍')).toBe('POSITIVE');
    expect(label('Heated seats by subscription 👎')).toBe('NEGATIVE');
    expect(label('❤️', 'pt')).toBe('POSITIVE');
  });

  it('takes a question without a strong word as neutral', () => {
    expect(label('Is the battery good in winter?')).toBe('NEUTRAL');
    expect(label('La batterie est-elle bonne ?', 'fr')).toBe('NEUTRAL');
    expect(label('Why pay for this useless gadget?')).toBe('NEGATIVE');
    expect(label('Is it practical? I love it!')).toBe('POSITIVE');
  });

  it('weighs what follows a contrast word more than what precedes it', () => {
    expect(label('Nice on paper but a nightmare to repair')).toBe('NEGATIVE');
    expect(label("It's not perfect but I really like it")).toBe('POSITIVE');
    expect(label("C'est beau mais inutile", 'fr')).toBe('NEGATIVE');
    expect(label('É caro, mas adorei', 'pt')).toBe('POSITIVE');
    expect(label('Es bonito pero inútil', 'es')).toBe('NEGATIVE');
  });

  it('reads praise in a sarcastic text as blame', () => {
    expect(label('Great, another screen to distract drivers')).toBe('NEGATIVE');
    expect(label('Brilliant idea 🙄')).toBe('NEGATIVE');
    expect(label('Yeah right, a perfect car for everyone')).toBe('NEGATIVE');
    expect(label('Super, encore un écran', 'fr')).toBe('NEGATIVE');
    expect(label('Ótimo, mais uma tela', 'pt')).toBe('NEGATIVE');
    expect(label('Genial, otra pantalla', 'es')).toBe('NEGATIVE');
  });

  it('reads inflected forms through stems and stretched words through their letters', () => {
    expect(label('mes enfants adoreraient', 'fr')).toBe('POSITIVE');
    expect(label('this is sooo goooood')).toBe('POSITIVE');
  });

  it('finds plural and feminine forms of a lexicon word', () => {
    expect(label('portes fragiles', 'fr')).toBe('NEGATIVE');
    expect(label('cadeiras desconfortáveis', 'pt')).toBe('NEGATIVE');
    expect(label('asientos incómodos', 'es')).toBe('NEGATIVE');
  });

  it('reads a word that is both praise and intensifier as an intensifier before another sentiment word', () => {
    expect(label('Super', 'fr')).toBe('POSITIVE');
    expect(label('super inconfortable', 'fr')).toBe('NEGATIVE');
    expect(label('super desconfortável', 'pt')).toBe('NEGATIVE');
  });

  it('answers a score between -1 and 1, and neutral 0 for a text without sentiment', () => {
    expect(analyseSentiment('', 'en')).toEqual({ label: 'NEUTRAL', score: 0 });
    expect(analyseSentiment('The car is blue.', 'en')).toEqual({ label: 'NEUTRAL', score: 0 });
    const strong = score('love love love love amazing perfect brilliant fantastic 😍😍😍');
    expect(strong).toBeLessThanOrEqual(1);
    expect(strong).toBeGreaterThan(0.9);
  });
});
