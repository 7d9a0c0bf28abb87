import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import type { AdapterDeps, RunningAdapter } from '../../src/adapter.js';
import type { Env } from '../../src/config.js';
import type { DiscordTuning } from './index.js';
import type { DiscordSettings } from './settings.js';

const KILL_AFTER_MS = 15_000;

/**
 * The shard entry script next to this file. From `dist/` it is compiled JavaScript; when this
 * module runs from TypeScript source (tests, tsx) the child needs tsx's loader for `shard.ts`.
 */
function shardScript(): { file: string; execArgv: string[] } {
  const self = fileURLToPath(import.meta.url);
  const fromSource = self.endsWith('.ts');
  return {
    file: fileURLToPath(new URL(fromSource ? './shard.ts' : './shard.js', import.meta.url)),
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  };
}

/** discord.js's own `'auto'` always asks discord.com; ask the configured API instead. */
async function recommendedShards(settings: DiscordSettings): Promise<number> {
  const rest = new REST(settings.api ? { api: settings.api } : {}).setToken(settings.token);
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, info.shards);
}

/** The parsed configuration, back as environment variables for a shard process. */
function childEnv(env: Env): Record<string, string> {
  const out: Record<string, string> = { SHARDING_MANAGER_MODE: 'process' };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = String(value);
  return out;
}

async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null) return;
  const exited = once(child, 'exit');
  // SIGTERM: the shard finishes its answers in flight, disconnects and exits (see shard.ts).
  shard.kill();
  const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
  await exited;
  clearTimeout(timer);
}

export async function startSharded(
  { env, logger }: AdapterDeps,
  settings: DiscordSettings,
  tuning: DiscordTuning = {},
): Promise<RunningAdapter> {
  const totalShards = settings.shards === 'auto' ? await recommendedShards(settings) : (settings.shards ?? 1);
  const { file, execArgv } = shardScript();

  // The manager writes its flags and the token into this process's environment; nothing else
  // running here (another adapter, a test runner) should inherit them, so they are put back.
  const saved = ['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'DISCORD_TOKEN'].map((key) => [key, process.env[key]] as const);
  const manager = new ShardingManager(file, { token: settings.token, totalShards, mode: 'process', execArgv });
  for (const [key, value] of saved) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }

  let stopping = false;
  manager.on('shardCreate', (shard) => {
    // The shard process re-reads the same configuration (knowledge folder, API base, limits).
    // `env` is typed `unknown` because worker mode uses it as workerData; in process mode it is
    // the child's environment object.
    Object.assign(shard.env as Record<string, string>, childEnv(env));
    // Unexpected deaths are respawned by the manager; say so, but not for our own stop().
    shard.on('death', () => {
      if (!stopping) logger.warn({ shardId: shard.id }, 'discord shard process exited; respawning');
    });
    shard.on('error', (error) => logger.error({ err: error, shardId: shard.id }, 'discord shard error'));
    logger.info({ shardId: shard.id, totalShards }, 'discord shard starting');
  });

  try {
    await manager.spawn({ amount: totalShards, delay: tuning.shardSpawnDelayMs ?? 5500, timeout: 60_000 });
  } catch (error) {
    stopping = true;
    await Promise.all(manager.shards.map(stopShard));
    throw error;
  }
  logger.info({ totalShards }, 'discord shards ready');

  let stopped: Promise<void> | undefined;
  return {
    name: 'discord',
    stop() {
      stopping = true;
      stopped ??= Promise.all(manager.shards.map(stopShard)).then(() => logger.info('discord shards stopped'));
      return stopped;
    },
  };
}
