import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { StoryBot } from '../../src/bot.js';
import type { Logger } from '../../src/log.js';
import type { ConversationTurns } from '../../src/stores/types.js';

/** What every command handler may use; built once per client. */
export interface CommandContext {
  bot: StoryBot;
  logger: Logger;
  /** Decides whether to defer before answering (see `defer.ts`). */
  pacing: AnswerPacing;
  /** Each channel+user's last turn: this process's memory, or Redis shared by every shard. */
  conversations: ConversationTurns;
}

export interface AnswerPacing {
  /** True when the answer may not be ready before Discord's 3-second acknowledgement deadline. */
  shouldDefer(interactionCreatedAt: number, now?: number): boolean;
  /** Reports how long the core took, so a slow core makes the next answers defer first. */
  record(durationMs: number): void;
}

/** One slash command: its registration payload and its handlers, kept together in one module. */
export interface DiscordCommand {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Commands that run the core count against the per-user rate limit. */
  readonly rateLimited: boolean;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}
