import type { Passage, Story } from '../knowledge/types.js';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../steps.js';

/**
 * A columnar form of the parsed stories for the persisted index. Stories as one JSON document
 * made loading a 200,000-passage archive spend ~1.3 s decoding and parsing 55 MB of JSON and
 * allocating a string per passage and sentence. Here passage texts are laid end to end in two
 * blobs that each load as one string; passage texts and sentences are slices of them (V8 shares
 * the characters), and the numbers are Int32Arrays. Only story metadata stays JSON. Pure-ASCII
 * passages go in their own blob, decoded as Latin-1 into a one-byte string: one curly quote
 * anywhere would otherwise make the whole blob a two-byte string (double the memory) and the
 * UTF-8 decode took twice as long as the Latin-1 copy.
 *
 * A passage that does not have the usual shape (extra fields, an id that is not
 * `storyId#paragraph`, sentences that are not slices of its text in order, text with lone
 * surrogates that UTF-8 cannot carry) is kept whole in the JSON, so the codec never loses data
 * whatever fields the knowledge reader grows.
 */
export interface EncodedStories {
  /** Story metadata (without passages), passage counts, kind names and the irregular passages. */
  meta: StoriesMeta;
  /** The texts of regular passages that are pure ASCII, concatenated (saved as bytes, read as Latin-1). */
  ascii: string;
  /** The texts of the other regular passages, concatenated (saved and read as UTF-8). */
  text: string;
  /** Per regular passage: which blob (0 ascii, 1 text), end of its text there (UTF-16 units), paragraph, kind, sentence count. */
  passages: Int32Array;
  /** Per sentence of a regular passage: start and end within its passage text. */
  sentences: Int32Array;
}

export interface StoriesMeta {
  stories: (Omit<Story, 'passages'> & { passageCount: number })[];
  kinds: string[];
  /** Passages kept whole, by their position among all passages. */
  irregular: [number, Passage][];
}

const PASSAGE_KEYS = new Set(['id', 'storyId', 'paragraph', 'kind', 'text', 'sentences']);
const FIELDS = 5;
const ASCII = /^[\x00-\x7f]*$/;

// `isWellFormed` is ES2024 (Node 20 has it; the TypeScript lib here is ES2023).
/** Where each sentence starts and ends in the passage text, or null when one is not found in order. */
function sentenceOffsets(passage: Passage): number[] | null {
  const found: number[] = [];
  let from = 0;
  for (const sentence of passage.sentences) {
    const at = passage.text.indexOf(sentence, from);
    if (at < 0) return null;
    found.push(at, at + sentence.length);
    from = at + sentence.length;
  }
  return found;
}

function isRegular(story: Story, passage: Passage): boolean {
  return (
    Object.keys(passage).every((key) => PASSAGE_KEYS.has(key)) &&
    passage.storyId === story.id &&
    Number.isInteger(passage.paragraph) &&
    Math.abs(passage.paragraph) < 2 ** 31 &&
    passage.id === `${story.id}#${passage.paragraph}` &&
    typeof passage.kind === 'string' &&
    typeof passage.text === 'string' &&
    (passage.text as string & { isWellFormed(): boolean }).isWellFormed()
  );
}

export function encodeStories(stories: readonly Story[]): EncodedStories {
  const kinds: string[] = [];
  const irregular: [number, Passage][] = [];
  const texts: [string[], string[]] = [[], []];
  const ends: [number, number] = [0, 0];
  const passages: number[] = [];
  const sentences: number[] = [];
  let position = 0;
  const metas = stories.map(({ passages: storyPassages, ...meta }) => {
    for (const passage of storyPassages) {
      const offsets = isRegular({ ...meta, passages: storyPassages }, passage) ? sentenceOffsets(passage) : null;
      if (offsets === null) {
        irregular.push([position++, passage]);
        continue;
      }
      position++;
      let kind = kinds.indexOf(passage.kind);
      if (kind < 0) kind = kinds.push(passage.kind) - 1;
      const blob: 0 | 1 = ASCII.test(passage.text) ? 0 : 1;
      texts[blob].push(passage.text);
      ends[blob] += passage.text.length;
      passages.push(blob, ends[blob], passage.paragraph, kind, passage.sentences.length);
      for (const offset of offsets) sentences.push(offset);
    }
    return { ...meta, passageCount: storyPassages.length };
  });
  return { meta: { stories: metas, kinds, irregular }, ascii: texts[0].join(''), text: texts[1].join(''), passages: Int32Array.from(passages), sentences: Int32Array.from(sentences) };
}

/**
 * A blob of passage texts read front to back: `slice` is asked for ranges in ascending order
 * (UTF-16 units from the blob's start), so a reader may decode the blob a piece at a time.
 */
export interface TextSource {
  slice(start: number, end: number): string | undefined;
  /** Whether `end` is the blob's end (every character was claimed by a passage). */
  endsAt(end: number): boolean;
}

export function stringSource(text: string): TextSource {
  return {
    slice: (start, end) => (end <= text.length ? text.slice(start, end) : undefined),
    endsAt: (end) => end === text.length,
  };
}

export function decodeStories({ meta, ascii, text, passages, sentences }: EncodedStories): Story[] {
  return runToEnd(decodeStoriesSteps(meta, [stringSource(ascii), stringSource(text)], passages, sentences));
}

/** The stories back from their columns, pausing every `ITEMS_PER_STEP` passages (see src/steps.ts). */
export function* decodeStoriesSteps(meta: StoriesMeta, blobs: [TextSource, TextSource], passages: Int32Array, sentences: Int32Array): Steps<Story[]> {
  if (passages.length % FIELDS !== 0) throw new Error('passage table has a partial row');
  const irregular = new Map(meta.irregular);
  let row = 0;
  let sentence = 0;
  const starts = [0, 0];
  let position = 0;
  const stories: Story[] = [];
  for (const { passageCount, ...rest } of meta.stories) {
    const story: Story = { ...rest, passages: [] };
    stories.push(story);
    for (let n = 0; n < passageCount; n++, position++) {
      if (position % ITEMS_PER_STEP === 0) yield;
      const kept = irregular.get(position);
      if (kept) {
        story.passages.push(kept);
        continue;
      }
      if (row + FIELDS > passages.length) throw new Error('fewer passages than the stories claim');
      const blob = passages[row]!;
      const source = blobs[blob];
      const start = starts[blob]!;
      const end = passages[row + 1]!;
      const paragraph = passages[row + 2]!;
      const kind = meta.kinds[passages[row + 3]!];
      const count = passages[row + 4]!;
      row += FIELDS;
      const passageText = source === undefined || kind === undefined || end < start || sentence + 2 * count > sentences.length ? undefined : source.slice(start, end);
      if (passageText === undefined) throw new Error('passage table out of range');
      const list: string[] = new Array<string>(count);
      for (let at = 0; at < count; at++, sentence += 2) list[at] = passageText.slice(sentences[sentence], sentences[sentence + 1]);
      starts[blob] = end;
      story.passages.push({ id: `${story.id}#${paragraph}`, storyId: story.id, paragraph, kind: kind as Passage['kind'], text: passageText, sentences: list });
    }
  }
  if (row !== passages.length || sentence !== sentences.length || !blobs[0].endsAt(starts[0]!) || !blobs[1].endsAt(starts[1]!)) throw new Error('story tables do not match the stories');
  return stories;
}
