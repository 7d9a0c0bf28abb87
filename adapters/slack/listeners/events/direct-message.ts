import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { incomingFrom } from '../../question.js';
import type { Responder } from '../../respond.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/** A direct message to the bot: no mention needed, answered in the message's thread. */
export const directMessage =
  (respond: Responder) =>
  async ({ event, body, context, client }: Args): Promise<void> => {
    // Only a person's plain new message: subtypes are edits, deletions, joins and bot posts, and a
    // message with bot_id comes from a bot (possibly this one), which must never be answered.
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id !== undefined) return;
    await respond(incomingFrom(body, event, context.botUserId), client);
  };
