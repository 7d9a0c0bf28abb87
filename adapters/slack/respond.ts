import type { webApi } from '@slack/bolt';
import type { StoryBot } from '../../src/bot.js';
import type { Logger } from '../../src/log.js';
import { askInConversation } from '../../src/stores/ask.js';
import type { ConversationTurns, SharedRateLimiter } from '../../src/stores/types.js';
import { formatAnswer, formatNotice, type SlackMessage } from './format.js';
import { MESSAGES } from './messages.js';

/** A question addressed to the bot, already reduced to plain text, and where it was asked. */
export interface IncomingQuestion {
  eventId: string;
  team: string;
  channel: string;
  user: string;
  /** The message's own ts; it becomes the thread when the message was not in one. */
  ts: string;
  threadTs: string | undefined;
  question: string;
}

export interface ResponderDeps {
  bot: StoryBot;
  limiter: SharedRateLimiter;
  /** Where each thread's last turn is kept (this process, or Redis shared by every replica). */
  conversations: ConversationTurns;
  logger: Logger;
}

export type Responder = (incoming: IncomingQuestion, client: webApi.WebClient) => Promise<void>;

/** Keys the core's conversation memory by thread, so a follow-up in the thread continues it. */
export const conversationIdOf = (q: Pick<IncomingQuestion, 'team' | 'channel' | 'ts' | 'threadTs'>): string =>
  `slack:${q.team}:${q.channel}:${q.threadTs ?? q.ts}`;

/**
 * Answers one question in its thread. Never throws: a limited user gets a polite notice (once per
 * stretch of refusals; the rest are dropped quietly), a failure
 * in the core gets an apology, and every failure is logged with the event id so it can be traced.
 */
export function createResponder({ bot, limiter, conversations, logger }: ResponderDeps): Responder {
  return async (incoming, client) => {
    const started = performance.now();
    const log = logger.child({ eventId: incoming.eventId, channel: incoming.channel });
    const reply = await answerOrNotice(incoming, { bot, limiter, conversations }, log);
    if (!reply) return;
    const { kind, message } = reply;
    try {
      await client.chat.postMessage({
        channel: incoming.channel,
        thread_ts: incoming.threadTs ?? incoming.ts,
        text: message.text,
        blocks: message.blocks,
        // Sources would otherwise unfurl into large previews; mentions are already escaped.
        unfurl_links: false,
        unfurl_media: false,
        parse: 'none',
        link_names: false,
      });
      log.info({ kind, ms: Math.round(performance.now() - started) }, 'replied in thread');
    } catch (err) {
      log.error({ err }, 'could not post the reply to Slack');
    }
  };
}

type Reply = { kind: 'answer' | 'rate-limited' | 'apology'; message: SlackMessage };

async function answerOrNotice(
  incoming: IncomingQuestion,
  { bot, limiter, conversations }: Omit<ResponderDeps, 'logger'>,
  log: Logger,
): Promise<Reply | undefined> {
  const key = `${incoming.team}:${incoming.user}`;
  const wait = await limiter.take(key);
  if (wait > 0) {
    // One notice per stretch of refusals: a flood of mentions must not become a flood of replies.
    const notice = await limiter.noticeDue(key, wait);
    log.info({ user: incoming.user, wait, notice }, 'rate limited');
    return notice ? { kind: 'rate-limited', message: formatNotice(MESSAGES.rateLimited(wait)) } : undefined;
  }
  try {
    const answer = await askInConversation(bot, conversations, incoming.question, conversationIdOf(incoming));
    return { kind: 'answer', message: formatAnswer(answer) };
  } catch (err) {
    log.error({ err }, 'answering failed');
    return { kind: 'apology', message: formatNotice(MESSAGES.apology) };
  }
}
