import { bareWord, isPossessive, isStopWord, queryTerms, termOf, withoutPossessive } from '../../text/terms.js';
import { isCapitalised, nameKey } from '../../text/names.js';
import { words } from '../../text/tokenize.js';
import { LEMMA, NUMBER_WORDS } from '../../text/lemmas.js';
import { baseForm, derivedFormsOf, isKindOf, senseClasses } from '../../text/wordnet.js';
import {
  ADVERB_PARTICLES, ARTICLE, ARTICLES, AUXILIARY, DEICTIC_TIME_WORDS, EARLIER_EVENT_WORDS, MODAL_VERBS, POSSESSIVE_DETERMINERS, BE_FORMS, COPULA, DEMONSTRATIVES, DETERMINERS, AHEAD_OF_VERB, DO_FORMS, AHEAD_WORDS, LIGHT_VERBS, PLACE_PREPOSITIONS, PREPOSITIONS, alternation, wordOf, isAdjectiveWord, isColourWord, isGroupNoun, isOrganisationNoun, isMoneyNoun, isOccupationNoun, isPersonHead,
  isAuxiliary, isNegation, isNoun, isPastForm, isPlaceNoun, isPluralNoun, isPlainAdjective, isStructureNoun, isVerbForm, isProportionNoun, isQuantityNoun, isTimeNoun,
} from '../../text/lexicon.js';

/** The kind of answer a question asks for, from its wh-word and head noun. */
export type AnswerType =
  | 'definition' // "Who is X?"
  | 'person' // "Who …?", "Which player …?"
  | 'entity' // "Which team/company …?"
  | 'date'
  | 'place'
  | 'number'
  | 'money'
  | 'percent'
  | 'colour' // "What colour …?"
  | 'role' // "What position/job …?": a role or title ("linebacker", "finance minister")
  | 'reason'
  | 'quote' // "What did X say …?"
  | 'yesno'
  | 'manner' // "How did X respond?": what X did, said by a sentence, not a name in it
  | 'thing'; // anything else: the sentence is the answer

export interface Question {
  /** The question as asked, whitespace tidied. */
  text: string;
  type: AnswerType;
  /** Content terms, normalised like the index. */
  terms: string[];
  /** For "Who is X?": the X. For "What did X say?": the speaker. */
  subject?: string;
  /** "Who released the transcript?" → verb and rest, to answer "the agency released the transcript". */
  predicate?: string;
  /** "What does Roe do for a living?", "what is Roe's job?": a definition that only an occupation answers. */
  asksOccupation?: true;
  /** The noun after which/what/how many ("team", "points"), normalised. */
  headTerm?: string;
  /** That noun as asked, lower case ("cities"): what WordNet is asked about. */
  headNoun?: string;
  /** Terms of the words between the wh-word and the verb ("which Zorbian Cup was …"): a span may repeat them. */
  headTerms: string[];
  /** Terms of every word between the wh-word and the verb ("which Zorbian Cup" → zorbian, cup). */
  headPhrase?: string[];
  /** Terms of the words the asker capitalised mid-sentence: names the story must know to answer. */
  names: string[];
  /** The question's main verb: its lemma ("released" → "release") and index term. */
  mainVerb?: { word: string; lemma: string; term: string };
  /** Figures the question gives ("in 2015", "seven points" → "2015", "7"), normalised like the index. */
  numbers: string[];
  /** Whether it asks about an earlier event or figure than the story's own ("the last big quake", "its share before"). */
  asksEarlier: boolean;
  /** Whether the question is negated ("Who did not …", "Why didn't …"). */
  negated: boolean;
  /** The story the conversation is about (the last answer's), when it says which ("was anyone arrested?" after a question on it). */
  inStory?: string;
  /** "how tall", "how long", "how fast": the dimension asked for, which a bare count cannot answer. */
  measure?: string;
  /** "What's the name of the person who …?": a name answers it, not "someone" or "a passer-by". */
  asksName?: true;
  /** "What kind of plane was it?": a kind is named ("an Acme 320"), never left to a quotation. */
  asksKind?: true;
  /** "How many people …?": a count of people, though "people" is no word to look for. */
  countsPeople?: true;
  /** "What is the tunnel for?": a thing's purpose, a reason though the question names only the thing. */
  asksPurpose?: true;
}

const YES_NO = new RegExp(`^${AUXILIARY}\\b`);
/** "What is the tunnel for?": a thing's purpose, which only a reason ("to carry …") answers. */
const PURPOSE = /^what\s+(?:is|was|are|were|will)\s+(?:be\s+)?\S.*\s+for\s*[?.!]*$/;
/** "How did X respond?", "how was it built?": the manner, answered by what the sentence says. */
const MANNER = new RegExp(`^how\\s+(?:${AUXILIARY})\\b`);
/** "How tall …?" asks for a dimension: answered by a figure with its unit, never by a count. */
const MEASURE = /^how\s+(old|long|far|big|large|tall|high|often|fast|heavy|deep|wide)\b/;
/** "How much older / longer / taller …?" asks a difference in that measure: "older" one of time, as "how long". */
const COMPARATIVE = /^how\s+much\s+(older|younger|longer|shorter|taller|higher|faster|further|farther|heavier|deeper|wider|bigger|larger)\b/;
const COMPARED_MEASURE: Readonly<Record<string, string>> = {
  older: 'long-time', younger: 'long-time', longer: 'long', shorter: 'long', taller: 'tall', higher: 'high', faster: 'fast',
  further: 'far', farther: 'far', heavier: 'heavy', deeper: 'deep', wider: 'wide', bigger: 'big', larger: 'large',
};
/** The measure of "what time of day …?", "what time did …?": a clock time or a part of the day, not a date. */
export const TIME_OF_DAY_MEASURE = 'time of day';
const TIME_OF_DAY = new RegExp(`^(?:at\\s+)?what\\s+time\\s+(?:of\\s+(?:the\\s+)?day\\b|(?=${AUXILIARY}\\b))`);
const DURATION = /\b(?:been|did|does|do|will|would|has|have|had|take|takes|took|last|lasted|ago|before|after|since|until|\w+ing)\b/;
/** The verbs a duration question is framed with: "how long will it last?", "how long did it take?". */
const DURATION_VERB = /\b(?:last|lasts|lasted|take|takes|took)\b/;
const DO = alternation(DO_FORMS);
const DETERMINER = wordOf(DETERMINERS, '');
const SAY_WORD = /^(?:say|says|said|tell|told)$/;
const SAY_VERBS = '(?:say|tell|call|claim|argue|think|write|describe|suggest|ask|want|warn|promise|agree|insist|add|admit)';

/** Words of order that WordNet also lists as nouns ("the first", "the last") but that modify the head: "the first Zorbian Cup". */
const ORDER_WORDS = '(?:first|last|next|previous|final|only|same|latest|earliest|second|third|fourth|fifth)';
/** Words that cannot be a head noun however WordNet lists them ("what did", "which one"). */
const STOP_HEAD = new RegExp(`^(?:${AUXILIARY}|one|ones|other|others|${ORDER_WORDS}|${alternation([...ARTICLES, ...DEMONSTRATIVES])})$`);
const HEAD_STOP = new RegExp(`^(?:${AUXILIARY}|${alternation([...PREPOSITIONS, ...PLACE_PREPOSITIONS, ...DEICTIC_TIME_WORDS])}|that|who|which)$`);
/** The question shapes, built once from the lexicon's word classes. */
const HOW_MUCH_IS = /^how\s+much\s+(?:is|are|was|were)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?([a-z]+)\b/;
const DEFINITION = new RegExp(`^(?:who|what)\\s+${COPULA}\\s+(.+)$`);
const QUOTE = new RegExp(String.raw`^what\s+(?:${DO}|has|have|had|will|would)\s+(.+?)\s+${SAY_VERBS}\b`);
const WHICH = new RegExp(String.raw`^(?:which|what)\s+(?:${COPULA}\s+the\s+(?:name|title)s?\s+of\s+(?:the\s+|a\s+|an\s+)?|(?:type|kind|sort)s?\s+of\s+|of\s+the\s+)?([a-z]+)\b`);
const COPULA_WORD = new RegExp(`^${COPULA}$`);
/** How many of a noun's senses may make it an organisation that "what is the …?" asks by name. */
const ORGANISATION_SENSES = 2;
const ARTICLE_FIRST = new RegExp(`^${ARTICLE}\\s`);
/** "What kind of plane …?", "what type of engine …?", "what make of car …?". */
const ASKS_KIND = /^\s*(?:what|which)\s+(?:kind|type|sort|make|model|brand)\s+of\b/;

/** "what is its share?", "what was their goal?": a possessive first asks for a thing, not a definition. */
const DETERMINER_FIRST = new RegExp(`^${alternation(POSSESSIVE_DETERMINERS)}\\s`);
/** "what state / condition / shape was X in": X's condition; "what state" of a place or a name is a place's state. */
const CONDITION = new RegExp(`^what\\s+(state|condition|shape)\\s+${COPULA}\\s+(.+?)\\s+in\\b`);
/** "what was found …?", "what has been taken?": a past form right after the copula. */
const PASSIVE_WHAT = new RegExp(String.raw`^what\s+(?:has\s+been|have\s+been|${COPULA})\s+(\p{Ll}+)`, 'u');
const COPULA_OR_DO = new RegExp(`^(?:${COPULA}|${DO})$`);
const WHAT_DID = new RegExp(String.raw`^what\s+(${DO}\s+.+)$`);
const HEAD_PHRASE = new RegExp(String.raw`^(?:which|what|whose|how\s+many|how\s+much)\s+(?:${COPULA}\s+the\s+(?:name|title)s?\s+of\s+(?:the\s+|a\s+|an\s+)?)?(.*)$`);

/**
 * The answer type a head noun asks for, by its WordNet class: "which stadium" → place, "what
 * salary" → money, "which senator" → person. Checked most specific first: "position" is a
 * location in WordNet's first sense but asks for a role after "what".
 */
function classifyNoun(noun: string): AnswerType | undefined {
  if (noun.length < 2 || STOP_HEAD.test(noun)) return undefined;
  if (isProportionNoun(noun)) return 'percent';
  if (isMoneyNoun(noun)) return 'money';
  if (isColourWord(noun)) return 'colour';
  if (isOccupationNoun(noun)) return 'role';
  if (isPersonHead(noun)) return 'person';
  if (isTimeNoun(noun)) return 'date';
  // "Which department": an organisation first, a territory only in a later sense.
  if (isOrganisationNoun(noun)) return 'entity';
  if (isPlaceNoun(noun)) return 'place';
  if (isGroupNoun(noun)) return 'entity';
  if (isQuantityNoun(noun)) return 'number';
  return undefined;
}

/**
 * "How long …?" asks for a stretch of time when a verb says what lasted: "how long did it take?",
 * "how long were drivers delayed?", "how long was the road closed?"; "how long was the report?" asks a length.
 */
function asksDuration(lower: string): boolean {
  if (DURATION.test(lower) || asksLengthOfEvent(lower)) return true;
  const rest = words(lower).slice(3);
  return BE_FORM_WORD.test(words(lower)[2] ?? '') && rest.some((word) => isPastForm(word) && !isNoun(word));
}

/** "how long is the bridge?", "how long was the document?": a thing's length; "how long is the strike?" is a duration. */
function asksSizeOfThing(lower: string): boolean {
  const noun = lengthAsked(lower);
  if (noun === undefined) return false;
  // "How long was the match?": a noun with any event among its leading senses may ask a duration.
  const senses = senseClasses(noun, 'noun').slice(0, LENGTH_SENSES);
  return THING_CLASSES.has(senses[0] ?? '') && !senses.some((lexClass) => EVENT_CLASSES.has(lexClass));
}

/** "how long is the strike?", "how long was the sentence?": an event's length is a stretch of time. */
function asksLengthOfEvent(lower: string): boolean {
  const noun = lengthAsked(lower);
  if (noun === undefined) return false;
  // "the sentence" is first a string of words, then a term in prison; "the road" is first a thing.
  const [first = '', second = ''] = senseClasses(noun, 'noun');
  return EVENT_CLASSES.has(first) || (!THING_CLASSES.has(first) && EVENT_CLASSES.has(second));
}

/** Measures a sum of money has: "how big is the reward?" asks its amount. */
const SIZE_MEASURES: ReadonlySet<string> = new Set(['big', 'large', 'high']);
/** The noun of "how big is the <noun>?". */
const SIZE_OF = /^how\s+\p{L}+\s+(?:is|was|are|were)\s+(?:the|this|that|its|their|his|her)\s+(?:\p{L}+\s+)?(\p{L}+)\s*[?.!]*$/u;

/** How many of a noun's senses are read to tell a thing with a length from an event. */
const LENGTH_SENSES = 3;

/** The noun of "how long is the <noun>?", or undefined. */
function lengthAsked(lower: string): string | undefined {
  const noun = /^how\s+long\s+(?:is|was|are|were)\s+(?:the|this|that|its|their|his|her)\s+(?:\p{L}+\s+)?(\p{L}+)\s*[?.!]*$/u.exec(lower)?.[1];
  return noun !== undefined && isNoun(noun) ? noun : undefined;
}

/** WordNet's classes of things with a length: no event or act has one in metres. */
const THING_CLASSES: ReadonlySet<string> = new Set(['noun.artifact', 'noun.object', 'noun.location', 'noun.shape', 'noun.body']);
const EVENT_CLASSES: ReadonlySet<string> = new Set(['noun.event', 'noun.act', 'noun.process', 'noun.time', 'noun.phenomenon']);

/** How many words after "which"/"what" the head noun is looked for in. */
const HEAD_WINDOW = 6;

/**
 * Whether the noun after "what is / what does" is what is asked for ("what was the score") or the
 * question's subject ("what are the parents charged with", "what does the father do"): after "do"
 * it is always the subject, and so it is when a verb follows it.
 */
function asksForHead(auxiliary: string, after: readonly string[], head: string): boolean {
  if (DO_FORMS.includes(auxiliary)) return false;
  const next = after[after.findIndex((word) => withoutPossessive(word) === head) + 1] ?? '';
  return !isVerbForm(next);
}

/**
 * "What was the girl's name?", "what's the name of the person who …?" ask for a person's name: the
 * owner is a person noun, the head "name".
 */
function possessedName(after: readonly string[]): { type: AnswerType; headNoun: string } | undefined {
  const at = after.findIndex((word) => /^names?$/.test(word));
  if (at < 0) return undefined;
  const before = after[at - 1];
  const owner = before && isPossessive(before) ? withoutPossessive(before) : after[at + 1] === 'of' ? after.slice(at + 2).find((word) => !LEADING_DETERMINER.test(word)) : undefined;
  return owner && isPersonHead(owner) ? { type: 'person', headNoun: owner } : undefined;
}

const LEADING_DETERMINER = wordOf([...ARTICLES, ...DEMONSTRATIVES]);

/**
 * The head of the noun phrase a question opens with: past leading words WordNet does not know as
 * nouns ("British", "late"), the last of the nouns that follow, before a verb or a function word
 * ("which Zorbian striker scored" → striker; "what Riverton player caught" → player).
 */
function headNounOf(phrase: readonly string[], names: ReadonlySet<string>): string | undefined {
  const words = phrase.map(bareWord);
  // A capitalised word is a name, whatever WordNet lists under it ("Zorbian Cup", "Riverton").
  const common = (word: string): boolean => !names.has(word) && !STOP_HEAD.test(word) && isNoun(word);
  let at = 0;
  while (at < words.length && !HEAD_STOP.test(words[at]!) && !common(words[at]!)) at++;
  const nouns: string[] = [];
  for (; at < words.length && !HEAD_STOP.test(words[at]!) && !(nouns.length > 0 && verbAfterHead(words, at)) && common(words[at]!); at++) nouns.push(words[at]!);
  return nouns.at(-1);
}



/** Whether a phrase ends in a name or a noun of a place or building: "Riverton", "the city", "the arena". */
function placeLike(phrase: string, names: ReadonlySet<string>): boolean {
  const last = phrase.split(/\s+/).at(-1) ?? '';
  return names.has(nameKey(last)) || isPlaceNoun(last) || isStructureNoun(last);
}

/** "What made / caused / led to …": a question of cause, and its causing verb. */
const CAUSATIVE = /^what\s+(caused|causes|made|makes|led\s+to|leads\s+to|prompted|triggered|sparked)\s/;

/** "what does Roe do (for a living)?", "what did Roe do for work?": Roe's occupation. */
const LIVING = /^what\s+(?:does\s+(.+?)\s+do(?:\s+for\s+(?:a\s+living|work|a\s+job))?|did\s+(.+?)\s+do\s+for\s+(?:a\s+living|work|a\s+job))$/;

/**
 * "How many people …?" counts people whatever the story calls them ("injuring 40", "40 hurt"):
 * the generic noun is only the unit of the count, not a word the answer must repeat.
 */
const COUNTED_PEOPLE = /^(?:people|persons|individuals)$/;
/** Words after a verb of motion that say where it went, though WordNet knows them as nouns too. */
const MOTION_PARTICLES: ReadonlySet<string> = new Set(['past', 'through', 'across']);
/** "fly past the comet", "walked past": "past" after a verb is where, not an earlier time ("in the past"). */
const PAST_AS_PARTICLE = /\b(?:fly|flew|flown|flies|flying|go|goes|went|gone|going|walk(?:s|ed|ing)?|run|ran|runs|running|drive|drove|driven|driving|sail(?:s|ed|ing)?|move[sd]?|moving|swept|sweep(?:s|ing)?|pass(?:es|ed|ing)?)\s+past\b/gi;
/** "how many were hurt?", "how many have been infected?": no noun counted, a participle after the copula. */
const HOW_MANY_HARMED = /^how\s+many\s+(?:were|was|have\s+been|has\s+been|got)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s*[?.!]*$/u;

/** Whether a verb's first senses harm the body ("hurt", "injure", "wound", "infect"). */
function harmsBody(participle: string): boolean {
  const verb = baseForm(participle, 'verb');
  return verb !== undefined && senseClasses(verb, 'verb').slice(0, 2).includes('verb.body');
}

function typeOf(lower: string, names: ReadonlySet<string>): { type: AnswerType; headNoun?: string; subject?: string; predicate?: string; measure?: string; unit?: string; occupation?: true; people?: true; purpose?: true } {
  const definition = DEFINITION.exec(lower);
  // "What does NATO stand for?", "What is NFL short for?": the acronym's expansion.
  const acronym = /^what\s+(?:does|did|do|is|was)\s+(?:the\s+)?([a-z&.]{2,9})\s+(?:stand\s+for|short\s+for|an?\s+(?:abbreviation|acronym)\s+(?:for|of)|mean)\b/.exec(lower);
  if (acronym) return { type: 'definition', subject: acronym[1] ?? '' };
  // "who won?" has no words after its verb; it still asks for the verb's subject.
  const whoVerb = /^who\s+(\w+)(?:\s+(.+))?$/.exec(lower);
  const quote = QUOTE.exec(lower);
  const which = WHICH.exec(lower);
  // "how much less do they sleep?": a comparative after "how much" is no noun counted.
  const howMany = /^how\s+(?:many|much)\b(?:\s+(?!(?:less|more|fewer|longer|shorter|bigger|smaller|higher|lower|further|farther|else|worse|better)\b)([a-z]+))?/.exec(lower);
  // "time of day" is the question's frame, as "people" is of "how many people": no word the answer repeats.
  if (TIME_OF_DAY.test(lower)) return { type: 'date', measure: TIME_OF_DAY_MEASURE, unit: 'time of day' };
  if (/^(?:when|what time)\b/.test(lower)) return { type: 'date' };
  if (/^where\b/.test(lower)) return { type: 'place' };
  if (/^why\b|^what\s+(?:was|is)\s+the\s+reason\b|^for what reason\b/.test(lower)) return { type: 'reason' };
  if (PURPOSE.test(lower)) return { type: 'reason', purpose: true };
  // "What made the bridge close?", "what caused the fire?" ask why: the causing verb is the frame, no word to look for.
  const causing = CAUSATIVE.exec(lower)?.[1];
  if (causing) return { type: 'reason', unit: causing };
  // "How much older was Roe than Doe?" asks a difference of age: a stretch of time, as "how long" does.
  const compared = COMPARATIVE.exec(lower)?.[1];
  if (compared) return { type: 'number', measure: COMPARED_MEASURE[compared]!, unit: compared };
  if (howMany) {
    // "How much were sales?", "how much is the fine?": a sum asked by the noun after the copula.
    const owned = HOW_MUCH_IS.exec(lower)?.[1];
    if (owned !== undefined && isMoneyNoun(owned)) return { type: 'money', headNoun: owned };
    const noun = howMany[1] ?? '';
    const money = /^(?:money|dollars?|pounds?|euros?)$/.test(noun) || isMoneyNoun(noun) || /\b(?:cost|pay|paid|spend|spent|worth|price|raise|earn)\b/.test(lower);
    if (!money && COUNTED_PEOPLE.test(noun)) return { type: 'number', unit: noun, people: true };
    // "how many injured?" is "how many were injured?": a past form after "how many" is the verb.
    if (!money && isPastForm(noun) && words(lower).length <= 3) return { type: 'number' };
    // "How many were hurt?" counts people: a verb of harm to the body (WordNet's verb.body) says who.
    const harmed = HOW_MANY_HARMED.exec(lower)?.[1];
    if (!money && harmed !== undefined && harmsBody(harmed)) return { type: 'number', unit: 'people', people: true };
    return { type: money ? 'money' : 'number', ...(noun ? { headNoun: noun } : {}) };
  }
  const measure = MEASURE.exec(lower)?.[1];
  // "How long had it been lying there?", "how long before X did it happen?" ask for a stretch of time.
  // The measure word is the question's frame, like "people" in "how many people": the unit the answer
  // must carry says it ("a 90-page report"), not the word "long". An age is written with its word
  // ("a 10-year-old"), so "old" stays a word to look for.
  // "How big is the reward?", "how large was the fine?": a sum's size is its amount.
  const sum = measure !== undefined && SIZE_MEASURES.has(measure) ? SIZE_OF.exec(lower)?.[1] : undefined;
  if (sum !== undefined && isMoneyNoun(sum)) return { type: 'money', headNoun: sum };
  if (measure) {
    const duration = measure === 'long' && asksDuration(lower);
    // "How long will the strike last?": "last" and "take" frame a duration as "long" does ("last year" is no answer).
    const framing = duration ? DURATION_VERB.exec(lower)?.[0] : undefined;
    // "How long is the bridge?" asks a length: a thing, not an event, takes no "six weeks".
    const size = measure === 'long' && !duration && asksSizeOfThing(lower);
    return { type: 'number', measure: duration ? 'long-time' : size ? 'long-size' : measure, ...(measure === 'old' ? {} : { unit: framing ? `${measure} ${framing}` : measure }) };
  }
  // "How strong was it?" asks a degree: "strong" is its frame, and a sentence that only calls
  // something strong ("a strong earthquake in 1987") does not say how strong.
  const degree = /^how\s+([a-z]+)\b/.exec(lower)?.[1];
  if (degree && isPlainAdjective(degree)) return { type: 'thing', unit: degree };
  if (quote) return { type: 'quote', subject: quote[1] ?? '' };
  if (MANNER.test(lower)) return { type: 'manner' };
  // "What is Roe's job?" asks who Roe is: the role the story gives them.
  const role = /^(?:what|which)\s+(?:is|was)\s+(.+?)['’]s\s+([a-z]+)$/.exec(lower);
  if (role && isOccupationNoun(role[2] ?? '') && (role[1] ?? '').split(/\s+/).length <= 4) return { type: 'definition', subject: role[1] ?? '', occupation: true };
  // "What does Roe do for a living?", "what does Roe do?" ask the same ("what did Roe do?" asks a deed).
  const living = LIVING.exec(lower);
  const worker = living?.[1] ?? living?.[2];
  if (worker !== undefined && worker.split(/\s+/).length <= 4) return { type: 'definition', subject: worker, occupation: true };
  if (definition && isDefinable(definition[1] ?? '')) return { type: 'definition', subject: definition[1] ?? '' };
  if (/^(?:who|whom|whose)\b/.test(lower)) {
    // "Who is Roe going to meet?": the copula is the auxiliary of a verb the subject is about to do.
    const predicate = whoVerb && (!COPULA_WORD.test(whoVerb[1] ?? '') || putsVerbAhead(whoVerb[2] ?? ''));
    return { type: 'person', ...(predicate ? { predicate: whoVerb[2] === undefined ? whoVerb[1]! : `${whoVerb[1]} ${whoVerb[2]}` } : {}) };
  }
  if (YES_NO.test(lower)) return { type: 'yesno' };
  // "What state was the envelope in?" asks its condition; "what state is Riverton in?" a place.
  const condition = CONDITION.exec(lower);
  // "state" is then the question's frame, as "people" is of "how many people": no word the answer repeats.
  if (condition && (condition[1] !== 'state' || !placeLike(condition[2]!, names))) return { type: 'thing', unit: condition[1]! };
  if (which) {
    const noun = which[1] ?? '';
    // "Which Zorbian striker", "what Zorbian senator": the head noun can follow a modifier or two.
    const phrase = lower.slice((which.index ?? 0) + which[0].length - noun.length).split(/\s+/).slice(0, HEAD_WINDOW);
    // "Which Rover scored?", "which Democrat voted against?": one of a named side or party, a person.
    if (/^which\b/.test(lower) && (names.has(nameKey(noun)) || names.has(noun)) && isVerbForm(phrase[1] ?? '')) return { type: 'person' };
    const head = headNounOf(phrase, names);
    const type = head ? classifyNoun(head) : undefined;
    if (type) return { type, headNoun: head ?? noun };
    if (COPULA_OR_DO.test(noun)) {
      // "What was the average cost of …": the head noun may follow a modifier or two.
      const after = (/^(?:which|what)\s+\w+\s+(?:the\s+|a\s+|an\s+)?(.*)$/.exec(lower)?.[1] ?? '').split(/\s+/).slice(0, HEAD_WINDOW);
      // "What was found?" is passive: "found" there is no noun (WordNet's "found" is board and lodging, a wage).
      const participle = PASSIVE_WHAT.exec(lower)?.[1];
      if (participle !== undefined && isPastForm(participle)) return { type: 'thing' };
      const owned = possessedName(after);
      if (owned) return owned;
      const found = headNounOf(after, names);
      const later = found && asksForHead(noun, after, found) ? classifyNoun(found) : undefined;
      // "What was the turnout?" asks its value: of a group, only an organisation ("what is the company?") is asked by name.
      if (found && later === 'entity' && !isKindOf(found, 'organization', 'noun', ORGANISATION_SENSES)) return { type: 'thing', headNoun: found };
      if (found && later) return { type: later, headNoun: found };
    }
    // "What did X perform?": the verb and its subject, so the answer can be the verb's object.
    const whatDid = WHAT_DID.exec(lower);
    if (whatDid?.[1]) return { type: 'thing', predicate: whatDid[1] };
    // "What turned up …?": a verb where a head noun would stand names no kind of answer. The head
    // of a compound is its last noun: "what club badge" asks for a badge.
    return isVerbForm(noun) ? { type: 'thing' } : { type: 'thing', headNoun: head ?? noun };
  }
  if (/\b(?:percent|percentage)\b/.test(lower)) return { type: 'percent' };
  return { type: 'thing' };
}

const DETERMINER_WORDS: ReadonlySet<string> = new Set(DETERMINERS);
const PREPOSITION = alternation(PREPOSITIONS);
const PREPOSITION_FIRST = new RegExp(`^${PREPOSITION}\\s`);
const LEADING_PREPOSITION = new RegExp(`^${PREPOSITION}\\s+(?=(?:what|which|whose|whom|who)\\b)`);
/** "In 1755, what fort …", "According to the treaty, where …": a scene-setting phrase before the question word. */
const LEADING_ADVERBIAL = new RegExp(`^(?:${PREPOSITION}|according to)\\s+[^?]{1,60}?,?\\s+(?=(?:what|which|whose|whom|who|when|where|how|why)\\b)`);

/**
 * The terms without those of light verbs before a noun made from a verb ("when did Acme make the
 * announcement?"): the story says "announced", and "make" is no word it must repeat. "Take the
 * baby on a trip" keeps its verb: "baby" is made from no verb.
 */
function withoutLightVerbs(text: string, terms: string[]): string[] {
  const list = words(text.toLowerCase());
  const light = new Set(
    list.filter((word, at) => DETERMINER_WORDS.has(list[at + 1] ?? '') && madeFromVerb(list[at + 2] ?? '') && LIGHT_VERBS.has(LEMMA.get(word) ?? baseForm(word, 'verb') ?? word)).map((word) => termOf(word)),
  );
  return light.size === 0 ? terms : terms.filter((term) => !light.has(term));
}

/**
 * A noun made from a verb, or a word WordNet does not know whose stem is a verb's: "make the
 * arrangment" (a typo the story's index term still matches) asks when it was arranged.
 */
function madeFromVerb(word: string): boolean {
  if (isDeverbal(word)) return true;
  const stem = termOf(word);
  return stem !== null && baseForm(word, 'noun') === undefined && [stem, `${stem}e`].some((verb) => baseForm(verb, 'verb') === verb);
}

/** Whether a noun is made from a verb by a suffix ("announcement", "decision", "speech"), not one spelled the same ("call"). */
function isDeverbal(noun: string): boolean {
  const base = baseForm(noun, 'noun');
  return base !== undefined && derivedFormsOf(base, 'noun', 1).some((verb) => verb !== base && baseForm(verb, 'verb') === verb);
}

/**
 * Whether "who/what is X?" asks what X is: X names someone or something. "Who was Roe's brother?"
 * asks for a name, "what was in the document?" what it held, "what were the chairs made of?" a
 * material, "what was invented by Roe?" a thing: none of them asks to define X.
 */
function isDefinable(subject: string): boolean {
  const list = subject.split(/\s+/);
  if (list.length > 4 || ARTICLE_FIRST.test(subject) || DETERMINER_FIRST.test(subject) || PREPOSITION_FIRST.test(subject)) return false;
  if (list.some((word) => isPossessive(word)) || /^not$/.test(list[0] ?? '')) return false;
  if (PREPOSITION_LAST.test(subject) || putsVerbAhead(subject)) return false;
  // "who is Roe going to meet?" asks whom, not who Roe is: a lower-case verb form after the name.
  if (list.slice(1).some((word) => /^\p{Ll}/u.test(word) && isVerbForm(word))) return false;
  // "who is investigating?": a lone present participle is the progressive of its verb.
  if (list.length === 1 && /^\p{Ll}+ing$/u.test(subject) && (baseForm(subject, 'verb') ?? subject) !== subject) return false;
  // "what was stolen?", "who was elected?": a lone participle is a passive question, not a thing to define.
  return !isPastForm(list[0] ?? '') || (list.length === 1 && /^\p{Lu}/u.test(subject));
}

/** "going to", "set to", "due to" before a verb: the verb is what will be done. */
const AHEAD = new RegExp(AHEAD_OF_VERB.source, 'iu');
const AHEAD_WORD = wordOf(AHEAD_WORDS, '');
/** "supposed to", "due to", "meant to": framings of the verb after them, no words of their own. */
const FRAMING_TO = /\b(?:supposed|due|set|going|about|meant)\s+to\s+(?=\p{Ll})/giu;

function putsVerbAhead(text: string): boolean {
  return AHEAD.test(text);
}
const PREPOSITION_LAST = new RegExp(`\\s${PREPOSITION}$`);

/** Lowercased words the asker capitalised after the first: names, not common nouns. */
function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const [index, word] of words(text).entries()) {
    if (index > 0 && isCapitalised(word)) out.add(nameKey(word));
  }
  return out;
}

/** Terms of capitalised words after the first ("Tesla", "Zorbian Guild"); the first is capitalised by position. */
function capitalisedTerms(text: string): string[] {
  const out: string[] = [];
  for (const [index, word] of words(text).entries()) {
    if (index === 0 || !isCapitalised(word) || word === 'I' || isStopWord(word)) continue;
    const term = termOf(word);
    if (term !== null && !out.includes(term)) out.push(term);
  }
  return out;
}

/**
 * The question's name terms grouped by the run of capitalised words they come from. A report names
 * someone in full once and by surname after, so a name is present where any word of it is.
 */
export function nameRunsOf(names: readonly string[], text: string): string[][] {
  const wanted = new Set(names);
  const runs: string[][] = [];
  let run: string[] = [];
  for (const word of words(text)) {
    const term = isCapitalised(word) ? termOf(nameKey(word)) : null;
    if (term && wanted.has(term)) run.push(term);
    // A possessive ends its name: "Roe's Harbour plan" names Roe and Harbour, not one "Roe Harbour".
    if ((!term || !wanted.has(term) || isPossessive(word)) && run.length > 0) (runs.push(run), (run = []));
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** "what world cup was …" → world, cup: the kind of thing asked for, which the answer may name. */
function headPhraseWords(lower: string): string[] {
  const head = HEAD_PHRASE.exec(lower)?.[1];
  if (!head) return [];
  const phrase: string[] = [];
  // "what made the region vulnerable": a verb stands where a head noun would, so there is none;
  // "what decree abolished …": the verb ends the head phrase.
  const list = head.split(/\s+/).slice(0, 5);
  for (const [at, word] of list.slice(0, 4).entries()) {
    if (HEAD_STOP.test(word) || (isVerbForm(word) && !isNoun(word)) || (phrase.length > 0 && verbAfterHead(list, at))) break;
    phrase.push(word);
  }
  return phrase;
}

/**
 * Whether the word at `at`, after a head noun, is the question's verb though WordNet has it as a
 * noun too: a past form ("what team won"), or a verb before a determiner ("which company runs the ferry").
 */
function verbAfterHead(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  return isPastForm(word) || (DETERMINER_WORDS.has(words[at + 1] ?? '') && baseForm(word, 'verb') !== undefined);
}

function headPhraseTerms(lower: string): string[] {
  const phrase = headPhraseWords(lower);
  // English puts modifiers first: in "what Zorbia Radio show" the answer may say "show", not "Zorbia Radio".
  return phrase.slice(-1).flatMap((word) => queryTerms(word));
}

/**
 * The main verb: the first word after the wh-word that WordNet lists as a verb and is neither an
 * auxiliary nor a function word nor a name; its lemma from the irregular forms or WordNet's rules.
 */
const BE_FORM_WORD = wordOf(BE_FORMS);

function mainVerbOf(original: string, names: ReadonlySet<string>): Question['mainVerb'] {
  let supported = false;
  let previous = '';
  let twoBack = '';
  const list = words(original);
  const lowered = list.map((each) => each.toLowerCase());
  for (const [index, word] of list.entries()) {
    const lower = word.toLowerCase();
    // "will the next study have …": an adjective after the determiner puts off the noun by a word.
    const afterDeterminer = DETERMINER.test(previous) || (DETERMINER.test(twoBack) && mostlyAdjective(previous));
    twoBack = previous;
    // "how many were hurt?": after a "be" form a word that is also a noun is the passive's verb.
    const passive = BE_FORM_WORD.test(previous);
    previous = lower;
    // "did the call take place": after a determiner comes the subject's noun, not the verb.
    if (afterDeterminer) continue;
    // "did", and a modal ("how much would the city pay?"), put the verb after the subject bare.
    if (DO_FORMS.includes(lower.replace(/n['’]t$/, '')) || MODAL_VERBS.includes(lower.replace(/n['’]t$/, ''))) supported = true;
    // "how long did it last?": the word after "how" is the degree asked, not the verb.
    if (index === 1 && /^how$/i.test(list[0] ?? '')) continue;
    if (index === 0 || isAuxiliary(lower) || names.has(lower) || /\d|n['’]t$/.test(lower)) continue;
    // "when was the festival supposed to start?": the verb is the one after "supposed to", "due to".
    if (AHEAD_WORD.test(lower) && lowered[index + 1] === 'to') {
      supported = true;
      continue;
    }
    const lemma = LEMMA.get(lower) ?? baseForm(lower, 'verb');
    if (lemma === undefined || (isStopWord(lower) && !LEMMA.has(lower) && !SAY_WORD.test(lower))) continue;
    // "Why were people evacuated?": after "were", a noun before a past participle is the subject;
    // so is a plural noun ("where are documents like this kept?"), which no participle is.
    if (passive && isNoun(lower) && !isVerbForm(lower) && (isPastForm(list[index + 1]?.toLowerCase() ?? '') || isPluralNoun(lower))) continue;
    // A noun that can also be a verb ("show") counts when inflected like one, or after "did …".
    // … or before a determiner, as "runs" in "which company runs the ferry?".
    if (isNoun(lower) && !isVerbForm(lower) && !LEMMA.has(lower) && !supported && !passive && !(index > 1 && original.includes(`${word} ${list[index + 1] ?? ''}`) && verbAfterHead(lowered, index))) continue;
    // After "did" the verb is bare: "what did fans need …" has the noun "fans" before its verb.
    if (supported && lemma !== lower && isNoun(lower)) continue;
    // "why do web developers hate …": a noun before another noun is the subject's, not the verb.
    const next = list[index + 1]?.toLowerCase() ?? '';
    // "did zorbnet fly past the moon?": a particle after the word ("past", "down") makes it the verb, whatever nouns it spells.
    // "why did the bank raise rates?": a word mostly a verb is the verb, its object no verb after "did".
    if (supported && isNoun(lower) && !mostlyVerb(lower) && !isStopWord(next) && isNoun(next) && baseForm(next, 'verb') !== next && !ADVERB_PARTICLES.has(next) && !MOTION_PARTICLES.has(next)) continue;
    // "which station did the fire service guy talk to": the subject's nouns run up to the bare verb.
    if (supported && isNoun(lower) && !mostlyVerb(lower) && bareVerbFollows(list, index, names)) continue;
    const term = termOf(lower);
    if (term !== null) return { word, lemma, term };
  }
  return undefined;
}

/** Whether WordNet knows a word in as many senses as an adjective as a noun ("next", "last"; not "union"). */
function mostlyAdjective(word: string): boolean {
  return isAdjectiveWord(word) && senseClasses(word, 'adjective').length >= senseClasses(word, 'noun').length;
}

/** Whether WordNet knows a word in more senses as a verb than as a noun ("take", not "guy"). */
function mostlyVerb(word: string): boolean {
  return senseClasses(word, 'verb').length > senseClasses(word, 'noun').length;
}

/** Whether a later word of the same run of content words (no function word, no name between) can be a bare verb. */
function bareVerbFollows(list: readonly string[], index: number, names: ReadonlySet<string>): boolean {
  for (const word of list.slice(index + 1).map((later) => later.toLowerCase())) {
    if (isStopWord(word) || names.has(word) || /\d/.test(word)) return false;
    if (baseForm(word, 'verb') === word) return true;
  }
  return false;
}

/** Figures in the question, digits and number words alike, as index terms. */
function numbersOf(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const term = /\d/.test(word) ? termOf(word) : (NUMBER_WORDS.get(word.toLowerCase()) ?? null);
    if (term !== null && !out.includes(term)) out.push(term);
  }
  return out;
}

/** A question word left where its answer would stand ("it was built when?", "they fought whom?"). */
const IN_SITU = /\b(when|where|whom|who|how many|how much|what year|which year)\b/;
const STARTS_AS_QUESTION = new RegExp(`^(?:what|which|who|whom|whose|when|where|why|how|${AUXILIARY})\\b`);

/** "The book appeared when?" is shaped for typing as "when the book appeared": the question word first. */
function inSitu(lower: string): string {
  if (STARTS_AS_QUESTION.test(lower)) return lower;
  const found = IN_SITU.exec(lower);
  if (!found) return lower;
  const rest = `${lower.slice(0, found.index)}${lower.slice(found.index + found[0].length)}`.replace(/\s+/g, ' ').trim();
  return `${found[0]} ${rest}`;
}

/**
 * "In what city is the Acme Center located?": "located" frames a place question as "where" does,
 * and the answer's sentence need not repeat it ("held at the Acme Center in Riverton").
 */
function placeFramed(found: ReturnType<typeof typeOf>, shape: string): ReturnType<typeof typeOf> {
  const frame = found.type === 'place' && !found.unit ? PLACE_FRAME.exec(shape)?.[0] : undefined;
  return frame ? { ...found, unit: frame } : found;
}

const PLACE_FRAME = /\b(?:located|situated|sited)\b/;
/** "what is the union called?", "what was the ship named?" */
const CALLED = /^what\s+(is|was|are|were)\s+((?:the|its|their|his|her|this|that)\s+[a-z' -]{1,40}?)\s+(?:called|named)$/;

export function analyzeQuestion(raw: string): Question {
  const text = raw.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase().replace(/[?!.]+$/, '').replace(/[’]/g, "'");
  const original = text.replace(/[?!.]+$/, '');
  const capitalised = capitalisedWords(original);
  // "what's its share?" is shaped like "what is its share?"; only its shape is read from it.
  // "In what city …", "to whom …": the question word after a leading preposition types the question.
  // "What is the union called?" asks its name, as "what is the name of the union?" does.
  const shape = inSitu(lower.replace(LEADING_PREPOSITION, '').replace(LEADING_ADVERBIAL, '')).replace(/^(what|which)'s\b/, '$1 is').replace(CALLED, 'what $1 the name of $2');
  const found = placeFramed(typeOf(shape, capitalised), shape);
  // "What made the bridge close?": the verb asked about is the effect's, after the causing one.
  const caused = found.type === 'reason' ? CAUSATIVE.exec(shape) : null;
  const mainVerb = mainVerbOf(caused ? original.slice(original.toLowerCase().indexOf(caused[1]!) + caused[1]!.length) : original, capitalised);
  // Keep the subject's original casing (names), found by position in the lower-cased form.
  const subject = found.subject ? original.slice(lower.indexOf(found.subject), lower.indexOf(found.subject) + found.subject.length) : undefined;
  const predicate = found.predicate ? original.slice(lower.indexOf(found.predicate), lower.indexOf(found.predicate) + found.predicate.length) : undefined;
  const headTerm = found.headNoun ? queryTerms(found.headNoun)[0] : undefined;
  const headTerms = headPhraseTerms(shape);
  const headPhrase = headPhraseWords(shape).flatMap((word) => queryTerms(word));
  // "was it supposed to start on Friday?" asks of the start: the framing says nothing a story repeats.
  const termed = text.replace(FRAMING_TO, '');
  return {
    text,
    type: found.type,
    terms: withoutLightVerbs(text, found.unit ? queryTerms(termed).filter((term) => !queryTerms(found.unit ?? '').includes(term)) : queryTerms(termed)),
    names: capitalisedTerms(original),
    numbers: numbersOf(original),
    // "how long will it last?": "last" framing a duration asks of no earlier event.
    asksEarlier: words((found.measure === 'long-time' ? original.replace(DURATION_VERB, '') : original).replace(PAST_AS_PARTICLE, ' ')).some((word) => EARLIER_EVENT_WORDS.has(word.toLowerCase())),
    negated: words(original).some(isNegation),
    headTerms,
    ...(mainVerb ? { mainVerb } : {}),
    ...(headPhrase.length > 0 ? { headPhrase } : {}),
    ...(subject ? { subject } : {}),
    ...(predicate ? { predicate } : {}),
    ...(headTerm ? { headTerm } : {}),
    ...(headTerm && found.headNoun ? { headNoun: found.headNoun } : {}),
    ...(found.measure ? { measure: found.measure } : {}),
    ...(found.type === 'person' && /\bnames?\b/.test(shape) ? { asksName: true as const } : {}),
    ...(found.type === 'thing' && ASKS_KIND.test(shape) ? { asksKind: true as const } : {}),
    ...(found.occupation ? { asksOccupation: true as const } : {}),
    ...(found.people ? { countsPeople: true as const } : {}),
    ...(found.purpose ? { asksPurpose: true as const } : {}),
  };
}
