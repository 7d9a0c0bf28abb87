import type { Answer } from '../../src/answer/types.js';
import type { StoryBot } from '../../src/bot.js';
import { inert } from '../../src/text/terminal.js';
import { citationLine, formatStories, type Style } from './format.js';

export const HELP = `Type a question about the stories and press Enter. Commands:
  :help           this help
  :sources        the stories I know
  :passage N      the full passage behind citation [N] of the last answer (also :open N)
  :quit           leave (or Ctrl-D)`;

export interface ReplState {
  last?: Answer;
}

export type CommandResult = { output: string } | { quit: true };

/** A `:command` line, or null when the line is a question. */
export function runReplCommand(line: string, bot: StoryBot, state: ReplState, style: Style): CommandResult | null {
  const match = /^:(\w+)\s*(.*)$/.exec(line.trim());
  if (!match) return null;
  const [, name = '', argument = ''] = match;
  switch (name.toLowerCase()) {
    case 'help':
    case 'h':
      return { output: `${HELP}\n\nFor example: ${inert(bot.exampleQuestion())}` };
    case 'sources':
    case 'stories':
      return { output: formatStories(bot.stories(), style) };
    case 'passage':
    case 'open': {
      const marker = Number.parseInt(argument, 10);
      const citation = state.last?.citations.find((candidate) => candidate.marker === marker);
      if (!state.last || state.last.citations.length === 0) return { output: 'No citations yet: ask a question first.' };
      if (!citation) return { output: `The last answer has citations ${state.last.citations.map((c) => `[${c.marker}]`).join(' ')}; try :passage ${state.last.citations[0]?.marker}.` };
      return { output: citationLine(citation, style, true) };
    }
    case 'quit':
    case 'exit':
    case 'q':
      return { quit: true };
    default:
      return { output: `Unknown command :${name}. Type :help for the list.` };
  }
}
