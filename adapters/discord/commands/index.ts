import type { DiscordCommand } from '../command.js';
import { ask } from './ask.js';
import { help } from './help.js';
import { sources } from './sources.js';

/** Every slash command; `deploy` registers exactly these and the router dispatches to them. */
export const commands: readonly DiscordCommand[] = [ask, sources, help];

export const commandByName: ReadonlyMap<string, DiscordCommand> = new Map(commands.map((c) => [c.data.name, c]));
