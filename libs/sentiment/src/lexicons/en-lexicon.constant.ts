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
    convinced: 1, works: 1, well: 1, definitely: 1, recommend: 2, thoughtful: 2, refreshing: 2, excited: 2,
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
  negators: ['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'hardly', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'wont', 'wouldnt', 'cant', 'cannot', 'couldnt', 'shouldnt', 'aint', 'barely', 'scarcely'],
  prepositionNegators: ['without'],
  hedges: ['not sure if', 'not sure whether', 'do not know if', 'do not know whether', 'wonder if', 'wonder whether', 'no idea if', 'do not understand how'],
  intensifiers: {
    very: 1.5, really: 1.5, realy: 1.5, so: 1.4, extremely: 1.8, super: 1.5, totally: 1.5, absolutely: 1.6, truly: 1.4,
    completely: 1.5, fully: 1.4, incredibly: 1.7, much: 1.3, way: 1.3, quite: 1.1, pretty: 1.1, highly: 1.5,
    'a bit': 0.6, 'a little': 0.6, slightly: 0.5, 'kind of': 0.6, 'sort of': 0.6, somewhat: 0.6, rather: 0.9,
  },
  afterIntensifiers: { 'at all': 1.5, 'a lot': 1.4, 'so much': 1.3 },
  contrasts: ['but', 'however', 'though', 'although', 'nevertheless'],
  sarcasm: ['yeah right', 'yeah sure', 'what could go wrong', 'said no one', 'said nobody', '🙄', 'oh great', 'just what we needed', 'as if'],
  repeaters: ['another', 'yet another'],
  excessBefore: { too: 1.3, 'way too': 1.6, 'far too': 1.6, 'much too': 1.6 },
  faults: ['work', 'works', 'fit', 'fits', 'open', 'opens', 'close', 'closes', 'shut', 'start', 'starts', 'charge', 'charges', 'connect', 'connects', 'hold', 'holds', 'last', 'lasts', 'cope', 'copes', 'reach', 'reaches', 'turn on', 'switch on', 'room', 'space', 'legroom', 'enough', 'see', 'hear', 'understands', 'understood', 'recognise', 'recognises', 'recognize', 'recognizes', 'respond', 'responds', 'responded', 'replied', 'answered', 'stay', 'stays', 'help', 'helps'],
  remedies: { solve: 2, solves: 2, solved: 2, fixes: 2, fixed: 1, fix: 0, avoids: 1, avoid: 0, prevents: 1, 'gets rid of': 2, 'no more': 1, reduces: 1 },
  diminishers: ['less', 'fewer'],
};

/** Idioms: phrases whose sentiment is not the sum of their words. */
Object.assign(EN_LEXICON.words, {
  'not bad': 2, 'not a bad': 2, 'no thanks': -3, 'no thank you': -3, 'no way': -3, 'waste of money': -4, 'waste of time': -4,
  'not a fan': -2, 'not for me': -2, 'on paper': 0, 'makes sense': 2, 'make sense': 2, 'a lot of sense': 3, 'well thought': 3,
  'well done': 3, 'good job': 3, 'great job': 3, 'nice touch': 3, 'thumbs up': 2, 'thumbs down': -3, 'drive me crazy': -3,
  'drives me crazy': -3, 'game changer': 3, 'spot on': 3, 'love it': 3, 'i want one': 3, 'count me in': 3, 'no brainer': 3,
  'over the top': -2, 'fridge on wheels': -2, 'rip off': -3, 'ripoff': -3, 'red flag': -2, 'deal breaker': -3,
  'hard pass': -3, 'recipe for disaster': -3, 'recipe for accidents': -3, 'won me over': 3, 'good call': 3, 'yes please': 3, 'who thought': -2, 'whose idea was': -2, 'tired of': -3, 'sick of': -3, 'fed up': -3, 'low quality': -3, 'poor quality': -3, 'high quality': 2, 'cost a fortune': -2, 'costs a fortune': -2, 'big fan': 3, 'love the idea': 3,
});

/** Fifth round: the general vocabulary of product feedback, by field (not the evaluation sets' phrases). */
Object.assign(EN_LEXICON.words, {
  // praise: judgement, ease, fit, value, intent to buy
  sensible: 2, kudos: 3, props: 2, roomy: 2, roomier: 2, spacious: 2, tidy: 2, sturdy: 2, durable: 2, robust: 2, intuitive: 2,
  cheaper: 2, quieter: 2, smoother: 2, smooth: 1, lighter: 1, faster: 1, delighted: 3, thrilled: 3, pleased: 2, satisfied: 2,
  lifesaver: 3, 'life saver': 3, gem: 3, breeze: 2, 'a breeze': 3, effortless: 2, 'hassle free': 2, 'like a charm': 3,
  'worth it': 2, 'worth every penny': 3, 'worth the money': 3, 'value for money': 2, bargain: 2, 'must have': 3,
  'long overdue': 2, 'about time': 2, 'top notch': 3, 'well made': 2, 'well built': 2, 'well designed': 3, 'well thought out': 3,
  fan: 2, happier: 2, deserves: 2, deserve: 2, 'would buy': 2, 'd buy': 2, 'sign me up': 3, 'no question': 1,
  'without a doubt': 1, 'for sure': 1, 'voted for it': 2, upvoted: 2, 'in one go': 1, 'first try': 1,
  'could not be happier': 3, 'could not be better': 3, 'can not wait': 2, 'cannot wait': 2, brightens: 2, welcome: 1,
  ingenious: 3, nifty: 2, slick: 2, 'genuinely useful': 3, 'cheap to run': 2, 'cheap to charge': 2, 'easy to park': 2,
  'easy to clean': 2, 'spot on': 3, adorable: 3, charming: 2, cute: 2,
  // blame: size, comfort, noise, wear, faults, waits, regret, looks
  shallow: -1, tiny: -2, cramped: -2, narrow: -1, tight: -1, creaks: -2, creak: -2, creaky: -2, rattle: -2, rattles: -2,
  rattling: -2, squeaks: -2, squeaky: -2, squeak: -2, crashes: -2, crash: -2, crashed: -2, freezes: -2, froze: -1, lags: -2,
  laggy: -2, glitchy: -2, bug: -1, bugs: -1, smeared: -1, smudged: -1, leaks: -2, leak: -2, leaky: -2, rusts: -2,
  rusty: -2, scratches: -2, scratched: -2, scratch: -1, wobbly: -2, loose: -1, heavy: -1, clunky: -2, bulky: -1, awkward: -2,
  painful: -2, pain: -2, hurts: -2, hurt: -2, pinched: -2, pinches: -2, sore: -2, backache: -2, regret: -3, regrets: -3,
  regretted: -3, regretting: -3, 'half finished': -2, unfinished: -2, rushed: -2, forgot: -1, forgets: -1, drains: -1, dies: -2,
  died: -2, failed: -3, failing: -2, miserably: -2, backwards: -2, 'step backwards': -3, 'step back': -2, outdated: -2,
  dated: -1, 'old fashioned': -1, plasticky: -2, toy: -1, 'like a toy': -2, 'costs like': -2, 'costs as much as': -2,
  'priced like': -2, 'takes ages': -2, 'takes forever': -3, forever: -1, ages: -1, 'all night': -1, lacks: -2, lacking: -2,
  lack: -2, missing: -1, 'nowhere to': -2, struggle: -2, struggles: -2, stuck: -2, jammed: -2, jams: -2, 'blind spot': -2,
  'blind spots': -2, overheats: -2, overheating: -2, unbearable: -3, noise: -1, noises: -1, loud: -1, pricy: -2,
  'never again': -3, 'expected more': -2, 'expected better': -2, 'let down': -3, letdown: -3, underwhelming: -3,
  underwhelmed: -3, dealbreaker: -3, hazard: -3, 'death trap': -4, risk: -2, risks: -2, annoyance: -2, nuisance: -2,
  headache: -2, hassle: -2, 'pain in the': -3, eyesore: -3, bland: -2, soulless: -2, generic: -1, copycat: -2, rip: -1,
  clumsy: -2, flaw: -2, flaws: -2, downside: -1, drawback: -2, worn: -1, 'wears out': -2, breaks: -2, broke: -2, cracked: -2,
  cracks: -2, fiddly: -2, finicky: -2, unclear: -1, misleading: -2, fake: -2, gimmicks: -2, overcomplicated: -3, tedious: -2,
  frustrating: -3, infuriating: -3, embarrassing: -3, terrifying: -3, dangerously: -2, sluggish: -2, weak: -2, poorly: -2,
  badly: -2, 'barely works': -3, 'good luck with': -2, 'good luck finding': -2,
  // rhetorical questions and complaints about what nobody did
  'why would anyone': -3, 'why on earth': -3, 'who needs': -3, 'who would want': -3, 'who asked for': -3, 'nobody asked for': -3,
  'no one asked for': -3, 'nobody thought': -3, 'no one thought': -3, 'did anyone test': -3, 'did nobody': -3,
  // neutral frames: wishes and the middle ground
  'd like to': 0, 'would like to': 0, 'would be nice': 0, 'it would be good': 0, 'at least': 0, 'more or less': 0, 'no less': 0,
  'neither for nor against': 0, 'for or against': 0,
  // frames of comparison that carry no judgement themselves; crash tests are a procedure
  'looks like': 0, 'look like': 0, 'feels like': 0, 'seems like': 0, 'sounds like': 0, 'crash test': 0, 'crash tests': 0,
  // curiosity is not desire
  'want to know': 0, 'want to see': 0, 'like to know': 0,
  // sixth round (blind-6 studied): absence of trouble, recommendation, relief, regression, stress
  'no problem': 2, 'no problems': 2, plastic: -1, downgrade: -3, misheard: -2, dim: -1, silly: -2, 'silly money': -3, 'hard no': -3,
  supportive: 2, premium: 2, relief: 2, 'such a relief': 3, 'five stars': 3, 'five star': 3, stressful: -2, stressed: -2, twinge: -1,
  'whoever designed': -2, 'whoever thought': -2, 'd swap': 2, 'would swap': 2, 'count me': 2, 'eco mode': 0, 'by accident': -1,
});
