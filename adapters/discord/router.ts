import type { Interaction } from 'discord.js';
import type { SharedRateLimiter } from '../../src/stores/types.js';
import type { CommandContext, DiscordCommand } from './command.js';
import { sendPrivately } from './reply.js';

export const APOLOGY = 'Sorry, something went wrong while answering. The error has been logged; please try again in a moment.';
export const STOPPING = 'The bot is restarting; please ask again in a minute.';
export const slowDown = (seconds: number): string =>
  `You are asking faster than I can keep up. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and ask again.`;

export interface Router {
  handle(interaction: Interaction): void;
  /** Stops taking new work and resolves when every interaction in flight has been answered. */
  drain(): Promise<void>;
}

export function createRouter(
  commands: ReadonlyMap<string, DiscordCommand>,
  context: CommandContext,
  limiter: SharedRateLimiter,
): Router {
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const { logger } = context;

  async function dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      try {
        await command?.autocomplete?.(interaction, context);
      } catch (error) {
        logger.warn({ err: error, interactionId: interaction.id }, 'discord autocomplete failed');
        // An empty list reads as "no suggestions" rather than Discord's "loading options failed".
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      }
      return;
    }
    if (!interaction.isChatInputCommand()) return;

    const command = commands.get(interaction.commandName);
    const log = logger.child({ interactionId: interaction.id, command: interaction.commandName });
    const received = performance.now();
    try {
      if (stopping) {
        log.info({ kind: 'restarting' }, 'turned away while stopping');
        return await sendPrivately(interaction, STOPPING);
      }
      if (!command) {
        log.warn('unknown command (deploy the commands again?)');
        return await sendPrivately(interaction, 'I do not know that command any more.');
      }
      if (command.rateLimited) {
        const wait = await limiter.take(interaction.user.id);
        if (wait > 0) {
          log.info({ kind: 'rate-limited', userId: interaction.user.id, waitSeconds: wait }, 'rate-limited');
          return await sendPrivately(interaction, slowDown(wait));
        }
      }
      await command.execute(interaction, context);
      log.debug({ kind: 'answer', ms: Math.round(performance.now() - received) }, 'answered');
    } catch (error) {
      log.error({ err: error, kind: 'apology' }, 'discord interaction failed');
      // The apology itself can fail (token expired, Discord down); the bot must keep running.
      await sendPrivately(interaction, APOLOGY).catch((sendError: unknown) =>
        log.error({ err: sendError }, 'could not send the apology'),
      );
    }
  }

  return {
    handle(interaction) {
      const work = dispatch(interaction).finally(() => inFlight.delete(work));
      inFlight.add(work);
    },
    async drain() {
      stopping = true;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
