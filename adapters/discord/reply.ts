import { MessageFlags, type APIEmbed, type ChatInputCommandInteraction } from 'discord.js';

/** No reply may ping anyone: not `@everyone`/`@here`, not a role, not a user. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false } as const;

export interface ReplyBody {
  embeds?: APIEmbed[];
  content?: string;
}

/**
 * Sends the reply whichever state the interaction is in: a direct reply, or the edit of a
 * deferred one. Ephemerality is fixed by the first response, so a deferred reply keeps it.
 */
export async function send(interaction: ChatInputCommandInteraction, body: ReplyBody, ephemeral: boolean): Promise<void> {
  if (interaction.deferred) {
    await interaction.editReply({ ...body, allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.reply({
    ...body,
    allowedMentions: NO_MENTIONS,
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  });
}

/**
 * A message only the asker sees, whatever happened before: after a public deferral the
 * placeholder is removed and the text goes out as an ephemeral follow-up.
 */
export async function sendPrivately(interaction: ChatInputCommandInteraction, content: string): Promise<void> {
  const payload = { content, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral } as const;
  if (interaction.deferred && interaction.ephemeral) {
    await interaction.editReply({ content, allowedMentions: NO_MENTIONS });
  } else if (interaction.deferred || interaction.replied) {
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(payload);
  } else {
    await interaction.reply(payload);
  }
}
