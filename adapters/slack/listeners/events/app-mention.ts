import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { incomingFrom } from '../../question.js';
import type { Responder } from '../../respond.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>;

/** `@storybot question` in a channel (or a thread): answered in the message's thread. */
export const appMention =
  (respond: Responder) =>
  async ({ event, body, context, client }: Args): Promise<void> => {
    // Another bot (or an edited/bot-posted message) mentioning us must not start a bot-to-bot loop.
    if (event.bot_id !== undefined || event.subtype !== undefined || event.user === undefined) return;
    await respond(incomingFrom(body, { ...event, user: event.user }, context.botUserId), client);
  };
