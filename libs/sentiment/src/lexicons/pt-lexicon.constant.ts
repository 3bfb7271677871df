import { LexiconSource } from '../sentiment-lexicon';
import { EMOJI_VALENCE } from './emoji-lexicon.constant';

/** Portuguese (Brazil and Portugal), written for Pollen (folded: lower case, no accents: "nao" is "não"). */
export const PT_LEXICON: LexiconSource = {
  words: {
    ...EMOJI_VALENCE,
    // elogio
    adorei: 3, adoro: 3, amei: 3, amo: 3, amar: 3, gostei: 2, gosto: 2, gosta: 2, curti: 2, curto: 2, quero: 1,
    otimo: 3, otima: 3, excelente: 3, incrivel: 3, sensacional: 3, fantastico: 3, fantastica: 3, maravilhoso: 3, maravilhosa: 3,
    perfeito: 3, perfeita: 3, espetacular: 3, genial: 3, top: 3, lindo: 3, linda: 3, bonito: 2, bonita: 2, bom: 2, boa: 2,
    legal: 2, bacana: 2, massa: 2, inteligente: 2, esperto: 2, criativo: 2, criativa: 2, util: 2, uteis: 2, pratico: 2,
    pratica: 2, confortavel: 2, simples: 1, facil: 1, elegante: 2, eficiente: 2, confiavel: 2, silencioso: 1,
    inovador: 2, inovadora: 2, interessante: 1, promissor: 2, obrigado: 1, obrigada: 1, valeu: 2, finalmente: 2, parabens: 3,
    concordo: 2, sim: 1, melhor: 3, melhores: 3, sentido: 1, convencido: 1, convencida: 1, funciona: 1, impressionado: 3,
    impressionada: 3, impressionante: 3, demais: 1, show: 3, prazer: 2, ajudaria: 1, ajuda: 1, feliz: 2, bem: 1,
    // crítica
    odeio: -3, odiei: -3, detesto: -3, detestei: -3, pessimo: -4, pessima: -4, horrivel: -3, terrivel: -3, ruim: -2, mau: -2,
    ma: -2, feio: -3, feia: -3, pior: -4, inutil: -3, perigoso: -3, perigosa: -3, caro: -2, cara: -1, caros: -2,
    complicado: -2, complicada: -2, decepcionante: -3, decepcionado: -3, decepcao: -3, chato: -2, chata: -2, irritante: -2,
    fragil: -2, frageis: -2, barulhento: -2, lento: -1, pesadelo: -3, desastre: -3, fracasso: -3, problema: -1, problemas: -1,
    horror: -3, lixo: -3, absurdo: -3, ridiculo: -3, estupido: -3, agressivo: -1, agressiva: -1, escuras: -1, escuro: -1,
    deprimente: -3, dificil: -1, louco: -1, distrair: -1, espiona: -2, baratas: -1, insuportavel: -4, piorar: -2, piora: -2,
    medo: -2, triste: -2, arriscado: -2, desnecessario: -2,

  acidente: -2, acidentes: -2, piada: -2, hacker: -1, confio: 1, confiar: 1, desconfortavel: -2, desconfortaveis: -2,
  cansei: -3, cansado: -2, cetico: -1, fortuna: -1, reciclado: 1, reciclados: 1, limpo: 1, qualidade: 1, mediocre: -2,
  vergonha: -2, golpe: -3, injusto: -2, affe: -2, fa: 1, favorito: 3, iniciativa: 1, sacada: 2, convenceram: 3, convenceu: 3,
    // complaints stated as facts: sizes, time, wear, faults
    apertado: -2, apertada: -2, minusculo: -2, minuscula: -2, curta: -1, demora: -1, demorado: -2, demorada: -2,
    ilegivel: -2, rachar: -2, racha: -2, rachou: -2, rachado: -2, barulho: -1, esquenta: -1, trava: -2, travou: -2,
    travando: -2, inaceitavel: -3, perde: -1, perdeu: -1, quebra: -2, quebrou: -2, quebrado: -2, falha: -2, falhou: -2,
    falhas: -2, defeito: -2, defeitos: -2, estragou: -2, fraco: -2, fraca: -2, insuficiente: -2, vaza: -2, vazamento: -2,
    pesado: -1, pesada: -1, lotado: -1, gastao: -2, beberrao: -2, enferruja: -2, enguico: -2, enguicou: -2,
    // praise stated as facts
    resolve: 2, resolveu: 2, alivio: 2, recomendo: 3, recomendaria: 3, espacoso: 2, espacosa: 2, economico: 2, economica: 2,
    barato: 2, rapido: 1, rapida: 1, robusto: 2, resistente: 2, compensa: 1,
  },
  stems: { adora: 3, decepcion: -3, impression: 3, maravilh: 3, fantastic: 3, insuport: -4, complica: -2, facilit: 2, economiz: 1 },
  negators: ['nao', 'nunca', 'jamais', 'nem', 'nenhum', 'nenhuma', 'ninguem', 'nada', 'sem'],
  intensifiers: {
    muito: 1.5, muita: 1.5, bem: 1.4, super: 1.5, tao: 1.4, extremamente: 1.8, totalmente: 1.5, completamente: 1.5,
    realmente: 1.5, bastante: 1.3, demasiado: 1.4, meio: 0.6, 'um pouco': 0.6, pouco: 0.6, sinceramente: 1.1,
  },
  afterIntensifiers: { demais: 1.5, nada: 1.5, muito: 1.4, 'pra caramba': 1.6, 'pra caralho': 1.6 },
  contrasts: ['mas', 'porem', 'contudo', 'entretanto', 'todavia', 'no entanto'],
  sarcasm: ['so que nao', 'ta bom', 'claro que sim', '🙄', 'que ideia brilhante', 'imagina so'],
  repeaters: ['mais uma', 'mais um', 'outra', 'outro'],
};

/** Idioms: phrases whose sentiment is not the sum of their words. */
Object.assign(PT_LEXICON.words, {
  'nada mal': 2, 'nao obrigada': -3, 'show de bola': 3, 'top demais': 3, 'que demais': 3, 'muito legal': 3,
  'nao serve pra nada': -3, 'nao serve para nada': -3, 'serve pra nada': -3, 'jogar dinheiro fora': -4, 'dinheiro jogado fora': -4,
  'perda de tempo': -4, 'perda de dinheiro': -4, 'faz todo sentido': 3, 'faz sentido': 2, 'bem pensado': 3, 'sem sentido': -3,
  'no papel': 0, 'deixar louco': -3, 'deixa louco': -3, 'que horror': -4, 'de boa': 1, 'mandou bem': 3, 'arrasou': 3,
  'bom equilibrio': 3, 'sem pensar duas vezes': 2, 'com prazer': 2, 'ainda por cima': 1.5, 'ma ideia': -2, 'ideia ruim': -2,
  'to fora': -3, 'so pode ser piada': -3, 'receita pra acidente': -3, 'receita para acidente': -3, 'me convenceram': 3, 'to dentro': 3, 'quem teve a ideia': -2, 'coisa barata': -3, 'foi mal': -1, 'baixa qualidade': -3, 'custa uma fortuna': -2, 'mandaram bem': 3, 'mandaram muito bem': 3, 'muito boa': 3,
  'curta demais': -3, 'curto demais': -3, 'muito curta': -3, 'muito curto': -3, 'pequeno demais': -3, 'pequena demais': -3,
  'nao cabe': -2, 'nao cabem': -2, 'nao da pra usar': -3, 'nao da para usar': -3, 'nao funciona': -3, 'nao presta': -3,
  'nao vale a pena': -3, 'vale a pena': 3, 'vale cada centavo': 3, 'nao compensa': -2, 'custa o dobro': -2, 'entrega menos': -2,
  'o que eu precisava': 3, 'cabe tudo': 2,
});
