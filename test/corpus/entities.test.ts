import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { findEntity, mineEntities } from '../../src/corpus/entities.js';
import { parseStory } from '../../src/knowledge/parse.js';
import { createBot } from '../../src/engine.js';

const STORY = `---
title: Budget row
---
Mayor Jane Roe's chief adviser Tom Berg resigned on Monday.

Ana Kolar, the city treasurer, said the budget was balanced.

Tom Berg is a former banker.

Later, President Roe defended the budget.

“We kept every promise,” the mayor said at the Town Hall on Tuesday.
`;

const corpus = () => buildCorpus([parseStory('budget.md', Buffer.from(STORY))]);

describe('entity mining', () => {
  it('an age in apposition does not hide the description after it: "Lena Kovas, 67, who lives in Ostra"', () => {
    const bot = createBot([parseStory('quake.md', Buffer.from('---\ntitle: Quake\n---\n"Everything was shaking," said Lena Kovas, 67, who lives in Ostra.\n'))]);
    expect(bot.ask('who is lena kovas?').text).toMatch(/^Lena Kovas is introduced as “Lena Kovas, 67, who lives in Ostra”/);
  });

  it('a role capitalised only by opening the sentence is no part of the name: "Seismologist Ada Rhee of Velm University warned …"', () => {
    const opening = mineEntities(buildCorpus([parseStory('quake.md', Buffer.from('---\ntitle: Quake\n---\nSeismologist Ada Rhee of Velm University warned that aftershocks could continue.\n'))]));
    expect(findEntity(opening, 'Ada Rhee')?.descriptions.map((description) => description.text)).toContain('seismologist');
    const bot = createBot([parseStory('quake.md', Buffer.from('---\ntitle: Quake\n---\nSeismologist Ada Rhee of Velm University warned that aftershocks could continue.\n'))]);
    expect(bot.ask('who is ada rhee?').text).toMatch(/^Ada Rhee is a seismologist/);
  });

  it('a kind of firm opening a sentence is no part of a one-word name ("Carmaker Zorbex"); a name that starts with a person noun stays whole ("General Motors")', () => {
    const names = (text: string) => mineEntities(buildCorpus([parseStory('firm.md', Buffer.from(`---\ntitle: Recall\n---\n${text}\n`))])).all.map((entity) => entity.name);
    expect(names('Carmaker Zorbex is recalling 120,000 cars in Europe.')).not.toContain('Carmaker Zorbex');
    expect(names('General Motors is recalling 120,000 cars in Europe.')).toContain('General Motors');
  });

  it('finds descriptions before a name, in apposition and after "is"', () => {
    const entities = mineEntities(corpus());
    expect(findEntity(entities, 'Tom Berg')?.descriptions.map((d) => d.text)).toEqual(["Mayor Jane Roe's chief adviser", 'a former banker']);
    expect(findEntity(entities, 'Ana Kolar')?.descriptions[0]?.text).toBe('the city treasurer');
  });

  it('reads a title before a name as a role, without making the surname ambiguous', () => {
    const entities = mineEntities(corpus());
    const roe = findEntity(entities, 'Roe');
    expect(roe?.name).toBe('Jane Roe');
    expect([...(roe?.roles ?? [])]).toEqual(expect.arrayContaining(['mayor', 'presid']));
    expect(findEntity(entities, 'President Roe')).toBeUndefined();
  });

  it('answers about a person from a sentence that calls them by their title', () => {
    // What is tested is which sentence the title leads to; whether to answer is the verifier's call.
    const bot = createBot([parseStory('budget.md', Buffer.from(STORY))], { abstainBelow: 0 });
    expect(bot.ask('Where was Roe when she defended the budget?').text).toContain('Town Hall');
  });

  it('stays linear on hostile input', () => {
    const hostile = `${'Aa '.repeat(30_000)}, ${'aa '.repeat(10_000)}${"Bb's ".repeat(10_000)}`;
    const story = parseStory('h.md', Buffer.from(`---\ntitle: h\n---\n${hostile}\n`));
    const started = performance.now();
    mineEntities(buildCorpus([story]));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('a description after a surname alone', () => {
  it('"Roe, a former teacher, won …" describes the one Jane Roe of the story', () => {
    const text = '---\ntitle: Vote\n---\nJane Roe has been elected mayor.\n\nRoe, a 39-year-old former teacher, won 900 votes.\n';
    const entities = mineEntities(buildCorpus([parseStory('vote.md', Buffer.from(text))]));
    expect(findEntity(entities, 'Jane Roe')?.descriptions.map((d) => d.text)).toContain('a 39-year-old former teacher');
  });
});

describe('acronyms', () => {
  const TEXT = `---
title: Rail deal
---
The North Atlantic Rail Company (NARC) was founded in 1990 by three shipping firms after a long deal.

On Friday, the North Atlantic Rail Company signed a freight deal with the Port of Halden.

Critics of NARC signed a petition at the Ostby Mall on Friday.
`;
  it('answers "What does X stand for?" from the expansion the text gives, and cites it', () => {
    const bot = createBot([parseStory('rail.md', Buffer.from(TEXT))]);
    const answer = bot.ask('What does NARC stand for?');
    expect(answer.shortAnswer).toBe('North Atlantic Rail Company');
    expect(answer.citations[0]?.text).toContain('(NARC)');
  });

  it('finds the spelled-out form when asked by the acronym', () => {
    const bot = createBot([parseStory('rail.md', Buffer.from(TEXT))]);
    expect(bot.ask('Who did NARC sign a deal with?').shortAnswer).toBe('Port of Halden');
  });
});

describe('descriptions around a comma (issue #20, item 6)', () => {
  const text = `---
title: Court day
---
The court heard from the town's coroner, Ida Brunn, on Monday.

Speaking for the family, Olav Sund, SC, asked for a delay.

"It was avoidable," Rita Moe, editor at large at the Valley Post, said.

The village's hall named after Edda Lind was full.

Speaking to the judge, Arne Vik said he was sorry.
`;
  const mined = () => mineEntities(buildCorpus([parseStory('court.md', Buffer.from(text))]));

  it('mines a role before the name, a role after it without an article, and post-nominal letters', () => {
    const entities = mined();
    expect(findEntity(entities, 'Ida Brunn')?.descriptions.map((d) => d.text)).toEqual(["the town's coroner"]);
    expect(findEntity(entities, 'Rita Moe')?.descriptions.map((d) => d.text)).toEqual(['editor at large at the Valley Post']);
    expect(findEntity(entities, 'Olav Sund')?.descriptions).toEqual([expect.objectContaining({ text: 'Olav Sund, SC', introduced: true })]);
  });

  it('mines a role a name owns after the comma: "said Lena Hart, Acme\'s head of consumer products, in a blog post"', () => {
    const story = `---\ntitle: App closes\n---\n"We are proud," said Lena Hart, Acme's head of consumer products, in a blog post.\n\nTom Berg, Acme's shares, fell.\n`;
    const entities = mineEntities(buildCorpus([parseStory('app.md', Buffer.from(story))]));
    expect(findEntity(entities, 'Lena Hart')?.descriptions.map((d) => d.text)).toEqual(["Acme's head of consumer products"]);
    // What the owner has is a role only when it names a person ("shares" is none).
    expect(findEntity(entities, 'Tom Berg')?.descriptions ?? []).toEqual([]);
  });

  it('does not read an object before a comma as a role: "Speaking to the judge, Arne Vik said"', () => {
    expect(findEntity(mined(), 'Arne Vik')?.descriptions ?? []).toEqual([]);
  });

  it('mines nothing from a clause the name ends: "the village’s hall named after Edda Lind"', () => {
    expect(findEntity(mined(), 'Edda Lind')?.descriptions ?? []).toEqual([]);
  });
});

describe('a role written right before a name', () => {
  const text = `---
title: Mill news
---
Union organiser Tom Berg said the talks had failed.

Riverton's mayor, Lena Roe, called it a blow.

The board thanked its treasurer Ida Brunn and his envoy Arne Vik.

Civil Harbour Authority director Olav Sund was not there.
`;
  const mined = () => mineEntities(buildCorpus([parseStory('mill.md', Buffer.from(text))]));

  it('mines "Union organiser Tom Berg" as a union organiser, the capital of a sentence\'s first word dropped', () => {
    const berg = findEntity(mined(), 'Tom Berg');
    expect(berg?.descriptions.map((d) => d.text)).toEqual(['union organiser']);
    expect(berg?.roles.size).toBe(1);
  });

  it('mines a role after a name\'s possessive and before a comma: "Riverton\'s mayor, Lena Roe"', () => {
    expect(findEntity(mined(), 'Lena Roe')?.descriptions.map((d) => d.text)).toEqual(["Riverton's mayor"]);
  });

  it('mines no description from "his envoy" or "its treasurer", whose owner the text named before', () => {
    expect(findEntity(mined(), 'Arne Vik')?.descriptions ?? []).toEqual([]);
    expect(findEntity(mined(), 'Ida Brunn')?.descriptions ?? []).toEqual([]);
  });

  it('leaves a title run that a longer name opens ("Civil Harbour Authority director") to be quoted whole', () => {
    expect(findEntity(mined(), 'Olav Sund')?.descriptions ?? []).toEqual([]);
  });

  it('keeps the capital of a plural that opens a sentence, a name\'s more likely than a noun\'s: "Rovers goalkeeper"', () => {
    const entities = mineEntities(buildCorpus([parseStory('cup.md', Buffer.from('---\ntitle: Final\n---\nRovers goalkeeper Petra Lund saved two penalties.\n'))]));
    expect(findEntity(entities, 'Petra Lund')?.descriptions.map((d) => d.text)).toEqual(['Rovers goalkeeper']);
    const bot = createBot([parseStory('cup.md', Buffer.from('---\ntitle: Final\n---\nRovers goalkeeper Petra Lund saved two penalties.\n'))]);
    expect(bot.ask('Who is the goalkeeper?').text).toMatch(/^The Rovers goalkeeper is Petra Lund \[1\]\./);
    expect(bot.ask('Who is Petra Lund?').text).toMatch(/^Petra Lund is the Rovers goalkeeper \[1\]\./);
  });

  it('says who they are with an article: "Tom Berg is a union organiser", "the mayor is Lena Roe"', () => {
    const bot = createBot([parseStory('mill.md', Buffer.from(text))]);
    expect(bot.ask('Who is Tom Berg?').text).toMatch(/^Tom Berg is a union organiser \[1\]\./);
    expect(bot.ask('Who is the mayor?').text).toMatch(/Lena Roe \[1\]\./);
  });
});
