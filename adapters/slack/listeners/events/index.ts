import type { App } from '@slack/bolt';
import type { Responder } from '../../respond.js';
import { appMention } from './app-mention.js';
import { directMessage } from './direct-message.js';

/** The Events API subscriptions; each must match a `bot_events` entry in manifest.json. */
export function registerEvents(app: App, respond: Responder): void {
  app.event('app_mention', appMention(respond));
  app.event('message', directMessage(respond));
}
