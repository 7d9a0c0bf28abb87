import type { Citation } from '../types.js';

/**
 * Where in its story a citation points, as it reads after the story's title: ", paragraph 4",
 * ", paragraph 6 (photo caption)", or " (headline)" (the headline has no paragraph number a
 * reader could count to). One wording for every platform.
 */
export function placeInStory(citation: Pick<Citation, 'kind' | 'paragraph'>): string {
  if (citation.kind === 'headline') return ' (headline)';
  return `, paragraph ${citation.paragraph}${citation.kind === 'caption' ? ' (photo caption)' : ''}`;
}
