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
