export type PassageKind = 'headline' | 'body' | 'caption';

/** The paragraph number of a story's headline: before the first raw paragraph, so none is renumbered. */
export const HEADLINE_PARAGRAPH = 0;

/** A paragraph of a story: the unit a citation points to. */
export interface Passage {
  /** `${storyId}#${paragraph}`: stable across re-indexing because it counts raw paragraphs. */
  id: string;
  storyId: string;
  /**
   * 1-based position among the file's raw paragraphs (boilerplate included), so cleaning rules never
   * renumber; 0 for the headline, which stands before the text.
   */
  paragraph: number;
  /** A headline is the front matter's title, evidence like any sentence and cited as the headline. */
  kind: PassageKind;
  text: string;
  sentences: string[];
}

export interface StoryMeta {
  title: string;
  source?: string;
  /** The byline, when the front matter gives one. */
  author?: string;
  url?: string;
  published?: string;
}

export interface Story extends StoryMeta {
  id: string;
  /** The file it was read from, relative to the knowledge folder. */
  file: string;
  passages: Passage[];
}
