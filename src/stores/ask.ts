import type { ConversationMemory, StoryBot } from '../bot.js';
import type { Answer } from '../answer/types.js';
import { nextTurn } from '../turn-queue.js';
import type { ConversationTurns } from './types.js';

/**
 * Asks with the conversation kept in `turns` (this process's memory or Redis): the last turn is
 * loaded, the question answered by whichever version of the knowledge is current, and the new
 * turn saved. Concurrent questions in one conversation: the last answer's turn wins.
 */
export async function askInConversation(bot: StoryBot, turns: ConversationTurns, question: string, conversationId: string): Promise<Answer> {
  const memory: ConversationMemory = { previous: await turns.get(conversationId) };
  // Events already received are acknowledged before this answer holds the thread.
  await nextTurn();
  const answer = bot.ask(question, { conversationId, memory });
  if (memory.next) await turns.set(conversationId, memory.next);
  return answer;
}
