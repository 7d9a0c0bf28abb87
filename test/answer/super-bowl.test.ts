import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/engine.js';
import { FIXTURES } from '../../src/eval/sets.js';
import { parseStory } from '../../src/knowledge/parse.js';

/**
 * Super Bowl 50 (SQuAD 1.1), a long report of one game of a numbered series that names many
 * others, with the committed model: wrong answers it once gave with a citation.
 */
const bot = createBot([parseStory('super-bowl-50.md', readFileSync(join(FIXTURES, 'super-bowl-50.md')))]);

describe('a report of one of a numbered series', () => {
  it('answers "who was the Super Bowl 50 MVP?" from no sentence about the MVPs of other Super Bowls', () => {
    expect(bot.ask('Who was the Super Bowl 50 MVP?').text).not.toMatch(/Bart Starr/);
  });

  it('answers "where did Super Bowl 50 take place?" with no quotation that puts nothing at a place', () => {
    expect(bot.ask('Where did Super Bowl 50 take place?').text).not.toMatch(/14-yard line/);
  });
});
