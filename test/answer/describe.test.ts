import { describe, expect, it } from 'vitest';
import { titleBefore } from '../../src/answer/describe.js';
import { bundledBot, storyBot } from './stories.js';

const tunnel = storyBot('harbour-tunnel.md', 'orchard-strike.md');

describe('"Who is X?" describes X from the story’s own words', () => {
  it('by an apposition: "Harlan Voss, a retired structural engineer,"', () => {
    expect(tunnel.ask('Who is Harlan Voss?').text).toMatch(/^Harlan Voss is a retired structural engineer \[1\]\./);
  });

  it('by a possessive role, which describes the one who holds it: "Dov Akers’s envoy Lina Roque"', () => {
    expect(tunnel.ask('Who is Lina Roque?').text).toMatch(/^Lina Roque is Dov Akers’s envoy \[1\]\./);
  });

  it('never by someone else: the possessor is not described by the aide’s role', () => {
    const answer = tunnel.ask('Who is Dov Akers?');
    expect(answer.text).not.toMatch(/Lina Roque \[1\]|is Dov Akers’s envoy/);
    expect(answer.shortAnswer).toBeNull();
  });

  it('when the story never says who X is, it abstains, saying so and citing where it names X', () => {
    const answer = tunnel.ask('Who is Dov Akers?');
    expect(answer.kind).toBe('abstained');
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^The story mentions Dov Akers but doesn’t say who they are/);
    expect(answer.citations[0]?.text).toContain('Dov Akers');
  });

  it('by a title written before the name, capitalised or not', () => {
    expect(tunnel.ask('Who is Ines Marlow?').text).toContain('Governor Ines Marlow');
    expect(tunnel.ask('Who is Petra Lund?').text).toContain('union organiser Petra Lund');
  });

  it('keeps the article the text gives a possessive role: "the authority’s chair"', () => {
    expect(tunnel.ask('Who is Odile Fane?').text).toMatch(/^Odile Fane is the authority’s chair/);
  });
});

describe('title runs before a name', () => {
  it('are the capitalised words and role nouns right before it', () => {
    expect(titleBefore('Nebraska Republican and US Rep Jane Roe called for a vote.', 'Jane Roe')).toBe('Nebraska Republican and US Rep');
    expect(titleBefore('A sack by linebacker Jane Roe ended it.', 'Jane Roe')).toBe('linebacker');
  });

  it('are not a verb, a preposition or a possessive before it', () => {
    expect(titleBefore('Doe told Jane Roe to wait.', 'Jane Roe')).toBeUndefined();
    expect(titleBefore('Doe spoke with Jane Roe.', 'Jane Roe')).toBeUndefined();
    expect(titleBefore('They signed the ceasefire deal Jane Roe drafted.', 'Jane Roe')).toBeUndefined();
    expect(titleBefore('The mayor’s aide Jane Roe left.', 'Jane Roe')).toBe('aide');
  });
});

describe('the bundled story, as reported in issue #11', () => {
  const bot = bundledBot();

  it('"Who is Vladimir Putin?" does not answer with his aide, Yuri Ushakov', () => {
    const answer = bot.ask('Who is Vladimir Putin?');
    expect(answer.text).not.toMatch(/^Yuri Ushakov/);
    expect(answer.shortAnswer).not.toBe('Yuri Ushakov');
    expect(answer.text).toMatch(/^The story mentions Vladimir Putin but doesn’t say who they are/);
  });

  it('"Who is Don Bacon?" is described by his title, not answered with Witkoff', () => {
    const answer = bot.ask('Who is Don Bacon?');
    expect(answer.text).toContain('Nebraska Republican and US Rep');
    expect(answer.shortAnswer).not.toBe('Witkoff');
  });

  it('a title before the surname alone introduces the person: "President Trump"', () => {
    expect(bot.ask('Who is Trump?').text).toMatch(/^Donald Trump is introduced as “President Trump”/);
  });

  it('"Who is Steve Witkoff?" is Donald Trump’s special envoy', () => {
    expect(bot.ask('Who is Steve Witkoff?').text).toMatch(/^Steve Witkoff is Donald Trump’s special envoy/);
  });

  it('"Who wrote the story?" is not answered with a person the story names', () => {
    // Who wrote it is the story's metadata (issue #12); a name from its text, cited, would be invented.
    const answer = bot.ask('Who wrote the story?');
    const lead = answer.text.split('\n')[0] ?? '';
    expect(lead).not.toMatch(/(?:Trump|Witkoff|Bacon|Ushakov|Putin|Dmitriev|Driscoll)[^\n]*\[1\]/);
    expect(answer.shortAnswer ?? '').not.toMatch(/Trump|Witkoff|Bacon|Ushakov|Putin|Dmitriev|Driscoll/);
  });

  it('"Where does Dmitriev live?" abstains: the story never says where anyone lives', () => {
    const answer = bot.ask('Where does Dmitriev live?');
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toContain('Ukraine [1]');
  });
});
