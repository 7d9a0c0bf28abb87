import { describe, expect, it } from 'vitest';
import { readableQuestion } from '../../../src/answer/understand/sanitize.js';
import { bundledBot } from '../stories.js';

describe('a question is read without the chat markup around it', () => {
  const bare = 'who called for Witkoff to be fired?';
  const dressed = [
    `@everyone @here ${bare}`,
    `<@U024BE7LH> <!here> ${bare}`,
    `<!subteam^S0123ABC|@editors> ${bare} <#C024BE7LR|general>`,
    `<@123456789012345678> <@&987654321098765432> ${bare} https://example.com/story?x=1`,
    `<@!123456789012345678> ${bare} <:thinking:123456789012345678>`,
  ];

  it('gets the same answer with mentions, channel and role markup and links as without them', () => {
    const bot = bundledBot();
    const expected = bot.ask(bare);
    expect(expected.abstained).toBe(false);
    for (const question of dressed) expect(bot.ask(question).text, question).toBe(expected.text);
  });

  it('still shows the question back as it was typed', () => {
    expect(bundledBot().ask(dressed[0]!).question).toBe(dressed[0]);
  });

  it('keeps what a reader sees of a labelled link, and nothing of a mention', () => {
    expect(readableQuestion('<https://example.com|the leaked call> what was said? @Bob')).toBe('the leaked call what was said?');
    expect(readableQuestion('who released the [transcript](https://evil.example/x)?')).toBe('who released the transcript?');
    expect(readableQuestion('mail me at ann@example.com')).toBe('mail me at ann@example.com');
  });
});
