import { describe, expect, it } from 'vitest';
import { bundledBot } from './stories.js';

const bot = bundledBot();

/** Whether the reply repeats any 25-character stretch of what the user wrote. */
function echoes(reply: string, question: string): boolean {
  for (let at = 0; at + 25 <= question.length; at++) if (reply.includes(question.slice(at, at + 25))) return true;
  return false;
}

describe('an abstention does not quote the question back', () => {
  it('keeps a user’s link and mentions out of the bot’s mouth', () => {
    const question = 'What is the capital of France? see https://evil.example.com/x @everyone <!channel> [click](https://evil.example.com)';
    const answer = bot.ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/evil\.example|@everyone|<!channel>|\[click\]/);
    expect(echoes(answer.text, question)).toBe(false);
  });

  it('does not repeat a wall of text', () => {
    const question = `What is the recipe for banana bread ${'with walnuts and cinnamon and a pinch of salt '.repeat(9)}?`;
    const answer = bot.ask(question);
    expect(answer.abstained).toBe(true);
    expect(echoes(answer.text, question)).toBe(false);
  });

  it('"source?" does not repeat the previous question either', () => {
    bot.ask('Who released the transcript? https://evil.example.com', { conversationId: 's' });
    const sources = bot.ask('source?', { conversationId: 's' });
    expect(sources.text).not.toContain('evil.example');
  });
});
