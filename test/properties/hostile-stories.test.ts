import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer/types.js';
import { createBot } from '../../src/engine.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { parseStory } from '../../src/knowledge/parse.js';
import { openBot } from '../../src/open.js';
import { testCacheDir } from '../support/cache-dir.js';

/** Stories are operator-supplied, but they are copied from the web: markup and mentions included. */
const INJECTION_STORY = `---
title: "<!channel> @everyone **Breaking** <script>alert(1)</script>"
source: "<@U123> & <@&123>"
---
The mayor of Springfield, Jane Doe, announced the new bridge on Monday <!here> @here.

Critics such as <@U999> and <@&777> said [the plan](http://evil.example) was too costly, citing <http://evil.example|a report>.

Regex fans wrote (a+)+$ and .*.*.*[[[ in the comments; @everyone was pinged <!everyone>.

The bridge will cost 40 million dollars and open in 2027.
`;

describe('a story full of mentions and markup', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storybot-hostile-'));
    await writeFile(join(dir, 'injection.md'), INJECTION_STORY);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads and answers from it without crashing', async () => {
    const problems: string[] = [];
    const bot = await openBot({ knowledgeDir: dir, cacheDir: testCacheDir(), onProblem: (problem) => problems.push(problem.message) });
    expect(problems).toEqual([]);
    const answer = bot.ask('Who announced the new bridge?');
    expect(AnswerSchema.parse(answer).abstained).toBe(false);
    expect(answer.text).toMatch(/Jane Doe|mayor/);
    for (const question of ['Who said the plan was too costly?', 'How much will the bridge cost?', '<!channel> who pinged @everyone?', '(a+)+$']) {
      expect(() => AnswerSchema.parse(bot.ask(question))).not.toThrow();
    }
    expect(bot.stories()[0]?.title).toContain('<!channel>');
  });
});

describe('arbitrary story file bytes (property-based)', () => {
  const line = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.constantFrom('---', 'title: x', 'url: javascript:alert(1)', 'published: yesterday', '', 'Read more', 'Advertisement', '<!channel> @everyone', 'He said (a+)+$.', 'The mayor, Jane Doe, said yes.'),
  );
  const file = fc.oneof(
    fc.array(line, { maxLength: 20 }).map((lines) => new TextEncoder().encode(lines.join('\n'))),
    fc.uint8Array({ maxLength: 400 }),
  );

  it('either parses into a story the bot can answer from, or fails with a KnowledgeError naming the file', () => {
    fc.assert(
      fc.property(file, fc.constantFrom('Who said yes?', 'What happened?', ''), (bytes, question) => {
        let story;
        try {
          story = parseStory('fuzz.md', bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(KnowledgeError);
          expect((error as KnowledgeError).message.startsWith('fuzz.md: ')).toBe(true);
          return;
        }
        const bot = createBot([story]);
        AnswerSchema.parse(bot.ask(question));
        bot.stories();
      }),
      { numRuns: 150 },
    );
  });
});
