import { editDistance } from './distance.js';
import { LEMMA } from './lemmas.js';
import { POINT_OF_VIEW_VERBS } from './lexicon.js';
import { termOf } from './terms.js';
import { antonymsOf as wordNetAntonyms, synonymsOf as wordNetSynonyms } from './wordnet.js';

/** How many of a verb's senses lend their synonyms ("criticise" → "criticize") to the antonym look-up. */
const SYNONYM_SENSES = 1;

/**
 * Index terms of the words WordNet gives as opposites of a word, as a verb or an adjective ("lost"
 * answers "did they win?", "praised" answers "did she criticise?"). A spelling variant in the
 * same synset ("criticise"/"criticize") is looked up too.
 */
export function antonymTermsOf(word: string): ReadonlySet<string> {
  const lower = word.toLowerCase();
  const base = LEMMA.get(lower) ?? lower;
  // Only a spelling variant: "survive" is "live" in its first sense, and "live" is the opposite of
  // "recorded" (a broadcast), which says nothing of anyone surviving.
  const forms = [base, ...wordNetSynonyms(base, 'verb', SYNONYM_SENSES).filter((synonym) => isSpellingVariant(synonym, base))];
  const opposites = forms
    .flatMap((form) => [...wordNetAntonyms(form, 'verb'), ...wordNetAntonyms(form, 'adjective')])
    .filter((opposite) => !(POINT_OF_VIEW_VERBS.has(base) && POINT_OF_VIEW_VERBS.has(opposite)));
  return new Set(opposites.map((opposite) => termOf(opposite)).filter((term): term is string => term !== null && term !== termOf(base)));
}

/** "criticize" for "criticise", "honor" for "honour": the same word spelt another way (at most two letters apart, the same start). */
function isSpellingVariant(a: string, b: string): boolean {
  return a.slice(0, 3) === b.slice(0, 3) && editDistance(a, b, SPELLING_DISTANCE) <= SPELLING_DISTANCE;
}

const SPELLING_DISTANCE = 2;

/**
 * Index terms of the words WordNet gives for a word, as a verb or an adjective ("improve" for
 * "better"): a sentence holding one of these and an opposite ("improved …, then worsened") says both.
 */
export function sameTermsOf(word: string): ReadonlySet<string> {
  const lower = word.toLowerCase();
  const base = LEMMA.get(lower) ?? lower;
  const same = [...wordNetSynonyms(base, 'verb'), ...wordNetSynonyms(base, 'adjective')];
  return new Set(same.map((form) => termOf(form)).filter((term): term is string => term !== null && term !== termOf(base)));
}
