import type { TurnRecord } from './answer/turn-record.js';
import type { Answer } from './answer/types.js';

/** What a chat platform needs to know about a loaded story (`/sources`, `:sources`). */
export interface StoryInfo {
  id: string;
  title: string;
  source?: string;
  author?: string;
  url?: string;
  published?: string;
  passageCount: number;
}

export interface AskOptions {
  /**
   * Key of the conversation this question belongs to (a Slack thread, a Discord channel+user,
   * a REPL session). Follow-ups ("who did he call?", "tell me more", "source?") use it.
   */
  conversationId?: string;
  /**
   * The conversation's memory when it lives outside this process (a shared store): the caller
   * loads `previous` before asking and saves `next`, if set, afterwards. Without it the bot keeps
   * each conversation in its own memory, under `conversationId`.
   */
  memory?: ConversationMemory;
}

export interface ConversationMemory {
  /** The last turn remembered, as loaded from the store. */
  previous: TurnRecord | undefined;
  /** Set by `ask` when this answer can be followed up; left unset, the previous turn stands. */
  next?: TurnRecord;
}

/** The platform-free core every adapter talks to. */
export interface StoryBot {
  ask(question: string, options?: AskOptions): Answer;
  stories(): StoryInfo[];
  /** Questions the stories can answer that match what the user has typed so far (autocomplete). */
  suggest(typed: string, limit?: number): string[];
  /** A question to show in help texts, taken from the stories. */
  exampleQuestion(): string;
}
