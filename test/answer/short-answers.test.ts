import { describe, expect, it } from 'vitest';
import { nameSpans } from '../../src/answer/retrieve/spans.js';
import { createBot } from '../../src/engine.js';
import { parseStory } from '../../src/knowledge/parse.js';
import { bundledBot, storyBot, WORDING } from './stories.js';

/** A made-up match report: the short answer must be the name the question asks for, not a bystander. */
const STORY = `---
title: Harbour derby
---
The Harbour Rovers beat the Valley United 3–1 in the derby on Saturday at Marsh Park.

Rovers striker Tom Berg scored twice, while goalkeeper Ivo Lind saved a penalty from Dan Kell.

The club said the Castle Cup trophy will be shown at the Town Hall next week.
`;

const bot = () => createBot([parseStory('derby.md', Buffer.from(STORY))]);

describe('short answers', () => {
  it('takes the subject of the question verb, not the nearest name', () => {
    expect(bot().ask('Who saved a penalty?').shortAnswer).toBe('Ivo Lind');
  });

  it('takes the object for "who did X beat"', () => {
    expect(bot().ask('Who did the Harbour Rovers beat?').shortAnswer).toBe('Valley United');
  });

  it('does not answer with the words the question already says', () => {
    expect(bot().ask('What is the name of the trophy that will be shown?').shortAnswer).toBe('Castle Cup');
  });

  it('does not take a capitalised sentence opener or a list for one name', () => {
    expect(nameSpans('Despite Denver winning, Anna Roe and Ben Hale left.').map((span) => span.text)).toEqual(['Denver', 'Anna Roe', 'Ben Hale']);
  });
});

describe('follow-up questions', () => {
  const STORY2 = `---
title: Port talks
---
Harbour minister Lena Holt told the union leader Piet Vos that the port would stay open.

Lena Holt is a former dock worker.
`;
  it('resolves "she" to the person asked about and answers who she spoke to', () => {
    const talk = createBot([parseStory('port.md', Buffer.from(STORY2))]);
    expect(talk.ask('Who is Lena Holt?', { conversationId: 'c' }).abstained).toBe(false);
    const followUp = talk.ask('who did she speak to?', { conversationId: 'c' });
    expect(followUp.abstained).toBe(false);
    expect(followUp.shortAnswer).toBe('Piet Vos');
  });
});

describe('"what" questions without a name or number to answer', () => {
  it('answers with the noun phrase the sentence gives', () => {
    const STORY3 = `---
title: Gala
---
At the gala, the singer Mia Ross performed the national anthem before the speeches.
`;
    const gala = createBot([parseStory('gala.md', Buffer.from(STORY3))]);
    expect(gala.ask('What did Mia Ross perform at the gala?').shortAnswer).toBe('national anthem');
  });
});

describe('answers printed almost word for word (issue #20), over a made-up local story', () => {
  const library = storyBot('town-library.md');

  it('"What are the opening hours?" is the whole span of hours, "9am to 7pm", not its first clock time', () => {
    const answer = library.ask('What are the opening hours?');
    expect(answer.shortAnswer).toBe('9am to 7pm');
    expect(answer.citations[0]?.text).toContain('opening hours would be 9am to 7pm on weekdays');
  });

  it('"How much did the appeal raise?" is "£40,000"', () => {
    const answer = library.ask('How much did the appeal raise?');
    expect(answer.shortAnswer).toBe('£40,000');
    expect(answer.citations[0]?.text).toContain('raised £40,000');
  });
});

describe('whom a question asks about is not its answer (over the bundled story)', () => {
  const bot = bundledBot(WORDING);

  it('"Who is Witkoff going to meet?" and "… set to meet?" are Putin, the object of the meeting, not the next name', () => {
    expect(bot.ask('Who is Witkoff going to meet?').shortAnswer).toBe('Putin');
    expect(bot.ask('Who is Witkoff set to meet?').shortAnswer).toBe('Putin');
  });

  it('"Who will the army secretary meet?" is never the army secretary himself', () => {
    expect(bot.ask('Who will the army secretary meet?').shortAnswer).not.toBe('Dan Driscoll');
  });

  it('reads an irregular past as its verb: "when did talks break down?" over "Talks broke down on 2 March"', () => {
    expect(storyBot('hospital-strike.md').ask('when did talks break down?').shortAnswer).toBe('2 March');
  });
});
