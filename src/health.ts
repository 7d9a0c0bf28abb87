import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** How often a running Discord/Slack bot touches its heartbeat file. */
export const HEARTBEAT_INTERVAL_MS = 15_000;
/** Older than three missed beats, the bot is taken to have stopped (a blocked event loop, a hang). */
export const HEARTBEAT_STALE_MS = 3 * HEARTBEAT_INTERVAL_MS;

/**
 * The heartbeat file of this machine's bot in a cache folder. Named after the host, so containers
 * sharing one cache volume each have their own (a container's host name is its id).
 */
export const heartbeatFile = (cacheDir: string): string => join(cacheDir, `heartbeat-${hostname()}`);

/**
 * Touches the heartbeat file now and every interval from the event loop, so `storybot health`
 * (the Docker HEALTHCHECK) sees a bot that still runs its timers. Stopping removes the file.
 */
export function startHeartbeat(cacheDir: string, intervalMs = HEARTBEAT_INTERVAL_MS): () => void {
  const file = heartbeatFile(cacheDir);
  const beat = (): void => {
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file, `${JSON.stringify({ pid: process.pid, at: new Date().toISOString() })}\n`);
    } catch {
      // A read-only or missing cache folder costs the health check, never the bot.
    }
  };
  beat();
  const timer = setInterval(beat, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    rmSync(file, { force: true });
  };
}

/** Age of the heartbeat in ms, or null when there is none. */
export function heartbeatAge(cacheDir: string, now = Date.now()): number | null {
  const info = statSync(heartbeatFile(cacheDir), { throwIfNoEntry: false });
  return info ? Math.max(0, now - info.mtimeMs) : null;
}
