import { ADVERB_PARTICLES, LIGHT_VERBS } from '../../text/lexicon.js';
import { particleAfter, phrasalTerms } from '../../text/paraphrase.js';
import { termOf } from '../../text/terms.js';
import { words } from '../../text/tokenize.js';
import { PIPELINE_OPTIONS } from '../options.js';

/**
 * A light verb the question uses as a phrasal verb ("where did it come down?"): alone the verb
 * says almost nothing, so the phrase is what was asked, and WordNet's single-word meanings of it
 * ("fall", "descend") are what a sentence may say instead.
 */
export interface PhrasalVerb {
  /** The light verb's index term ("come"). */
  verb: string;
  /** The word that completes it, lower-cased ("down"). */
  particle: string;
  /** Index terms of the phrase's single-word meanings. */
  meanings: ReadonlySet<string>;
}

const SENSES = PIPELINE_OPTIONS.fitted.retrieve.paraphraseSenses;
/** The light verbs as index terms, as a question's or sentence's words are compared ("came" → come). */
const LIGHT_TERMS: ReadonlySet<string> = new Set([...LIGHT_VERBS].map(termOf).filter((term): term is string => term !== null));

/** The question's light verbs that, with the adverb after them, make a verb WordNet lists whole. */
export function phrasalLightVerbs(text: string): PhrasalVerb[] {
  const list = words(text);
  return list.flatMap((word, at) => {
    const verb = termOf(word.toLowerCase());
    const particle = particleAfter(list, at)?.toLowerCase();
    if (verb === null || particle === undefined || !LIGHT_TERMS.has(verb) || !ADVERB_PARTICLES.has(particle)) return [];
    const meanings = phrasalTerms(word, particle, SENSES);
    return meanings.size > 0 ? [{ verb, particle, meanings }] : [];
  });
}

/**
 * Whether a sentence uses the phrasal verb's light verb only in another sense: "the accident
 * comes ten days before the festival" is no answer to "where did it come down?". A sentence that
 * says the phrase ("came down") or one of its meanings ("fell") uses it as asked.
 */
export function usesOnlyOtherwise(text: string, terms: ReadonlySet<string>, phrasal: PhrasalVerb): boolean {
  if ([...phrasal.meanings].some((meaning) => terms.has(meaning))) return false;
  const list = words(text);
  const uses = list.map((word, at) => (termOf(word.toLowerCase()) === phrasal.verb ? at : -1)).filter((at) => at >= 0);
  return uses.length > 0 && uses.every((at) => particleAfter(list, at)?.toLowerCase() !== phrasal.particle);
}

/** Whether a sentence says the phrasal verb: one of its meanings ("fell"), or the phrase itself ("came down"). */
export function saysPhrasal(text: string, terms: ReadonlySet<string>, phrasal: PhrasalVerb): boolean {
  if ([...phrasal.meanings].some((meaning) => terms.has(meaning))) return true;
  const list = words(text);
  return list.some((word, at) => termOf(word.toLowerCase()) === phrasal.verb && particleAfter(list, at)?.toLowerCase() === phrasal.particle);
}

/**
 * Whether a sentence says the question's verb only as a phrasal verb the question does not use:
 * "we found out by email" says nothing was found ("what was found?"). WordNet must list the
 * phrase whole, so "found in a ceiling" stays the plain verb.
 */
export function saysVerbOnlyAsPhrasal(text: string, verb: string, question: string): boolean {
  const asked = words(question);
  const askedParticles = new Set(asked.map((word, at) => (termOf(word.toLowerCase()) === verb ? particleAfter(asked, at)?.toLowerCase() : undefined)));
  const list = words(text);
  const uses = list.map((word, at) => (termOf(word.toLowerCase()) === verb ? at : -1)).filter((at) => at >= 0);
  return uses.length > 0 && uses.every((at) => {
    const particle = particleAfter(list, at)?.toLowerCase();
    return particle !== undefined && ADVERB_PARTICLES.has(particle) && !askedParticles.has(particle) && phrasalTerms(list[at]!, particle, SENSES).size > 0;
  });
}
