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
  /** Told about an internal error the chat apologised for (the CLI prints it to stderr). */
  onError?: (error: unknown) => void;
}

const PROMPT = 'storybot> ';

/** What the chat says when answering throws: the same promise Slack and Discord make, and the session goes on. */
export const APOLOGY = 'Sorry, something went wrong while answering that. Please try again, or ask another question.';

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
    try {
      const command = runReplCommand(line, options.bot, state, style);
      if (command && 'quit' in command) break;
      if (command) write(command.output);
      else if (line.trim().length > 0 || !interactive) {
        const answer = options.bot.ask(line, { conversationId: 'repl' });
        state.last = answer;
        write(formatAnswer(answer, style));
      }
    } catch (error) {
      // One bad question must not end the session; the details go to stderr-bound `onError`, not the chat.
      write(APOLOGY);
      options.onError?.(error);
    }
    if (interactive) {
      write('');
      lines.prompt();
    }
  }
  lines.close();
}
