import type { Reply } from './fake-discord.js';
import { APPLICATION_ID } from './harness.js';
import { autocomplete, slashCommand, type FakeUser, type OptionValue, type Place } from './payloads.js';

/** Text as a Discord user sees it: markdown escapes rendered away. */
export const seen = (text: string | undefined): string => (text ?? '').replace(/\\(.)/g, '$1');

export function embedOf(reply: Reply): { title?: string; description?: string; fields: Array<{ name: string; value: string }>; footer?: { text: string } } {
  const embed = reply.message.embeds?.[0];
  if (!embed) throw new Error(`reply has no embed: ${JSON.stringify(reply.message)}`);
  return { fields: [], ...embed };
}

/** Everything the reply shows, as one rendered string. */
export function shown(reply: Reply): string {
  const parts = [reply.message.content ?? ''];
  for (const embed of reply.message.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return seen(parts.join('\n'));
}

let nextUser = 500_000_000_000_000_000n;
/** A fresh member per test, so the per-user rate limit and conversations never leak between tests. */
export function someone(): FakeUser {
  nextUser += 1n;
  return { id: nextUser.toString(), username: `reader${nextUser % 1000n}` };
}

export const GUILD = '210000000000000000';
export const inGuild = (channelId = '310000000000000000'): Place => ({ guildId: GUILD, channelId });
export const inDm = (channelId = '320000000000000000'): Place => ({ channelId });

export function ask(question: string, place: Place, user: FakeUser, extra: Record<string, OptionValue> = {}, createdAt?: number) {
  return slashCommand({ applicationId: APPLICATION_ID, command: 'ask', values: { question, ...extra }, place, user, ...(createdAt ? { createdAt } : {}) });
}

export function command(name: string, place: Place, user: FakeUser) {
  return slashCommand({ applicationId: APPLICATION_ID, command: name, place, user });
}

export function typing(partial: string, place: Place, user: FakeUser) {
  return autocomplete({ applicationId: APPLICATION_ID, command: 'ask', values: { question: partial }, focused: 'question', place, user });
}
