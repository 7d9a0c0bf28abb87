import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { bundledBot, storyBot, storyBotWith, WORDING } from '../stories.js';

describe('pronouns reach back to the last turn only when the question names nobody before them', () => {
  it('"he" in a question that names its own person is that person, not the last turn’s', () => {
    const bot = bundledBot();
    const alone = bot.ask('Where was Trump when he defended Witkoff?');
    bot.ask('Who is Don Bacon?', { conversationId: 'c' });
    const after = bot.ask('Where was Trump when he defended Witkoff?', { conversationId: 'c' });
    expect(after.text).not.toContain('Nebraska Republican [1]');
    expect(after.text).toBe(alone.text);
  });

  it('"he" in a question that names nobody is the person the conversation is about', () => {
    const bot = storyBotWith(WORDING, 'harbour-tunnel.md');
    bot.ask('Who is Harlan Voss?', { conversationId: 'c' });
    expect(bot.ask('What did he call for?', { conversationId: 'c' }).text).toContain('scrapped');
  });

  it('"he" before any name the question gives is the person the conversation is about: "what did he tell Ushakov?"', () => {
    const bot = bundledBot();
    bot.ask('Who is Steve Witkoff?', { conversationId: 'c' });
    expect(bot.ask('what did he tell ushakov?', { conversationId: 'c' }).text).toContain('Witkoff told Vladimir Putin’s senior aide Yuri Ushakov');
    // Nor is a date of another call his: "when?" after it is not "29 October".
    expect(bot.ask('when?', { conversationId: 'c' }).text).not.toMatch(/^29 October/);
  });

  it('with nobody in focus, asks who "he" is rather than answer without him: never "29 October" for "when did he speak to ushakov?"', () => {
    const answer = bundledBot().ask('when did he speak to ushakov?');
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/who “he” is/);
    // A name before the pronoun is whom it stands for.
    expect(bundledBot().ask('where was trump when he defended witkoff?').text).not.toMatch(/who “he” is/);
  });
});

describe('"they" is a group, never the one person the conversation is about', () => {
  it('"when will they decide?" after "who\'s the governor?" asks about the officials who will decide', () => {
    const bot = storyBotWith(WORDING, 'dam-evacuation.md');
    bot.ask("who's the governor?", { conversationId: 'c' });
    const answer = bot.ask('when will they decide?', { conversationId: 'c' });
    expect(answer.shortAnswer).toMatch(/Saturday/);
  });
});

describe('"any injuries?" is chat for "were there any injuries?"', () => {
  it('is answered as the yes/no question it leaves half said', () => {
    expect(storyBot('dam-evacuation.md').ask('any injuries?').text).toMatch(/^No\b/);
  });
});

describe('the same question asked twice gets the same answer', () => {
  const questions = ['Who is Yuri Ushakov?', 'who did he speak to?', 'Where was Trump when he defended Witkoff?', 'Did Ushakov comment on the leak?', 'When did the call take place?'];

  it('in one conversation, question after question', () => {
    const bot = bundledBot();
    for (const question of questions) {
      const first = bot.ask(question, { conversationId: 'twice' });
      const second = bot.ask(question, { conversationId: 'twice' });
      expect(second.text, question).toBe(first.text);
    }
  });

  it('unless it is a follow-up such as "tell me more", which moves on', () => {
    const bot = bundledBot();
    bot.ask('When did the call take place?', { conversationId: 'more' });
    const first = bot.ask('tell me more', { conversationId: 'more' });
    const second = bot.ask('tell me more', { conversationId: 'more' });
    expect(second.text).not.toBe(first.text);
  });
});

describe('"source?" names the sources of the last reply, not an older one', () => {
  it('after a refusal, says that the last reply had none', () => {
    const bot = bundledBot();
    bot.ask('Who is Steve Witkoff?', { conversationId: 'c' });
    bot.ask('Who won the World Cup?', { conversationId: 'c' });
    const sources = bot.ask('source?', { conversationId: 'c' });
    expect(sources.text).toBe('My last reply had no sources: the stories did not answer that question, so I quoted nothing.');
    expect(sources.citations).toEqual([]);
  });

  it('after the next answer, shows that answer’s sources again', () => {
    const bot = bundledBot();
    bot.ask('Who is Steve Witkoff?', { conversationId: 'c' });
    bot.ask('Who won the World Cup?', { conversationId: 'c' });
    const answer = bot.ask('Who is Yuri Ushakov?', { conversationId: 'c' });
    expect(bot.ask('source?', { conversationId: 'c' }).citations).toEqual(answer.citations);
  });
});

describe('"tell me more" reads on about the last turn’s subject', () => {
  it('"any more?" is the same request as "tell me more"', () => {
    const bot = bundledBot();
    bot.ask('Who is Steve Witkoff?', { conversationId: 'any' });
    expect(bot.ask('any more?', { conversationId: 'any' }).text).toMatch(/^More from the story: /);
  });


  for (const [question, surname] of [['Who is Steve Witkoff?', 'Witkoff'], ['Who is Yuri Ushakov?', 'Ushakov']] as const) {
    it(`after "${question}", quotes further paragraphs naming them, in story order`, () => {
      const bot = bundledBot();
      const first = bot.ask(question, { conversationId: 'c' });
      const quoted = [first.citations[0]!.paragraph];
      for (let turn = 0; turn < 3; turn++) {
        const more = bot.ask('tell me more', { conversationId: 'c' });
        expect(more.abstained, more.text).toBe(false);
        expect(more.text).toMatch(/^More from the story: /);
        expect(more.text).toContain(surname);
        // The headline names them and says no more: reading on is the report's.
        expect(more.text).not.toContain('Leaked call: how Witkoff advised');
        quoted.push(more.citations[0]!.paragraph);
      }
      expect(new Set(quoted).size).toBe(quoted.length);
      expect(quoted.slice(1)).toEqual([...quoted.slice(1)].sort((a, b) => a - b));
    });
  }
});

describe('"tell me more" after a figure reads on in that story, in story order', () => {
  const ask = (bot: ReturnType<typeof storyBot>, question: string) => bot.ask(question, { conversationId: 'c' });

  it('never quotes another story of the folder, and moves past the sentence already quoted second', () => {
    const bot = storyBot('train-derailment.md', 'wildfire.md', 'museum-theft.md');
    const first = ask(bot, 'how many were hurt?');
    expect(first.shortAnswer).toBe('23');
    const quoted = new Set(first.citations.map((citation) => citation.passageId));
    for (let turn = 0; turn < 3; turn++) {
      const more = ask(bot, 'tell me more');
      expect(more.text).toMatch(/^More from the story: /);
      expect(more.citations[0]!.documentId).toBe('train-derailment');
      expect(quoted.has(more.citations[0]!.passageId), more.text).toBe(false);
      quoted.add(more.citations[0]!.passageId);
    }
  });
});

describe('short follow-ups ask the last question again with a new question word', () => {
  it('"where?" after a refused "why?" asks the last full question, not "why?" again', () => {
    const bot = storyBot('train-derailment.md', 'wildfire.md');
    bot.ask('what happened to the train?', { conversationId: 'c' });
    const why = bot.ask('why?', { conversationId: 'c' });
    const where = bot.ask('where?', { conversationId: 'c' });
    expect(where.text, `after "why?" → ${why.text}`).toMatch(/^Holmfirth \[1\]/);
  });

  it('"when?" after "Who released the transcript?" asks when it was released', () => {
    const bot = bundledBot();
    bot.ask('Who released the transcript?', { conversationId: 'c' });
    const when = bot.ask('when?', { conversationId: 'c' });
    expect(when.abstained, when.text).toBe(false);
    expect(when.shortAnswer).toMatch(/Tuesday/);
  });

  const asFull = [
    ['When did the call take place?', 'where?', 'Where did the call take place?'],
    ['When did the port authority postpone its vote?', 'why?', 'Why did the port authority postpone its vote?'],
    ['Will the tunnel carry cars?', 'how many?', 'How many will the tunnel carry cars?'],
    ['Did Fane comment on the delay?', 'Why?', 'Why did Fane comment on the delay?'],
  ] as const;
  for (const [question, short, full] of asFull) {
    it(`"${short}" after "${question}" is answered as "${full}"`, () => {
      const bot = storyBot('harbour-tunnel.md');
      const fresh = question.includes('call') ? bundledBot() : storyBot('harbour-tunnel.md');
      const conversation = question.includes('call') ? bundledBot() : bot;
      conversation.ask(question, { conversationId: 'c' });
      const answer = conversation.ask(short, { conversationId: 'c' });
      expect(answer.text).not.toMatch(/could not find any words/);
      // "Did you mean …?" is offered for what was typed ("Why?"), not for the question it stands for.
      const withoutSuggestion = (text: string) => text.replace(/\nDid you mean: .*$/s, '');
      expect(withoutSuggestion(answer.text)).toBe(withoutSuggestion(fresh.ask(full).text));
    });
  }

  it('"who said that?" names whose words the last answer quoted, or that the story says it itself', () => {
    const bot = bundledBot();
    bot.ask('What did Witkoff say?', { conversationId: 'c' });
    expect(bot.ask('who said that?', { conversationId: 'c' }).text).toBe('Steve Witkoff said it, according to the story [1].');
    bot.ask('When did the call take place?', { conversationId: 'd' });
    expect(bot.ask('Who said that?', { conversationId: 'd' }).text).toMatch(/^The story says it in its own words/);
  });

  it('"when?" with no question before it asks for a full question instead of finding no words', () => {
    const answer = bundledBot().ask('when?', { conversationId: 'c' });
    expect(answer.text).toMatch(/^I am not sure what that asks about: ask me a full question/);
  });
});

describe('who the story is about: pronouns and descriptions', () => {
  it('"where’s she from?" as the first question over a story of one main person asks about that person', () => {
    const answer = storyBot('baker-prize.md').ask("where's she from?", { conversationId: 'c' });
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toContain('Penmoor');
  });

  it('"the woman", a description the story never uses, is its main person; "he" and "the man" are not her', () => {
    const bot = storyBot('baker-prize.md');
    const answer = bot.ask('What did the woman say?', { conversationId: 'c' });
    expect(answer.abstained, answer.text).toBe(false);
    // Her own words ("Kowal said she would …"), not the sentence that only names her.
    expect(answer.text).toContain('Kowal said she would spend the prize money');
    expect(bot.ask('What did the man say?', { conversationId: 'd' }).abstained).toBe(true);
    expect(bot.ask('where is he from?', { conversationId: 'e' }).text).toMatch(/^I am not sure who “he” is here/);
  });

  it('a pronoun with several people and nobody named yet gets told to name someone, not that there were no words', () => {
    const answer = bundledBot().ask("where's he from?", { conversationId: 'c' });
    expect(answer.text).toMatch(/^I am not sure who “he” is here\. Ask again with a name/);
  });

  it('"why did it happen?" as the first question over one story asks about the story’s thing, not for a question before it', () => {
    const bot = createBot([parseStory('crane.md', Buffer.from('---\ntitle: Crane falls on Acme depot\n---\nA crane fell onto the Acme depot on Sunday.\n\nThe crane fell because strong winds hit the depot.\n\nWorkers had left the crane standing after work stopped.\n'))], WORDING);
    const answer = bot.ask('why did it happen?', { conversationId: 'c' });
    expect(answer.text).not.toMatch(/ask me a full question/);
    expect(answer.text).toMatch(/strong winds/);
  });

  it('a count asked as a noun phrase is a "how many" question: "death toll?", "the number of injured?"', () => {
    const bot = createBot([parseStory('quake.md', Buffer.from('---\ntitle: Quake hits Riverton\n---\nAn earthquake struck Riverton on Sunday, killing 23 people and injuring more than 400.\n'))], WORDING);
    expect(bot.ask('death toll?').text).toMatch(/^23 \[1\]/);
    expect(bot.ask("what's the number of injured?").text).toMatch(/^More than 400 \[1\]/);
  });

  it('"it" with several stories and nothing else asked gets told to say what is meant, not that there were no words', () => {
    const answer = storyBot('baker-prize.md', 'harbour-tunnel.md').ask('what time of day did it happen', { conversationId: 'c' });
    expect(answer.abstained).toBe(true);
    expect(answer.text).toBe('I am not sure what “it” is here. Ask again with what you mean in its place.');
  });

  it('a question about "she" with nobody to be her is not answered about anyone else: the bot asks who is meant', () => {
    const answer = bundledBot().ask('what state was she in when she got to the hospital?', { conversationId: 'c' });
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^I am not sure who “she” is here\. Ask again with a name/);
  });

  it('"what’s the man’s name?" over stories where no one person is "the man" asks who is meant, never names a man of a quote', () => {
    const bot = createBot([
      parseStory('fire.md', Buffer.from('---\ntitle: Hill fire spreads\n---\nPolice have arrested a 34-year-old man over the fire.\n')),
      parseStory('fair.md', Buffer.from('---\ntitle: Fair opens\n---\nThe mayor said “Tom Berg is a real family man.”\n')),
    ], WORDING);
    const answer = bot.ask("what's the man's name?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^I am not sure who “the man” is here\. Ask again with a name/);
    // A question that says more of him is read as asked.
    expect(bot.ask('how old is the man who was arrested?').text).toContain('34');
  });

  it('a pronoun the question itself names someone for is read, not questioned: "how old was the baker when she won?"', () => {
    const answer = storyBot('baker-prize.md').ask('how old was the baker when she won?', { conversationId: 'c' });
    expect(answer.text).not.toMatch(/not sure who/);
  });

  it('"the president" is the one person the story gives that title: "who said that?" names him', () => {
    const bot = bundledBot();
    bot.ask('What did the president say?', { conversationId: 'c' });
    expect(bot.ask('who said that?', { conversationId: 'c' }).text).toBe('Donald Trump said it, according to the story [1].');
  });
});
