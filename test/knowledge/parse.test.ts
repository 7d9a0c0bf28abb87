import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { parseStory } from '../../src/knowledge/parse.js';

const bundled = readFileSync(new URL('../../knowledge/witkoff-call.txt', import.meta.url));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseStory on the bundled story as published', () => {
  const story = parseStory('witkoff-call.txt', bundled);

  it('takes title, source and date from the front matter', () => {
    expect(story.title).toMatch(/Witkoff/);
    expect(story.source).toBe('The Independent');
    expect(story.published).toBe('2025-11-26');
  });

  it('drops the donation appeal and keeps the reporting', () => {
    const text = story.passages.map((passage) => passage.text).join('\n');
    expect(text).not.toMatch(/Your support helps us/);
    expect(text).not.toMatch(/Support Now/);
    expect(story.passages[0]?.text).toMatch(/^Donald Trump’s special envoy/);
  });

  it('keeps photo captions as caption passages without the gallery prefix or photo credit', () => {
    const captions = story.passages.filter((passage) => passage.kind === 'caption');
    expect(captions.length).toBe(3);
    for (const caption of captions) {
      expect(caption.text).not.toMatch(/open image in gallery/i);
      expect(caption.text).not.toMatch(/\)\s*$/);
    }
  });

  it('numbers passages by raw paragraph, so cleaning never renumbers a citation', () => {
    expect(story.passages[0]?.id).toBe('witkoff-call#2');
    expect(story.passages.map((passage) => passage.paragraph)).toEqual([...story.passages.map((p) => p.paragraph)].sort((a, b) => a - b));
    expect(new Set(story.passages.map((passage) => passage.id)).size).toBe(story.passages.length);
  });
});

describe('parseStory on other shapes of story', () => {
  it('reads a file without front matter, taking the title from its first line', () => {
    const story = parseStory('council.txt', bytes('Council approves library\nThe council voted on Tuesday.\nWork starts in spring.'));
    expect(story.title).toBe('Council approves library');
    expect(story.passages.map((passage) => passage.text)).toContain('The council voted on Tuesday.');
  });

  it('falls back to the file name for the title when the first line is a sentence', () => {
    const story = parseStory('city-budget-2026.md', bytes('The city passed its budget on Monday after a long debate.'));
    expect(story.title).toBe('City budget 2026');
  });

  it('drops furniture lines such as Advertisement, Read more and newsletter sign-ups', () => {
    const story = parseStory('x.md', bytes('A fire closed the road.\n\nAdvertisement\n\nRead more\n\nSign up for our free morning newsletter today.\n\nThe road reopened.'));
    expect(story.passages.map((passage) => passage.text)).toEqual(['A fire closed the road.', 'The road reopened.']);
  });

  it('reads the author from the front matter, and lists it among the allowed fields', () => {
    expect(parseStory('a.md', bytes('---\nauthor: Mira Holm\n---\nThe bridge reopened on Monday.')).author).toBe('Mira Holm');
    expect(parseStory('b.md', bytes('The bridge reopened on Monday.')).author).toBeUndefined();
    expect(() => parseStory('c.md', bytes('---\nauthr: x\n---\nText.'))).toThrow(/allowed: title, source, author, url, published/);
  });

  it('keeps an opening line that merely looks like a field, and a --- rule further down', () => {
    const story = parseStory('dateline.md', bytes('Source: city hall.\nThe library reopened on Monday.\n\n---\n\nIt had been closed for a year.'));
    expect(story.passages.map((passage) => passage.text).join(' ')).toMatch(/^Source: city hall\./);
  });

  it('turns markdown links into their text so no address is quoted', () => {
    const story = parseStory('x.md', bytes('The [report](https://example.org/r) was **published** on Monday.'));
    expect(story.passages[0]?.text).toBe('The report was published on Monday.');
  });
});

describe('parseStory rejects malformed files, naming the file and the problem', () => {
  const problem = (file: string, content: Uint8Array): string => {
    try {
      parseStory(file, content);
    } catch (error) {
      expect(error).toBeInstanceOf(KnowledgeError);
      return (error as Error).message;
    }
    throw new Error('expected a KnowledgeError');
  };

  it('an empty file', () => expect(problem('empty.md', bytes(''))).toMatch(/^empty\.md: is empty/));
  it('a file that is not UTF-8', () => expect(problem('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]))).toMatch(/^latin1\.txt: is not UTF-8/));
  it('a binary file', () => expect(problem('blob.txt', bytes('abc\u0000def'))).toMatch(/binary/));
  it('front matter without its closing line', () => expect(problem('open.md', bytes('---\ntitle: x\nbody'))).toMatch(/no closing ---/));
  it('an unknown front matter field', () => expect(problem('typo.md', bytes('---\ntittle: x\n---\nText.'))).toMatch(/unknown field "tittle"/));
  it('a bad date', () => expect(problem('date.md', bytes('---\npublished: yesterday\n---\nText.'))).toMatch(/published must be a date/));
  it('a bad url', () => expect(problem('url.md', bytes('---\nurl: javascript:alert(1)\n---\nText.'))).toMatch(/url must be an http/));
  it('front matter without its opening line, so its fields are never quoted as story text', () =>
    expect(problem('open.md', bytes('title: Library reopens\nauthor: Mira Holm\n---\nThe library reopened on Monday.'))).toBe(
      'open.md: front matter has no opening --- line: add a line with only --- above "title:"',
    ));
  it('front matter without either --- line', () =>
    expect(problem('bare.md', bytes('Title: Library reopens\npublished: 2025-11-26\n\nThe library reopened on Monday.'))).toBe(
      'bare.md: starts with front matter (Title, published) but no --- lines: put a line with only --- above and below it',
    ));
  it('front matter with no story after it', () => expect(problem('bare.md', bytes('---\ntitle: Only a title\n---\n'))).toMatch(/no story text/));
  it('a file of nothing but boilerplate', () => expect(problem('junk.md', bytes('Advertisement\n\nRead more'))).toMatch(/no story text/));
});
