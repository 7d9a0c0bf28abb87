import { LEMMA } from './lemmas.js';
import { baseForm, isKindOf as kindOf, primaryClass as classOf, properClass, properClasses, senseClasses, synonymsOf, type LexClass } from './wordnet.js';

/**
 * The closed-class English words the question parser, the ranker and the span finder share
 * (auxiliaries, honorific titles), kept here once, and the open-class tests they need (is this
 * noun a person, a place, a time?) answered by WordNet rather than by hand-written lists.
 */

/** Common-noun senses only: "turkey" the bird, not Turkey the country. */
const COMMON = { common: true } as const;
const isKindOf = (word: string, ancestor: string, pos: 'noun', senses: number): boolean => kindOf(word, ancestor, pos, senses, COMMON);
const primaryClass = (word: string, pos: 'noun'): LexClass | undefined => classOf(word, pos, COMMON);

/** Whether a word reads as a past verb form: an irregular one ("lost", "won") or an -ed form WordNet lists. */
export function isPastForm(word: string): boolean {
  const lower = word.toLowerCase();
  return LEMMA.has(lower) || (lower.endsWith('ed') && baseForm(lower, 'verb') !== undefined);
}

/** Whether a word can be a verb in any form: "stole", "steal", "injuring" (not "theft"). */
export function isVerbWord(word: string): boolean {
  return isVerbForm(word) || baseForm(word.toLowerCase(), 'verb') !== undefined;
}

/** Whether WordNet knows a word as an adjective in any sense ("safe", "open", "chief"). */
export function isAdjectiveWord(word: string): boolean {
  return baseForm(word.toLowerCase(), 'adjective') !== undefined;
}

/** Whether a word reads as an inflected verb: a past form or an -ing form WordNet lists. */
export function isVerbForm(word: string): boolean {
  return isPastForm(word) || (/ing$/i.test(word) && baseForm(word.toLowerCase(), 'verb') !== undefined);
}

/** A word's verb lemma: an irregular form's base ("sought" → "seek"), else WordNet's, else the word in lower case. */
export function verbLemma(word: string): string {
  const lower = word.toLowerCase();
  return LEMMA.get(lower) ?? baseForm(lower, 'verb') ?? lower;
}

/** A lower-case plural common noun: "kettles", "reports". */
export function isPluralNoun(word: string): boolean {
  return /^\p{Ll}+s$/u.test(word) && isNoun(word) && baseForm(word, 'noun') !== word;
}

/** Whether WordNet knows a word (or its singular) as a common noun. */
export function isNoun(word: string): boolean {
  return baseForm(word, 'noun') !== undefined && classOf(word, 'noun', COMMON) !== undefined;
}

const wordsOf = (list: string): readonly string[] => list.split(/\s+/).filter(Boolean);

/** Forms of "be". */
export const BE_FORMS = wordsOf('is are was were am be been being');
/** Forms of "do" and "have" used as auxiliaries. */
export const DO_FORMS = wordsOf('do does did');
export const HAVE_FORMS = wordsOf('has have had');
/** Modal verbs: they mark a claim as possible, planned or hoped for rather than done. */
export const MODAL_VERBS = wordsOf('will would can could should shall may might must');

/** Every auxiliary verb: the words that open a yes/no question or stand before a main verb. */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set([...BE_FORMS.slice(0, 4), ...DO_FORMS, ...HAVE_FORMS, ...MODAL_VERBS]);

/** Whether a word is an auxiliary verb ("did", "was", "might"), case-insensitively. */
export function isAuxiliary(word: string): boolean {
  return AUXILIARY_VERBS.has(word.toLowerCase());
}

/** Words that place a question in time relative to now ("its share now", "the score today"): never its head noun. */
export const DEICTIC_TIME_WORDS = wordsOf('now then today tonight yesterday tomorrow currently');

/**
 * Verbs WordNet files as opposites that differ only by the speaker's point of view: "came from
 * Riverton" says no "did not go"; "brought it" no "did not take it".
 */
export const POINT_OF_VIEW_VERBS: ReadonlySet<string> = new Set(['come', 'go', 'bring', 'take']);

/**
 * Function words whose opposite turns a statement around ("more" / "less", "before" / "after"):
 * stop words, which WordNet's antonyms never reach. Each pair both ways.
 */
export const OPPOSITE_FUNCTION_WORDS: ReadonlyMap<string, string> = new Map(
  [['more', 'less'], ['most', 'least'], ['before', 'after'], ['above', 'below'], ['over', 'under']].flatMap(([a, b]) => [[a!, b!], [b!, a!]] as const),
);

/** Words that negate a clause; "n't" is matched as a suffix. */
export const NEGATIONS: ReadonlySet<string> = new Set(wordsOf('not no never neither nor nobody nothing none nowhere without'));

/** Whether a word negates its clause ("not", "never", "didn't"). */
export function isNegation(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return NEGATIONS.has(lower) || lower.endsWith("n't");
}

/** A regular-expression alternation of words, longest first, for patterns that embed a word class. */
export function alternation(words: Iterable<string>): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).join('|')})`;
}

/** "is|are|was|were" as a pattern fragment: the copula of "who is X", "what was the name of". */
export const COPULA = alternation(BE_FORMS.slice(0, 4));
/** Every auxiliary as a pattern fragment. */
export const AUXILIARY = alternation(AUXILIARY_VERBS);

/** Text to match as written inside a pattern: "J. Roe (Acme)" with its dots and brackets escaped. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern matching exactly one word of a class: `^(?:he|she)$`, case-insensitive unless `flags` says otherwise. */
export function wordOf(words: Iterable<string>, flags = 'i'): RegExp {
  return new RegExp(`^${alternation(words)}$`, flags);
}

/** Articles. */
export const ARTICLES = wordsOf('the a an');
/** "the|an|a" as a pattern fragment. */
export const ARTICLE = alternation(ARTICLES);
/** Demonstratives: "this plan", "that one". */
export const DEMONSTRATIVES = wordsOf('this that these those');

/** Prepositions of place: a name after one is where something is ("in Riverton", "aboard the night ferry"). */
/** Prepositions a question may open or end on ("In what city …", "what were the seats made of?"). */
export const PREPOSITIONS = wordsOf('in at on from for by during to of with into under inside behind about after before since until like');
export const PLACE_PREPOSITIONS = wordsOf('in at on aboard near from to into across outside inside throughout around');
/** Words by which a question asks about an earlier event than the story's own ("when was the last big quake?"). */
export const EARLIER_EVENT_WORDS: ReadonlySet<string> = new Set(wordsOf('last previous previously earlier before ever history historic another other first ago since past'));
/** Verbs that only say an event took place ("the accident, which occurred yesterday"): its date is the event's own. */
export const OCCURRENCE_VERBS: ReadonlySet<string> = new Set(wordsOf('happen occur unfold arise take'));
/** Verbs of a figure changing ("fell to 56 percent", "rose to $8"): the figure after them replaces the one before. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(wordsOf('drop fall rise grow climb increase decrease decline jump slip shrink sink soar plunge reduce cut raise lower swell'));
/** Adverbs that make a verb phrasal ("come down", "set off"), never the preposition of a stranded wh-word ("taken to?"). */
export const ADVERB_PARTICLES: ReadonlySet<string> = new Set(wordsOf('up down off out away back over around apart aside along forward'));

/** Personal pronouns by case, first to third person. */
export const SUBJECT_PRONOUNS = wordsOf('i you he she it we they');
export const OBJECT_PRONOUNS = wordsOf('me you him her it us them');
/** Possessive determiners: "his plan", "its share". */
export const POSSESSIVE_DETERMINERS = wordsOf('my your his her its our their');
/** The pronouns of the third person: they stand for someone or something named before. */
export const THIRD_PERSON: ReadonlySet<string> = new Set(wordsOf('he she it they him her them his hers its their theirs himself herself itself themselves'));

/** Determiners a noun phrase opens with: an article, a possessive or a demonstrative ("the", "their", "these"). */
export const DETERMINERS = [...ARTICLES, ...POSSESSIVE_DETERMINERS, ...DEMONSTRATIVES];
/** Words before "to" that put the verb after it ahead ("going to meet", "due to hold"): the verb is what will be done. */
export const AHEAD_WORDS = wordsOf('going set due about expected scheduled planning hoping supposed');
/** "going to", "due to" and the like before a lower-case word. */
export const AHEAD_OF_VERB = new RegExp(`\\b${alternation(AHEAD_WORDS)}\\s+to\\s+(?=\\p{Ll})`, 'giu');

/**
 * Words that make a figure an aim or an expectation, not a fact ("its goal is to cut it to 1%",
 * "expects sales to reach 5 million"), as lemmas; a question using one asks for the aim.
 */
export const AIM_WORDS: ReadonlySet<string> = new Set(wordsOf('goal aim target objective plan intend hope want expect seek forecast predict face risk'));
/**
 * The same in a sentence, where the nouns and "plan" say it only in these phrases: "its goal is to",
 * "plans to", "is expected to"; not "a 16-game schedule" or "one of his projects". A threat is one
 * too: "or face fines of up to €5 million", "risks a fine".
 */
export const AIM_PHRASE = /\b(?:goal|aim|target|objective)s?\s+(?:is|was|are|were|of)\b|\b(?:aim|intend|hope|want|plan|seek)(?:s|ed|ing|ned|ning)?\s+to\b|\bsought\s+to\b|\b(?:expect|forecast|predict)(?:s|ed|ing)?\b|\b(?:or|could|would|may|might|will|to)\s+face\b|\bfac(?:es|ing)\s+up\s+to\b|\brisk(?:s|ing)?\b/i;
/** Modals by which a question asks what will, would or could be: a goal or a forecast may answer it. */
export const UNREAL_MODALS: ReadonlySet<string> = new Set(wordsOf('will would could might may should can going'));
/** Adverbs that say a thing falls just short of what follows: "almost complete" is not complete yet. */
export const APPROXIMATORS: ReadonlySet<string> = new Set(wordsOf('almost nearly practically virtually'));
/** Adjectives that rank someone first among their kind ("main rival", "biggest competitor"): any one means the others. */
export const CHIEF_ADJECTIVES: ReadonlySet<string> = new Set(wordsOf('main chief principal primary biggest largest greatest top leading key major'));

/**
 * Verbs of an event's start or end, and the prepositions that date one without the verb: "a strike
 * from next Monday" says when it starts, "closed until Thursday" when the closure ends.
 */
export const TIME_BOUNDS: readonly { verbs: ReadonlySet<string>; before: RegExp }[] = [
  { verbs: new Set(wordsOf('start begin commence')), before: /\b(?:from|starting|beginning|as\s+of)\s+(?:the\s+)?$/i },
  { verbs: new Set(wordsOf('end finish stop')), before: /\b(?:until|till|through)\s+(?:the\s+)?$/i },
];

/** Verbs too light to carry meaning of their own ("make the announcement", "take a decision"): their object does. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(wordsOf('be have do make get go take give come put set let keep seem become'));

/**
 * The pronouns a question or a story uses for a person named before (not "it"), by case. "her" is
 * both object and possessive.
 */
export const PERSON_PRONOUNS = {
  subject: wordsOf('he she they'),
  object: wordsOf('him her them'),
  possessive: wordsOf('his her hers their'),
} as const;

/** Pronouns that stand for a thing said before: "tell me more about it", "where did you read that". */
export const THING_PRONOUNS = wordsOf('it this that');

/** Pronouns that say a person is a man, or a woman. */
export const MALE_PRONOUNS = wordsOf('he him his himself');
export const FEMALE_PRONOUNS = wordsOf('she her hers herself');

/**
 * Honorifics and offices English writes before a name as a title ("President Roe", "Sen. Roe",
 * "Chancellor Jane Roe"). A closed class of the language, like the auxiliaries, not a list of
 * any story's people: WordNet knows these as person nouns but cannot say which are used as titles.
 */
export const TITLES: ReadonlySet<string> = new Set(
  wordsOf(`president vice prime minister secretary senator sen governor gov mayor queen prince princess pope chancellor
colonel col captain capt admiral sergeant judge coach chairman chairwoman director ambassador envoy commissioner
representative rep congressman congresswoman premier sheikh emir sultan bishop archbishop cardinal rabbi imam professor prof
inspector detective sir dame councillor councilor`),
);

/** Whether a word (any case, a trailing full stop allowed: "Sen.") is a title written before names. */
export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/, ''));
}

/** How many of a noun's most frequent senses a class test looks at: rarer senses mislead. */
const LEADING_SENSES = 2;

function hasClass(word: string, lexClass: LexClass, senses = LEADING_SENSES): boolean {
  return senseClasses(word, 'noun', COMMON).slice(0, senses).includes(lexClass);
}

/**
 * Whether a noun names a kind of person: a role, an occupation, a position ("minister",
 * "linebacker", "nominee"), by WordNet's noun.person class in one of its leading senses.
 */
export function isPersonNoun(word: string, senses = LEADING_SENSES): boolean {
  return hasClass(word, 'noun.person', senses);
}

/**
 * Whether a noun names an organised group of people: a team, a company, a band, a party (a kind
 * of WordNet's social group; a "line" or a "batch" is a group of things, not an answer by name).
 */
export function isGroupNoun(word: string): boolean {
  return isKindOf(word, 'social_group', 'noun', LEADING_SENSES);
}

/** Whether a noun names an organisation in its first sense ("department", "court"), whatever its later senses. */
export function isOrganisationNoun(word: string): boolean {
  return classOf(word, 'noun', COMMON) === 'noun.group' && isGroupNoun(word);
}

/**
 * Whether any sense of a noun is an organisation: "the competition authority" (its fifth sense),
 * "the air accident board". For a phrase the story uses as one, where the first sense would miss it.
 */
export function isOrganisationKind(word: string): boolean {
  return isKindOf(word, 'organization', 'noun', ALL_SENSES);
}

/** Enough senses to reach any a common noun has. */
const ALL_SENSES = 12;

/** Whether a noun's leading sense is any group (noun.group): "line", "defence", "fans" of a club. */
export function isCollectiveNoun(word: string): boolean {
  return primaryClass(word, 'noun') === 'noun.group';
}

/** Whether a noun names a place: a city, a region, a venue, a street (noun.location, a built structure, a thoroughfare). */
export function isPlaceNoun(word: string): boolean {
  return hasClass(word, 'noun.location') || isStructureNoun(word) || isKindOf(word, 'thoroughfare', 'noun', 1);
}

/**
 * Whether a name is no person's: a place or a group WordNet knows by name ("Oslo"), or a word for
 * a nation's people or language ("Peruvian"), judged by its last word.
 */
export function isPlaceOrPeopleName(name: string): boolean {
  const last = name.split(/\s+/).at(-1) ?? name;
  const proper = properClass(last);
  return proper === 'noun.location' || proper === 'noun.group' || isDemonym(last);
}

/** Whether a name is no place's: a person WordNet knows by name ("Lincoln"), or a word for a nation's people ("Peruvian"). */
export function isPersonOrPeopleName(name: string): boolean {
  const last = name.split(/\s+/).at(-1) ?? name;
  return properClass(last) === 'noun.person' || isDemonym(last);
}

/**
 * Whether WordNet knows a name as something no sense of `noun` is: "Oslo" is no hospital (a
 * place, not a building or an institution), while "Ottawa" may be a city. A name WordNet lacks
 * says nothing, and a place may stand for a group ("Oslo beat Bergen": a team).
 */
export function namesAnotherKind(name: string, noun: string): boolean {
  const classes = properClasses(name);
  const kinds = senseClasses(noun, 'noun');
  if (classes.length === 0 || kinds.length === 0) return false;
  if (kinds[0] === 'noun.group' && classes.includes('noun.location')) return false;
  return !classes.some((lexClass) => kinds.includes(lexClass));
}

/** Whether a name ends on a word for a nation's people ("Secret Norwegian"): no place, whatever it modifies. */
export function endsOnDemonym(name: string): boolean {
  return isDemonym(name.split(/\s+/).at(-1) ?? name);
}

/** "Peruvian", "Icelandic": WordNet's adjectives that pertain to a nation (adj.pert), said of its people. */
function isDemonym(word: string): boolean {
  return senseClasses(word, 'adjective').includes('adj.pert');
}

/**
 * Whether a noun names a building or a construction ("stadium", "hall", "hotel"): a venue. A
 * facility ("station") is left out: a radio station is answered by its name, like a company.
 */
export function isStructureNoun(word: string): boolean {
  return primaryClass(word, 'noun') === 'noun.artifact' && isKindOf(word, 'structure', 'noun', 1);
}

/** Whether a noun names a settlement ("city", "town", "village"): a place people live, not a venue. */
export function isSettlementNoun(word: string): boolean {
  return isKindOf(word, 'municipality', 'noun', LEADING_SENSES) || isKindOf(word, 'settlement#2', 'noun', LEADING_SENSES);
}

/**
 * Whether a noun names a time or a stretch of time ("year", "decade", "season"): noun.time. A
 * rate is filed there too, but "what is the jobless rate?" asks for a figure, not a date.
 */
export function isTimeNoun(word: string): boolean {
  if (primaryClass(word, 'noun') === 'noun.time' && !isKindOf(word, 'magnitude_relation', 'noun', 1)) return true;
  // A plural WordNet lists as a noun of its own ("minutes", the record of a meeting) is still a unit's plural.
  const singular = /[^s]s$/i.test(word) ? word.slice(0, -1) : undefined;
  return singular !== undefined && baseForm(word, 'noun') === word && kindOf(singular, 'time_unit', 'noun', LEADING_SENSES);
}

/** WordNet's classes of what happens rather than what is: "repairs", "strike", "collapse", "flood". */
const EVENT_CLASSES: ReadonlySet<LexClass> = new Set(['noun.event', 'noun.act', 'noun.process', 'noun.phenomenon']);

/** Whether one of a noun's first `senses` senses names an event or an act ("a month of repairs", not "a week of groceries"). */
export function isEventNoun(word: string, senses = 1): boolean {
  const noun = baseForm(word, 'noun') ?? word;
  return senseClasses(noun, 'noun').slice(0, senses).some((lexClass) => EVENT_CLASSES.has(lexClass));
}

/** A role's last word that news leaves off: "chief executive (officer)". */
const UNSAID_ROLE_TAIL = /\s+officer$/;

/**
 * A role word's names of several words, as WordNet gives them and as news shortens them: "ceo" →
 * "chief executive officer", "chief executive". Only phrases that end on a person noun.
 */
export function rolePhrases(word: string): string[] {
  const phrases = synonymsOf(word.toLowerCase(), 'noun', 1).filter((synonym) => synonym.includes(' ') && isPersonNoun(synonym.split(' ').at(-1)!));
  return [...new Set([...phrases, ...phrases.filter((phrase) => UNSAID_ROLE_TAIL.test(phrase)).map((phrase) => phrase.replace(UNSAID_ROLE_TAIL, ''))])];
}

/** Whether a noun names a rate of something per unit of time ("mph", "kph"): a speed's unit. */
export function isRateNoun(word: string): boolean {
  return isKindOf(word, 'rate', 'noun', LEADING_SENSES);
}

/** Whether a noun names a sum of money ("price", "fee", "salary", "budget"). */
export function isMoneyNoun(word: string): boolean {
  return ['monetary_value', 'payment', 'sum', 'fund'].some((kind) => isKindOf(word, kind, 'noun', 3));
}

/**
 * Whether a noun names a proportion ("percentage", "ratio"): answered by a percentage. WordNet
 * files "share" under assets, but its first sense has "percentage" among its synonyms.
 */
export function isProportionNoun(word: string): boolean {
  return isKindOf(word, 'proportion', 'noun', LEADING_SENSES) || synonymsOf(word, 'noun', 1).some((other) => isKindOf(other, 'proportion', 'noun', 1));
}

/** Whether a noun names a quantity or a number ("score", "count", "total"): answered by a figure. */
export function isQuantityNoun(word: string): boolean {
  const primary = primaryClass(word, 'noun');
  if (primary === 'noun.quantity' || isKindOf(word, 'number', 'noun', 3)) return true;
  // "score" counts in its third sense; "foot" measures in its second but is first a body part.
  return primary !== 'noun.body' && primary !== 'noun.artifact' && isKindOf(word, 'quantity', 'noun', 3);
}

/** Hectares, kilometres, tonnes, dollars: a noun whose leading senses are a unit of measurement. */
export function isUnitNoun(noun: string): boolean {
  // "acres" and "tons" are WordNet words of their own (landed property, a lot): their singular is the unit.
  return [noun, noun.replace(/s$/, '')].some((form) => isKindOf(form, 'unit_of_measurement', 'noun', UNIT_SENSES));
}

/** How many of a noun's senses may make it a unit ("pound" is a unit in its first two). */
const UNIT_SENSES = 2;

/** Whether a noun names a position someone holds ("job", "post", "role", "occupation"). */
export function isOccupationNoun(word: string): boolean {
  return ['occupation', 'position', 'role'].some((kind) => isKindOf(word, kind, 'noun', LEADING_SENSES));
}

/** Whether a noun names kin, what someone is to another ("wife", "mother", "partner"): no occupation. */
export function isKinNoun(word: string): boolean {
  return isKindOf(word, 'relative', 'noun', LEADING_SENSES);
}

/** Adjectives that grade a harm or a change: denying "serious injuries" denies only those. */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(wordsOf('serious major severe significant critical life-threatening substantial lasting permanent widespread extensive'));

/**
 * Nouns that say only that someone is a person ("the man", "the guy"): with nobody of the stories
 * they can stand for, a question about "the man" asks about someone it never named.
 */
export const BARE_PERSON_NOUNS: ReadonlySet<string> = new Set(wordsOf('man woman guy person lady gentleman fellow bloke chap dude boy girl kid'));

/** Whether a noun's most frequent sense is a person ("player", "senator"): the head of "which player". */
export function isPersonHead(word: string): boolean {
  // "person" itself is filed among WordNet's top nouns, not its persons.
  return primaryClass(word, 'noun') === 'noun.person' || baseForm(word, 'noun') === 'person';
}

/** "colour" lists its colour sense after the dye and the pigment senses. */
const COLOUR_SENSES = 5;

/** Whether a word names a colour ("red", "navy", "turquoise"): a kind of WordNet's colour. */
export function isColourWord(word: string): boolean {
  return isKindOf(word, 'color', 'noun', COLOUR_SENSES);
}

/**
 * Whether a word is first a plain adjective ("local", "senior", "several"), not one of relation
 * ("Peruvian", "Icelandic"): capitalised before a noun at a sentence's start, it is no name.
 */
export function isPlainAdjective(word: string): boolean {
  return classOf(word.toLowerCase(), 'adjective') === 'adj.all';
}

/** Vowel letters that sound a consonant ("union", "euro", "one") and a silent h ("hour", "honest"). */
const SOUNDS_CONSONANT = /^(?:u(?:ni|s[eu]|r[aeiou]|t[aeiou])|eu|ew|one|once)/i;
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

/** "a" or "an" before a word, by how it is said: "an envoy", "a union organiser", "an hour". */
export function indefiniteArticle(word: string): 'a' | 'an' {
  return (/^[aeiou]/i.test(word) && !SOUNDS_CONSONANT.test(word)) || SILENT_H.test(word) ? 'an' : 'a';
}
