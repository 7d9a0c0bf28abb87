import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/answer/say/templates.js';
import type { Answer } from '../../src/answer/types.js';
import { synonymsOf } from '../../src/text/synonyms.js';
import { isStopWord, termOf } from '../../src/text/terms.js';
import { words } from '../../src/text/tokenize.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { bundledBot, SAY_FIXTURES, storyBot, WORDING } from '../answer/stories.js';

/**
 * Nothing the asker supplies becomes a cited fact. Clauses of words no story uses are appended to
 * answerable questions; every content word of the answer must come from a passage it cites (or a
 * synonym of one), from the bot's own template wording, or be a name the cited passage holds.
 */
const INJECTED = ['treason', 'bribery', 'glacier', 'submarine', 'embezzlement', 'volcano', 'astronaut', 'kidnapping', 'poisoned', 'orchestra', 'penguins', 'bankruptcy'];
const CLAUSES = ['for {a} and {b}', 'after the {a}', 'because of the {a} {b}', 'over {a}', 'during the {a} scandal', 'with a {a}', 'in the {a} case', 'and {a}'];

const clause = fc
  .tuple(fc.constantFrom(...CLAUSES), fc.constantFrom(...INJECTED), fc.constantFrom(...INJECTED))
  .map(([template, a, b]) => template.replace('{a}', a).replace('{b}', b));

const templateTerms = new Set(
  JSON.stringify(TEMPLATES)
    .replace(/\{\w+\}/g, ' ')
    .match(/[\p{L}’']+/gu)
    ?.map((word) => termOf(word))
    .filter((term): term is string => term !== null) ?? [],
);

/** Content words of an answer that neither its citations, the templates nor the stories' names account for. */
function unsupportedWords(answer: Answer, names: ReadonlySet<string>): string[] {
  const cited = new Set(answer.citations.flatMap((citation) => words(citation.text).map((word) => termOf(word))).filter((term): term is string => term !== null));
  const backed = new Set([...cited, ...[...cited].flatMap((term) => [...synonymsOf(term)])]);
  // Titles appear in abstentions ("I found nothing in “…”"): the story's words, not the asker's.
  const text = answer.text.replace(/“[^”]*”/g, (quoted) => (answer.citations.some((c) => c.text.includes(quoted.slice(1, -1).slice(0, 20))) ? ' ' : quoted));
  return words(text).filter((word) => {
    if (isStopWord(word) || /^\d/.test(word) || names.has(word)) return false;
    const term = termOf(word);
    return term !== null && !backed.has(term) && !templateTerms.has(term);
  });
}

/** Capitalised words of the stories: a speaker's full name may come from another paragraph. */
function namesIn(...texts: string[]): Set<string> {
  return new Set(texts.flatMap((text) => text.match(/\p{Lu}[\p{L}’']*/gu) ?? []));
}

function property(ask: (question: string) => Answer, questions: string[], names: ReadonlySet<string>): void {
  fc.assert(
    fc.property(fc.constantFrom(...questions), clause, (question, extra) => {
      const asked = `${question.replace(/\?$/, '')} ${extra}?`;
      const answer = ask(asked);
      const injected = INJECTED.filter((word) => answer.text.toLowerCase().includes(word));
      const cited = answer.citations.map((c) => c.text.toLowerCase()).join(' ');
      expect(injected.filter((word) => !cited.includes(word)), asked).toEqual([]);
      if (!answer.abstained) expect(unsupportedWords(answer, names), `${asked}\n${answer.text}`).toEqual([]);
    }),
    { numRuns: 120 },
  );
}

const BUNDLED_QUESTIONS = [
  'Who called for Witkoff to be fired?',
  'Who released the transcript of the call?',
  'When did the call take place?',
  'Who will hold talks with the Ukrainians?',
  'Did Ushakov comment on the leak?',
  'Has Witkoff met Putin?',
  'Who is Steve Witkoff?',
  'Who is Vladimir Putin?',
  'Where did Trump travel to celebrate the ceasefire?',
  'What did Don Bacon say about Witkoff?',
  'Did the White House dispute the conversation?',
  'How many points does Trump’s Ukraine peace plan have?',
];
const BUNDLED_NAMES = namesIn(readFileSync(join(PROJECT_ROOT, 'knowledge', 'witkoff-call.txt'), 'utf8'));

describe('no answer contains a word that is in neither a cited passage nor the supported part of the question', () => {
  it('over the bundled story', () => {
    const bot = bundledBot();
    property((question) => bot.ask(question), BUNDLED_QUESTIONS, BUNDLED_NAMES);
  });

  it('over the bundled story with the verifier’s threshold set aside, so every question is composed', () => {
    // With the threshold, an injected clause often makes the bot abstain (every "Who called for
    // Witkoff to be fired …" with a clause does), and an abstention says nothing to check.
    const bot = bundledBot(WORDING);
    property((question) => bot.ask(question), BUNDLED_QUESTIONS, BUNDLED_NAMES);
  });

  it('over made-up stories with quotations, refusals and plans', () => {
    const bot = storyBot('harbour-tunnel.md', 'orchard-strike.md');
    property((question) => bot.ask(question), [
      'Who called for the project to be scrapped?',
      'Did Fane comment on the delay?',
      'Will the authority meet the tunnel builders?',
      'Has the authority met the tunnel builders?',
      'How many cars will the tunnel carry a day?',
      'Did Marlow praise the builders?',
      'Who is Lina Roque?',
      'When did the pickers end their strike?',
      'Did the owners raise wages?',
    ], namesIn(...['harbour-tunnel.md', 'orchard-strike.md'].map((file) => readFileSync(join(SAY_FIXTURES, file), 'utf8'))));
  });
});
