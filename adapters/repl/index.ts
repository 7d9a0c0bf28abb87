import { createInterface } from 'node:readline';
import type { StoryBot } from '../../src/bot.js';
import { runReplCommand, type ReplState } from './commands.js';
import { ANSI, formatAnswer, PLAIN } from './format.js';

export interface ReplOptions {
  bot: StoryBot;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
  /** Interactive: prompt, banner, line editing and colour. Defaults to whether both ends are a terminal. */
  interactive?: boolean;
}

const PROMPT = 'storybot> ';

/**
 * The terminal chat. Interactive use gets a prompt, history and colour; piped input gets one
 * answer per line and nothing else, so its output can be read by another program.
 */
export async function runRepl(options: ReplOptions): Promise<void> {
  const interactive = options.interactive ?? Boolean(options.input.isTTY && options.output.isTTY);
  const style = interactive ? ANSI : PLAIN;
  const state: ReplState = {};
  const lines = createInterface({ input: options.input, output: options.output, terminal: interactive, historySize: 200 });
  const write = (text: string): void => void options.output.write(`${text}\n`);
  if (interactive) {
    const titles = options.bot.stories().map((story) => story.title);
    write(`storybot: ask me about ${titles.length === 1 ? `“${titles[0]}”` : `${titles.length} stories`}. Type :help for commands.`);
    lines.setPrompt(PROMPT);
    lines.prompt();
  }
  for await (const line of lines) {
    const command = runReplCommand(line, options.bot, state, style);
    if (command && 'quit' in command) break;
    if (command) write(command.output);
    else if (line.trim().length > 0 || !interactive) {
      const answer = options.bot.ask(line, { conversationId: 'repl' });
      state.last = answer;
      write(formatAnswer(answer, style));
    }
    if (interactive) {
      write('');
      lines.prompt();
    }
  }
  lines.close();
}
