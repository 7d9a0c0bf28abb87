import type { Story } from '../knowledge/types.js';
import { annotateCorpus, readAnnotation, type Annotations, type SentenceAnnotation } from '../corpus/annotation.js';
import { buildCorpus, type Corpus } from '../corpus/corpus.js';
import { mineEntities, type EntityIndex } from '../corpus/entities.js';
import { buildSearchIndex, type SearchIndex } from '../search/index.js';

/** Everything an answer is computed from, built once per version of the knowledge folder. */
export interface KnowledgeBase {
  corpus: Corpus;
  index: SearchIndex;
  entities: EntityIndex;
  /** Every sentence's tokens (lemma, part of speech) and typed entities, from index time. */
  annotations: Annotations;
}

export function buildKnowledgeBase(stories: Story[]): KnowledgeBase {
  const corpus = buildCorpus(stories);
  const entities = mineEntities(corpus);
  return { corpus, index: buildSearchIndex(corpus), entities, annotations: annotateCorpus(corpus, entities) };
}

/**
 * The annotation of one sentence, by its id (`Sentence.id`, the index's document id): tokens
 * with character offsets, lemma and part of speech, and entities with their type. Undefined for
 * an id outside the corpus. Reads the columns kept at index time; no NLP runs here.
 */
export function annotationOf(kb: KnowledgeBase, sentenceId: number): SentenceAnnotation | undefined {
  const sentence = kb.corpus.sentences[sentenceId];
  return sentence ? readAnnotation(kb.annotations, sentence.text, sentenceId) : undefined;
}
