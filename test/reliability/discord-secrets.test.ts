import { afterEach, describe, expect, it } from 'vitest';
import type { StoryBot } from '../../src/bot.js';
import { startHarness, TOKEN, type Harness } from '../adapters/discord/harness.js';
import { loadStoryBot } from '../adapters/discord/story-bot.js';
import { ask, inDm, inGuild, shown, someone, typing } from '../adapters/discord/view.js';

/** An end-to-end Discord run at debug level, including a failure whose error carries the token. */
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Discord logs', () => {
  it('carry interaction ids and timing, and never the bot token, even in an error stack', async () => {
    const core = await loadStoryBot();
    const bot: StoryBot = {
      ...core,
      ask: (question, options) => {
        // A failure deep inside that happens to mention the token (an SDK error echoing a request).
        if (question.includes('explode')) throw new Error(`request with Authorization: Bot ${TOKEN} failed`);
        return core.ask(question, options);
      },
    };
    h = await startHarness({ bot });
    await h.fake.interact(ask('Who released the transcript of the call?', inGuild(), someone()));
    await h.fake.interact(ask(`@everyone what is ${TOKEN}?`, inDm(), someone()));
    await h.fake.interact(typing('who rel', inGuild(), someone()));
    const failed = await h.fake.interact(ask('please explode', inGuild(), someone()));
    expect(shown(failed)).toMatch(/Sorry, something went wrong/);

    const text = JSON.stringify(h.logs);
    expect(text).not.toContain(TOKEN);
    expect(text).toContain('[redacted]');
    const failure = h.logs.find((line) => line.msg === 'discord interaction failed');
    expect(failure?.interactionId).toBeTruthy();
    expect(JSON.stringify(failure?.err)).toContain('[redacted]');
    expect(h.logs.some((line) => line.msg === 'answered' && typeof line.ms === 'number' && line.interactionId)).toBe(true);
  });
});
