import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/engine.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { parseStory, storyIdOf } from '../../src/knowledge/parse.js';

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
    expect(story.passages.find((passage) => passage.kind === 'body')?.text).toMatch(/^Donald Trump’s special envoy/);
  });

  it('keeps photo captions as caption passages without the gallery prefix or photo credit', () => {
    const captions = story.passages.filter((passage) => passage.kind === 'caption');
    expect(captions.length).toBe(3);
    for (const caption of captions) {
      expect(caption.text).not.toMatch(/open image in gallery/i);
      expect(caption.text).not.toMatch(/\)\s*$/);
    }
  });

  it('adds the headline as passage 0, leaving every other passage id and paragraph number as it was', () => {
    const headline = story.passages[0];
    expect(headline).toMatchObject({ id: 'witkoff-call#0', paragraph: 0, kind: 'headline', text: story.title, sentences: [story.title] });
    const rest = story.passages.slice(1).map((passage) => `${passage.paragraph}${passage.kind === 'caption' ? 'c' : ''}`);
    expect(rest).toEqual(['2', '3', '4', '5', '6c', '7', '8', '9', '10', '11', '12c', '13', '14', '15', '16', '17c', '18', '19', '20', '21', '22', '23', '24']);
    expect(story.passages.slice(1).every((passage) => passage.id === `witkoff-call#${passage.paragraph}`)).toBe(true);
  });

  it('numbers passages by raw paragraph, so cleaning never renumbers a citation', () => {
    expect(story.passages[1]?.id).toBe('witkoff-call#2');
    expect(story.passages.map((passage) => passage.paragraph)).toEqual([...story.passages.map((p) => p.paragraph)].sort((a, b) => a - b));
    expect(new Set(story.passages.map((passage) => passage.id)).size).toBe(story.passages.length);
  });
});

describe('parseStory: the headline', () => {
  it('is a passage only when the front matter gives a title, and not when the text repeats it', () => {
    const titled = parseStory('a.md', bytes('---\ntitle: "Bridge **reopens** after repairs"\n---\nThe bridge reopened on Monday.'));
    expect(titled.passages.map((passage) => [passage.kind, passage.text])).toEqual([['headline', 'Bridge reopens after repairs'], ['body', 'The bridge reopened on Monday.']]);
    const fromFirstLine = parseStory('b.txt', bytes('Bridge reopens\nThe bridge reopened on Monday.'));
    expect(fromFirstLine.passages.map((passage) => passage.kind)).toEqual(['body', 'body']);
    const repeated = parseStory('c.md', bytes('---\ntitle: Bridge reopens\n---\n# Bridge reopens\n\nThe bridge reopened on Monday.'));
    expect(repeated.passages.map((passage) => passage.kind)).toEqual(['body', 'body']);
  });

  it('does not make a story of a title alone', () => {
    expect(() => parseStory('d.md', bytes('---\ntitle: Bridge reopens\n---\nAdvertisement'))).toThrow(/has no story text/);
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
  it('a field other tools use says which of ours to write: "date:" is "published:"', () =>
    expect(problem('dated.md', bytes('---\ntitle: x\ndate: 2026-03-12\n---\nText.'))).toMatch(/unknown field "date" \(write it as "published:"\)/));
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

describe('parseStory cleans what a story copied from a chat or a web page hides', () => {
  const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

  it('removes bidirectional overrides and zero-width characters from the text and the title', () => {
    const story = parseStory(
      'bidi.md',
      bytes('---\ntitle: "Harbour\u200B news \u202Egnp.exe\u202C"\nauthor: "Mira\u2066 Holm\u2069"\n---\nThe file inv\u200Boice\u202Egnp.exe\u202C was sent on Monday.\n\nThe harbour\u200D master \u200Fsaid so\u001B]0;pwned\u0007.\n'),
    );
    expect(story.title).toBe('Harbour news gnp.exe');
    expect(story.author).toBe('Mira Holm');
    expect(story.passages.map((passage) => passage.text)).toEqual(['Harbour news gnp.exe', 'The file invoicegnp.exe was sent on Monday.', 'The harbour master said so ]0;pwned .']);
    for (const text of [story.title, ...story.passages.flatMap((passage) => [passage.text, ...passage.sentences])]) expect(text).not.toMatch(HIDDEN);
  });

  it('reduces Slack and Discord markup to its label or nothing before indexing', () => {
    const story = parseStory(
      'chat.md',
      bytes('Ask Lena Fisk <!subteam^S123|@editors> about it, said <@U42|tom> in <#C9|newsroom> <!here>.\n\nDiscord readers <@&77> and <@!88> reacted with <:party:123> on <t:1700000000:R>; see <https://x.example/r|the report>.\n'),
    );
    expect(story.passages.map((passage) => passage.text)).toEqual([
      'Ask Lena Fisk editors about it, said tom in newsroom .',
      'Discord readers and reacted with on ; see the report.',
    ]);
  });

  it('never answers with the id inside a mention: "Who is Lena Fisk?" is not "S123"', () => {
    const bot = createBot([parseStory('fisk.md', bytes('Ask Lena Fisk <!subteam^S123|@editors> about the survey, which will be published in March.\n'))]);
    const answer = bot.ask('Who is Lena Fisk?');
    expect(answer.shortAnswer ?? '').not.toContain('S123');
    expect(JSON.stringify(answer)).not.toContain('S123');
  });
});

describe('storyIdOf', () => {
  it('keeps letters of every script, so stories named in Russian, Chinese or Japanese get ids of their own', () => {
    expect(['москва.md', '北京.md', '東京.md', 'Ελλάδα.txt', 'café-crème.md', 'Big News 2026.md'].map(storyIdOf)).toEqual(['москва', '北京', '東京', 'ελλάδα', 'cafe-creme', 'big-news-2026']);
  });

  it('gives a name with no letter or digit a stable hash of itself, never a shared id', () => {
    const ids = ['🎉.md', '🎈.md', '---.md'].map(storyIdOf);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^story-[0-9a-f]{8}$/.test(id))).toBe(true);
    expect(storyIdOf('🎉.md')).toBe(ids[0]);
  });
});
