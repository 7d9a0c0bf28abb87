import { describe, expect, it } from 'vitest';
import { storyBot } from './stories.js';

/**
 * A fifth batch, from two stories written in the manner of a wire report (a court ruling, a medical
 * study) and asked as a chat user would: each test is a wrong answer the bot once gave, with the
 * committed model and threshold.
 */
describe('a court halts a dam', () => {
  const dam = storyBot('dam-ruling.md');

  it('"how tall is the dam?" is never its cost: a height takes a unit of length', () => {
    const reply = dam.ask('how tall is the dam?');
    expect(reply.shortAnswer ?? '').not.toMatch(/billion/);
    expect(reply.kind).toBe('abstained');
  });

  it('"how much of the foundations were poured?" is the share in words: "a fifth"', () => {
    expect(dam.ask('how much of the foundations were poured?').text).toMatch(/^Around a fifth \[1\]/);
  });
});

describe('a study of walking groups for heart patients', () => {
  const study = storyBot('walking-clinics.md');

  it('"how many patients died?" is not the number the researchers followed', () => {
    expect(study.ask('how many patients died?').shortAnswer ?? '').not.toMatch(/2,400/);
    expect(study.ask('how many patients were followed?').shortAnswer).toBe('2,400');
  });

  it('a share in words answers "how much less often?", never "how many patients?"', () => {
    expect(study.ask('how much less often were walkers admitted to hospital?').text).toMatch(/^A third \[1\]/);
    expect(study.ask('how many patients were in the study?').shortAnswer ?? '').not.toMatch(/third/);
  });

  it('a yes/no question is not answered by quoting a sentence about something else: the walks cut visits, not deaths', () => {
    const reply = study.ask('did the walks reduce deaths?');
    expect(reply.kind).toBe('abstained');
    expect(reply.text).not.toMatch(/^The story says/);
  });
});

describe('a phone company hacked', () => {
  const breach = storyBot('data-breach.md');

  it('"were bank details taken?" is "no", as the company said: a subject denied by "no" is a denial', () => {
    expect(breach.ask('were bank details taken?').text).toMatch(/^According to the company, no \[1\]/);
  });

  it('"what\'s his name?" after "who was arrested?" is never "Police", the word opening the arrest sentence', () => {
    breach.ask('who was arrested?', { conversationId: 'name' });
    expect(breach.ask("what's his name?", { conversationId: 'name' }).shortAnswer ?? '').not.toBe('Police');
  });

  it('"when was the authority told?" is not the day the breach was found, told in the clause before "and informed … two days later"', () => {
    expect(breach.ask('when was the authority told?').shortAnswer ?? '').not.toMatch(/October 9/);
    expect(breach.ask('when did telvora discover the breach?').shortAnswer).toBe('October 9');
  });

  it('"how did the hackers get in?" is not answered by the headline, which says only that they stole data', () => {
    expect(breach.ask('how did the hackers get in?').text).not.toMatch(/^The story says/);
  });

  it('a share in words keeps its unit: "up to four percent", never a bare "four"', () => {
    expect(breach.ask('how much could they be fined?').shortAnswer ?? '').toMatch(/^four percent$/);
  });
});

describe('a wildfire forces thousands to flee', () => {
  const fire = storyBot('wildfire-castorville.md');

  it('"how many schools burned down?" is not the hectares burned', () => {
    expect(fire.ask('how many schools burned down?').shortAnswer ?? '').not.toMatch(/8,000/);
    expect(fire.ask('how many hectares burned?').shortAnswer).toBe('8,000');
  });

  it('"when was the festival supposed to start?" asks of the start, as "due to start on Friday" tells it', () => {
    expect(fire.ask('when was the festival supposed to start?').text).toMatch(/^On Friday \[1\]/);
  });

  it('"what did the governor promise?" is what he promised, narrated without quotation marks', () => {
    expect(fire.ask('what did the governor promise?').text).toMatch(/promised that families who lost their homes would receive emergency payments/);
  });

  it('"how many aircraft were lost?" is not the aircraft that support the firefighters', () => {
    expect(fire.ask('how many aircraft were lost?').shortAnswer ?? '').toBe('');
  });
});

describe('a central bank raises its rate', () => {
  const rates = storyBot('rate-rise-norland.md');

  it('"why did the bank raise rates?" is its aim, told after a clause of time', () => {
    expect(rates.ask('why did the bank raise rates?').text).toMatch(/^In an effort to bring down inflation \[1\]/);
  });

  it('"how much did the bank raise the rate?" is the rise, "half a percentage point"', () => {
    expect(rates.ask('how much did the bank raise the rate?').text).toMatch(/^Half a percentage point \[1\]/);
  });

  it('"how much did rates go up?" is never the five members who voted for the rise', () => {
    expect(rates.ask('how much did rates go up?').shortAnswer ?? '').not.toMatch(/five/i);
  });
});

describe('a rail strike over pay', () => {
  const strike = storyBot('rail-strike-pay.md');

  it('"what was the turnout?" is its figure, not a name', () => {
    expect(strike.ask('what was the turnout?').shortAnswer).toBe('71 percent');
  });

  it('"what is the union called?" asks its name: a sentence where someone "called the strike unnecessary" is no answer', () => {
    expect(strike.ask('what is the union called?').text).not.toMatch(/^The story says/);
  });

  it('"when is the next strike?" is the date of the one planned, though the story calls it the second', () => {
    expect(strike.ask('when is the next strike?').text).toMatch(/^November 12 \[1\]/);
  });

  it('"how many trains ran?" is "one in five": a ratio counts the trains', () => {
    expect(strike.ask('how many trains ran?').text).toMatch(/^Only one in five \[1\]/);
  });
});

describe('a former mayor jailed for bribes', () => {
  const court = storyBot('mayor-bribes-jailed.md');

  it('"how long was he mayor?" is how long he served, never his prison term', () => {
    expect(court.ask('how long was he mayor?').shortAnswer).toBe('eleven years');
    expect(court.ask('how long is his sentence?').shortAnswer).toBe('six years');
  });

  it('"when did he take the bribes?" is never the day he was sentenced for taking them', () => {
    expect(court.ask('when did he take the bribes?').shortAnswer ?? '').not.toMatch(/Thursday/);
  });

  it('"how many contracts were awarded?" is no stretch of years ("between 2018 and 2022")', () => {
    expect(court.ask('how many contracts were awarded?').shortAnswer ?? '').not.toMatch(/20\d\d/);
  });
});

describe('an earthquake with a survivor pulled from the rubble', () => {
  const quake = storyBot('korvia-quake.md');

  it('"did anyone survive?" is never "no" over a sentence about aftershocks being recorded', () => {
    expect(quake.ask('did anyone survive?').shortAnswer ?? '').not.toBe('No');
  });
});
