import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseIntent } from '../../../../src/answer/understand/intents/recognise.js';
import type { Intent } from '../../../../src/answer/understand/intents/patterns.js';

/** How people type each intent, with the punctuation, case and filler they really use. */
const PHRASINGS: Record<Intent, string[]> = {
  summary: ['What is the story about?', "what's it about", 'Summarise the story', 'summarize this article please', 'tl;dr', 'TLDR', 'What happened?', 'give me a summary', 'So, what is this story about?', 'what happened in the story', 'Hi, what is the story about?', 'Can you sum up the article?'],
  published: ["What's the date?", 'When was the story published?', 'when was it published', 'What is the publication date of the article?', 'How old is this story?', 'When did the article come out?'],
  source: ['Who is the source?', 'Who published the story?', 'Which newspaper ran this article?', 'Where is the story from?', "what's the source of this piece"],
  author: ['Who wrote the story?', 'who wrote this article?', 'Who is the author?', 'Who is the author of the story?', 'Who was the story written by?', 'author?'],
  url: ['What is the link to the article?', 'Where can I read the full story?', 'give me the url', 'original article', "What's the link?", 'Where can I read it?'],
  stories: ['Which stories do you know?', 'What stories do you have?', "What's new?", 'list your stories', 'what do you know?', 'Anything new?', "What's new today?"],
  greeting: ['hello', 'Hi there!', 'hey', 'Good morning', 'hiya 👋', 'How are you?', '👋', ':wave:'],
  thanks: ['thanks!', 'Thank you so much', 'ok thanks', 'cheers', 'great, thank you for the help', 'perfect', 'ok', 'cool', 'nice', 'Nice one!', 'good bot', 'wow, thanks!', '👍', '🙏🏽', ':)', ':+1:', ':thumbsup::skin-tone-3:'],
  reaction: ['lol', 'LOL!!', 'haha', 'hahaha', 'lmao', 'wow', 'Wow!', 'hmm', 'oh', 'oh wow', 'interesting', 'oops', 'lol ok', 'ok lol', 'xD', '😂', '😂😂', '🤔', '😮 !', '🇬🇧', ':joy:', ':joy: :joy:', '<:pepe_laugh:123456789012345678>'],
  complaint: ['bad bot', 'Bad bot!', 'wrong', "that's wrong", 'useless', 'no, wrong answer', "you're useless", 'not what I asked', '👎', ':(', ':-1:'],
  identity: ['Who are you?', 'what are you', 'Are you a bot?', "What's your name?"],
  help: ['help', 'What can I ask?', 'what can you do?', 'How does this work?', 'What questions can I ask you?'],
  'out-of-scope': ['Write me a poem about cats', 'tell me a joke', 'Can you write a song?', 'what time is it', "What's today's date?", 'What is 2+2?', 'compose a haiku about spring'],
};

/** Questions about what a story reports, shaped like the intents above: retrieval must see them. */
const STORY_QUESTIONS = [
  'What happened on 14 October?',
  'What happened after the call?',
  'Who wrote the letter to the council?',
  'Who is the source of the leak?',
  'When was the transcript published?',
  'When did it come out that the call was recorded?',
  'Which outlet published the transcript of the call?',
  'What is the peace plan about?',
  'What did the mayor say about the bridge?',
  'Who published the report on corrosion?',
  'What is new in the revised plan?',
  'Who are the Ukrainians meeting?',
  'What did Witkoff write?',
  'When was the bridge reopened?',
  'Who thanked the engineers?',
  'What was the weather like on the day of the race?',
  'tell me about the repairs',
  'Who is the journalist?',
  'What is the link between the two calls?',
  'Where can I read the transcript?',
  'Who is the author of the peace plan?',
  'What is new about the plan today?',
  'What was wrong with the bridge?',
  'Why was the answer wrong?',
  'Was the plan useless?',
  'Who said wow?',
  'Is the 👍 emoji allowed?',
];

describe('recognising intents before retrieval', () => {
  for (const [intent, phrasings] of Object.entries(PHRASINGS)) {
    it(`recognises ${intent}`, () => {
      for (const phrasing of phrasings) expect(recogniseIntent(phrasing)?.intent, phrasing).toBe(intent);
    });
  }

  it('leaves questions about what a story reports to retrieval', () => {
    for (const question of STORY_QUESTIONS) expect(recogniseIntent(question), question).toBeUndefined();
  });

  it('swallows none of the evaluation questions (story, Super Bowl, news, SQuAD 2.0)', () => {
    const dir = new URL('../../../fixtures/eval/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.jsonl'));
    for (const set of ['story-questions', 'super-bowl-50', 'news/', 'squad2/']) expect(files.some((file) => file.startsWith(set)), set).toBe(true);
    const questions = files.flatMap((file) =>
      readFileSync(new URL(file, dir), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { question: string }).question),
    );
    expect(questions.length).toBeGreaterThan(3000);
    expect(questions.filter((question) => recogniseIntent(question) !== undefined)).toEqual([]);
  });

  it('keeps the words that name a story, and drops the phrasing', () => {
    expect(recogniseIntent('What is the bridge story about?')?.naming).toEqual(['bridg']);
    expect(recogniseIntent('Summarise the story about the library vote')?.naming).toEqual(['librari', 'vote']);
    expect(recogniseIntent('When was the story published?')?.naming).toEqual([]);
    expect(recogniseIntent('What is the main story about?')?.naming).toEqual([]);
  });
});
