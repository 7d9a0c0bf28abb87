import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoryBot } from '../../../src/bot.js';
import { APPLICATION_ID, startHarness, type Harness } from './harness.js';
import { slashCommand } from './payloads.js';

const bot: StoryBot = {
  ask: (question) => ({
    question, abstained: false, text: 'X did it [1].', confidence: 0.9, notices: [], shortAnswer: 'X',
    citations: [{ marker: 1, documentId: 'd', documentTitle: 'T', passageId: 'd#1', paragraph: 1, kind: 'body', text: 'X did it.', url: 'https://example.com/a' }],
  }),
  stories: () => [],
  suggest: () => [],
  exampleQuestion: () => 'Who did it?',
};
let h: Harness;
beforeAll(async () => { h = await startHarness({ bot }); });
afterAll(async () => { await h?.close(); });
it('answers', async () => {
  const reply = await h.fake.interact(slashCommand({ applicationId: APPLICATION_ID, command: 'ask', values: { question: 'who?' }, place: { guildId: '200000000000000000', channelId: '300000000000000000' }, user: { id: '400000000000000000', username: 'ann' } }));
  console.log(JSON.stringify(reply.message, null, 1), reply.latencyMs, h.logs.slice(-3));
  expect(reply.message.embeds?.[0]).toBeDefined();
});
