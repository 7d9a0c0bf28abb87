import { PassThrough, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY, ReplNotices, runRepl } from '../../../adapters/repl/index.js';
import type { StoryBot } from '../../../src/bot.js';
import { openBot } from '../../../src/open.js';
import { testCacheDir } from '../../support/cache-dir.js';
import { INTENT_QUESTIONS } from '../../support/intent-questions.js';

let bot: StoryBot;
beforeAll(async () => {
  bot = await openBot({ knowledgeDir: new URL('../../../knowledge/', import.meta.url).pathname, cacheDir: testCacheDir() });
});

/** Drives the REPL through streams as a pipe would, returning everything it printed. */
async function session(lines: string[], interactive = false, over: StoryBot = bot): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runRepl({ bot: over, input, output, interactive });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return printed;
}

describe('the terminal chat (piped input)', () => {
  it('answers a question with citation markers and a numbered sources block, each quotation shown once', async () => {
    const printed = await session(['Who released the transcript?']);
    expect(printed).toMatch(/“A transcript .* released by Bloomberg News on Tuesday\.” \[1\]/);
    expect(printed.match(/released by Bloomberg News on Tuesday/g)).toHaveLength(1);
    expect(printed).toMatch(/Sources:\n\[1\] Leaked call: .*, paragraph \d+\n/);
  });

  it('separates answers by one blank line', async () => {
    const printed = await session(['Who released the transcript?', 'What is the capital of France?']);
    const second = bot.ask('What is the capital of France?', { conversationId: 'separate' });
    expect(printed).toMatch(new RegExp(`paragraph \\d+\\n\\n${second.text.slice(0, 20)}`));
    expect(printed).not.toMatch(/\n\n\n/);
  });

  it('keeps lines whole when piped: the program reading them does its own wrapping', async () => {
    const printed = await session(['Who called for Witkoff to be fired?']);
    expect(Math.max(...printed.split('\n').map((line) => line.length))).toBeGreaterThan(120);
  });

  it('says plainly when the stories do not answer', async () => {
    const printed = await session(['What is the capital of France?']);
    expect(printed).toMatch(/don’t say/);
    expect(printed).not.toMatch(/Sources:/);
  });

  it('prints no prompt, banner or colour codes when piped', async () => {
    const printed = await session(['Who released the transcript?', 'What is the capital of France?']);
    expect(printed).not.toMatch(/storybot>/);
    expect(printed).not.toMatch(/\u001b\[/);
    expect(printed.match(/Sources:/g)?.length).toBe(1);
  });

  it(':sources lists the stories with source, date and passage count', async () => {
    const printed = await session([':sources']);
    expect(printed).toMatch(/1\. .*Witkoff/);
    expect(printed).toMatch(/The Independent · 2025-11-26 · \d+ passages/);
  });

  it(':passage N shows the full text of citation N of the last answer', async () => {
    const printed = await session(['When did the call take place?', ':passage 1']);
    const full = printed.split('\n').filter((line) => line.startsWith('[1]')).at(-1) ?? '';
    expect(full).toMatch(/14 October/);
    expect(full).toMatch(/Hamas\.”$/);
  });

  it(':open with no answer yet, and unknown commands, get a hint instead of an error', async () => {
    const printed = await session([':open 1', ':frobnicate']);
    expect(printed).toMatch(/ask a question first/);
    expect(printed).toMatch(/Unknown command :frobnicate\. Type :help/);
  });

  it(':help lists the commands and an example question the story can answer', async () => {
    const printed = await session([':help']);
    for (const command of [':sources', ':passage N', ':quit']) expect(printed).toContain(command);
    expect(printed).toMatch(/For example: .+\?/);
  });

  it(':quit stops reading further lines', async () => {
    const printed = await session([':quit', 'Who released the transcript?']);
    expect(printed).toBe('');
  });

  it('remembers the conversation, so "source?" repeats the last citations', async () => {
    const printed = await session(['Who released the transcript?', 'source?']);
    expect(printed.match(/Bloomberg News on Tuesday/g)?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the terminal chat (interactive)', () => {
  it('greets with the story title and shows a prompt', async () => {
    const printed = await session([':quit'], true);
    expect(printed).toMatch(/ask me about “[^”]*Witkoff[^”]*”/);
    expect(printed).toMatch(/storybot> /);
  });

  const plain = (text: string) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

  it('wraps answers at word boundaries to the terminal’s width', async () => {
    const input = new PassThrough();
    const output = Object.assign(new PassThrough(), { columns: 60 });
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const done = runRepl({ bot, input, output, interactive: true });
    input.end('Who released the transcript?\n:quit\n');
    await done;
    const answer = bot.ask('Who released the transcript?', { conversationId: 'wrap' });
    const shown = plain(printed).split('\n');
    expect(Math.max(...shown.map((line) => [...line].length))).toBeLessThanOrEqual(60);
    // Every word of the answer is on screen whole: wrapping only turned spaces into line breaks.
    const screen = shown.map((line) => line.trim()).join(' ');
    expect(screen).toContain(answer.text.replace(/\s+/g, ' '));
  });

  it('Ctrl-C clears a half-typed question and keeps the chat; at an empty prompt it leaves', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    let ended = false;
    const done = runRepl({ bot, input, output, interactive: true }).then(() => (ended = true));
    const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
    input.write('What is the capital of Fr');
    await tick();
    input.write('\x03');
    await tick();
    expect(ended).toBe(false);
    input.write('Who released the transcript?\n');
    await tick();
    // The answer to the question typed after Ctrl-C alone, not to "…capital of FrWho released…".
    const answer = bot.ask('Who released the transcript?', { conversationId: 'ctrl-c' });
    expect(plain(printed).replace(/\s+/g, ' ')).toContain(answer.text.replace(/\s+/g, ' '));
    input.write('\x03');
    await done;
    expect(ended).toBe(true);
  });
});

describe('the terminal chat: a notice while it waits for a question', () => {
  /** What a terminal shows, in order: the chat's output and the notices on stderr go to the same screen. */
  function screen(): { stream: Writable; text: () => string } {
    let shown = '';
    const stream = new Writable({
      write(chunk, _encoding, callback) {
        shown += String(chunk);
        callback();
      },
    });
    return { stream, text: () => shown };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
  const plain = (text: string) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

  it('interactive: prints the notice on a line of its own, then draws the prompt again with what was typed', async () => {
    const input = new PassThrough();
    const { stream, text } = screen();
    const notices = new ReplNotices(stream);
    const done = runRepl({ bot, input, output: stream, interactive: true, notices });
    await tick();
    input.write('Who rel');
    await tick();
    const before = text().length;
    notices.print('(stories reloaded: 2 loaded)');
    const after = plain(text().slice(before));
    expect(after.startsWith('\n(stories reloaded: 2 loaded)\n')).toBe(true);
    expect(after.trimEnd().endsWith('storybot> Who rel')).toBe(true);

    // What was typed before the notice is still the question.
    input.end('eased the transcript?\n');
    await done;
    expect(text()).toMatch(/Bloomberg/);
  });

  it('piped: prints the notice and no prompt', async () => {
    const input = new PassThrough();
    const { stream, text } = screen();
    const notices = new ReplNotices(stream);
    const done = runRepl({ bot, input, output: stream, interactive: false, notices });
    notices.print('(stories reloaded: 2 loaded)');
    input.end();
    await done;
    expect(text()).toBe('(stories reloaded: 2 loaded)\n');
  });
});

describe('the terminal chat: intents and links to the cited sentence', () => {
  let linked: StoryBot;
  beforeAll(async () => {
    // The adapters' copy of the story has a url in its front matter.
    linked = await openBot({ knowledgeDir: new URL('../../fixtures/adapters/knowledge/', import.meta.url).pathname, cacheDir: testCacheDir() });
  });

  it('prints the link to the cited sentence under the source', async () => {
    const printed = await session(['What is the story about?'], false, linked);
    expect(printed).toMatch(/^“Leaked call: .*” \(The Independent, 26 November 2025\)\.\nIt opens: “Donald Trump’s .*” \[1\]/);
    expect(printed).toMatch(/\n\[1\] Leaked call: .*, paragraph 2\n    <https:\/\/news\.example\/witkoff-call#:~:text=Donald%20Trump%E2%80%99s%20special%20envoy%20Steve,according%20to%20a%20leaked%20transcript>$/m);
  });

  it('shows every intent’s reply word for word as the core gives it, a sources block only when it cites', async () => {
    for (const { question, kind } of INTENT_QUESTIONS) {
      const expected = linked.ask(question, { conversationId: `core ${question}` });
      expect(expected.kind, question).toBe(kind);
      const printed = await session([question], false, linked);
      if (expected.citations.length === 0) {
        expect(printed, question).toBe(`${expected.text}\n`);
        continue;
      }
      expect(printed.startsWith(`${expected.text}\n\nSources:\n`), question).toBe(true);
      for (const citation of expected.citations) {
        expect(citation.url, question).toBeDefined();
        expect(printed, question).toContain(`\n    <${citation.url}>`);
      }
    }
  });

  it('greets and helps without a sources block, and states the date in words', async () => {
    const printed = await session(['hello', 'what can I ask?', 'When was the story published?'], false, linked);
    expect(printed).toMatch(/^Hello! .*You could ask “.+\?”/m);
    expect(printed).toMatch(/^Ask me about .*For example: “.+\?”/m);
    expect(printed).toMatch(/was published on 26 November 2025\.$/m);
    expect(printed).not.toMatch(/Sources:/);
  });
});

describe('the terminal chat when answering fails', () => {
  it('apologises, reports the error, and answers the next question', async () => {
    let calls = 0;
    const flaky: StoryBot = {
      ...bot,
      ask: (question, options) => {
        calls += 1;
        if (calls === 1) throw new Error('index exploded');
        return bot.ask(question, options);
      },
    };
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const errors: unknown[] = [];
    const done = runRepl({ bot: flaky, input, output, interactive: false, onError: (error) => errors.push(error) });
    input.end('Who released the transcript?\nWho released the transcript?\n');
    await done;
    const [first, ...rest] = printed.split('\n');
    expect(first).toBe(APOLOGY);
    expect(rest.join('\n')).toMatch(/Bloomberg.*\[1\]/s);
    expect(errors).toHaveLength(1);
    expect(printed).not.toContain('index exploded');
  });
});
