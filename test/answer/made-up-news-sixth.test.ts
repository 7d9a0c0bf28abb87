import { describe, expect, it } from 'vitest';
import { storyBot } from './stories.js';

/**
 * A sixth batch, from stories written in the manner of a wire report (a browser losing its lead, a
 * jet's emergency landing, a regulator's fine) and asked as a chat user would: each test is a wrong
 * answer or a refusal the bot once gave, with the committed model and threshold.
 */
describe('a browser loses its lead', () => {
  const browsers = storyBot('browser-share.md');

  it('"what share did Quillon have?" is its percentage, though the story never says "share"', () => {
    const reply = browsers.ask('what share did quillon have?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/38 percent/);
  });

  it('"what\'s its share now?" is never the share it held two years ago', () => {
    expect(browsers.ask("what's orbis's share now?").shortAnswer ?? '').not.toMatch(/61/);
    expect(browsers.ask('how much of the market did orbis have two years ago?').shortAnswer).toBe('61 percent');
  });
});

describe('a jet lands after an engine fire', () => {
  const landing = storyBot('emergency-landing.md');

  it('"what caused the fire?" is not the fire itself ("landing … after engine fire"): the story says it is too early to say', () => {
    const reply = landing.ask('what caused the fire?');
    expect(reply.kind).toBe('abstained');
    expect(reply.text).not.toMatch(/^After engine fire/i);
  });

  it('"where did the plane land?" is where the story\'s "passenger jet" made its landing: a jet is a plane, a landing the act', () => {
    expect(landing.ask('where did the plane land?').shortAnswer).toBe('Dunmore');
    expect(landing.ask('how many people were on the plane?').shortAnswer).toBe('184');
  });

  it('"where was the flight going?" is where it "left Dunmore for": a destination needs no place it was at', () => {
    const reply = landing.ask('where was the flight going?');
    expect(reply.kind).toBe('answer');
    expect(reply.shortAnswer).toBe('Port Halden');
  });

  it('"who is Paul Arden?" is "Its chief inspector" with "its" the board the sentence before describes', () => {
    expect(landing.ask('who is paul arden?').text).toMatch(/^Paul Arden is the national air accident board’s chief inspector \[1\]/);
  });

  it('"when did it happen?" asks of the fire, not the engine, and is never the time the flight left ("6:15 p.m. About ten minutes later")', () => {
    expect(landing.ask('when did it happen?').shortAnswer ?? '').not.toMatch(/6:15/);
  });

  it('"who is investigating?" asks who investigates: the board the story describes', () => {
    expect(landing.ask('who is investigating?').shortAnswer).toBe('The national air accident board');
  });

  it('"what kind of plane was it?" is named, never counted nor quoted from a sentence that names no kind', () => {
    const reply = landing.ask('what kind of plane was it?');
    expect(reply.shortAnswer ?? '').not.toMatch(/five/i);
    expect(reply.kind).toBe('abstained');
  });
});

describe('a regulator fines a technology company', () => {
  const fine = storyBot('app-fine.md');

  it('"how much was Bramble fined?" is the fine, never the daily fines it faces if it does not comply', () => {
    expect(fine.ask('how much was bramble fined?').shortAnswer).toBe('€310 million');
    expect(fine.ask('what was the fine?').shortAnswer ?? '').not.toMatch(/5 million/);
  });

  it('"who fined Bramble?" is the authority the story describes rather than names', () => {
    expect(fine.ask('who fined bramble?').text).toMatch(/^The Norland competition authority \[1\]/);
  });

  it('"did Bramble agree with the decision?" is no, by its own word: "The company said it disagreed"', () => {
    expect(fine.ask('did bramble agree with the decision?').text).toMatch(/^According to the company, no \[1\]/);
  });

  it('"will Bramble appeal?" is yes by the company\'s word, and "did it appeal?" is not said', () => {
    expect(fine.ask('will bramble appeal?').text).toMatch(/^According to the company, yes \[1\]/);
    expect(fine.ask('did bramble appeal?').kind).toBe('abstained');
  });
});

describe('a hosepipe ban', () => {
  const ban = storyBot('hosepipe-ban.md');

  it('"can I wash my car?" is about the asker, whom the story never speaks of: never "yes" from "the ban covers washing cars"', () => {
    const reply = ban.ask('can i wash my car?');
    expect(reply.kind).toBe('abstained');
    expect(reply.text).toMatch(/^The story doesn’t say whether you can wash your car\./);
  });
});

describe('a museum robbed of gold coins', () => {
  const museum = storyBot('coin-museum-theft.md');

  it('"has the museum been robbed before?" is yes by "The museum will stay closed … It was robbed once before"', () => {
    expect(museum.ask('has the museum been robbed before?').text).toMatch(/^Yes, according to the story \[1\]/);
  });

  it('suggests asking who a person is, though her names are cities too ("Sofia Lund")', () => {
    expect(museum.ask('how did they get in?').text).not.toMatch(/What is Sofia Lund/);
  });
});

describe('a cup final', () => {
  const final = storyBot('cup-final-report.md');

  it('"who scored first?" is not whoever the story says scored: the equaliser is no first goal', () => {
    expect(final.ask('who scored first?').shortAnswer ?? '').not.toBe('Tom Ashby');
  });

  it('a name the question writes in lower case is said back as the story writes it: "Castle Vale", never "Castle vale"', () => {
    expect(final.ask('did castle vale win?').text).not.toMatch(/Castle vale/);
  });

  it('"who is Marco Diaz?" is never "a header from their captain": a possessive inside makes it a relation, no description', () => {
    expect(final.ask('who is marco diaz?').text).not.toMatch(/is a header/);
  });

  it('"where was the final played?" is not where the winners will play next season', () => {
    expect(final.ask('where was the final played?').shortAnswer ?? '').not.toMatch(/Continental Trophy/);
  });
});

describe('a storm that cut power', () => {
  const storm = storyBot('storm-power.md');

  it('"were ferries cancelled?" is yes by "All ferries between Brannock and the islands were cancelled": "between … and" opens no clause', () => {
    expect(storm.ask('were ferries cancelled?').text).toMatch(/^Yes, according to the story \[1\]/);
  });

  it('"what is the weather service saying?" is a question about the story, not small talk about the weather', () => {
    expect(storm.ask('what is the weather service saying?').text).not.toMatch(/I can’t help with that/);
  });

  it('a common noun opening a sentence is said back in lower case: "whether schools were closed"', () => {
    expect(storm.ask('were schools closed?').text).not.toMatch(/whether Schools/);
  });
});

