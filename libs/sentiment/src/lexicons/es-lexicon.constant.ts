import { LexiconSource } from '../sentiment-lexicon';
import { EMOJI_VALENCE } from './emoji-lexicon.constant';

/** Spanish, written for Pollen (folded: lower case, no accents; "¿" and "¡" are dropped). */
export const ES_LEXICON: LexiconSource = {
  words: {
    ...EMOJI_VALENCE,
    // elogio
    encanta: 3, encanto: 3, encantaria: 3, encantan: 3, gusta: 2, gustan: 2, gusto: 2, quiero: 1, amo: 3,
    genial: 3, excelente: 3, increible: 3, espectacular: 3, fantastico: 3, fantastica: 3, maravilloso: 3, maravillosa: 3,
    perfecto: 3, perfecta: 3, estupendo: 3, estupenda: 3, precioso: 3, preciosa: 3, bonito: 2, bonita: 2, bueno: 2, buena: 2,
    buen: 2, buenisimo: 3, buenisima: 3, chulo: 2, guay: 2, ingenioso: 2, ingeniosa: 2, inteligente: 2, listo: 1, util: 2,
    utiles: 2, practico: 2, practica: 2, comodo: 2, comoda: 2, sencillo: 1, sencilla: 1, facil: 1, elegante: 2, eficiente: 2,
    fiable: 2, silencioso: 1, innovador: 2, innovadora: 2, interesante: 1, prometedor: 2, gracias: 1, enhorabuena: 3,
    felicidades: 3, acuerdo: 1, mejor: 3, mejores: 3, sentido: 1, convence: 1, funciona: 1, impresionado: 3,
    impresionante: 3, brillante: 3, ayudaria: 1, ayuda: 1, feliz: 2, bien: 1, top: 3, crack: 3,
    // crítica
    odio: -3, odie: -3, detesto: -3, malisimo: -4, malisima: -4, horrible: -3, terrible: -3, malo: -2, mala: -2, mal: -2,
    feo: -3, fea: -3, peor: -4, inutil: -3, peligroso: -3, peligrosa: -3, caro: -2, cara: -1, caros: -2, complicado: -2,
    complicada: -2, decepcionante: -3, decepcionado: -3, decepcion: -3, aburrido: -2, aburrida: -2, pesado: -1, molesto: -2,
    fragil: -2, fragiles: -2, ruidoso: -2, lento: -1, pesadilla: -3, desastre: -3, fracaso: -3, problema: -1, problemas: -1,
    horror: -3, basura: -3, absurdo: -3, ridiculo: -3, estupido: -3, agresivo: -1, agresiva: -1, oscuros: -1, oscuro: -1,
    deprimente: -3, dificil: -1, loco: -1, distraer: -1, espie: -2, baratas: -1, insoportable: -4, empeorar: -2, empeora: -2,
    miedo: -2, triste: -2, arriesgado: -2, innecesario: -2, cutre: -3, timo: -3,

  accidente: -2, accidentes: -2, broma: -2, hackeo: -1, hackeos: -2, confiaria: 1, confiar: 1, incomodo: -2, incomodos: -2,
  harto: -3, harta: -3, esceptico: -1, fortuna: -1, reciclado: 1, reciclados: 1, limpio: 1, calidad: 1, mediocre: -2,
  verguenza: -2, estafa: -3, injusto: -2, fan: 1, favorito: 3, iniciativa: 1, acierto: 3, gran: 2, convencieron: 3, convencio: 3,
  },
  stems: { encant: 3, decepcion: -3, impresion: 3, maravill: 3, fantastic: 3, insoport: -4, complica: -2, facilit: 2, ahorr: 1 },
  negators: ['no', 'nunca', 'jamas', 'ni', 'ningun', 'ninguno', 'ninguna', 'nadie', 'nada', 'sin', 'tampoco'],
  intensifiers: {
    muy: 1.5, mucho: 1.3, muchisimo: 1.7, super: 1.5, tan: 1.4, extremadamente: 1.8, totalmente: 1.5, completamente: 1.5,
    realmente: 1.5, bastante: 1.3, demasiado: 1.4, 'un poco': 0.6, algo: 0.7, sinceramente: 1.1,
  },
  afterIntensifiers: { nada: 1.5, mucho: 1.4, 'un monton': 1.5 },
  contrasts: ['pero', 'sin embargo', 'aunque', 'no obstante'],
  sarcasm: ['si claro', 'ya claro', '🙄', 'que idea tan brillante', 'como no'],
  repeaters: ['otra', 'otro', 'otra mas', 'uno mas'],
};

/** Idioms: phrases whose sentiment is not the sum of their words. */
Object.assign(ES_LEXICON.words, {
  'nada mal': 2, 'no gracias': -3, 'no sirve para nada': -3, 'sirve para nada': -3, 'tirar el dinero': -4, 'dinero tirado': -4,
  'perdida de tiempo': -4, 'perdida de dinero': -4, 'tiene todo el sentido': 3, 'tiene sentido': 2, 'bien pensado': 3,
  'sin sentido': -3, 'en teoria': 0, 'volveria loco': -3, 'vuelve loco': -3, 'que horror': -4, 'que pasada': 3, 'que chulo': 3,
  'me encanta': 3, 'de acuerdo': 1, 'buen equilibrio': 3, 'sin dudarlo': 2, 'con gusto': 2, 'mala idea': -2, 'por fin': 2,
  'de lujo': 3, 'una pasada': 3, 'ni de broma': -3,
  'paso': -1, 'es una broma': -3, 'receta para accidentes': -3, 'receta para el desastre': -3, 'me convencieron': 3, 'me apunto': 3, 'a quien se le ocurrio': -2, 'mala calidad': -3, 'lo siento': -1, 'estoy harto': -3, 'cuesta una fortuna': -2, 'gran trabajo': 3, 'muy buena': 3, 'lo quiero': 3,
});
