import {
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import type { ConversationMemory } from '../../../src/bot.js';
import { acknowledge, nextTurn, questionsWaiting } from '../../../src/turn-queue.js';
import type { DiscordCommand } from '../command.js';
import { answerEmbed } from '../format.js';
import { LIMITS } from '../limits.js';
import { send } from '../reply.js';

const QUESTION_MAX = 500;

const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the news stories; the answer cites its sources.')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
  .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('Your question, e.g. who said what, when, where')
      .setRequired(true)
      .setMaxLength(QUESTION_MAX)
      .setAutocomplete(true),
  )
  .addBooleanOption((option) =>
    option.setName('private').setDescription('Show the answer to you only').setRequired(false),
  )
  .toJSON();

/** Follow-ups ("who did he speak to?") continue the same person's conversation in the same channel. */
export const conversationKey = (channelId: string | null, userId: string): string =>
  `discord:${channelId ?? 'dm'}:${userId}`;

export const ask: DiscordCommand = {
  data,
  rateLimited: true,

  async execute(interaction, { bot, pacing, conversations }) {
    const question = interaction.options.getString('question', true);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    const conversationId = conversationKey(interaction.channelId, interaction.user.id);
    const memory: ConversationMemory = { previous: await conversations.get(conversationId) };

    // Questions queued ahead of this one will hold the thread first: defer rather than risk the 3 seconds.
    if (pacing.shouldDefer(interaction.createdTimestamp) || questionsWaiting() > 0) {
      await acknowledge(interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}));
    }
    // Interactions already received are deferred or answered before this answer holds the thread.
    await nextTurn();
    const started = performance.now();
    const answer = (() => {
      try {
        return bot.ask(question, { conversationId, memory });
      } finally {
        pacing.record(performance.now() - started);
      }
    })();
    if (memory.next) await conversations.set(conversationId, memory.next);
    await send(interaction, { embeds: [answerEmbed(answer)] }, ephemeral);
  },

  async autocomplete(interaction, { bot }) {
    const typed = interaction.options.getFocused();
    // Discord caps both the label and the value at 100 characters; a cut value would be a
    // different question, so longer suggestions are left out rather than shortened.
    const choices = bot
      .suggest(typed, LIMITS.autocompleteChoices)
      .filter((suggestion) => suggestion.length > 0 && suggestion.length <= LIMITS.choiceLength)
      .slice(0, LIMITS.autocompleteChoices)
      .map((suggestion) => ({ name: suggestion, value: suggestion }));
    await interaction.respond(choices);
  },
};
