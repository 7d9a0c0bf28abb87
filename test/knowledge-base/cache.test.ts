import { cp, mkdtemp, readdir, readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';
import { findEntity } from '../../src/corpus/entities.js';
import { createEngine } from '../../src/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openBot } from '../../src/open.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { cacheFileOf, openKnowledge, type CacheReport } from '../../src/knowledge-base/cache.js';

const QUESTIONS = [
  'Who released the transcript?',
  'When did the call take place?',
  'What did Witkoff say?',
  'Who is Yuri Ushakov?',
  'how many points are in the peace plan',
  'What is the capital of France?',
  'Who relesed the transcrpt?',
];

let root: string;
let knowledge: string;
let cacheDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'storybot-cache-'));
  knowledge = join(root, 'knowledge');
  cacheDir = join(root, 'cache');
  await cp(DEFAULT_KNOWLEDGE_DIR, knowledge, { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const open = (force = false) => openKnowledge(knowledge, { cacheDir, force });

describe('the persisted index', () => {
  it('is built and saved on first use, then loaded while the folder is unchanged', async () => {
    const first = await open();
    expect(first.cache.status).toBe('missing');
    expect(first.cache.savedBytes).toBeGreaterThan(0);
    const second = await open();
    expect(second.cache.status).toBe('hit');
    expect(second.kb.corpus.sentences.length).toBe(first.kb.corpus.sentences.length);
    expect(second.kb.index.documentFrequency).toEqual(first.kb.index.documentFrequency);
    expect(second.kb.corpus.stories).toEqual(first.kb.corpus.stories);
    expect(second.kb.corpus.sentences).toEqual(first.kb.corpus.sentences);
  });

  it('keeps one entity per person: "tell me more" reads on through every mention, surname alone included', async () => {
    await open();
    const loaded = await open();
    expect(loaded.cache.status).toBe('hit');
    expect(findEntity(loaded.kb.entities, 'Witkoff')).toBe(findEntity(loaded.kb.entities, 'Steve Witkoff'));
    const engine = createEngine(loaded.kb);
    engine.ask('Who is Steve Witkoff?', { conversationId: 'c' });
    expect(engine.ask('tell me more', { conversationId: 'c' }).text).toContain('Witkoff told Vladimir Putin');
  });

  it('is rebuilt when a story file changes, and answers from the new text', async () => {
    await open();
    await writeFile(join(knowledge, 'harbour.md'), '---\ntitle: Harbour news\n---\nThe harbour master Ada Quill opened the new lighthouse on Tuesday.\n');
    const edited = await open();
    expect(edited.cache.status).toBe('stale');
    expect(edited.kb.corpus.stories.map((story) => story.id)).toContain('harbour');
    expect((await open()).cache.status).toBe('hit');
    const answer = createEngine(edited.kb).ask('Who opened the new lighthouse?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.documentId).toBe('harbour');
  });

  it('is rebuilt when a story file is removed', async () => {
    await writeFile(join(knowledge, 'extra.txt'), 'Extra story\n\nThe parade was cancelled because of rain.\n');
    await open();
    await rm(join(knowledge, 'extra.txt'));
    const after = await open();
    expect(after.cache.status).toBe('stale');
    expect(after.kb.corpus.stories.map((story) => story.id)).not.toContain('extra');
  });

  it('detects a corrupted cache file by its checksum and rebuilds it', async () => {
    await open();
    const file = cacheFileOf(cacheDir, knowledge);
    const bytes = await readFile(file);
    const at = bytes.length - 100;
    bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
    await writeFile(file, bytes);
    const reopened = await open();
    expect(reopened.cache.status).toBe('corrupt');
    expect(reopened.cache.reason).toMatch(/checksum/);
    expect((await open()).cache.status).toBe('hit');
  });

  it('detects a truncated cache file and rebuilds it', async () => {
    await open();
    const file = cacheFileOf(cacheDir, knowledge);
    await truncate(file, Math.floor((await readFile(file)).length / 2));
    const reopened = await open();
    expect(reopened.cache.status).toBe('corrupt');
    expect(reopened.cache.reason).toMatch(/truncated/);
  });

  it('treats a file that is not an index at all as corrupt', async () => {
    await open();
    await writeFile(cacheFileOf(cacheDir, knowledge), 'hello\n');
    expect((await open()).cache.status).toBe('corrupt');
  });

  it('rebuilds on request even when fresh', async () => {
    await open();
    expect((await open(true)).cache.status).toBe('forced');
  });

  it('gives the same answers as an index built from the files', async () => {
    await open();
    const cached = await open();
    expect(cached.cache.status).toBe('hit');
    const built = createEngine(buildKnowledgeBase((await loadKnowledge(knowledge)).stories));
    const loaded = createEngine(cached.kb);
    for (const question of QUESTIONS) expect(loaded.ask(question), question).toEqual(built.ask(question));
    expect(loaded.suggest('who')).toEqual(built.suggest('who'));
  });

  it('keeps warning about skipped files on a cache hit', async () => {
    await writeFile(join(knowledge, 'empty.md'), '');
    const seen: string[] = [];
    const reports: CacheReport[] = [];
    for (let run = 0; run < 2; run++) {
      await openBot({ knowledgeDir: knowledge, cacheDir, onProblem: (problem) => seen.push(problem.message), onCache: (report) => reports.push(report) });
    }
    expect(reports.map((report) => report.status)).toEqual(['missing', 'hit']);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[0]).toMatch(/empty\.md/);
  });

  it('still answers when the cache folder cannot be written', async () => {
    const blocked = join(root, 'not-a-folder');
    await writeFile(blocked, 'a file where the cache folder should be');
    const opened = await openKnowledge(knowledge, { cacheDir: join(blocked, 'cache') });
    expect(opened.cache.status).toBe('unsaved');
    expect(createEngine(opened.kb).ask('Who released the transcript?').abstained).toBe(false);
  });
});

describe('a prebuilt index shipped as a file', () => {
  /** The knowledge copied elsewhere with fresh modification times, as a copy into an image does. */
  async function shippedCopy(): Promise<string> {
    const copy = join(root, 'elsewhere', 'knowledge');
    await cp(knowledge, copy, { recursive: true });
    const later = new Date(Date.now() + 60_000);
    for (const name of await readdir(copy)) await utimes(join(copy, name), later, later);
    return copy;
  }

  it('is used for a copy of the knowledge at another path, because the contents match', async () => {
    const cacheFile = join(root, 'shipped', 'storybot.index');
    const built = await openKnowledge(knowledge, { cacheDir, cacheFile });
    expect(built.cache.status).toBe('missing');
    expect(built.cache.file).toBe(cacheFile);
    const copy = await shippedCopy();
    const shipped = await openKnowledge(copy, { cacheDir, cacheFile });
    expect(shipped.cache.status).toBe('hit');
    expect(shipped.cache.reason).toMatch(/contents match/);
    for (const question of QUESTIONS) expect(createEngine(shipped.kb).ask(question), question).toEqual(createEngine(built.kb).ask(question));
  });

  it('is not used when a shipped file differs from the one it was built from', async () => {
    const cacheFile = join(root, 'shipped', 'storybot.index');
    await openKnowledge(knowledge, { cacheDir, cacheFile });
    const copy = await shippedCopy();
    const [first] = (await readdir(copy)).filter((name) => /\.(md|txt)$/.test(name)).sort();
    await writeFile(join(copy, first!), `${await readFile(join(copy, first!), 'utf8')}
A late correction was added to the story.
`);
    expect((await openKnowledge(copy, { cacheDir, cacheFile })).cache.status).toBe('stale');
  });

  it('can live inside the knowledge folder without fingerprinting itself or being read as a story', async () => {
    const cacheFile = join(knowledge, 'storybot.index');
    const first = await openKnowledge(knowledge, { cacheDir, cacheFile });
    const second = await openKnowledge(knowledge, { cacheDir, cacheFile });
    expect(second.cache.status).toBe('hit');
    expect(second.problems).toEqual(first.problems);
    expect(second.kb.corpus.stories.map((story) => story.file)).not.toContain('storybot.index');
  });

  it('is written by `storybot index --cache-file`', async () => {
    const { run } = await import('../../src/commands/index-cmd.js');
    const cacheFile = join(root, 'cli', 'storybot.index');
    const out: string[] = [];
    const sink = (into: string[]) => ({ write: (chunk: string) => into.push(chunk) });
    const io = { argv: ['--knowledge', knowledge, '--cache-file', cacheFile], env: {}, stdout: sink(out), stderr: sink([]) };
    expect(await run(io as unknown as Parameters<typeof run>[0])).toBe(0);
    expect(out.join('')).toContain(cacheFile);
    expect((await openKnowledge(await shippedCopy(), { cacheDir, cacheFile })).cache.status).toBe('hit');
  });
});
