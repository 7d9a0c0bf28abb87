import type { App } from '@slack/bolt';
import type { Responder } from '../respond.js';
import { registerEvents } from './events/index.js';

/** One folder per kind of listener, as in Bolt's app template; this app only needs events. */
export function registerListeners(app: App, respond: Responder): void {
  registerEvents(app, respond);
}
