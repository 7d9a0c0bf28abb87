import { createInterface } from 'node:readline';
import type { Answer } from '../answer/types.js';
import type { StoryBot } from '../bot.js';
import { inertJson } from '../text/terminal.js';
import { knowledgeDirOf, KNOWLEDGE_FLAG, openBotFor, parseFlags, pathSettingsOf } from './common.js';
import type { CommandIO } from './types.js';

/** What only one kind of reply has: why it abstained, which small talk, what it is about. */
function kindFields(answer: Answer): Record<string, unknown> {
  switch (answer.kind) {
    case 'answer':
      return {};
    case 'abstained':
      return { reason: answer.reason, suggestions: answer.suggestions };
    case 'chat':
      return { intent: answer.intent, suggestions: answer.suggestions };
    case 'about':
      return { topic: answer.topic, storyIds: answer.storyIds, ...(answer.facts.length > 0 ? { facts: answer.facts } : {}) };
  }
}

/** The JSON line `ask --json` prints: a stable, documented subset of the Answer (README, "JSON output"). */
export function toJsonLine(question: string, answer: Answer): string {
  return inertJson(JSON.stringify({
    question,
    kind: answer.kind,
    answer: answer.text,
    abstained: answer.abstained,
    confidence: answer.confidence,
    shortAnswer: answer.shortAnswer,
    citations: answer.citations.map(({ marker, documentId, documentTitle, passageId, paragraph, kind, text, url }) => ({
      marker,
      documentId,
      documentTitle,
      passageId,
      paragraph,
      kind,
      text,
      ...(url ? { url } : {}),
    })),
    ...kindFields(answer),
    ...(answer.notices.length > 0 ? { notices: answer.notices } : {}),
  }));
}

async function answerStdin(io: CommandIO, bot: StoryBot, json: boolean, session: string | undefined): Promise<void> {
  const { formatAnswer, PLAIN } = await import('../../adapters/repl/format.js');
  const lines = createInterface({ input: io.stdin, terminal: false });
  let first = true;
  for await (const line of lines) {
    const answer = bot.ask(line, session ? { conversationId: session } : {});
    // Text answers are separated by a blank line, so each reads as a block; JSON stays one object per line.
    if (json) io.stdout.write(`${toJsonLine(line, answer)}\n`);
    else io.stdout.write(`${first ? '' : '\n'}${formatAnswer(answer, PLAIN)}\n`);
    first = false;
  }
}

export const NO_QUESTION_AT_TERMINAL =
  'No question given: type one question per line, each answered as you press Enter (Ctrl-D ends; `npm run repl` is the chat, with follow-ups).\n';

/** `storybot ask "question"` answers once; with no question it answers each line of stdin. */
export async function run(io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags(io.argv, {
    json: { type: 'boolean', default: false, help: 'print one JSON object per question (fields in the README, "JSON output")' },
    session: { type: 'string', value: 'ID', help: 'keep one conversation across questions, so follow-ups work in a batch' },
    ...KNOWLEDGE_FLAG,
  });
  const paths = await pathSettingsOf(io);
  const bot = await openBotFor(io, knowledgeDirOf(values.knowledge, paths), paths);
  const question = positionals.join(' ');
  if (question.trim().length === 0) {
    // At a terminal nothing would say that it waits for typing.
    if (io.stdin.isTTY) io.stderr.write(NO_QUESTION_AT_TERMINAL);
    await answerStdin(io, bot, values.json, values.session);
    return 0;
  }
  const answer = bot.ask(question, values.session ? { conversationId: values.session } : {});
  if (values.json) io.stdout.write(`${toJsonLine(question, answer)}\n`);
  else {
    const { formatAnswer, ANSI, PLAIN, DEFAULT_COLUMNS } = await import('../../adapters/repl/format.js');
    // At a terminal, wrapped at word boundaries to its width; piped, lines stay whole for the program reading them.
    const width = io.stdout.isTTY ? ((io.stdout as { columns?: number }).columns ?? DEFAULT_COLUMNS) : undefined;
    io.stdout.write(`${formatAnswer(answer, io.stdout.isTTY ? ANSI : PLAIN, { width })}\n`);
  }
  return 0;
}
