import { createInterface, type Interface } from 'node:readline';
import type { StoryBot } from '../../src/bot.js';
import { runReplCommand, type ReplState } from './commands.js';
import { inert } from '../../src/text/terminal.js';
import { ANSI, formatAnswer, PLAIN } from './format.js';
import { DEFAULT_COLUMNS, wrapText } from './wrap.js';

export interface ReplOptions {
  bot: StoryBot;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Interactive: prompt, banner, line editing and colour. Defaults to whether both ends are a terminal. */
  interactive?: boolean;
  /** Told about an internal error the chat apologised for (the CLI prints it to stderr). */
  onError?: (error: unknown) => void;
  /** Where lines the chat did not ask for are printed (a reload finished, the folder emptied): see `ReplNotices`. */
  notices?: ReplNotices;
}

/**
 * Lines for the person at the chat that arrive while it waits for their question (the stories
 * were reloaded, the folder was emptied, a file could not be read). Each is printed to `out`
 * (standard error in the CLI); while an interactive chat runs, it starts on a line of its own and
 * the prompt is drawn again below it, keeping what was typed, so the person sees where to type.
 */
export class ReplNotices {
  private redraw: (() => void) | undefined;

  constructor(private readonly out: NodeJS.WritableStream) {}

  /** `line` may name a story file: it is shown inertly (see `inert`). */
  print(line: string): void {
    this.out.write(`${this.redraw ? '\n' : ''}${inert(line)}\n`);
    this.redraw?.();
  }

  /** The chat, while it waits at its prompt: how to draw the prompt again. Returns the undo. */
  attach(redraw: () => void): () => void {
    this.redraw = redraw;
    return () => {
      if (this.redraw === redraw) this.redraw = undefined;
    };
  }
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
  // At a terminal, lines wrap at word boundaries to its width (read per line: it may be resized).
  // Piped output keeps whole lines: the program or pager reading it wraps for itself.
  const write = (text: string): void => void options.output.write(`${interactive ? wrapText(text, options.output.columns ?? DEFAULT_COLUMNS) : text}\n`);
  if (interactive) {
    const titles = options.bot.stories().map((story) => inert(story.title));
    write(`storybot: ask me about ${titles.length === 1 ? `“${titles[0]}”` : `${titles.length} stories`}. Type :help for commands.`);
    lines.setPrompt(PROMPT);
    lines.prompt();
  }
  // Answering is synchronous, so a notice always arrives while the chat waits at its prompt.
  const detach = interactive ? options.notices?.attach(() => lines.prompt(true)) : undefined;
  if (interactive) lines.on('SIGINT', () => interrupt(lines));
  // Piped, the answers are separated by a blank line (at a terminal, the prompt's blank line does it).
  let answered = false;
  const reply = (text: string): void => {
    if (answered && !interactive) write('');
    answered = true;
    write(text);
  };
  for await (const line of lines) {
    try {
      const command = runReplCommand(line, options.bot, state, style);
      if (command && 'quit' in command) break;
      if (command) reply(command.output);
      else if (line.trim().length > 0 || !interactive) {
        const answer = options.bot.ask(line, { conversationId: 'repl' });
        state.last = answer;
        reply(formatAnswer(answer, style));
      }
    } catch (error) {
      // One bad question must not end the session; the details go to stderr-bound `onError`, not the chat.
      reply(APOLOGY);
      options.onError?.(error);
    }
    if (interactive) {
      write('');
      lines.prompt();
    }
  }
  detach?.();
  lines.close();
}

/**
 * Ctrl-C as a shell has it: a half-typed question is cleared and the prompt stays; at an empty
 * prompt it leaves. (Without this listener readline closes the chat on any Ctrl-C.)
 */
function interrupt(lines: Interface): void {
  if (lines.line.length === 0) {
    lines.close();
    return;
  }
  // To the end of the line, then delete back to its start: readline redraws the prompt, empty.
  lines.write(null, { ctrl: true, name: 'e' });
  lines.write(null, { ctrl: true, name: 'u' });
}
