import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { synonymsOf } from '../../text/synonyms.js';
import { isStopWord, termOf, termsOf } from '../../text/terms.js';
import { tokens, words } from '../../text/tokenize.js';
import { AUXILIARY, wordOf } from '../../text/lexicon.js';
import { MEANINGFUL_STOP_VERBS } from '../../text/stopwords.js';
import { baseForm } from '../../text/wordnet.js';
import { claimAt, type Claim } from '../../corpus/claims.js';
import { isCapitalised, nameKey } from '../../text/names.js';

/**
 * Whether every content word of `phrase` is backed by `texts` (the passages an answer cites): the
 * same index term (lemma or stem), a synonym of it, or a name the stories know. The bot may only
 * restate the question's words that pass this, so nothing the asker supplied becomes a cited fact.
 */
export function supportedBy(kb: KnowledgeBase, phrase: string, texts: readonly string[]): boolean {
  const present = new Set(texts.flatMap((text) => termsOf(text)));
  return words(phrase).every((word) => isStopWord(word) || backed(kb, word, present));
}

function backed(kb: KnowledgeBase, word: string, present: ReadonlySet<string>): boolean {
  const term = termOf(word);
  if (term === null || present.has(term)) return true;
  if ([...synonymsOf(term)].some((synonym) => present.has(synonym))) return true;
  return isCapitalised(word) && kb.entities.byKey.has(nameKey(word));
}


const AUXILIARY_FIRST = new RegExp(`^${AUXILIARY}$`, 'i');
/** Stop words that are the verb a "who" question asks about ("who named …", "who told …"). */
const VERB_STOP_WORDS = wordOf(MEANINGFUL_STOP_VERBS);

/** The verb of a "who" predicate: "released the transcript" → released; "did Roe praise" → praise. */
export function predicateVerb(predicate: string): string | undefined {
  const parts = predicate.split(/\s+/);
  if (!AUXILIARY_FIRST.test(parts[0] ?? '')) return parts[0];
  // After the auxiliary comes the subject, then the verb: the first lower-case word WordNet knows
  // as a verb ("did the geographic scholars work for" → work).
  return parts.slice(1).find((word) => /^\p{Ll}/u.test(word) && (!isStopWord(word) || VERB_STOP_WORDS.test(word)) && baseForm(word, 'verb') !== undefined);
}

/** How a text puts the verb of a "who" predicate. */
export type VerbFooting =
  /** Some occurrence (or a synonym's) is stated as fact in the story's voice. */
  | 'asserted'
  /** It is there, but hedged, planned or someone's claim: enough to point at, not to restate. */
  | 'hedged'
  /** Every occurrence is quoted, wanted, asked or negated ("called for Roe to be sacked", "He should be fired"). */
  | 'unasserted'
  /** The verb is not there at all. */
  | 'absent';

export function verbFooting(predicate: string, text: string): VerbFooting {
  const verb = predicateVerb(predicate);
  const term = verb ? termOf(verb) : null;
  if (term === null) return 'absent';
  const same = new Set([term, ...synonymsOf(term)]);
  const claims = tokens(text)
    .filter((token) => same.has(termOf(token.raw) ?? ''))
    .map((token) => claimAt(text, token.start));
  if (claims.length === 0) return 'absent';
  if (claims.some((claim) => claim.modality === 'asserted' && !claim.negated && !claim.quoted && !claim.reported)) return 'asserted';
  // "arrested on suspicion of starting the fire" says nobody started it, as "called for him to be fired" says nobody fired him.
  const denied = (claim: Claim): boolean => claim.quoted || claim.negated || claim.modality === 'directed' || claim.modality === 'question' || claim.modality === 'apparent';
  return claims.every(denied) ? 'unasserted' : 'hedged';
}
