import { ConfigError } from '../config.js';
import { loadConfig, screenConfig } from './config.js';
import { parseFlags } from './flags.js';
import type { CommandModule } from './types.js';

/** Every error line starts like those of the other commands (`storybot start: …`), naming the command. */
const LEAD = 'storybot discord:deploy: ';

/**
 * `storybot discord:deploy`: registers the slash commands with Discord. Run it once after
 * inviting the bot, and again whenever a command's definition changes.
 */
export const run: CommandModule['run'] = async (io) => {
  const { stdout, stderr } = io;
  parseFlags(io.argv, {});
  const screened = screenConfig(io, 'discord:deploy', await loadConfig(io), ['discord'], { lead: () => LEAD, usesRedis: false });
  if ('exit' in screened) return screened.exit;
  if (screened.ready.length === 0) return 1;
  try {
    // Loaded only here: the rest of the CLI never needs discord.js.
    const { deployCommands } = await import('../../adapters/discord/deploy.js');
    const { scope, names } = await deployCommands(screened.env);
    const where = scope === 'global' ? 'globally (Discord can take a few minutes to show them in every server)' : `to guild ${scope.guildId}`;
    stdout.write(`Registered ${names.map((name) => `/${name}`).join(', ')} ${where}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      stderr.write(`${LEAD}${error.message}\n`);
      return 1;
    }
    stderr.write(`${LEAD}could not register the Discord commands: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
};
