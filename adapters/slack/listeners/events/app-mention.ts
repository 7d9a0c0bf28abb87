import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { incomingFrom } from '../../question.js';
import type { Responder } from '../../respond.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>;

/**
 * A direct-message channel's id starts with D. An @mention typed in a DM reaches the app twice,
 * as `message.im` and as `app_mention` (two event ids, one message): the DM listener answers it,
 * so this one leaves it alone.
 */
const isDirectMessage = (event: { channel: string; channel_type?: unknown }): boolean => event.channel_type === 'im' || event.channel.startsWith('D');

/** `@storybot question` in a channel (or a thread): answered in the message's thread. */
export const appMention =
  (respond: Responder) =>
  async ({ event, body, context, client }: Args): Promise<void> => {
    // Another bot (or an edited/bot-posted message) mentioning us must not start a bot-to-bot loop.
    if (event.bot_id !== undefined || event.subtype !== undefined || event.user === undefined) return;
    if (isDirectMessage(event as { channel: string; channel_type?: unknown })) return;
    await respond(incomingFrom(body, { ...event, user: event.user }, context.botUserId), client);
  };
