import { heartbeatAge, heartbeatFile, HEARTBEAT_STALE_MS } from '../health.js';
import { cacheDirOf, parseFlags, pathSettingsOf } from './common.js';
import type { CommandIO } from './types.js';

/**
 * `storybot health`: exit 0 while the Discord/Slack bot on this machine keeps its heartbeat fresh,
 * else 1 with why. Cheap (one stat): the Docker HEALTHCHECK runs it every 30 s.
 */
export async function run(io: CommandIO): Promise<number> {
  parseFlags(io.argv, {});
  const cacheDir = cacheDirOf(await pathSettingsOf(io));
  const age = heartbeatAge(cacheDir);
  if (age === null) {
    io.stderr.write(`storybot health: no heartbeat at ${heartbeatFile(cacheDir)}: no Discord or Slack bot runs here with this cache folder (STORYBOT_CACHE_DIR); the terminal chat writes none.\n`);
    return 1;
  }
  const seconds = Math.round(age / 1000);
  if (age > HEARTBEAT_STALE_MS) {
    io.stderr.write(`storybot health: the last heartbeat is ${seconds} s old (more than ${HEARTBEAT_STALE_MS / 1000} s): the bot has stopped or hangs; its log says why.\n`);
    return 1;
  }
  io.stdout.write(`ok: the bot's last heartbeat was ${seconds} s ago\n`);
  return 0;
}
