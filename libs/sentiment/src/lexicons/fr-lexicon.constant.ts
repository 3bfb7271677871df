import { LexiconSource } from '../sentiment-lexicon';
import { EMOJI_VALENCE } from './emoji-lexicon.constant';

/** French, written for Pollen (folded: lower case, no accents; elisions split, so "n'aime" is "n" "aime"). */
export const FR_LEXICON: LexiconSource = {
  words: {
    ...EMOJI_VALENCE,
    // éloge
    adore: 3, aime: 2, aimer: 2, aimerais: 1, plait: 2, kiffe: 3, genial: 3, geniale: 3, excellent: 3, excellente: 3,
    super: 2, superbe: 3, magnifique: 3, incroyable: 3, formidable: 3, parfait: 3, parfaite: 3, fantastique: 3, extraordinaire: 3,
    top: 3, bravo: 3, felicitations: 3, chapeau: 3, bien: 1, bon: 2, bonne: 2, beau: 2, belle: 2, joli: 2, jolie: 2, cool: 2,
    malin: 2, maline: 2, astucieux: 2, astucieuse: 2, intelligent: 2, intelligente: 2, ingenieux: 3, brillant: 3, brillante: 3,
    utile: 2, utiles: 2, pratique: 2, pratiques: 2, confortable: 2, simple: 1, facile: 1, elegant: 2, elegante: 2, sympa: 2,
    efficace: 2, fiable: 2, abordable: 2, silencieux: 1, innovant: 2, innovante: 2, original: 1, originale: 1, interessant: 1,
    interessante: 1, prometteur: 2, prometteuse: 2, merci: 1, enfin: 2, volontiers: 2, oui: 1, meilleur: 3, meilleure: 3,
    meilleures: 3, meilleurs: 3, mieux: 2, sens: 1, convaincu: 1, convaincue: 1, marche: 1, marchera: 1, fonctionne: 1, accord: 1,
    impressionne: 3, impressionnant: 3, impressionnante: 3, sublime: 3, reussi: 2, reussie: 2, bluffant: 3, chouette: 2,
    // blâme
    deteste: -3, detester: -3, nul: -3, nulle: -3, mauvais: -2, mauvaise: -2, horrible: -3, affreux: -3, affreuse: -3,
    horreur: -3, moche: -3, laid: -3, laide: -3, pire: -4, inutile: -3, inutiles: -3, dangereux: -3, dangereuse: -3,
    cher: -2, chere: -2, couteux: -2, couteuse: -2, complique: -2, compliquee: -2, decevant: -3, decevante: -3, decu: -3, decue: -3,
    ennuyeux: -2, ennuyeuse: -2, chiant: -3, penible: -2, agacant: -2, fragile: -2, fragiles: -2, bruyant: -2, lent: -1,
    galere: -3, cauchemar: -3, catastrophe: -3, desastre: -3, echec: -3, probleme: -1, problemes: -1, souci: -1, soucis: -1,
    bof: -2, perte: -2, gaspillage: -3, absurde: -3, ridicule: -3, stupide: -3, debile: -3, agressif: -1, agressive: -1,
    sombres: -1, sombre: -1, difficile: -1, fou: -1, folle: -1, distraire: -1, gadget: -1, arnaque: -3, inquiet: -2, inquietant: -2,
    risque: -1, risquee: -2, triste: -2, fache: -2, inacceptable: -3, inconfortable: -2, peur: -2, contre: -1, non: -1,

  accident: -2, blague: -2, piratage: -1, piratages: -2, confiance: 1, confierai: 1, desole: -1, desolee: -1,
  marre: -3, sceptique: -1, fortune: -1, cheap: -2, recycle: 1, recycles: 1, propre: 1, qualite: 1, mediocre: -2, honte: -2,
  escroquerie: -3, injuste: -2, pfff: -2, fan: 1, prefere: 2, plaisir: 2, initiative: 1, reflexion: 0.5,
  },
  stems: { ador: 3, deteste: -3, deception: -3, decevoi: -3, impressionn: 3, genia: 3, magnifi: 3, ingenie: 3, simplifi: 2, enerv: -2, agac: -2, complique: -2 },
  negators: ['ne', 'n', 'pas', 'jamais', 'rien', 'personne', 'aucun', 'aucune', 'ni', 'sans', 'plus jamais', 'guere'],
  intensifiers: {
    tres: 1.5, vraiment: 1.5, trop: 1.4, tellement: 1.5, si: 1.3, super: 1.5, hyper: 1.6, extremement: 1.8, totalement: 1.5,
    completement: 1.5, absolument: 1.6, vachement: 1.5, beaucoup: 1.3, 'beaucoup trop': 1.6, franchement: 1.2, carrement: 1.5,
    assez: 1.0, plutot: 0.9, 'un peu': 0.6, legerement: 0.5,
  },
  afterIntensifiers: { 'du tout': 1.5, beaucoup: 1.4, 'a fond': 1.5 },
  contrasts: ['mais', 'cependant', 'pourtant', 'toutefois', 'neanmoins', 'par contre', 'en revanche'],
  sarcasm: ['mon oeil', 'cause toujours', 'on n y croit', 'quelle bonne idee', 'comme si', '🙄', 'elle est bien bonne'],
  repeaters: ['encore un', 'encore une', 'un autre', 'une autre', 'encore'],
};

/** Idioms: phrases whose sentiment is not the sum of their words. */
Object.assign(FR_LEXICON.words, {
  'pas mal': 2, 'pas mal du tout': 3, 'non merci': -3, 'sans interet': -3, 'ne sert a rien': -3, 'sert a rien': -3, 'trop bien': 3,
  'trop cool': 3, 'trop top': 3, 'tout a fait d accord': 3, 'd accord': 1, 'bien pense': 3, 'bien vu': 3, 'bon marche': -1,
  'perte d argent': -4, 'perte de temps': -4, 'pas fan': -2, 'pas top': -2, 'pas terrible': -2, 'sur le papier': 0, 'a l air bien': 1,
  'rendrait fou': -3, 'rend fou': -3, 'quelle horreur': -4, 'j en veux': 3, 'sans hesiter': 2, 'coup de coeur': 3, 'n importe quoi': -3,
  'bon equilibre': 3, 'beau travail': 3, 'bon travail': 3, 'chapeau bas': 3, 'a mettre': 1, 'vive': 2,
  'sans moi': -3, 'c est une blague': -3, 'accident assure': -3, 'j en ai marre': -3, 'en ai marre': -3, 'm ont convaincu': 3, 'je signe': 3, 'je prends': 3, 'qui a eu l idee': -2, 'mauvaise qualite': -3, 'bonne initiative': 3, 'coute une fortune': -2, 'au top': 3, 'fait cheap': -3, 'mdr': 0.5,
});
