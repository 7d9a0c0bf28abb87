import { findEntity } from '../../corpus/entities.js';
import type { Sentence } from '../../corpus/corpus.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { literal } from '../../text/lexicon.js';

/**
 * The sentences of one story that name someone, in story order: what "tell me more" reads on
 * through after a question about them. The story is the one holding `passage` (its passages are
 * contiguous), so reading on never wanders into another story about a namesake.
 */
export function mentionsInStory(kb: KnowledgeBase, passage: number, name: string): Sentence[] {
  const { passages, sentences, firstSentence } = kb.corpus;
  const story = passages[passage]?.storyId;
  if (story === undefined) return [];
  let first = passage;
  while (first > 0 && passages[first - 1]!.storyId === story) first--;
  let last = passage;
  while (last + 1 < passages.length && passages[last + 1]!.storyId === story) last++;
  const named = namePattern(kb, name);
  const from = firstSentence[first] ?? 0;
  const to = last + 1 < passages.length ? (firstSentence[last + 1] ?? sentences.length) : sentences.length;
  return sentences.slice(from, to).filter((sentence) => named.test(sentence.text));
}

/** The full name, or the surname alone when it is that person's in the entity index ("Roe" for "Jane Roe"). */
function namePattern(kb: KnowledgeBase, name: string): RegExp {
  const entity = findEntity(kb.entities, name);
  const full = entity?.name ?? name;
  const surname = full.split(' ').at(-1) ?? full;
  const forms = surname !== full && findEntity(kb.entities, surname) === entity ? [full, surname] : [full];
  const escaped = forms.map(literal);
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{M}])`, 'u');
}
