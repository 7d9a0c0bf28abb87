import { describe, expect, it } from 'vitest';
import { storyBot, storyBotWith, WORDING } from './stories.js';

/**
 * A third batch of made-up news stories (a bribery verdict, a wildfire, a scooter recall, an
 * interest rate rise, a freight train derailment, dinosaur footprints on a beach), asked as a chat
 * user would, with the committed model and threshold: the wrong answers each once gave with a
 * citation, and what it answers now.
 */
const verdict = storyBot('bribery-verdict.md');
const wildfire = storyBot('hill-wildfire.md');
const recall = storyBot('scooter-recall.md');
const rates = storyBot('rate-rise.md');
const derailment = storyBot('freight-derailment.md');

describe('a former mayor found guilty of bribery', () => {
  it('"when was pike arrested?" is never the year he resigned "shortly after his arrest"', () => {
    expect(verdict.ask('when was pike arrested?').text).not.toMatch(/^2023/);
    expect(verdict.ask('when did pike resign?').text).toMatch(/^2023 \[1\]/);
  });

  it('names the lawyer of "He denied the charges and his lawyer, Marta Kovac, said …"', () => {
    expect(verdict.ask("who is pike's lawyer?").text).toMatch(/^Marta Kovac \[1\]/);
  });

  it('"who is the mayor now?" is the one the story calls "the current mayor"', () => {
    expect(verdict.ask('who is the mayor now?').text).toMatch(/^Ingrid Holt \[1\]/);
  });
});

describe('a wildfire that forced thousands from their homes', () => {
  it('"how many people were evacuated?" is never the two schools the evacuation centres are in', () => {
    expect(wildfire.ask('how many people were evacuated?').text).toMatch(/^More than 6,000 \[1\]/);
  });

  it('"what caused the fire?" is never "since it started on Saturday afternoon", a time', () => {
    expect(wildfire.ask('what caused the fire?').text).not.toMatch(/^Since\b/);
  });
});

describe('a maker recalling scooters over battery fires', () => {
  it('"how much did the scooters cost?" is never what the recall will cost the company', () => {
    expect(recall.ask('how much did the scooters cost?').text).not.toMatch(/90 million/);
    expect(recall.ask('how much will the recall cost?').text).toMatch(/^Around €90 million, according to analysts \[1\]/);
  });

  it('"how many fires were there?" is never the 300,000 scooters recalled "over battery fires"', () => {
    expect(recall.ask('how many fires were there?').text).not.toMatch(/^300,000/);
  });

  it('reads "between March 2024 and January 2026" whole, never as "March 20"', () => {
    expect(recall.ask('when were they sold?').text).toMatch(/^Between March 2024 and January 2026 \[1\]/);
  });
});

describe('a central bank raising its interest rate', () => {
  it('"how many voted against?" is never the six who "voted for the increase"', () => {
    expect(rates.ask('how many voted against?').text).not.toMatch(/^Six\b/);
    expect(rates.ask('how many members voted for the increase?').text).toMatch(/^Six \[1\]/);
  });

  it('"how many increases have there been?" is never the six of the committee\'s nine members', () => {
    expect(rates.ask('how many increases have there been?').text).not.toMatch(/^Six\b/);
  });

  it('"did all members vote for the increase?" is never "yes" over "six of the nine members"', () => {
    expect(rates.ask('did all members vote for the increase?').text).not.toMatch(/^Yes\b/);
  });

  it('"who does moss blame?" is never Moss himself', () => {
    expect(rates.ask('who does moss blame?').text).not.toMatch(/^Daniel Moss\b/);
  });

  it('"why did they raise rates?" is the effort the story names', () => {
    expect(rates.ask('why did they raise rates?').text).toMatch(/^In an effort to bring down inflation \[1\]/);
  });
});

describe('a freight train derailment', () => {
  it('counts the wagons that left the rails by the part, and the train\'s wagons by the whole', () => {
    expect(derailment.ask('how many wagons left the rails?').text).toMatch(/^Eleven \[1\]/);
    expect(derailment.ask('how many wagons did the train have?').text).toMatch(/^40 \[1\]/);
  });
});

describe('dinosaur footprints found on a beach', () => {
  it('gives an age in millions with its years ("About 165 million years", not "About 165 million")', () => {
    expect(storyBotWith(WORDING, 'dinosaur-footprints.md').ask('how old are the footprints?').text).toMatch(/^About 165 million years \[1\]/);
  });
});
