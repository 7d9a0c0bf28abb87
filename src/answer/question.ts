import { isStopWord, queryTerms, termOf } from '../text/terms.js';
import { words } from '../text/tokenize.js';
import { AUXILIARY, COPULA, DO_FORMS, alternation } from '../text/lexicon.js';

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
  /** The noun after which/what/how many ("team", "points"), normalised. */
  headTerm?: string;
  /** Terms of the words between the wh-word and the verb ("which World Cup was …"): a span may repeat them. */
  headTerms: string[];
  /** Terms of every word between the wh-word and the verb ("which World Cup" → world, cup). */
  headPhrase?: string[];
  /** Terms of the words the asker capitalised mid-sentence: names the story must know to answer. */
  names: string[];
}

const PERSON_NOUNS = /^(?:person|man|woman|player|coach|quarterback|president|leader|official|aide|adviser|advisor|envoy|secretary|minister|singer|artist|author|actor|ceo|founder|owner|member|spokesman|spokeswoman|journalist|reporter|candidate|senator|governor|mayor|judge|officer|captain|winner|mvp)s?$/;
const PLACE_NOUNS = /^(?:place|city|town|country|state|region|stadium|venue|location|area|province|county|nation|continent|island|street|building|site|arena|park|capital)s?$/;
const DATE_NOUNS = /^(?:year|date|day|month|time|decade|century|season|week)s?$/;
const ENTITY_NOUNS = /^(?:team|company|organi[sz]ation|network|group|agency|party|band|club|firm|outlet|newspaper|channel|station|broadcaster|league|conference|division|university|school|brand|sponsor)s?$/;
const YES_NO = new RegExp(`^${AUXILIARY}\\b`);
const DO = alternation(DO_FORMS);
const SAY_VERBS = '(?:say|tell|call|claim|argue|think|write|describe|suggest|ask|want|warn|promise|agree|insist|add|admit)';

const HEAD_STOP = new RegExp(`^(?:${AUXILIARY}|of|in|on|at|for|to|by|with|from|that|who|which)$`);
/** The question shapes, built once from the lexicon's word classes. */
const DEFINITION = new RegExp(`^(?:who|what)\\s+${COPULA}\\s+(.+)$`);
const QUOTE = new RegExp(String.raw`^what\s+(?:${DO}|has|have|had|will|would)\s+(.+?)\s+${SAY_VERBS}\b`);
const WHICH = new RegExp(String.raw`^(?:which|what)\s+(?:${COPULA}\s+the\s+(?:name|title)s?\s+of\s+(?:the\s+|a\s+|an\s+)?|(?:type|kind|sort)s?\s+of\s+|of\s+the\s+)?([a-z]+)\b`);
const COPULA_WORD = new RegExp(`^${COPULA}$`);
const COPULA_OR_DO = new RegExp(`^(?:${COPULA}|${DO})$`);
const WHAT_DID = new RegExp(String.raw`^what\s+(${DO}\s+.+)$`);
const HEAD_PHRASE = new RegExp(String.raw`^(?:which|what|whose|how\s+many|how\s+much)\s+(?:${COPULA}\s+the\s+(?:name|title)s?\s+of\s+(?:the\s+|a\s+|an\s+)?)?(.*)$`);

function classifyNoun(noun: string): AnswerType | undefined {
  if (PERSON_NOUNS.test(noun)) return 'person';
  if (PLACE_NOUNS.test(noun)) return 'place';
  if (DATE_NOUNS.test(noun)) return 'date';
  if (ENTITY_NOUNS.test(noun)) return 'entity';
  if (/^(?:percent|percentage)s?$/.test(noun)) return 'percent';
  if (/^(?:price|cost|amount|fee|salary|sum)s?$/.test(noun)) return 'money';
  if (/^(?:colou?r|shade)s?$/.test(noun)) return 'colour';
  if (/^(?:position|role|job|title|post|occupation|profession|rank)s?$/.test(noun)) return 'role';
  if (/^(?:number|score|total|count|tally|age)s?$/.test(noun)) return 'number';
  return undefined;
}

function typeOf(lower: string): { type: AnswerType; headNoun?: string; subject?: string; predicate?: string } {
  const definition = DEFINITION.exec(lower);
  // "What does NATO stand for?", "What is NFL short for?": the acronym's expansion.
  const acronym = /^what\s+(?:does|did|do|is|was)\s+(?:the\s+)?([a-z&.]{2,9})\s+(?:stand\s+for|short\s+for|an?\s+(?:abbreviation|acronym)\s+(?:for|of)|mean)\b/.exec(lower);
  if (acronym) return { type: 'definition', subject: acronym[1] ?? '' };
  const whoVerb = /^who\s+(\w+)\s+(.+)$/.exec(lower);
  const quote = QUOTE.exec(lower);
  const which = WHICH.exec(lower);
  const howMany = /^how\s+(?:many|much)\s+([a-z]+)?/.exec(lower);
  if (/^(?:when|what time)\b/.test(lower)) return { type: 'date' };
  if (/^where\b/.test(lower)) return { type: 'place' };
  if (/^why\b|^what\s+(?:was|is)\s+the\s+reason\b|^for what reason\b/.test(lower)) return { type: 'reason' };
  if (howMany) {
    const noun = howMany[1] ?? '';
    const money = /^(?:money|dollars?|pounds?|euros?)$/.test(noun) || /\b(?:cost|pay|paid|spend|spent|worth|price|raise|earn)\b/.test(lower);
    return { type: money ? 'money' : 'number', ...(noun ? { headNoun: noun } : {}) };
  }
  if (/^how\s+(?:old|long|far|big|large|tall|high|often)\b/.test(lower)) return { type: 'number' };
  if (quote) return { type: 'quote', subject: quote[1] ?? '' };
  if (definition && !/^(?:the|a|an)\s/.test(definition[1] ?? '') && (definition[1] ?? '').split(/\s+/).length <= 4) {
    return { type: 'definition', subject: definition[1] ?? '' };
  }
  if (/^(?:who|whom|whose)\b/.test(lower)) {
    return { type: 'person', ...(whoVerb && !COPULA_WORD.test(whoVerb[1] ?? '') ? { predicate: `${whoVerb[1]} ${whoVerb[2]}` } : {}) };
  }
  if (YES_NO.test(lower)) return { type: 'yesno' };
  if (which) {
    const noun = which[1] ?? '';
    // "Which Dutch striker", "what Ohio senator": the head noun can follow a modifier or two.
    const phrase = lower.slice((which.index ?? 0) + which[0].length - noun.length).split(/\s+/).slice(0, 3);
    const stop = phrase.findIndex((word) => HEAD_STOP.test(word));
    const head = (stop >= 0 ? phrase.slice(0, stop) : phrase).find((word) => classifyNoun(word));
    const type = classifyNoun(head ?? noun);
    if (type) return { type, headNoun: head ?? noun };
    if (COPULA_OR_DO.test(noun)) {
      // "What was the average cost of …": the head noun may follow a modifier or two.
      const after = (/^(?:which|what)\s+\w+\s+(?:the\s+|a\s+|an\s+)?(.*)$/.exec(lower)?.[1] ?? '').split(/\s+/).slice(0, 3);
      const end = after.findIndex((word) => HEAD_STOP.test(word));
      const found = (end >= 0 ? after.slice(0, end) : after).find((word) => classifyNoun(word));
      const later = found ? classifyNoun(found) : undefined;
      if (found && later) return { type: later, headNoun: found };
    }
    // "What did X perform?": the verb and its subject, so the answer can be the verb's object.
    const whatDid = WHAT_DID.exec(lower);
    if (whatDid?.[1]) return { type: 'thing', predicate: whatDid[1] };
    return { type: 'thing', headNoun: noun };
  }
  if (/\b(?:percent|percentage)\b/.test(lower)) return { type: 'percent' };
  return { type: 'thing' };
}

/** Terms of capitalised words after the first ("Tesla", "Roman Empire"); the first is capitalised by position. */
function capitalisedTerms(text: string): string[] {
  const out: string[] = [];
  for (const [index, word] of words(text).entries()) {
    if (index === 0 || !/^\p{Lu}/u.test(word) || word === 'I' || isStopWord(word)) continue;
    const term = termOf(word);
    if (term !== null && !out.includes(term)) out.push(term);
  }
  return out;
}

/** "what world cup was …" → world, cup: the kind of thing asked for, which the answer may name. */
function headPhraseWords(lower: string): string[] {
  const head = HEAD_PHRASE.exec(lower)?.[1];
  if (!head) return [];
  const phrase: string[] = [];
  for (const word of head.split(/\s+/).slice(0, 4)) {
    if (HEAD_STOP.test(word)) break;
    phrase.push(word);
  }
  return phrase;
}

function headPhraseTerms(lower: string): string[] {
  const phrase = headPhraseWords(lower);
  // English puts modifiers first: in "what CBS show" the answer may say "show", not "CBS".
  return (phrase.length > 1 ? phrase.slice(1) : phrase).flatMap((word) => queryTerms(word));
}

export function analyzeQuestion(raw: string): Question {
  const text = raw.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase().replace(/[?!.]+$/, '').replace(/[’]/g, "'");
  const found = typeOf(lower);
  const original = text.replace(/[?!.]+$/, '');
  // Keep the subject's original casing (names), found by position in the lower-cased form.
  const subject = found.subject ? original.slice(lower.indexOf(found.subject), lower.indexOf(found.subject) + found.subject.length) : undefined;
  const predicate = found.predicate ? original.slice(lower.indexOf(found.predicate), lower.indexOf(found.predicate) + found.predicate.length) : undefined;
  const headTerm = found.headNoun ? queryTerms(found.headNoun)[0] : undefined;
  const headTerms = headPhraseTerms(lower);
  const headPhrase = headPhraseWords(lower).flatMap((word) => queryTerms(word));
  return {
    text,
    type: found.type,
    terms: queryTerms(text),
    names: capitalisedTerms(original),
    headTerms,
    ...(headPhrase.length > 0 ? { headPhrase } : {}),
    ...(subject ? { subject } : {}),
    ...(predicate ? { predicate } : {}),
    ...(headTerm ? { headTerm } : {}),
  };
}
