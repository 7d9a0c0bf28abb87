import type { Passage, Story } from '../knowledge/types.js';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../steps.js';

/** One sentence of a passage: the unit the index retrieves and an answer quotes. */
export interface Sentence {
  /** Position in `Corpus.sentences`, also its id in the index. */
  id: number;
  /** Position of its passage in `Corpus.passages`. */
  passage: number;
  /** Position within the passage. */
  index: number;
  text: string;
}

/** Every story flattened into arrays the index and the answerer address by number. */
export interface Corpus {
  stories: Story[];
  passages: Passage[];
  sentences: Sentence[];
  /** For each passage, the id of its first sentence (its sentences are contiguous). */
  firstSentence: number[];
  storyById: Map<string, Story>;
}

export function buildCorpus(stories: Story[]): Corpus {
  return runToEnd(buildCorpusSteps(stories));
}

/** `buildCorpus`, pausing every `ITEMS_PER_STEP` passages (a reload builds it between answers). */
export function* buildCorpusSteps(stories: Story[]): Steps<Corpus> {
  const passages: Passage[] = [];
  const sentences: Sentence[] = [];
  const firstSentence: number[] = [];
  for (const story of stories) {
    for (const passage of story.passages) {
      const passageIndex = passages.length;
      if (passageIndex % ITEMS_PER_STEP === 0) yield;
      passages.push(passage);
      firstSentence.push(sentences.length);
      passage.sentences.forEach((text, index) => sentences.push({ id: sentences.length, passage: passageIndex, index, text }));
    }
  }
  return { stories, passages, sentences, firstSentence, storyById: new Map(stories.map((story) => [story.id, story])) };
}

/** The sentences of the passage a sentence belongs to. */
export function passageSentences(corpus: Corpus, passage: number): Sentence[] {
  const first = corpus.firstSentence[passage] ?? 0;
  const count = corpus.passages[passage]?.sentences.length ?? 0;
  return corpus.sentences.slice(first, first + count);
}

/** The id of the story a sentence belongs to ("" for none: an id the corpus does not hold). */
export function storyOfSentence(corpus: Corpus, sentence: Sentence): string {
  return corpus.passages[sentence.passage]?.storyId ?? '';
}
