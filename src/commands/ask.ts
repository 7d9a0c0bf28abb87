import { createInterface } from 'node:readline';
import type { Answer } from '../answer/types.js';
import type { StoryBot } from '../bot.js';
import { inertJson } from '../text/terminal.js';
import { knowledgeDirOf, openBotFor, parseFlags, pathSettingsOf } from './common.js';
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
  for await (const line of lines) {
    const answer = bot.ask(line, session ? { conversationId: session } : {});
    io.stdout.write(json ? `${toJsonLine(line, answer)}\n` : `${formatAnswer(answer, PLAIN)}\n`);
  }
}

/** `storybot ask "question"` answers once; with no question it answers each line of stdin. */
export async function run(io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags(io.argv, {
    json: { type: 'boolean', default: false },
    knowledge: { type: 'string' },
    session: { type: 'string' },
  });
  const paths = await pathSettingsOf(io);
  const bot = await openBotFor(io, knowledgeDirOf(values.knowledge, paths), paths);
  const question = positionals.join(' ');
  if (question.trim().length === 0) {
    await answerStdin(io, bot, values.json, values.session);
    return 0;
  }
  const answer = bot.ask(question, values.session ? { conversationId: values.session } : {});
  if (values.json) io.stdout.write(`${toJsonLine(question, answer)}\n`);
  else {
    const { formatAnswer, ANSI, PLAIN } = await import('../../adapters/repl/format.js');
    io.stdout.write(`${formatAnswer(answer, io.stdout.isTTY ? ANSI : PLAIN)}\n`);
  }
  return 0;
}
