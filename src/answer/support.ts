import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { synonymsOf } from '../text/synonyms.js';
import { isStopWord, termOf, termsOf } from '../text/terms.js';
import { words } from '../text/tokenize.js';

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
  return /^\p{Lu}/u.test(word) && kb.entities.byKey.has(word.toLowerCase().replace(/['’]s$/, ''));
}

