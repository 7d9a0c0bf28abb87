import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAnswer as slackAnswer } from '../../adapters/slack/format.js';
import { answerEmbed } from '../../adapters/discord/format.js';
import { formatAnswer, PLAIN } from '../../adapters/repl/format.js';
import { createBot } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const fixtures = new URL('../fixtures/knowledge/', import.meta.url).pathname;
const tempDir = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'storybot-load-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};

describe('loadKnowledge', () => {
  it('loads every .md and .txt story of a folder, sorted by file name', async () => {
    const { stories, problems } = await loadKnowledge(fixtures);
    expect(stories.map((story) => story.id)).toEqual(['harbour-bridge', 'library-vote']);
    expect(problems).toEqual([]);
  });

  it('skips READMEs, hidden and underscore files and other extensions', async () => {
    const dir = tempDir({ 'README.md': '# How to add stories', '.draft.md': 'x', '_notes.txt': 'x', 'image.png': 'x', 'story.md': 'A ship sank on Friday.' });
    const { stories } = await loadKnowledge(dir);
    expect(stories.map((story) => story.file)).toEqual(['story.md']);
  });

  it('keeps the good stories and reports each bad file by name', async () => {
    const dir = tempDir({ 'good.md': 'A ship sank on Friday.', 'bad.md': '---\ntitle: x\n' });
    const { stories, problems } = await loadKnowledge(dir);
    expect(stories.map((story) => story.file)).toEqual(['good.md']);
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^bad\.md: front matter .* no closing/)]);
  });

  it('fails clearly on a missing folder', async () => {
    await expect(loadKnowledge('/nonexistent/storybot-knowledge')).rejects.toThrow(/knowledge folder does not exist.*KNOWLEDGE_DIR/);
  });

  it('fails clearly on a folder with no story', async () => {
    await expect(loadKnowledge(tempDir({}))).rejects.toThrow(/has no readable story/);
  });

  it('fails naming the files when none of them can be read', async () => {
    await expect(loadKnowledge(tempDir({ 'empty.md': '' }))).rejects.toThrow(/empty\.md: is empty/);
  });

  it('loads stories named in other scripts as distinct stories, and cites and formats them on every platform', async () => {
    const dir = tempDir({
      'москва.md': 'The Moscow metro opened a new station on Monday, the mayor said.',
      '北京.md': 'Beijing opened a new airport terminal on Tuesday, officials said.',
      '東京.md': 'Tokyo opened a new harbour bridge on Wednesday, the governor said.',
    });
    const { stories, problems } = await loadKnowledge(dir, { settleMs: 0 });
    expect(problems).toEqual([]);
    expect(stories.map((story) => story.id).sort()).toEqual(['北京', '東京', 'москва'].sort());
    const answer = createBot(stories).ask('When did the Moscow metro open a new station?');
    expect(answer.citations[0]).toMatchObject({ documentId: 'москва', passageId: 'москва#1' });
    expect(JSON.stringify(slackAnswer(answer))).toContain('Monday');
    expect(JSON.stringify(answerEmbed(answer))).toContain('Monday');
    expect(formatAnswer(answer, PLAIN)).toContain('Monday');
  });

  it('rejects two files that would share a story id', async () => {
    const { problems } = await loadKnowledge(tempDir({ 'a.md': 'One story.', 'a.txt': 'Another story.' }));
    expect(problems[0]?.message).toMatch(/a\.txt: has the same story id "a" as a\.md/);
  });
});
