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

  it('names no one for a role the story does not give ("smallest") or for another owner', () => {
    expect(ferries.ask("who is Acme Ferries' smallest competitor?").text).not.toMatch(/competitor is|rival is Zorbian/);
    expect(ferries.ask("who is Jane Roe's lawyer?").text).not.toMatch(/lawyer is/);
  });

  it('names no one when another name stands between the owner and the possessive', () => {
    const between = story('Acme Ferries cut its fares on Monday, and Riverton Boats followed. Zorbian Lines, its main rival, said nothing.');
    expect(between.ask("who is Acme Ferries' main rival?").text).not.toMatch(/rival is Zorbian/);
  });
});
