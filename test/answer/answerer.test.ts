import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/engine.js';
import type { Story } from '../../src/knowledge/types.js';
import { parseStory } from '../../src/knowledge/parse.js';

/** A small story nobody on the project wrote questions for, so nothing here is tuned to it. */
const STORY = `---
title: Harbour bridge reopens
---
The Riverside Bridge reopened on 3 March after two years of repairs, the city council said.

Mayor Anna Lindqvist, a former civil engineer, cut the ribbon at the east end of the bridge.

The repairs cost $48 million, paid by the regional transport fund.

“This bridge carries forty thousand people a day,” Lindqvist said. “Today they get it back.”

Engineers from Nordvik Construction replaced the steel deck and the lighting.
`;

function bot() {
  const story: Story = parseStory('bridge.md', Buffer.from(STORY));
  return createBot([story]);
}

describe('answering', () => {
  it('leads with the typed short answer and cites the passage that holds it', () => {
    const answer = bot().ask('How much did the repairs cost?');
    expect(answer.abstained).toBe(false);
    expect(answer.shortAnswer).toBe('$48 million');
    expect(answer.citations[0]?.text).toContain('$48 million');
  });

  it('answers "when" with the date', () => {
    expect(bot().ask('When did the bridge reopen?').shortAnswer).toBe('3 March');
  });

  it('answers "who is" from a description mined from the text', () => {
    expect(bot().ask('Who is Anna Lindqvist?').text).toContain('former civil engineer');
  });

  it('abstains, with confidence under the threshold, on questions the story cannot answer', () => {
    for (const question of ['What is the capital of France?', 'How much does a Tesla cost?', 'who won the world cup']) {
      const answer = bot().ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.citations).toEqual([]);
    }
  });

  it('abstains when the question names something the story never mentions, even if other words match', () => {
    expect(bot().ask('When did the Golden Gate bridge reopen?').abstained).toBe(true);
  });

  it('reports confidence as the probability that the reply is right: high for a plain fact, and for refusing an off-topic question', () => {
    const b = bot();
    const fact = b.ask('How much did the repairs cost?');
    const offTopic = b.ask('What is the recipe for banana bread?');
    expect(fact.abstained).toBe(false);
    expect(fact.confidence).toBeGreaterThan(0.7);
    expect(offTopic.abstained).toBe(true);
    expect(offTopic.confidence).toBeGreaterThan(0.7);
  });
});

describe('conversation follow-ups', () => {
  it('resolves "she" to the person the conversation is about', () => {
    const b = bot();
    b.ask('Who is Anna Lindqvist?', { conversationId: 'c1' });
    const answer = b.ask('What did she say?', { conversationId: 'c1' });
    expect(answer.text).toContain('forty thousand');
  });

  it('"tell me more" quotes a passage not shown yet', () => {
    const b = bot();
    const first = b.ask('When did the bridge reopen?', { conversationId: 'c2' });
    const more = b.ask('tell me more', { conversationId: 'c2' });
    expect(more.abstained).toBe(false);
    expect(more.citations[0]?.passageId).not.toBe(first.citations[0]?.passageId);
  });

  it('"source?" repeats the last citations', () => {
    const b = bot();
    const first = b.ask('How much did the repairs cost?', { conversationId: 'c3' });
    const sources = b.ask('source?', { conversationId: 'c3' });
    expect(sources.citations).toEqual(first.citations);
  });

  it('"source?" after "tell me more" cites the passage just shown, and a second "more" moves on again', () => {
    const b = bot();
    const first = b.ask('When did the bridge reopen?', { conversationId: 'c4' });
    const more = b.ask('tell me more', { conversationId: 'c4' });
    expect(b.ask('source?', { conversationId: 'c4' }).citations).toEqual(more.citations);
    const again = b.ask('tell me more', { conversationId: 'c4' });
    expect(again.citations[0]?.passageId).not.toBe(first.citations[0]?.passageId);
    expect(again.citations[0]?.passageId).not.toBe(more.citations[0]?.passageId);
  });

  it('keeps conversations apart', () => {
    const b = bot();
    b.ask('Who is Anna Lindqvist?', { conversationId: 'a' });
    expect(b.ask('source?', { conversationId: 'b' }).abstained).toBe(true);
  });
});
