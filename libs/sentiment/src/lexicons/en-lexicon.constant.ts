import { LexiconSource } from '../sentiment-lexicon';
import { EMOJI_VALENCE } from './emoji-lexicon.constant';

/** English, written for Pollen in the register of product feedback (folded: lower case, no accents). */
export const EN_LEXICON: LexiconSource = {
  words: {
    ...EMOJI_VALENCE,
    // praise
    love: 3, loved: 3, loving: 3, loves: 3, adore: 3, like: 2, liked: 2, likes: 2, enjoy: 2, enjoyed: 2, want: 1,
    great: 3, excellent: 3, amazing: 3, awesome: 3, awsome: 3, fantastic: 3, brilliant: 3, superb: 3, outstanding: 3,
    wonderful: 3, perfect: 3, incredible: 3, impressive: 3, impressed: 3, genius: 3, stunning: 3, gorgeous: 3,
    good: 2, nice: 2, cool: 2, clever: 2, smart: 2, beautiful: 3, elegant: 2, lovely: 3, neat: 2, sleek: 2,
    useful: 2, usefull: 2, helpful: 2, practical: 2, handy: 2, convenient: 2, comfortable: 2, comfy: 2, safe: 1, safer: 2,
    simple: 1, easy: 1, easier: 2, efficient: 2, reliable: 2, affordable: 2, quiet: 1, innovative: 2, inspiring: 2,
    fresh: 1, fun: 2, happy: 2, glad: 2, happily: 2, thanks: 1, thank: 1, agree: 2, agreed: 2, yes: 1, best: 3, better: 2,
    finally: 2, wow: 2, bravo: 3, congrats: 3, interesting: 1, promising: 2, solid: 1, sense: 1, win: 2, winner: 3,
    convinced: 1, works: 1, work: 1, well: 1, definitely: 1, recommend: 2, thoughtful: 2, refreshing: 2, excited: 2,
    // blame
    hate: -3, hated: -3, hates: -3, dislike: -2, disliked: -2, terrible: -3, horrible: -3, awful: -3, worst: -4, worse: -2,
    bad: -2, poor: -2, ugly: -3, hideous: -3, useless: -3, pointless: -3, stupid: -3, dumb: -3, ridiculous: -3, absurd: -3,
    boring: -2, bored: -2, annoying: -2, annoyed: -2, irritating: -2, disappointing: -3, disappointed: -3, disappointment: -3,
    dangerous: -3, unsafe: -3, risky: -2, scary: -2, worried: -2, worry: -2, fragile: -2, flimsy: -2, cheap: -2, cheaply: -1,
    expensive: -2, overpriced: -3, pricey: -2, costly: -2, complicated: -2, complex: -1, confusing: -2, noisy: -2, slow: -1,
    gloomy: -2, dull: -2, nightmare: -3, disaster: -3, mess: -2, fail: -3, fails: -3, failure: -3, broken: -2, problem: -1,
    problems: -1, issue: -1, issues: -1, waste: -3, wasteful: -2, junk: -3, crap: -3, sucks: -3, meh: -2, lame: -2,
    distract: -1, distracting: -2, spies: -2, spy: -2, creepy: -3, invasive: -2, gimmick: -2, gimmicky: -2, crazy: -1,
    wrong: -2, harder: -1, difficult: -1, unusable: -3, unreliable: -2, impractical: -2, uncomfortable: -2, inconvenient: -2,
    sad: -2, angry: -2, nonsense: -3, unnecessary: -2, overkill: -2, against: -1,

  accident: -2, accidents: -2, joke: -2, hack: -1, hacks: -2, hacked: -2, trust: 1, trusted: 1,
  sorry: -1, tired: -2, sick: -2, lol: 0.5, sceptical: -1, skeptical: -1, fortune: -1, call: 0.5, please: 0.5,
  recycled: 1, clean: 1, quality: 1, terrific: 3, sweet: 2, awesomeness: 3, flawed: -2, mediocre: -2, shame: -2,
  scam: -3, greedy: -3, unfair: -2, ugh: -2, yikes: -2, hmm: 0, fan: 1, favourite: 3, favorite: 3, joy: 2, pleasure: 2,
  },
  stems: { disappoint: -3, frustrat: -2, ridicul: -3, brillian: 3, fantast: 3, impress: 3, innovat: 2, annoy: -2, terribl: -3 },
  negators: ['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'hardly', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'wont', 'wouldnt', 'cant', 'cannot', 'couldnt', 'shouldnt', 'aint'],
  intensifiers: {
    very: 1.5, really: 1.5, realy: 1.5, so: 1.4, too: 1.3, extremely: 1.8, super: 1.5, totally: 1.5, absolutely: 1.6, truly: 1.4,
    completely: 1.5, fully: 1.4, incredibly: 1.7, much: 1.3, 'way too': 1.6, way: 1.3, quite: 1.1, pretty: 1.1, highly: 1.5,
    'a bit': 0.6, 'a little': 0.6, slightly: 0.5, 'kind of': 0.6, 'sort of': 0.6, somewhat: 0.6, rather: 0.9,
  },
  afterIntensifiers: { 'at all': 1.5, 'a lot': 1.4, 'so much': 1.3 },
  contrasts: ['but', 'however', 'though', 'although', 'nevertheless'],
  sarcasm: ['yeah right', 'yeah sure', 'what could go wrong', 'said no one', 'said nobody', '🙄', 'oh great', 'just what we needed', 'as if'],
  repeaters: ['another', 'yet another'],
};

/** Idioms: phrases whose sentiment is not the sum of their words. */
Object.assign(EN_LEXICON.words, {
  'not bad': 2, 'not a bad': 2, 'no thanks': -3, 'no thank you': -3, 'no way': -3, 'waste of money': -4, 'waste of time': -4,
  'not a fan': -2, 'not for me': -2, 'on paper': 0, 'makes sense': 2, 'make sense': 2, 'makes a lot of sense': 3, 'well thought': 3,
  'well done': 3, 'good job': 3, 'great job': 3, 'nice touch': 3, 'thumbs up': 2, 'thumbs down': -3, 'drive me crazy': -3,
  'drives me crazy': -3, 'game changer': 3, 'spot on': 3, 'love it': 3, 'i want one': 3, 'count me in': 3, 'no brainer': 3,
  'over the top': -2, 'fridge on wheels': -2, 'rip off': -3, 'ripoff': -3, 'red flag': -2, 'deal breaker': -3,
  'hard pass': -3, 'recipe for disaster': -3, 'recipe for accidents': -3, 'won me over': 3, 'good call': 3, 'yes please': 3, 'who thought': -2, 'whose idea was': -2, 'tired of': -3, 'sick of': -3, 'fed up': -3, 'low quality': -3, 'poor quality': -3, 'high quality': 2, 'cost a fortune': -2, 'costs a fortune': -2, 'big fan': 3, 'love the idea': 3,
});
