import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { DiscordCommand } from '../command.js';
import { helpEmbed } from '../format.js';
import { send } from '../reply.js';

export const help: DiscordCommand = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('How to ask the bot questions, with an example.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .toJSON(),
  rateLimited: false,

  // Help is for the person asking; it would only clutter the channel.
  async execute(interaction, { bot }) {
    await send(interaction, { embeds: [helpEmbed(bot.exampleQuestion())] }, true);
  },
};
