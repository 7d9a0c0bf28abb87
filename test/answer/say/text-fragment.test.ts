import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fragmentWords, linkToSentence, RANGE_EDGE_WORDS, WHOLE_SENTENCE_MAX_WORDS } from '../../../src/answer/say/text-fragment.js';

/** The text terms of a link, decoded as a browser does: `text=start[,end]`, each percent-decoded. */
function decodedTerms(link: string): string[] {
  const directive = /:~:text=([^&]*)$/.exec(link)?.[1];
  if (directive === undefined) throw new Error(`no text directive in ${link}`);
  return directive.split(',').map(decodeURIComponent);
}

describe('links to the cited sentence (URL text fragments)', () => {
  it('puts a short sentence in whole, percent-encoding "-", "," and "&"', () => {
    const link = linkToSentence('https://news.example/a', 'The 20-point plan, drafted by Smith & Jones, failed.');
    expect(link).toBe('https://news.example/a#:~:text=The%2020%2Dpoint%20plan%2C%20drafted%20by%20Smith%20%26%20Jones%2C%20failed');
  });

  it('uses the start,end form for a long sentence, so the link stays short', () => {
    const sentence = 'Donald Trump’s special envoy Steve Witkoff personally advised a senior Russian official on how to praise the president, according to a leaked transcript.';
    const link = linkToSentence('https://news.example/a', sentence) ?? '';
    expect(decodedTerms(link)).toEqual(['Donald Trump’s special envoy Steve', 'according to a leaked transcript']);
    expect(link.length).toBeLessThan('https://news.example/a'.length + 120);
  });

  it('starts and ends on a word: quotation marks and the full stop are left out', () => {
    expect(decodedTerms(linkToSentence('https://e.example/', '“That’s what a dealmaker does.”') ?? '')).toEqual(['That’s what a dealmaker does']);
  });

  it('keeps an element fragment the url already has and replaces a text directive it already has', () => {
    expect(linkToSentence('https://e.example/a#top', 'Short one.')).toBe('https://e.example/a#top:~:text=Short%20one');
    expect(linkToSentence('https://e.example/a#:~:text=old', 'New one.')).toBe('https://e.example/a#:~:text=New%20one');
  });

  it('builds no link without a usable http(s) url', () => {
    for (const url of [undefined, '', 'javascript:alert(1)', 'not a url', 'ftp://e.example/a']) expect(linkToSentence(url, 'A sentence.')).toBeUndefined();
  });

  const word = fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
    fc.constantFrom('20-point', 'Smith,', '&', 'AT&T', 'e.g.', '“quoted', 'end.”', 'naïve', 'Zürich', '(aside)', '50%', '#1', 'a+b', 'x=y', 'Trump’s', '—', '😀'),
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));

  it('round-trips: decoding the fragment gives back the sentence’s words (property)', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const words = fragmentWords(text);
        const link = linkToSentence('https://news.example/story', text);
        if (words.length === 0) return;
        const terms = decodedTerms(link ?? '');
        if (words.length <= WHOLE_SENTENCE_MAX_WORDS) expect(terms).toEqual([words.join(' ')]);
        else expect(terms).toEqual([words.slice(0, RANGE_EDGE_WORDS).join(' '), words.slice(-RANGE_EDGE_WORDS).join(' ')]);
        // The words are the sentence's own, in order: only punctuation at the edges is dropped.
        expect(text.replace(/\s+/g, ' ')).toContain(words.join(' '));
      }),
      { numRuns: 400 },
    );
  });

  it('never links to another host than the story’s own url, whatever the sentence says (property)', () => {
    const hostile = fc.oneof(sentence, fc.string({ maxLength: 200 }), fc.constantFrom('@evil.example/x', '//evil.example', 'https://evil.example/', '#:~:text=x&y', ') [x](https://evil.example)'));
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), hostile, (storyUrl, text) => {
        const link = linkToSentence(storyUrl, text);
        if (link === undefined) return;
        const story = new URL(storyUrl);
        const linked = new URL(link);
        expect(linked.host).toBe(story.host);
        expect(linked.protocol).toBe(story.protocol);
        expect(`${linked.origin}${linked.pathname}${linked.search}`).toBe(`${story.origin}${story.pathname}${story.search}`);
      }),
      { numRuns: 400 },
    );
  });
});
