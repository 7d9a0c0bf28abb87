import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import type { Citation } from './types.js';

/** The citation for a passage: its full text and the story it comes from. */
export function citationOf(kb: KnowledgeBase, passageIndex: number, marker: number): Citation {
  const passage = kb.corpus.passages[passageIndex];
  if (!passage) throw new Error(`no passage #${passageIndex}`);
  const story = kb.corpus.storyById.get(passage.storyId);
  return {
    marker,
    documentId: passage.storyId,
    documentTitle: story?.title ?? passage.storyId,
    passageId: passage.id,
    paragraph: passage.paragraph,
    kind: passage.kind,
    text: passage.text,
    ...(story?.url ? { url: story.url } : {}),
    ...(story?.source ? { source: story.source } : {}),
  };
}
