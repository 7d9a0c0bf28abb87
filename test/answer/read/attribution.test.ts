import { describe, expect, it } from 'vitest';
import { bundledBot, storyBot } from '../stories.js';

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

describe('a quotation that runs across sentences is the speaker’s throughout', () => {
  const ferry = storyBot('ferry-repairs.md');

  it('a middle sentence with no quotation marks of its own is not the story’s claim', () => {
    // "“The ferry is safe. The engines were replaced last week. Nobody was ever at risk,” said …"
    const answer = ferry.ask('Were the engines replaced?');
    expect(answer.text).not.toContain('according to the story');
    expect(answer.text).toMatch(/^According to Ada Quill, yes \[1\]\./);
    expect(answer.text).toContain('Ada Quill said: “The engines were replaced last week.”');
  });

  it('after a colon, the middle of the quotation is the subject’s', () => {
    expect(ferry.ask('Did the council ignore the inspectors?').text).toMatch(/^According to Ben Hart, yes \[1\]\./);
  });

  it('the narration after the quotation closes is the story’s again', () => {
    expect(ferry.ask('Did the council respond to Hart?').text).toMatch(/^No, according to the story \[1\]\./);
  });

  it('no single quotation mark is left unopened or unclosed when a sentence holds only one end of the quotation', () => {
    for (const question of ['What did Hart say about the inspectors?', 'Was the work rushed?', 'What did Ada Quill say?', 'Were the engines replaced?']) {
      const text = ferry.ask(question).text.split('\n\nSources')[0] ?? '';
      expect((text.match(/‘/g) ?? []).length, `${question}\n${text}`).toBe((text.match(/’(?!\p{L})/gu) ?? []).length);
    }
  });
});

describe('the bundled story', () => {
  const bot = bundledBot();

  it('Witkoff’s scripted praise is not the story’s claim', () => {
    expect(bot.ask('Is Trump a man of peace?').text).not.toContain('according to the story');
  });

  it('Bacon’s words in the middle of his quotation are introduced as his, with balanced marks', () => {
    // “He cannot be trusted … Would a Russian paid agent do less than he? He should be fired.”
    expect(bot.ask('What did Don Bacon say?').text).toContain('Don Bacon said: “He should be fired.” [1]');
    expect(bot.ask('Is Witkoff a Russian paid agent?').text).toContain('what Don Bacon said: “Would a Russian paid agent do less than he?”');
  });

  it('a quotation continued from the sentence before is Witkoff’s', () => {
    const answer = bot.ask('What did Witkoff say about a 20-point peace proposal?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Witkoff');
  });

  it('"what did Witkoff say?" quotes words he said, not the line that only announces them ("‘Here’s what I think would be amazing,’ Witkoff continued")', () => {
    const answer = bot.ask('What did Witkoff say?');
    expect(answer.citations[0]?.text ?? '').not.toMatch(/would be amazing/);
    expect(answer.text).toContain('Witkoff');
  });
});
