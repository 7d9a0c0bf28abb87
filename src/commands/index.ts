import type { CommandEntry } from './types.js';

/** Every `storybot <command>`; each module loads only when its command runs. */
export const COMMANDS: Record<string, CommandEntry> = {
  start: { summary: 'run every platform configured in .env, else the terminal chat', load: () => import('./start.js') },
  ask: { summary: 'answer one question (or each line of stdin); --json for machine output', args: '["question"]', load: () => import('./ask.js') },
  repl: { summary: 'the terminal chat', load: () => import('./repl.js') },
  check: { summary: 'validate the knowledge folder and the configuration; exits 1 on a problem', load: () => import('./check.js') },
  index: { summary: 'build the persisted index now (--if-stale: only when out of date; --cache-file PATH: where to write it)', load: () => import('./index-cmd.js') },
  discord: { summary: 'run the Discord bot alone', load: () => import('./discord.js') },
  'discord:deploy': { summary: 'register the Discord slash commands (to DISCORD_GUILD_ID if set, else globally)', load: () => import('./discord-deploy.js') },
  slack: { summary: 'run the Slack app alone (Socket Mode or HTTP, from .env)', load: () => import('./slack.js') },
  health: { summary: 'exit 0 while the Discord/Slack bot here keeps its heartbeat fresh (the Docker HEALTHCHECK)', load: () => import('./health.js') },
  eval: { summary: 'score the bot on the question sets in test/fixtures/eval', load: () => import('./eval.js') },
};
