import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { bundledBot } from '../stories.js';

const STORY = `---
title: Harbour bridge reopens
---
The Riverside Bridge reopened on 3 March after two years of repairs, the city council said.

The repairs cost $48 million, paid by the regional transport fund.
`;

// A threshold no claim reaches: every reply is a refusal, and what it shows is under test.
const doubtful = createBot([parseStory('bridge.md', Buffer.from(STORY))], { abstainBelow: 1.01 });

describe('a refusal shows what the stories do say, when that might be the answer', () => {
  it('a likely but unproven answer is refused with the sentence it came from, cited, and never stated as fact', () => {
    const answer = doubtful.ask('When did the Riverside Bridge reopen?');
    expect(answer).toMatchObject({ kind: 'abstained', abstained: true });
    expect(answer.text).toMatch(/^I’m not sure the stories answer that\.\nThe closest it comes: “The Riverside Bridge reopened on 3 March[^”]*” \[1\]$/);
    expect(answer.citations[0]?.text).toContain('reopened on 3 March');
  });

  it('a question nothing in the stories comes near is refused without a quote', () => {
    const answer = doubtful.ask('What is the boiling point of water at sea level?');
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toEqual([]);
    expect(answer.text).not.toMatch(/closest/);
  });
});

describe('an answer leads with a name only when the sentence gives no other as likely', () => {
  const RADIO = `---
title: Final on the radio
---
Acme Radio carried the final, with Jane Roe and Tom Berg in the commentary box.
`;
  const radio = createBot([parseStory('radio.md', Buffer.from(RADIO))], { abstainBelow: 0 });

  it('"who was in the commentary box?" quotes the sentence naming both, rather than leading with one of them', () => {
    const answer = radio.ask('Who was in the commentary box for the final?');
    expect(answer.text).toMatch(/^The story says: “Acme Radio carried the final/);
    expect(answer.citations[0]?.text).toContain('Jane Roe and Tom Berg');
  });
});

describe('an answer restates the question’s words only as a person would write them', () => {
  it('"WHO RELEASED THE TRANSCRIPT" is answered by the name, not shouted back', () => {
    const lead = bundledBot().ask('WHO RELEASED THE TRANSCRIPT').text.split('\n')[0] ?? '';
    expect(lead).toContain('Bloomberg News');
    expect(lead).not.toContain('RELEASED');
  });
});

describe('an answer restates the question’s words only where the sentence says them of the answer', () => {
  it('"Who headlined the 2016 show?" is not answered "Tom Berg headlined the 2016 … show" when the sentence says he headlined 2014’s', () => {
    const fair = createBot([parseStory('fair.md', Buffer.from('---\ntitle: Fair show\n---\nThe 2016 Quillon Fair show was headlined by the Acme Band with guest singers Jane Roe and Tom Berg, who headlined the 2013 and 2014 Quillon Fair shows, respectively.\n'))], { abstainBelow: 0 });
    const lead = fair.ask('Who headlined the 2016 Quillon Fair show?').text.split('\n')[0] ?? '';
    expect(lead).not.toMatch(/(?:Jane Roe|Tom Berg) headlined the 2016/);
  });
});

describe('a quotation across sentences is quoted whole', () => {
  it('straight quotation marks join the sentences of one quotation: "I had no choice. They told us to go now," he said.', () => {
    const farm = createBot([parseStory('farm.md', Buffer.from('---\ntitle: Valley evacuated\n---\nLocal farmer Tom Berg said he had left his cattle behind. "I had no choice. They told us to go now," he said.\n'))], { abstainBelow: 0 });
    expect(farm.ask('what did Tom Berg say?').text).toContain('I had no choice. They told us to go now');
  });
});

describe('a reason someone gave is attributed to them once', () => {
  it('"…, according to the union" in the reason is not repeated by the attribution', () => {
    const mill = createBot([parseStory('mill.md', Buffer.from('---\ntitle: Mill closes\n---\nAcme chief Jane Roe closed the Riverton mill in order to cut costs, according to the union.\n\nThe mill had 200 workers.\n'))], { abstainBelow: 0 });
    const answer = mill.ask('why did Jane Roe close the mill?');
    expect(answer.text).toMatch(/^In order to cut costs, according to the union \[1\]\./);
  });
});

describe('a partial answer never claims the story lacks a measure that another of its sentences gives', () => {
  it('"how fast was the train going?" over "the 07:42 service … travelling at 95 kilometres per hour" shows that sentence', () => {
    const train = createBot([parseStory('train.md', Buffer.from('---\ntitle: Train derails near Riverton\n---\nA passenger train derailed near Riverton on Wednesday.\n\nThe 07:42 service left the tracks while travelling at 95 kilometres per hour, the operator said.\n'))], { abstainBelow: 1.01 });
    const answer = train.ask('how fast was the train going?');
    expect(answer.text).not.toMatch(/doesn’t say how fast/);
    expect(answer.citations[0]?.text).toContain('95 kilometres per hour');
  });
});
