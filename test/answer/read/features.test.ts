import { describe, expect, it } from 'vitest';
import { featureVector } from '../../../src/answer/read/features.js';
import { analyzeQuestion } from '../../../src/answer/understand/question.js';
import { rankSentences } from '../../../src/answer/retrieve/rank.js';
import { bounded } from '../../../src/answer/budget.js';
import { candidatesOf } from '../../../src/answer/read/select.js';
import { buildKnowledgeBase } from '../../../src/knowledge-base/knowledge-base.js';
import { parseStory } from '../../../src/knowledge/parse.js';

/** A made-up report: the full name once, the surname after; the year only in the title. */
const STORY = `---
title: Kestrel Games 2031 open in the harbour
---
Mayor Anna Roe opened the games on Friday.

The city council met twice before the opening.

Roe said the new stadium holds forty thousand people.
`;

const kb = buildKnowledgeBase([parseStory('games.md', Buffer.from(STORY))]);

/** The named features of the candidate built on the sentence that contains `text`. */
function featuresOf(question: string, text: string, names: string[]): number[] {
  const analysed = analyzeQuestion(question);
  const candidate = bounded(() => candidatesOf(kb, analysed, rankSentences(kb, analysed))).find((c) => c.ranked.sentence.text.includes(text));
  expect(candidate, `no candidate holds "${text}"`).toBeDefined();
  return bounded(() => featureVector(candidate!, names));
}

/** The named features of the candidate on the sentence holding `text`, over a made-up story of `body`. */
function featuresOver(body: string, question: string, text: string, names: string[], title = 'Notes'): number[] {
  const story = buildKnowledgeBase([parseStory('notes.md', Buffer.from(`---\ntitle: ${title}\n---\n${body}\n`))]);
  const analysed = analyzeQuestion(question);
  const candidate = bounded(() => candidatesOf(story, analysed, rankSentences(story, analysed))).find((c) => c.ranked.sentence.text.includes(text));
  expect(candidate, `no candidate holds "${text}"`).toBeDefined();
  return bounded(() => featureVector(candidate!, names));
}

describe('verifier features', () => {
  it('a measure\'s frame is no unknown word: "how old is the chief executive?" over "Chief executive Jane Roe, 54, said …"', () => {
    const [unknown] = featuresOver('Chief executive Jane Roe, 54, said the firm had offered more.', 'how old is the chief executive?', 'Jane Roe', ['unknownTerms']);
    expect(unknown).toBe(0);
  });

  it('a refusal is a negation: "what was in the report?" against "she refused to give any more details" does not match its polarity', () => {
    const [mismatch] = featuresOver('“We take report security seriously,” she said, but refused to give any more details.', 'what was in the report?', 'refused', ['negationMismatch']);
    expect(mismatch).toBe(1);
  });

  it('a negation inside a quotation is the speaker’s, not the narration’s: "what did his sister beg him to do?"', () => {
    const [quoted] = featuresOver('Tom Berg’s sister begged him to take the child to a doctor, but he replied “I am not able to do that”.', 'what did Tom Berg’s sister beg him to do?', 'doctor', ['negationMismatch']);
    expect(quoted).toBe(0);
    const [narrated] = featuresOver('Tom Berg’s sister did not beg him to take the child to a doctor.', 'what did Tom Berg’s sister beg him to do?', 'doctor', ['negationMismatch']);
    expect(narrated).toBe(1);
  });

  it('a negation in another clause than the asked verb\'s denies nothing asked: "how many people died?" over "Three people have died and 18,000 homes are without power"', () => {
    const [other] = featuresOver('Three people have died and about 18,000 homes are without electricity.', 'how many people died?', 'Three', ['negationMismatch']);
    expect(other).toBe(0);
    const [after] = featuresOver('Tom Berg’s sister begged him to take the child to a doctor, but he did not do that.', 'what did Tom Berg’s sister beg him to do?', 'doctor', ['negationMismatch']);
    expect(after).toBe(0);
  });

  it('a negation in a relative clause describes a noun: "how did he hide it?" over "invoices from a firm that did not exist"', () => {
    const [relative] = featuresOver('Tom Berg hid the payments with invoices from a supplier that did not exist.', 'how did Tom Berg hide the payments?', 'invoices', ['negationMismatch']);
    expect(relative).toBe(0);
    const [denied] = featuresOver('Tom Berg did not hide the payments from the auditors.', 'how did Tom Berg hide the payments?', 'auditors', ['negationMismatch']);
    expect(denied).toBe(1);
  });

  it('a name that ends on a kind of the asked noun accounts for it: "what street?" is there in "Quillon Road"', () => {
    const [missing, matched] = featuresOver('The letter was found on Quillon Road by a jogger.', 'what street was the letter found on?', 'Quillon', ['missingTerms', 'headMatched']);
    expect(missing).toBe(0);
    expect(matched).toBe(1);
  });

  it('a name WordNet knows as one of the asked noun accounts for it: "in what city?" is there in "Oslo"', () => {
    const [missing, matched] = featuresOver('The Acme Fair was held at the Quillon Hall in Oslo.', 'In what city was the Acme Fair held?', 'Oslo', ['missingTerms', 'headMatched']);
    expect(missing).toBe(0);
    expect(matched).toBe(1);
  });

  it('another sentence giving the same answer agrees: "when did the crane fall?" over "yesterday" twice', () => {
    const [agrees] = featuresOver('A storm yesterday caused a crane to fall onto the Acme depot.\n\nThe accident, which happened yesterday afternoon, led the crane to fall.', 'when did the crane fall?', 'afternoon', ['spanAgreement']);
    expect(agrees).toBe(1);
    const [alone] = featuresOver('A storm on Monday caused a crane to fall onto the Acme depot.\n\nThe crane had stood there since 2019.', 'when did the crane fall?', 'storm', ['spanAgreement']);
    expect(alone).toBe(0);
  });

  it('a date "from" says when something starts: "when does the strike start?" lacks no word over "a strike from next Monday"', () => {
    const [from] = featuresOver('Acme pilots will strike for two days from next Monday.', 'when does the strike start?', 'pilots', ['missingTerms']);
    expect(from).toBe(0);
    const [on] = featuresOver('Acme pilots voted for a strike on Tuesday.', 'when does the strike start?', 'pilots', ['missingTerms']);
    expect(on).toBeGreaterThan(0);
  });

  it('a name is in the passage when any word of it is: "Anna Roe" is there as "Roe"', () => {
    const [missing] = featuresOf('How many people does the stadium of Anna Roe hold?', 'forty thousand', ['namesMissingContext']);
    expect(missing).toBe(0);
  });

  it('a name no word of which is in the passage still counts as missing', () => {
    const [missing] = featuresOf('How many people does the stadium of Lena Vask hold?', 'forty thousand', ['namesMissingContext']);
    expect(missing).toBeGreaterThan(0);
  });

  it("a number the story's title has is its topic, not a detail the passage must repeat", () => {
    const [missing] = featuresOf('How many people does the stadium of the 2031 games hold?', 'forty thousand', ['numbersMissingContext']);
    expect(missing).toBe(0);
    const [other] = featuresOf('How many people did the stadium hold in 2029?', 'forty thousand', ['numbersMissingContext']);
    expect(other).toBe(1);
  });

  it('a word of the headline is no word the sentence swapped away; one only another sentence has is', () => {
    const [headline] = featuresOf('How many people does the harbour stadium hold?', 'forty thousand', ['swappedTerm']);
    expect(headline).toBe(0);
    const [elsewhere] = featuresOf('How many people does the stadium of the mayor hold?', 'forty thousand', ['swappedTerm']);
    expect(elsewhere).toBeGreaterThan(0);
  });

  it('an opposite in the sentence is found for a superlative and for a function word: "lowest" / "highest", "more" / "less"', () => {
    const story = buildKnowledgeBase([parseStory('notes.md', Buffer.from('---\ntitle: Notes\n---\nTom Berg built the east gate, the highest point of the old wall.\n\nAs the wall ages its stones become less able to hold water.\n'))]);
    const antonym = (question: string, text: string): number | undefined => {
      const analysed = analyzeQuestion(question);
      const candidate = bounded(() => candidatesOf(story, analysed, rankSentences(story, analysed))).find((c) => c.ranked.sentence.text.includes(text));
      return candidate && bounded(() => featureVector(candidate, ['antonymFound']))[0];
    };
    expect(antonym('Who built the lowest point of the old wall?', 'highest point')).toBe(1);
    expect(antonym('Who built the highest point of the old wall?', 'highest point')).toBe(0);
    expect(antonym('What becomes more able to hold water as the wall ages?', 'less able')).toBe(1);
  });

  it('soft coverage counts a missing word by the nearest word in meaning: "inaugurated" is nearly "opened", "painted" is not', () => {
    const [near] = featuresOf('When did the mayor inaugurate the games?', 'opened the games', ['softCoverage']);
    const [coverage] = featuresOf('When did the mayor inaugurate the games?', 'opened the games', ['coverage']);
    expect(near).toBeGreaterThan(coverage!);
    const [softMissing, missing] = featuresOf('When did the mayor inaugurate the games?', 'opened the games', ['softHeaviestMissing', 'heaviestMissingSentence']);
    expect(softMissing).toBeLessThan(missing!);
    const [named] = featuresOf('When did Lena Vask open the games?', 'opened the games', ['softCoverage']);
    const [plain] = featuresOf('When did Lena Vask open the games?', 'opened the games', ['coverage']);
    // A name the sentence lacks is missing, however near another name stands in meaning.
    expect(named).toBeCloseTo(plain!, 6);
  });
  it('a WordNet phrase is no synonym by its small words: "get in" does not put "arrive" in any sentence with "in"', () => {
    const [missing] = featuresOver('The night ferry was seen in the harbour on Monday.', 'When did the night ferry arrive?', 'Monday', ['missingWordNet']);
    expect(missing).toBeGreaterThan(0);
  });

  it('synonyms never make more of the question missing than its plain words: a name found by its role ("the president") counts as there', () => {
    const story = 'President Tom Berg arrived on Sunday.\n\n“We will build it,” the president said in Oslo on Monday.';
    const [withSynonyms, plain] = featuresOver(story, 'Where did Berg speak on Monday?', 'Oslo', ['missingWordNet', 'missingTerms']);
    expect(withSynonyms).toBeLessThanOrEqual(plain!);
  });

  it('a person the title names is not in every passage: a passage about two others\' call lacks them', () => {
    const story = 'Tom Berg, the envoy, told Jane Roe to praise the plan.\n\nThe plan has twenty points.\n\nOn 29 May, Roe spoke by phone with Lena Vask about the deal.';
    const [missing] = featuresOver(story, 'When did Tom Berg speak to Jane Roe?', '29 May', ['namesMissingContext'], 'How Tom Berg advised Jane Roe on the deal');
    expect(missing).toBeGreaterThan(0);
  });

  it('a name the passage calls by its role is in it: "the mayor" defending "her envoy" names both', () => {
    const story = 'Mayor Anna Roe’s envoy Tom Berg went to the guild.\n\nThe guild has met twice.\n\nThe mayor defended her envoy when asked.\n\n“He has done well,” she said in Quillon on Tuesday.';
    const [missing] = featuresOver(story, 'Where was Anna Roe when she defended Tom Berg?', 'Quillon', ['namesMissingContext']);
    expect(missing).toBe(0);
  });

  it('"how old is the captain?" is not missing "old" where the sentence gives the age as news does ("Tom Berg, 51,")', () => {
    const [missing] = featuresOver('The ship’s captain, Tom Berg, 51, has been suspended.', 'how old is the captain?', '51', ['missingTerms']);
    expect(missing).toBe(0);
  });
});
