import type { AdapterDeps, RunningAdapter, StartAdapter } from '../../src/adapter.js';
import { startClient, type ClientTuning } from './client.js';
import { discordSettings } from './settings.js';

export interface DiscordTuning extends ClientTuning {
  /** Pause between shard spawns; Discord allows one IDENTIFY per 5 s per concurrency bucket. */
  shardSpawnDelayMs?: number;
}

/**
 * Starts the Discord bot: one process by default, or one child process per shard under
 * discord.js's ShardingManager when DISCORD_SHARDS is set.
 */
export async function startDiscord(deps: AdapterDeps, tuning: DiscordTuning = {}): Promise<RunningAdapter> {
  const settings = discordSettings(deps.env);
  if (settings.shards === undefined) return startClient(deps, settings, tuning);
  const { startSharded } = await import('./sharding.js');
  return startSharded(deps, settings, tuning);
}

// The entry point loads this module dynamically; keep the export assignable to the contract.
void (startDiscord satisfies StartAdapter);
