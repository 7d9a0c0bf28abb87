import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { linkToSentence, linkToStory } from './text-fragment.js';
import type { Citation } from '../types.js';

/**
 * The citation for a passage: its full text and the story it comes from. `quoted` is the text the
 * answer quotes from it (a sentence, or two when a quotation spans them); the link opens the story
 * there. Without it the link opens the passage as a whole; a headline's link opens the story.
 */
export function citationOf(kb: KnowledgeBase, passageIndex: number, marker: number, quoted?: string): Citation {
  const passage = kb.corpus.passages[passageIndex];
  if (!passage) throw new Error(`no passage #${passageIndex}`);
  const story = kb.corpus.storyById.get(passage.storyId);
  // The headline opens the story's page at its top, where the headline is: a text fragment of a
  // front-matter title the page may word differently would only fail to match or hit a sidebar link.
  const url = passage.kind === 'headline' ? linkToStory(story?.url) : linkToSentence(story?.url, quoted ?? passage.text);
  return {
    marker,
    documentId: passage.storyId,
    documentTitle: story?.title ?? passage.storyId,
    passageId: passage.id,
    paragraph: passage.paragraph,
    kind: passage.kind,
    text: passage.text,
    ...(url ? { url } : {}),
    ...(story?.source ? { source: story.source } : {}),
  };
}
