import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { DiscordCommand } from '../command.js';
import { sourcesEmbed } from '../format.js';
import { send } from '../reply.js';

export const sources: DiscordCommand = {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('List the news stories the bot can answer questions about.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .toJSON(),
  rateLimited: false,

  async execute(interaction, { bot }) {
    await send(interaction, { embeds: [sourcesEmbed(bot.stories())] }, false);
  },
};
