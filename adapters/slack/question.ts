import { unescapeMrkdwn } from './escape.js';
import type { IncomingQuestion } from './respond.js';

/** The fields of an `app_mention` or `message` event a question needs. */
export interface AddressedMessage {
  channel: string;
  user: string;
  ts: string;
  thread_ts?: string | undefined;
  text?: string | undefined;
}

/** What a listener hands the responder: who asked what, where, under which event id. */
export function incomingFrom(
  body: { event_id: string; team_id: string },
  event: AddressedMessage,
  botUserId: string | undefined,
): IncomingQuestion {
  return {
    eventId: body.event_id,
    team: body.team_id,
    channel: event.channel,
    user: event.user,
    ts: event.ts,
    threadTs: event.thread_ts,
    question: questionFromSlack(event.text, botUserId),
  };
}

/**
 * Turns the text of a Slack message into the plain question the core expects: the bot's own
 * mention is removed, Slack's markup is reduced to what a reader sees, and broadcast or group
 * mentions are dropped outright so they can never be echoed back into an answer.
 */
export function questionFromSlack(text: string | undefined, botUserId?: string): string {
  if (!text) return '';
  const plain = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => readableMarkup(inner, botUserId));
  return unescapeMrkdwn(plain).replace(/\s+/g, ' ').trim();
}

function readableMarkup(inner: string, botUserId: string | undefined): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);

  if (target.startsWith('@')) {
    // The bot's own mention is how it was addressed, not part of the question.
    if (botUserId !== undefined && target === `@${botUserId}`) return ' ';
    return label ? ` ${label} ` : ' ';
  }
  // `<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>`: never pass a broadcast on.
  if (target.startsWith('!')) return target.startsWith('!date^') && label ? label : ' ';
  if (target.startsWith('#')) return label ? `#${label}` : ' ';
  // A link: what the user typed or saw is the label, else the address itself.
  return label ?? target.replace(/^mailto:/, '');
}
