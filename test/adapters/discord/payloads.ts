import { snowflake } from './snowflake.js';

/**
 * INTERACTION_CREATE payloads shaped like Discord's documented ones
 * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object).
 * discord.js rejects or mis-parses anything less (it needs `entitlements` and
 * `authorizing_integration_owners`, for instance).
 */

export interface FakeUser {
  id: string;
  username: string;
}

export interface Place {
  /** A guild text channel when set, else a DM with the bot. */
  guildId?: string;
  channelId: string;
}

export type OptionValue = string | boolean;

const user = (who: FakeUser) => ({
  id: who.id,
  username: who.username,
  discriminator: '0',
  global_name: who.username,
  avatar: null,
  public_flags: 0,
});

function where(place: Place, who: FakeUser) {
  if (place.guildId) {
    return {
      guild_id: place.guildId,
      guild: { id: place.guildId, locale: 'en-US', features: [] },
      channel_id: place.channelId,
      channel: {
        id: place.channelId,
        type: 0,
        guild_id: place.guildId,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0,
        permissions: '2248473465835073',
      },
      member: {
        user: user(who),
        roles: [],
        joined_at: new Date(0).toISOString(),
        premium_since: null,
        nick: null,
        avatar: null,
        deaf: false,
        mute: false,
        pending: false,
        flags: 0,
        permissions: '2248473465835073',
        communication_disabled_until: null,
      },
      guild_locale: 'en-US',
      context: 0,
      authorizing_integration_owners: { '0': place.guildId },
    };
  }
  return {
    channel_id: place.channelId,
    channel: { id: place.channelId, type: 1, last_message_id: null, flags: 0, recipients: [user(who)] },
    user: user(who),
    context: 1,
    authorizing_integration_owners: {},
  };
}

function options(values: Record<string, OptionValue>, focused?: string) {
  return Object.entries(values).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 5 : 3,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

interface InteractionInput {
  applicationId: string;
  command: string;
  values?: Record<string, OptionValue>;
  place: Place;
  user: FakeUser;
  /** When the interaction was created (its id carries it); defaults to now. */
  createdAt?: number;
}

function interaction(type: 2 | 4, input: InteractionInput, focused?: string) {
  const id = snowflake(input.createdAt);
  return {
    id,
    application_id: input.applicationId,
    type,
    token: `itoken-${id}`,
    version: 1,
    data: {
      id: `cmd-${input.command}`,
      name: input.command,
      type: 1,
      options: options(input.values ?? {}, focused),
      ...(input.place.guildId ? { guild_id: input.place.guildId } : {}),
    },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    entitlements: [],
    attachment_size_limit: 10_485_760,
    ...where(input.place, input.user),
  };
}

export type InteractionPayload = ReturnType<typeof interaction>;

export const slashCommand = (input: InteractionInput): InteractionPayload => interaction(2, input);

export const autocomplete = (input: InteractionInput & { focused: string }): InteractionPayload =>
  interaction(4, input, input.focused);
