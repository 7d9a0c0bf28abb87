import type { Story } from '../knowledge/types.js';
import { buildCorpus, type Corpus } from '../corpus/corpus.js';
import { mineEntities, type EntityIndex } from '../corpus/entities.js';
import { buildSearchIndex, type SearchIndex } from '../search/index.js';

/** Everything an answer is computed from, built once per version of the knowledge folder. */
export interface KnowledgeBase {
  corpus: Corpus;
  index: SearchIndex;
  entities: EntityIndex;
}

export function buildKnowledgeBase(stories: Story[]): KnowledgeBase {
  const corpus = buildCorpus(stories);
  return { corpus, index: buildSearchIndex(corpus), entities: mineEntities(corpus) };
}
