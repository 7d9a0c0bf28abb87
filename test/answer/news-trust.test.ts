import { describe, expect, it } from 'vitest';
import { loadVerifierFile } from '../../src/answer/read/verifier.js';
import type { StoryBot } from '../../src/bot.js';
import { createEngine } from '../../src/engine.js';
import { expectationOf } from '../../src/eval/questions.js';
import { articlesOf, NEWS_FOLDER, QUESTION_SETS, questionsOf, storiesOf } from '../../src/eval/sets.js';
import { buildKnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';

/**
 * Say only what the stories say, over the four real news articles and the bundled story in one
 * folder, as an editor keeps them. Each article's questions are answered by the verifier fitted
 * without that article (held out), so these hold for articles the model never saw.
 */
const set = QUESTION_SETS.find((candidate) => candidate.name === 'news (4 articles + story)')!;
const kb = buildKnowledgeBase(await storiesOf(set));
const file = loadVerifierFile();
const bots = new Map<string, StoryBot>();
const botFor = (article: string): StoryBot => {
  let bot = bots.get(article);
  if (!bot) bots.set(article, (bot = createEngine(kb, { verifier: file.folds[article] ?? file.model })));
  return bot;
};
const questions = await questionsOf(set);
const articles = await articlesOf(NEWS_FOLDER);
const SLOW = 60_000;

describe('the news articles, held out', () => {
  for (const article of articles) {
    it(`${article}: every off-topic, general-knowledge and unanswered question is refused, and no false premise affirmed`, () => {
      for (const question of questions.filter((q) => q.group === article && expectationOf(q) !== 'answer')) {
        const answer = botFor(article).ask(question.question);
        if (expectationOf(question) === 'abstain') expect(answer.abstained, `${question.id}: ${question.question} → ${answer.text}`).toBe(true);
        else expect(answer.abstained || !/\bYes\b/.test(answer.text), `${question.id}: ${question.question} → ${answer.text}`).toBe(true);
      }
    }, SLOW);
  }

  it('a question about a story the folder does not hold is refused: "what is the boiling point of water at sea level?"', () => {
    for (const article of articles) expect(botFor(article).ask('what is the boiling point of water at sea level?').abstained, article).toBe(true);
  });
});

describe('confident wrong answers the issue found, now refused or right', () => {
  const ask = (article: string, question: string) => botFor(article).ask(question);

  it('"what are the parents charged with?" and "what does the father do for a living?" are never "Gloria"', () => {
    for (const question of ['what are the parents charged with?', 'what does the father do for a living?']) {
      const answer = ask('homeopathy-manslaughter-trial', question);
      expect(answer.abstained || !/^Gloria\b/.test(answer.text), answer.text).toBe(true);
    }
  });

  it('"who was arrested?" is refused, never "IE6" of "persuade users to stop using IE6" (WordNet\'s "arrest" is also "stop")', () => {
    const answer = ask('ie6-countdown', 'who was arrested?');
    expect(answer.abstained, answer.text).toBe(true);
  });

  it('"who gave the document to the CBC?" is never the department the document is from ("a sensitive Environment Canada document")', () => {
    expect(ask('ottawa-document-found', 'who gave the document to cbc?').text).not.toMatch(/^Environment Canada/);
  });

  it('an age hyphened whole is said as written: "nine-month-old", never "nine-month olds"', () => {
    const answer = ask('homeopathy-manslaughter-trial', 'how old was gloria when she died?');
    expect(answer.text).not.toMatch(/olds\b/);
  });

  it('"how tall was the crane?" is not answered with the death toll', () => {
    expect(ask('mecca-crane-collapse', 'how tall was the crane?').abstained).toBe(true);
  });

  it('"how fast were the winds?" and "what’s chrome’s market share?" are refused, not answered with a sentence that shares a word', () => {
    expect(ask('mecca-crane-collapse', 'how fast were the winds?').abstained).toBe(true);
    expect(ask('ie6-countdown', "what's chrome's market share?").abstained).toBe(true);
  });

  it('"how fast were the winds?" is a partial answer: an abstention naming what is missing, citing what the story does say of the winds', () => {
    const answer = ask('mecca-crane-collapse', 'how fast were the winds?');
    expect(answer.kind).toBe('abstained');
    expect(answer.text).toMatch(/^The story doesn’t say how fast\.\nThe closest it comes: “[^”]*strong winds/);
    expect(answer.citations[0]?.text).toContain('strong winds and heavy rain');
  });

  it('a partial answer never says the story lacks the measure while quoting a sentence that gives it: "how long was the document?"', () => {
    const answer = ask('ottawa-document-found', 'how long was the document?');
    if (answer.abstained) expect(answer.text).not.toMatch(/doesn’t say how long/);
    else expect(answer.text).toMatch(/131/);
  });

  it('"what time of day did it happen" is answered with the time of day, or refused without claiming the story lacks it', () => {
    const answer = ask('mecca-crane-collapse', 'what time of day did it happen');
    if (answer.abstained) expect(answer.text).not.toMatch(/doesn’t say what time/);
    else expect(answer.text).toMatch(/afternoon/);
  });

  it('"What does Ukraine think of the plan?" is answered with what Ukraine said, never with Witkoff’s words', () => {
    const answer = botFor('story').ask('What does Ukraine think of the plan?');
    expect(answer.text).not.toMatch(/Witkoff said|20-point Trump plan/);
    if (!answer.abstained) expect(answer.citations[0]?.text).toMatch(/Ukraine said/);
  });
  it('a date is never given for an event it does not date: "When did Witkoff speak to Ushakov?" is not "29 October", the day Ushakov phoned someone else; "when did trump go to egypt?" is not the date of the call held a day after', () => {
    const speak = botFor('story').ask('When did Witkoff speak to Ushakov?');
    expect(speak.shortAnswer ?? '').not.toMatch(/29 October/);
    const egypt = botFor('story').ask('when did trump go to egypt?');
    expect(egypt.shortAnswer ?? '').not.toMatch(/14 October/);
  });
  it('"who leaked the call?" names no one: the headline "Leaked call: how Witkoff advised …" says nothing of who leaked it', () => {
    const answer = botFor('story').ask('who leaked the call?');
    expect(answer.shortAnswer ?? '').not.toMatch(/Witkoff|Ushakov|Putin/);
    expect(answer.text).not.toMatch(/^(?:Steve )?Witkoff\b/);
  });
  it('"Who released the transcript of the call?" is Bloomberg News, not "the story doesn\'t say who" over "… after the transcript was released"', () => {
    const answer = botFor('story').ask('Who released the transcript of the call?');
    expect(answer.text).toMatch(/Bloomberg/);
    expect(answer.abstained).toBe(false);
  });
});

describe('questions found answered wrongly or refused on the news articles, later sessions', () => {
  it('"what did tedeschi say?" quotes the prosecutor, named "in the words of the Crown prosecutor, Mark Tedeschi, QC"', () => {
    const answer = botFor('homeopathy-manslaughter-trial').ask('what did tedeschi say?');
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toMatch(/Tedeschi/);
  });

  it('"were the injured taken to hospital?" is yes by the Civil Defense director, whose words the story quotes', () => {
    expect(botFor('mecca-crane-collapse').ask('were the injured taken to hospital?').text).toMatch(/^According to General Suleiman al-Amr, yes \[1\]/);
  });

  it('"are there casualties left at the location?" is never "yes" over "There are no casualties left at the location"', () => {
    expect(botFor('mecca-crane-collapse').ask('are there casualties left at the location?').text).not.toMatch(/\byes\b/i);
  });
});
