import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';

const story = (text: string) => createBot([parseStory('ferries.md', Buffer.from(`---\ntitle: Ferry price war\n---\n${text}\n`))]);

describe('"who is Acme\'s main rival?" reads a description written with a possessive ("Zorbian Lines, its main rival,")', () => {
  const ferries = story(
    'Acme Ferries cut its fares by a third on Monday. Zorbian Lines, its main rival, said it would not follow.\n\n' +
      'Tom Berg, a retired captain, said the fares were too low. Jane Roe, his lawyer, declined to comment.',
  );

  it('names the one the story gives that role, in the story’s words for it', () => {
    expect(ferries.ask("who's Acme Ferries' biggest competitor?").text).toMatch(/^Acme Ferries’ main rival is Zorbian Lines \[1\]\./);
    expect(ferries.ask('what is acme ferries’ main rival?').text).toMatch(/main rival is Zorbian Lines \[1\]/);
    expect(ferries.ask("who is Tom Berg's attorney?").text).toMatch(/^Tom Berg’s lawyer is Jane Roe \[1\]\./);
  });

  it('names a role asked by its short name, as WordNet spells it out: "ceo" is the "chief executive"', () => {
    const acme = story("Acme's chief executive, Tom Berg, said fares would rise.");
    expect(acme.ask("who is Acme's ceo?").text).toMatch(/^Acme['’]s chief executive is Tom Berg \[1\]\./);
    expect(acme.ask('who is the ceo of Acme?').text).toMatch(/chief executive is Tom Berg \[1\]\./);
    expect(acme.ask('who is the ceo?').text).toMatch(/chief executive is Tom Berg \[1\]\./);
  });

  it('reads a possessive role written before the name too ("Its chief executive, Tom Berg,")', () => {
    const charity = story('The charity said it had recovered most of the money. Its chief executive, Tom Berg, thanked the police.');
    expect(charity.ask("who is the charity's chief executive?").text).toMatch(/^The charity’s chief executive is Tom Berg \[1\]\./);
  });

  it('names no one for a role the story does not give ("smallest") or for another owner', () => {
    expect(ferries.ask("who is Acme Ferries' smallest competitor?").text).not.toMatch(/competitor is|rival is Zorbian/);
    expect(ferries.ask("who is Jane Roe's lawyer?").text).not.toMatch(/lawyer is/);
  });

  it('names no one when another name stands between the owner and the possessive', () => {
    const between = story('Acme Ferries cut its fares on Monday, and Riverton Boats followed. Zorbian Lines, its main rival, said nothing.');
    expect(between.ask("who is Acme Ferries' main rival?").text).not.toMatch(/rival is Zorbian/);
  });
});

describe('"who is X?" names whose X is when the story gives X only by a possessive ("his wife Jane Roe")', () => {
  it('the owner is the last person named before the possessive that it fits: "his" a man', () => {
    const quit = story('In May, Tom Berg was forced to resign as Harbour Affairs minister after he left papers at the flat of his then-girlfriend Jane Roe.');
    expect(quit.ask('who is Jane Roe?').text).toMatch(/^Jane Roe is Tom Berg’s then-girlfriend \[1\]\./);
  });

  it('"who is Tom Berg\'s girlfriend?" reads past a name the possessive does not fit; "his lawyer?" is no "his wife"', () => {
    const quit = story('In May, Tom Berg was forced to resign as Harbour Affairs minister after he left papers at the flat of his then-girlfriend Jane Roe.\n\nTom Berg, 42, and his wife Ann Berg live in Riverton.');
    expect(quit.ask("who is Tom Berg's girlfriend?").text).toMatch(/^Tom Berg’s then-girlfriend is Jane Roe \[1\]\./);
    expect(quit.ask("who is Tom Berg's lawyer?").text).not.toMatch(/^(?:Jane Roe|Ann Berg)/);
  });

  it('a paragraph that opens on the possessive finds its owner in the paragraph before', () => {
    const bakery = story('Jane Roe won the bread prize on Saturday. She said she would buy a second oven.\n\nHer apprentice, Tom Berg, baked a second batch overnight.');
    expect(bakery.ask('who is Tom Berg?').text).toMatch(/^Tom Berg is Jane Roe’s apprentice \[1\]\./);
  });

  it('"its" is no person\'s: "Zorbian Lines, its main rival" belongs to the firm named before', () => {
    const ferries = story('Acme Ferries cut its fares on Monday. Zorbian Lines, its main rival, said nothing.');
    expect(ferries.ask('who is Zorbian Lines?').text).toMatch(/^Zorbian Lines is Acme Ferries’ main rival \[1\]\./);
  });

  it('"his wife Jane Roe" is no title: she is his wife, not "introduced as wife"', () => {
    const couple = story('Tom Roe, 42, and his wife Jane Roe, 36, run the ferry.');
    expect(couple.ask('who is Jane Roe?').text).toMatch(/^Jane Roe is Tom Roe’s wife \[1\]\./);
  });
});
