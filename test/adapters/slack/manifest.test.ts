import { readFileSync } from 'node:fs';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { registerListeners } from '../../../adapters/slack/listeners/index.js';

const manifest = JSON.parse(readFileSync(new URL('../../../adapters/slack/manifest.json', import.meta.url), 'utf8')) as {
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; socket_mode_enabled: boolean };
  features: { app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean } };
};

describe('adapters/slack/manifest.json', () => {
  it('asks for exactly the scopes the two events and replying need', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'im:history']);
  });

  it('subscribes to exactly the events the app has listeners for', () => {
    const listened: string[] = [];
    const app = { event: (name: string) => listened.push(name) } as unknown as App;
    registerListeners(app, async () => {});
    // `message.im` arrives as a `message` event with channel_type im.
    const expected = listened.map((name) => (name === 'message' ? 'message.im' : name)).sort();
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(expected);
  });

  it('runs in Socket Mode and lets people DM the bot', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });
});
