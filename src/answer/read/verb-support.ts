import { passageSentences } from '../../corpus/corpus.js';
import { annotationOf, type KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { ADVERB_PARTICLES, LIGHT_VERBS, verbLemma } from '../../text/lexicon.js';
import { particleAfter, phrasalTerms } from '../../text/paraphrase.js';
import { words as tokens } from '../../text/tokenize.js';
import { synonymsOf as closeSynonyms } from '../../text/synonyms.js';
import { termOf } from '../../text/terms.js';
import { baseForm, primaryClass, senseClasses, synonymsOf } from '../../text/wordnet.js';
import { LEMMA } from '../../text/lemmas.js';
import type { AnswerType, Question } from '../understand/question.js';
import { contextTerms, type Ranked } from '../retrieve/rank.js';

/** Verbs that say little of their own ("what did he do", "what happened"): the lexicon's light verbs and verbs of saying, wanting and knowing. Never required. */
const UNREQUIRED: ReadonlySet<string> = new Set([...LIGHT_VERBS, ...'happen say tell use want need try think know see'.split(' ')]);

/** Whether a verb (a lemma) says little of its own: "could it happen again?" asks nothing a sentence can answer in other words. */
export function saysLittle(lemma: string): boolean {
  return UNREQUIRED.has(lemma);
}
/** The questions answered by a sentence itself, with no span of a type to hold them. */
const OPEN_TYPES: ReadonlySet<AnswerType> = new Set(['thing', 'manner', 'reason']);
/** How many of a verb's WordNet senses lend synonyms that may stand in for it. */
const VERB_SENSES = 3;

/**
 * The terms that can stand for the question's main verb: its own, its close synonyms and its
 * WordNet synonyms ("charged" → charge, accuse …). Undefined when the question has no content
 * verb to account for, or asks for a typed span.
 */
export interface VerbForms {
  /** Index terms (stems) of the verb and its synonyms, as the passage's terms are kept. */
  terms: ReadonlySet<string>;
  /** The verb's and its synonyms' lemmas, as the annotation's tagger gives a sentence's words. */
  lemmas: ReadonlySet<string>;
  /** A light verb and its particle ("get in"), which a sentence may also say as the question does ("got into"). */
  phrase?: { lemma: string; particle: string };
}

export function verbTerms(question: Question): VerbForms | undefined {
  const verb = question.mainVerb;
  // A typed answer ("which region", "when") is held to its span and a yes/no question to the
  // judge's reading of its verb; an open "what …?" or "why …?" has only the sentence, so the
  // sentence must say what was asked.
  if (!OPEN_TYPES.has(question.type) || asksNamedThing(question)) return undefined;
  // Only for "how": "why is it hard to put out?" is answered by what makes it hard, whatever the verb.
  if (!verb || UNREQUIRED.has(verb.lemma)) return question.type === 'manner' ? lightPhrasal(question.text) : undefined;
  const words = [verb.lemma, ...synonymsOf(verb.lemma, 'verb', VERB_SENSES).filter((word) => !word.includes('_'))];
  const terms = words.map((word) => termOf(word)).filter((term): term is string => term !== null);
  // "What turned up in the trash?" is answered by "… were found in the trash": the phrase's meanings count.
  const phrasal = phrasalMeanings(question.text, verb.word);
  return { terms: new Set([...terms, ...phrasal].flatMap((term) => [term, ...closeSynonyms(term)])), lemmas: new Set(words) };
}

/** "Which station covered the game?": a head noun of no answer type still asks for a name, held to its span as a typed answer is. */
function asksNamedThing(question: Question): boolean {
  return question.type === 'thing' && question.headNoun !== undefined && WHICH_NOUN.test(question.text);
}

/**
 * "How did the hackers get in?": a light verb says little, but with a particle WordNet lists as a
 * verb of its own ("get in": enter, arrive) it asks something a sentence about the hackers need not
 * say. Undefined when the question has no such phrase.
 */
function lightPhrasal(text: string): VerbForms | undefined {
  const list = tokens(text);
  for (let at = 0; at < list.length; at++) {
    const lemma = verbLemma(list[at]!);
    const particle = particleAfter(list, at)?.toLowerCase();
    // "in" or "on" is a particle only where it ends the question ("get in?"): before a noun it is a preposition.
    const stranded = particle !== undefined && STRANDED_PARTICLES.has(particle) && at + 2 === list.length;
    if (!LIGHT_VERBS.has(lemma) || particle === undefined || !(ADVERB_PARTICLES.has(particle) || stranded)) continue;
    const meanings = phrasalTerms(list[at]!, particle, VERB_SENSES);
    if (meanings.size === 0) continue;
    return { terms: new Set([...meanings].flatMap((term) => [term, ...closeSynonyms(term)])), lemmas: new Set(), phrase: { lemma, particle } };
  }
  return undefined;
}

const STRANDED_PARTICLES: ReadonlySet<string> = new Set(['in', 'on', 'through']);

/** "which station …", "what version of …": the question word right before its noun. */
const WHICH_NOUN = /^\s*(?:which|what)\s+(?!(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could)\b)\p{L}/iu;

/** The index terms of what the verb means with the particle after it ("turned up" → find, appear …), if WordNet lists the phrase. */
function phrasalMeanings(text: string, verb: string): ReadonlySet<string> {
  const list = tokens(text);
  const at = list.findIndex((word) => word.toLowerCase() === verb.toLowerCase());
  const particle = at < 0 ? undefined : particleAfter(list, at);
  return particle === undefined || !ADVERB_PARTICLES.has(particle.toLowerCase()) ? new Set() : phrasalTerms(list[at]!, particle, VERB_SENSES);
}

/**
 * Whether the sentence or its passage says what the question's verb asks ("charged" is not
 * "changed"): the main verb is a salient part of the question, and evidence that never says it
 * answers another question.
 */
export function accountsForVerb(kb: KnowledgeBase, ranked: Ranked, verb: VerbForms | undefined): boolean {
  if (!verb) return true;
  const present = contextTerms(kb, ranked.sentence.passage);
  for (const term of verb.terms) if (present.has(term)) return true;
  // The tagger's lemmas catch what stemming misses: "sought" is "seek", "fled" is "flee"; and a
  // light verb's phrase is said as asked ("first got into the system").
  const { phrase } = verb;
  return passageSentences(kb.corpus, ranked.sentence.passage).some((sentence) =>
    annotationOf(kb, sentence.id)?.tokens.some((token, at, all) => verb.lemmas.has(token.lemma.toLowerCase()) || (phrase !== undefined && token.lemma.toLowerCase() === phrase.lemma && all[at + 1]?.text.toLowerCase().startsWith(phrase.particle) === true)),
  );
}

/** How many of a sentence verb's senses may make it one of motion ("evacuate", "send"): rarer senses ("force … out") do not. */
const MOTION_SENSES = 2;

/** "Where did the guests go?": a "where" question whose verb is first one of motion asks where someone went. */
export function asksWhereTo(question: Question): boolean {
  if (question.type !== 'place') return false;
  // "go" is a stop word, so no main verb: the verb ending "where did they go?" is read too.
  const last = /(\p{L}+)\W*$/u.exec(question.text)?.[1]?.toLowerCase();
  const verb = question.mainVerb?.lemma ?? (last === undefined ? undefined : LEMMA.get(last) ?? baseForm(last, 'verb'));
  return verb !== undefined && primaryClass(verb, 'verb') === 'verb.motion';
}

/**
 * Whether the sentence says someone moved ("Guests were moved to other hotels"): a place in a
 * sentence with no verb of motion ("Fire at Oslo hotel forces guests out") is where something
 * else happened.
 */
export function saysMotion(kb: KnowledgeBase, ranked: Ranked): boolean {
  return annotationOf(kb, ranked.sentence.id)?.tokens.some((token) => token.pos === 'VERB' && senseClasses(token.lemma.toLowerCase(), 'verb').slice(0, MOTION_SENSES).includes('verb.motion')) ?? true;
}
