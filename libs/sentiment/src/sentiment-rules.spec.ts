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

  it('reads a word of excess beside a word without sentiment as a fault, beside a sentiment word as an intensifier', () => {
    expect(label('Achei a suspensão dura demais', 'pt')).toBe('NEGATIVE');
    expect(score('feio demais', 'pt')).toBeLessThan(score('feio', 'pt'));
    expect(label('Demais!', 'pt')).toBe('POSITIVE');
    expect(label('É demais', 'pt')).toBe('POSITIVE');
    expect(label('The wait is too long')).toBe('NEGATIVE');
    expect(score('too expensive')).toBeLessThan(score('expensive'));
    expect(label('Me too')).toBe('NEUTRAL');
    expect(score('I want one too')).toBe(score('I want one'));
    expect(label('Es demasiado pequeño', 'es')).toBe('NEGATIVE');
  });

  it('reads a function verb right after a negator as a fault, and keeps it neutral otherwise', () => {
    expect(label('Com quatro pessoas o ar-condicionado não dá conta', 'pt')).toBe('NEGATIVE');
    expect(label('O espelho não mostra quase nada', 'pt')).toBe('NEGATIVE');
    expect(label('A porta abre para cima', 'pt')).toBe('NEUTRAL');
    expect(label('Não sei se ela abre para cima', 'pt')).toBe('NEUTRAL');
    expect(label("The pram doesn't fit in the boot")).toBe('NEGATIVE');
    expect(label("I don't know whether the pram fits")).toBe('NEUTRAL');
    expect(label('La porte ne ferme pas bien', 'fr')).toBe('NEGATIVE');
    expect(label('La silla no cabe', 'es')).toBe('NEGATIVE');
  });

  it('reads "no, thanks" in either gender', () => {
    expect(label('Não, obrigado.', 'pt')).toBe('NEGATIVE');
    expect(label('Não, obrigada.', 'pt')).toBe('NEGATIVE');
    expect(label('Obrigado pela ideia', 'pt')).toBe('POSITIVE');
  });

  it('reads French "trop" before a word without sentiment as a fault, as "too" is, and keeps "trop bien" praise', () => {
    expect(label("L'autonomie est bien trop courte", 'fr')).toBe('NEGATIVE');
    expect(label('Le siège est trop bas', 'fr')).toBe('NEGATIVE');
    expect(label('The range is way too short')).toBe('NEGATIVE');
    expect(label('Trop bien !', 'fr')).toBe('POSITIVE');
    expect(label('Elle est trop belle', 'fr')).toBe('POSITIVE');
    expect(score('trop cher', 'fr')).toBeLessThan(score('cher', 'fr'));
  });

  it('turns the word after a comparative of less around, and reads a lack before a word without sentiment', () => {
    expect(label('Moins cher que les autres', 'fr')).toBe('POSITIVE');
    expect(label('Less noisy than a bus')).toBe('POSITIVE');
    expect(label('Moins de place que ma Clio', 'fr')).toBe('NEGATIVE');
    expect(label('Menos espaço que o atual', 'pt')).toBe('NEGATIVE');
    expect(label('Menos espacio que el modelo anterior', 'es')).toBe('NEGATIVE');
    // Before a word the lexicon lacks it says nothing (the word may be an adjective).
    expect(label('Less foldable than the others')).toBe('NEUTRAL');
    // An amount is a measure, not a lack.
    expect(label('It charges in less than 20 minutes')).toBe('NEUTRAL');
    expect(label('Il fait moins cinq le matin', 'fr')).toBe('NEUTRAL');
    expect(label('Al menos tiene cuatro plazas', 'es')).toBe('NEUTRAL');
  });

  it('reads the blame word after a remedy as a fault taken away, unless the remedy is negated', () => {
    expect(label('This fixes the noise problem')).toBe('POSITIVE');
    expect(label("It doesn't solve the noise problem")).toBe('NEGATIVE');
    expect(label('Isso resolve o problema do barulho', 'pt')).toBe('POSITIVE');
    expect(label('Ça règle le problème du bruit', 'fr')).toBe('POSITIVE');
    expect(label('Evita los atascos', 'es')).toBe('POSITIVE');
  });

  it('lets "without", "sans", "sem", "sin" negate the two words after them only', () => {
    expect(label('O painel sem botões ficou muito elegante', 'pt')).toBe('POSITIVE');
    expect(label('Sans défaut', 'fr')).toBe('POSITIVE');
    expect(label('A dashboard without buttons looks really elegant')).toBe('POSITIVE');
    expect(label('Sin fallos', 'es')).toBe('POSITIVE');
    // Three words: an article and an adjective before the noun stay in reach.
    expect(label('200 km sans la moindre douleur', 'fr')).toBe('POSITIVE');
  });

  it('reads the sentiment words of a clause after a hedge as no judgement', () => {
    expect(label('Not sure if it would be useful')).toBe('NEUTRAL');
    expect(label('Não sei se ficaria bonito', 'pt')).toBe('NEUTRAL');
    expect(label('Je me demande si ce serait pratique', 'fr')).toBe('NEUTRAL');
    expect(label('No sé si sería cómodo', 'es')).toBe('NEUTRAL');
    // The next clause is judged again.
    expect(label('Not sure if it would sell, but I love it')).toBe('POSITIVE');
  });

  it('gives a negation followed by a blame word to the blame word, not to a function verb before it', () => {
    expect(label("I can't see any problem with it")).not.toBe('NEGATIVE');
    expect(label('Je ne vois aucun problème', 'fr')).not.toBe('NEGATIVE');
    expect(label("You can't see the cyclists")).toBe('NEGATIVE');
  });

  it('reads "why" with an infinitive as a question that blames, but not "why not"', () => {
    expect(label('Pourquoi changer la couleur ?', 'fr')).toBe('NEGATIVE');
    expect(label('Pourquoi pas une version break ?', 'fr')).toBe('NEUTRAL');
    expect(label('Pourquoi votre équipe a choisi le bleu ?', 'fr')).toBe('NEUTRAL');
    expect(label('Por que cobrar pelo carregador?', 'pt')).toBe('NEGATIVE');
    expect(label('¿Por qué cobrar aparte el cargador?', 'es')).toBe('NEGATIVE');
    expect(label('¿Por qué no añadir un enchufe?', 'es')).toBe('NEUTRAL');
  });

  it('reads rhetorical questions that blame, and frames that carry no judgement', () => {
    expect(label('Who needs a fridge in a city car?')).toBe('NEGATIVE');
    expect(label('Quem precisa de geladeira num carro?', 'pt')).toBe('NEGATIVE');
    expect(label('It looks like a minivan')).toBe('NEUTRAL');
    expect(label('I want to know the price')).toBe('NEUTRAL');
    expect(label('Nem contra nem a favor', 'pt')).toBe('NEUTRAL');
    expect(label('Ni pour ni contre', 'fr')).toBe('NEUTRAL');
    expect(label('Neither for nor against')).toBe('NEUTRAL');
  });

  it('knows complaints stated as facts in each language (the fifth round\'s vocabulary)', () => {
    expect(label('The handbrake squeaks')).toBe('NEGATIVE');
    expect(label('La banquette grince', 'fr')).toBe('NEGATIVE');
    expect(label('O banco range', 'pt')).toBe('NEGATIVE');
    expect(label('La puerta chirría', 'es')).toBe('NEGATIVE');
    expect(label('Me arrepiento', 'es')).toBe('NEGATIVE');
    expect(label('Quite a sensible design')).toBe('POSITIVE');
  });

  it('loads every lexicon (no phrase longer than the matcher reads)', () => {
    for (const language of ['en', 'fr', 'pt', 'es'] as const) expect(() => analyseSentiment('ok', language)).not.toThrow();
  });

  it('answers a score between -1 and 1, and neutral 0 for a text without sentiment', () => {
    expect(analyseSentiment('', 'en')).toEqual({ label: 'NEUTRAL', score: 0 });
    expect(analyseSentiment('The car is blue.', 'en')).toEqual({ label: 'NEUTRAL', score: 0 });
    const strong = score('love love love love amazing perfect brilliant fantastic 😍😍😍');
    expect(strong).toBeLessThanOrEqual(1);
    expect(strong).toBeGreaterThan(0.9);
  });
});
