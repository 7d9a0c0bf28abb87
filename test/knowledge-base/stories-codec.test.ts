import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/knowledge/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { decodeStories, encodeStories } from '../../src/knowledge-base/stories-codec.js';

const roundTrip = (stories: Story[]) => {
  const encoded = encodeStories(stories);
  // Through bytes, as the cache file carries it.
  const text = Buffer.from(encoded.text, 'utf8').toString('utf8');
  const ascii = Buffer.from(encoded.ascii, 'latin1').toString('latin1');
  return decodeStories({ ...JSON.parse(JSON.stringify({ meta: encoded.meta })), ascii, text, passages: encoded.passages, sentences: encoded.sentences });
};

describe('the columnar story codec', () => {
  it('gives back the bundled stories exactly', async () => {
    const { stories } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    expect(roundTrip(stories)).toEqual(stories);
    // Every bundled passage has the usual shape, so none falls back to JSON.
    expect(encodeStories(stories).meta.irregular).toEqual([]);
  });

  it('carries the headline in the columns: its kind, paragraph 0 and id story#0', async () => {
    const { stories } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const encoded = encodeStories(stories);
    expect(encoded.meta.kinds).toContain('headline');
    expect(encoded.meta.irregular).toEqual([]);
    expect(roundTrip(stories)[0]?.passages[0]).toMatchObject({ id: 'witkoff-call#0', paragraph: 0, kind: 'headline' });
  });

  it('keeps unusual passages whole: extra fields, other ids, sentences that are not slices, lone surrogates, non-ASCII', () => {
    const passage = (paragraph: number, text: string, sentences: string[], extra: object = {}) => ({
      id: `s#${paragraph}`,
      storyId: 's',
      paragraph,
      kind: 'body' as const,
      text,
      sentences,
      ...extra,
    });
    const stories: Story[] = [
      {
        id: 's',
        file: 's.md',
        title: 'Títle “quoted”',
        published: '2025-01-02',
        passages: [
          passage(1, 'Zoë met the mayor. She left.', ['Zoë met the mayor.', 'She left.']),
          passage(2, 'Rewritten text.', ['A sentence not in the text.']),
          passage(3, 'Extra field.', ['Extra field.'], { focus: 'x' }),
          { ...passage(4, 'Own id.', ['Own id.']), id: 'custom' },
          passage(5, 'Lone \ud800 surrogate.', ['Lone \ud800 surrogate.']),
          { ...passage(6, 'A caption 🙂 with an emoji.', ['A caption 🙂 with an emoji.']), kind: 'caption' },
          passage(7, '', []),
        ],
      },
      { id: 'empty', file: 'empty.md', title: 'No passages', passages: [] },
    ];
    const encoded = encodeStories(stories);
    expect(encoded.meta.irregular.map(([at]) => at)).toEqual([1, 2, 3, 4]);
    expect(roundTrip(stories)).toEqual(stories);
  });

  it('rejects tables that do not match the stories instead of returning wrong text', async () => {
    const { stories } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const encoded = encodeStories(stories);
    expect(() => decodeStories({ ...encoded, text: encoded.text.slice(0, -5) })).toThrow();
    expect(() => decodeStories({ ...encoded, ascii: `${encoded.ascii}x` })).toThrow();
    expect(() => decodeStories({ ...encoded, passages: encoded.passages.subarray(5) })).toThrow();
    expect(() => decodeStories({ ...encoded, sentences: encoded.sentences.subarray(2) })).toThrow();
  });
});
