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
  stems: { ador: 3, facilit: 2, deteste: -3, deception: -3, decevoi: -3, impressionn: 3, genia: 3, magnifi: 3, ingenie: 3, simplifi: 2, enerv: -2, agac: -2, complique: -2 },
  negators: ['ne', 'n', 'pas', 'jamais', 'rien', 'personne', 'aucun', 'aucune', 'ni', 'plus jamais', 'guere', 'a peine', 'peu'],
  prepositionNegators: ['sans'],
  hedges: ['sais pas si', 'je me demande si', 'pas sur que', 'pas sur qu', 'comprends pas comment'],
  intensifiers: {
    tres: 1.5, vraiment: 1.5, tellement: 1.5, si: 1.3, super: 1.5, hyper: 1.6, extremement: 1.8, totalement: 1.5,
    completement: 1.5, absolument: 1.6, vachement: 1.5, beaucoup: 1.3, franchement: 1.2, carrement: 1.5,
    assez: 1.0, plutot: 0.9, 'un peu': 0.6, legerement: 0.5,
  },
  afterIntensifiers: { 'du tout': 1.5, beaucoup: 1.4, 'a fond': 1.5 },
  contrasts: ['mais', 'cependant', 'pourtant', 'toutefois', 'neanmoins', 'par contre', 'en revanche'],
  sarcasm: ['mon oeil', 'cause toujours', 'on n y croit', 'quelle bonne idee', 'comme si', '🙄', 'elle est bien bonne'],
  repeaters: ['encore un', 'encore une', 'un autre', 'une autre', 'encore'],
  // "trop" is excess, as "too" is ("bien trop courte"); "trop bien", "trop cool" stay praise (idioms below).
  excessBefore: { trop: 1.4, 'bien trop': 1.6, 'beaucoup trop': 1.6, 'vraiment trop': 1.6, 'un peu trop': 1.2, 'largement trop': 1.6 },
  faults: ['marche', 'marchent', 'fonctionne', 'fonctionnent', 'rentre', 'rentrent', 'tient', 'tiennent', 'ferme', 'ferment', 'ouvre', 'ouvrent', 'demarre', 'charge', 'capte', 'suffit', 'place', 'espace', 'voit', 'vois', 'entend', 'comprend', 'compris', 'reconnait', 'repond', 'repondent', 'repondu', 'aide', 'sert'],
  remedies: { regle: 2, resout: 2, resoudre: 1, 'met fin a': 2, evite: 1, eviter: 0, reduit: 1, 'fini les': 2, supprime: 0, adieu: 1 },
  diminishers: ['moins'],
  whyInfinitive: { openers: ['pourquoi'], infinitive: /^[a-z]{2,}(er|ir|re)$/, notInfinitive: ['votre', 'notre', 'autre', 'entre', 'contre', 'leur', 'quatre', 'lettre', 'filtre', 'litre', 'centre', 'metre', 'ordre', 'libre', 'propre', 'vitre', 'premier', 'hier', 'cher'] },
};

/** Idioms: phrases whose sentiment is not the sum of their words. */
Object.assign(FR_LEXICON.words, {
  'pas mal': 2, 'pas mal du tout': 3, 'non merci': -3, 'sans interet': -3, 'ne sert a rien': -3, 'sert a rien': -3, 'trop bien': 3,
  'trop cool': 3, 'trop top': 3, 'a fait d accord': 3, 'd accord': 1, 'bien pense': 3, 'bien vu': 3, 'bon marche': -1,
  'perte d argent': -4, 'perte de temps': -4, 'pas fan': -2, 'pas top': -2, 'pas terrible': -2, 'sur le papier': 0, 'a l air bien': 1,
  'rendrait fou': -3, 'rend fou': -3, 'quelle horreur': -4, 'j en veux': 3, 'sans hesiter': 2, 'coup de coeur': 3, 'n importe quoi': -3,
  'bon equilibre': 3, 'beau travail': 3, 'bon travail': 3, 'chapeau bas': 3, 'a mettre': 1, 'vive': 2,
  'sans moi': -3, 'c est une blague': -3, 'accident assure': -3, 'j en ai marre': -3, 'en ai marre': -3, 'm ont convaincu': 3, 'je signe': 3, 'je prends': 3, 'qui a eu l': -2, 'mauvaise qualite': -3, 'bonne initiative': 3, 'coute une fortune': -2, 'au top': 3, 'fait cheap': -3, 'mdr': 0.5,
});

/** Fifth round: the general vocabulary of product feedback, by field (not the evaluation sets' phrases). */
Object.assign(FR_LEXICON.words, {
  // éloge
  raisonnable: 2, conquis: 3, conquise: 3, ravi: 3, ravie: 3, enchante: 3, enchantee: 3, content: 2, contente: 2, satisfait: 2,
  satisfaite: 2, gagnant: 2, gagnante: 2, trouvaille: 3, pepite: 3, merite: 2, meritent: 2, 'j achete': 2, 'j acheterais': 2,
  acheterais: 2, acheterait: 2, leger: 1, legere: 1, spacieux: 2, spacieuse: 2, robuste: 2, solide: 1, intuitif: 2, intuitive: 2,
  epure: 2, epuree: 2, soigne: 2, soignee: 2, nickel: 3, impeccable: 3, 'au poil': 3, 'change la vie': 3, 'rend service': 2,
  'vaut le coup': 3, 'en vaut la peine': 3, 'du premier coup': 2, 'sans aucun doute': 1,
  'sans doute': 0, adorable: 3, mignon: 2, mignonne: 2, agreable: 2, reussite: 3, astuce: 2, ingeniosite: 3,
  'pratique au quotidien': 3, hate: 2, 'j ai hate': 3, vivement: 2, genialissime: 3, 'plus econome': 2, econome: 2,
  economique: 2, 'moins cher': 2, fan: 2, bienvenue: 2, bienvenu: 2, parfaitement: 2, 'pas rever mieux': 3,
  'pourrait pas etre mieux': 3, 'rien a redire': 3, 'rien a dire': 2, 'merci pour': 2,
  // blâme
  riquiqui: -2, minuscule: -2, etroit: -1, etroite: -1, exigu: -2, exigue: -2, serre: -1, serree: -1, lourd: -1, lourde: -1,
  encombrant: -1, encombrante: -1, plante: -2, plantage: -2, bug: -1, bugue: -2, beugue: -2, raye: -2, rayure: -2, grince: -2,
  grincement: -2, couine: -2, vibre: -1, claque: -1, 'bruit de casserole': -3, bruit: -1, bruits: -1, gele: -1, gelent: -2,
  coince: -2, coincee: -2, bloque: -2, bloquee: -2, casse: -2, cassee: -2, fuite: -2, fuit: -2, rouille: -2, surchauffe: -2,
  regrette: -3, regret: -3, regrettable: -3, recul: -2, 'retour en arriere': -3, depasse: -1, depassee: -1, obsolete: -2,
  cogne: -2, mal: -1, 'mal au dos': -3, 'mal pense': -3, 'mal fait': -3, 'mal concu': -3, 'mal fichu': -3, douleur: -2,
  perdu: -2, perd: -1, 'des heures': -2, 'toute la nuit': -1, 'une eternite': -3, interminable: -2, energivore: -2, gourmand: -1,
  gourmande: -1, 'c est non': -3, 'bonne chance avec': -2, 'bon courage pour': -1, 'a quoi bon': -3, rate: -2, ratee: -2,
  loupe: -2, foire: -2, lamentable: -3, lamentablement: -2, gache: -2, dommage: -2, helas: -2, malheureusement: -1,
  'pas assez': -2, jouet: -1, 'de jouet': -2, manque: -2, manquent: -2, absence: -1, defaut: -2, defauts: -2, panne: -2,
  pannes: -2, use: -1, 's use': -2, abime: -2, abimee: -2, sale: -1, salissant: -2, salissante: -2, glissant: -1, inconfort: -2,
  genant: -2, genante: -2, derangeant: -2, lourdingue: -2, 'usine a gaz': -3, fragilite: -2, dangereusement: -2, risques: -2,
  ruineux: -3, 'hors de prix': -3, abusif: -3, abus: -3, scandaleux: -3, honteux: -3, aberrant: -3, navrant: -3, mediocrite: -2,
  deplorable: -3, poussif: -2, poussive: -2, faible: -2, insuffisant: -2, insuffisante: -2,
  // questions qui blâment
  'qui a besoin': -3, 'qui voudrait': -3, 'personne n a demande': -3, 'personne n a pense': -3, 'quelqu un a teste': -3,
  // cadres neutres
  'ce serait bien': 0, 'ce serait bien de': 0, 'serait bien': 0, 'j aimerais': 0, 'au moins': 0, 'du moins': 0,
  'plus ou moins': 0, 'a moins': 0, 'ni pour ni contre': 0, 'pour ou contre': 0,
  // frames of comparison that carry no judgement themselves; crash tests are a procedure
  'coute comme': -2, 'on dirait': 0, 'ressemble a': 0, 'crash test': 0, 'crash tests': 0, plastique: -1,
  // la curiosité n'est pas un désir
  'veux voir': 0, 'veux savoir': 0, 'voudrais savoir': 0,
  // sixth round (blind-6 studied): absence de souci, recommandation, soulagement, régression, stress
  'sans souci': 2, 'sans probleme': 2, 'pas de souci': 2, regression: -3, delire: -2, 'hors de question': -3, traine: -2, migraine: -2,
  recommande: 3, recommanderais: 3, conseille: 2, conseillerais: 2, soulagement: 2, 'quel soulagement': 3, 'haut de gamme': 2,
  epate: 3, epatee: 3, amusant: 2, amusante: 2, 'cinq etoiles': 3, stressant: -2, stresse: -2, 'arretez de': -2, 'arrete de': -2,
  'celui qui a dessine': -2, 'celui qui a concu': -2, echangerais: 2, 'comptez sur moi': 3, 'compte sur moi': 3, 'mode eco': 0,
  'arretez d': -2, 'arrete d': -2, 'de luxe': 2,
});
