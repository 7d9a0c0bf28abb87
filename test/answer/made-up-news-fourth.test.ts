import { describe, expect, it } from 'vitest';
import { storyBot, storyBotWith, WORDING } from './stories.js';

/**
 * A fourth batch: questions in the manner of a match report or a season review (positions,
 * statistics in lists), asked as a chat user would, with the committed model and threshold.
 */
describe('a league title won on the final day', () => {
  // The threshold set aside: this pins which role is chosen, whatever the verifier makes of it.
  const title = storyBotWith(WORDING, 'league-title.md');

  it('"what position does X play?" is the role that introduces X, never the other player\'s in the same sentence', () => {
    expect(title.ask('what position does leo dahl play?').text).toMatch(/^Striker \[1\]/);
    expect(title.ask('what position does ana berg play?').shortAnswer ?? '').not.toMatch(/striker/i);
  });
});

describe('patient files found dumped in the street', () => {
  const files = storyBot('files-dumped.md');

  it('"where are the files meant to be kept?" is the place the story names, though no name is given for it', () => {
    expect(files.ask('where are the files meant to be kept?').shortAnswer ?? '').toMatch(/fireproof cabinets/);
  });

  it('"what street …?" asks a name: a plain phrase of place never answers it', () => {
    expect(files.ask('what street were they found on?').shortAnswer ?? '').not.toMatch(/street|cabinets|room/);
  });
});

describe('a cup final on television and radio', () => {
  const broadcast = storyBot('cup-broadcast.md');

  it('"which station …?" asks for a name, held to its span, though the story says the act in its own words', () => {
    // The threshold set aside: the rule lets the name compete where the verb is "carry", not "broadcast"; the verifier weighs it.
    expect(storyBotWith(WORDING, 'cup-broadcast.md').ask('which station will broadcast the match?').shortAnswer ?? '').toMatch(/^Radio Quill$/);
  });

  it('a name the sentence gives for another act answers nothing: no station sued anyone', () => {
    expect(broadcast.ask('what station sued the league?').shortAnswer ?? '').toBe('');
  });
});

describe('an old bakery closing', () => {
  const bakery = storyBot('bakery-closure.md');

  it('"when will it close?" is "at the end of the month", a part of the month the story is printed in', () => {
    expect(bakery.ask('when will the bakery close?').text).toMatch(/^The end of the month \[1\]/);
  });

  it('"how many people work there?" is how many it "employs"', () => {
    expect(bakery.ask('how many people work there?').text).toMatch(/^Nine \[1\]/);
  });
});

describe('a derby won with a late penalty save', () => {
  const derby = storyBot('derby.md');

  it('"which team won?" names the side, though the story never says "team"', () => {
    expect(derby.ask('which team won?').text).toMatch(/^Riverton Rovers \[1\]/);
  });

  it('"which team drew?" is never the side whose coach said it "deserved a draw": what was deserved did not happen', () => {
    expect(storyBotWith(WORDING, 'derby.md').ask('which team drew?').shortAnswer ?? '').toBe('');
  });
});

describe('a fire on a ferry', () => {
  it('"which route was cancelled?" is never the place of the other clause\'s towing', () => {
    const ferry = storyBotWith(WORDING, 'ferry-fire.md');
    expect(ferry.ask('which route was cancelled?').shortAnswer ?? '').not.toMatch(/Oslo/);
    expect(ferry.ask('where is the ship being towed?').shortAnswer ?? '').toMatch(/Oslo/);
  });
});
