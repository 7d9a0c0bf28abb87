import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/engine.js';
import { parseStory } from '../../../src/knowledge/parse.js';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { bundledBot } from '../stories.js';

const NEWS = join(PROJECT_ROOT, 'test', 'fixtures', 'eval', 'news');
const news = (file: string) => parseStory(file, readFileSync(join(NEWS, file)));

describe('the suggestion catalogue', () => {
  it('survives a quotation attributed to "I" ("“I’m told two things…” Baird said"): an abstention answers, not a stack overflow', () => {
    const bot = createBot([news('ottawa-document-found.md')]);
    // A message without words is answered with an example question, which the catalogue supplies.
    const answer = bot.ask('?!');
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/\?/);
  });

  it('asks only about speakers the story names, never a pronoun', () => {
    const bot = createBot([news('ottawa-document-found.md')]);
    const offered = bot.suggest('what did', 40);
    expect(offered.some((question) => /^What did (?:I|I'm|He|She|They|We)\b/i.test(question))).toBe(false);
  });
});

describe('"did you mean" offers only questions close to what was asked', () => {
  it('offers nothing for a question sharing no word or name with the catalogue', () => {
    const answer = bundledBot().ask('Who won the World Cup?');
    expect(answer.kind === 'abstained' && answer.suggestions).toEqual([]);
    expect(answer.text).not.toContain('Did you mean');
  });

  it('offers catalogue questions that share a name with the question', () => {
    const answer = bundledBot().ask('Where does Witkoff live?');
    const suggestions = answer.kind === 'abstained' ? answer.suggestions : [];
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) expect(suggestion).toContain('Witkoff');
  });
});
