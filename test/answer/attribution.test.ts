import { describe, expect, it } from 'vitest';
import { bundledBot, storyBot } from './stories.js';

const tunnel = storyBot('harbour-tunnel.md');

describe('words inside quotation marks are the speaker’s claim', () => {
  it('a quotation that does not name its speaker is introduced by them', () => {
    const answer = tunnel.ask('How many cars will the tunnel carry a day?');
    expect(answer.text).toContain('Tomas Brel said: “It will carry thirty thousand cars a day.”');
  });

  it('the speaker is found in the paragraph when the quotation runs on past the attribution', () => {
    // "“The tunnel will open on time,” Brel said. “It will carry …”": the second sentence is Brel's too.
    expect(tunnel.ask('How many cars will the tunnel carry a day?').text).not.toMatch(/^The story says/m);
  });

  it('a quotation that names its speaker needs no introduction', () => {
    const answer = tunnel.ask('What did Brel say about the tunnel?');
    expect(answer.text).toMatch(/^The story says: “‘The tunnel will open on time,’ Brel said\.”/);
  });

  it('never "Yes, according to the story" on one person’s words', () => {
    const answer = tunnel.ask('Will the tunnel open on time?');
    expect(answer.text).not.toContain('according to the story');
    expect(answer.text).toMatch(/^According to Tomas Brel/);
  });
});

describe('the bundled story', () => {
  const bot = bundledBot();

  it('Witkoff’s scripted praise is not the story’s claim', () => {
    expect(bot.ask('Is Trump a man of peace?').text).not.toContain('according to the story');
  });

  it('a quotation continued from the sentence before is Witkoff’s', () => {
    const answer = bot.ask('What did Witkoff say about a 20-point peace proposal?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Witkoff');
  });
});
