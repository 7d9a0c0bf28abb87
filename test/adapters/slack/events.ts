import { createHmac } from 'node:crypto';
import { FAKE_BOT } from './fake-slack.js';

let counter = 0;
/** Slack-shaped ids and timestamps, unique per test run. */
export const nextEventId = (): string => `Ev0TEST${String(++counter).padStart(5, '0')}`;
export const nextTs = (): string => `${1_700_000_000 + ++counter}.${String(counter).padStart(6, '0')}`;

export interface EventOptions {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
  eventId?: string;
  botId?: string;
  subtype?: string;
}

/** An `event_callback` body shaped like Slack's documented app_mention example. */
export function appMentionBody(options: EventOptions) {
  const ts = options.ts ?? nextTs();
  return envelope(options.eventId, {
    type: 'app_mention',
    user: options.user ?? 'U0ASKER01',
    text: options.text,
    ts,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    ...(options.botId ? { bot_id: options.botId } : {}),
    channel: options.channel ?? 'C0NEWS001',
    event_ts: ts,
  });
}

/** A `message.im` body: a direct message to the bot. */
export function directMessageBody(options: EventOptions) {
  const ts = options.ts ?? nextTs();
  return envelope(options.eventId, {
    type: 'message',
    ...(options.subtype ? { subtype: options.subtype } : {}),
    user: options.user ?? 'U0ASKER01',
    text: options.text,
    ts,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    ...(options.botId ? { bot_id: options.botId } : {}),
    channel: options.channel ?? 'D0DIRECT1',
    event_ts: ts,
    channel_type: 'im',
  });
}

function envelope<E extends { ts: string; channel: string }>(eventId: string | undefined, event: E) {
  return {
    token: 'ZZZZZZWSxiZZZ2yIvs3peJ',
    team_id: FAKE_BOT.teamId,
    api_app_id: 'A0FAKE',
    event,
    type: 'event_callback',
    event_id: eventId ?? nextEventId(),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false }],
  };
}

export const mention = (question: string): string => `<@${FAKE_BOT.userId}> ${question}`;

/** Slack's v0 request signature: HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function signedHeaders(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'content-type': 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
}
