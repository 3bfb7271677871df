/** Words to write ideas and comments with, per language, about a city car. */
export const VOCABULARY = {
  pt: {
    config: 'pollen_pt',
    nouns: ['carro', 'banco', 'teto', 'porta', 'painel', 'bateria', 'roda', 'farol', 'volante', 'motor', 'bagageiro', 'janela', 'tela', 'freio', 'espelho', 'cadeirinha', 'bicicleta', 'cidade', 'estacionamento', 'carregador'],
    adjectives: ['solar', 'modular', 'elétrico', 'silencioso', 'reciclável', 'compacto', 'seguro', 'leve', 'conectado', 'econômico', 'dobrável', 'inteligente'],
    phrases: ['Que tal um', 'Proponho um', 'Imagine um', 'Precisamos de um', 'Seria ótimo ter um'],
    comments: ['Adorei a ideia', 'Isso resolveria meu problema', 'Mas e o custo?', 'Concordo totalmente', 'Já vi algo parecido', 'Poderia ser opcional', 'Genial!'],
  },
  en: {
    config: 'pollen_en',
    nouns: ['car', 'seat', 'roof', 'door', 'dashboard', 'battery', 'wheel', 'headlight', 'steering wheel', 'motor', 'trunk', 'window', 'screen', 'brake', 'mirror', 'child seat', 'bike rack', 'city', 'parking', 'charger'],
    adjectives: ['solar', 'modular', 'electric', 'quiet', 'recyclable', 'compact', 'safe', 'light', 'connected', 'frugal', 'foldable', 'smart'],
    phrases: ['What about a', 'I propose a', 'Imagine a', 'We need a', 'It would be great to have a'],
    comments: ['Love this', 'This would solve my problem', 'What about the cost?', 'Totally agree', 'I have seen something similar', 'Could be optional', 'Brilliant!'],
  },
  fr: {
    config: 'pollen_fr',
    nouns: ['voiture', 'siège', 'toit', 'porte', 'tableau de bord', 'batterie', 'roue', 'phare', 'volant', 'moteur', 'coffre', 'fenêtre', 'écran', 'frein', 'rétroviseur', 'siège enfant', 'porte-vélo', 'ville', 'stationnement', 'chargeur'],
    adjectives: ['solaire', 'modulaire', 'électrique', 'silencieux', 'recyclable', 'compact', 'sûr', 'léger', 'connecté', 'économe', 'pliable', 'intelligent'],
    phrases: ['Et si on avait un', 'Je propose un', 'Imaginez un', 'Il nous faut un', 'Ce serait génial d’avoir un'],
    comments: ['J’adore', 'Ça réglerait mon problème', 'Et le coût ?', 'Tout à fait d’accord', 'J’ai déjà vu ça ailleurs', 'En option peut-être', 'Génial !'],
  },
} as const;

export type Language = keyof typeof VOCABULARY;
/** Fiat Mio was Brazilian: most of the conversation is in Portuguese. */
export const LANGUAGE_SHARE: Array<[Language, number]> = [['pt', 0.6], ['en', 0.25], ['fr', 0.15]];
