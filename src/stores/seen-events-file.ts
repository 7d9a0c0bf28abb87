import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../log.js';
import { createEventDeduper } from './memory-dedupe.js';
import type { EventDedupe } from './types.js';

/**
 * Event de-duplication that survives a restart without Redis. Slack redelivers an event it
 * believes was lost for about five minutes, also to a process that restarted meanwhile: the ids
 * seen lately are kept in a small file in the cache folder, so that process does not answer twice.
 * The file holds at most `maxEntries` ids of the last `windowMs`, and is replaced whole (written
 * to a temporary name, then renamed), a moment after new ids arrive and when the stores close.
 */
export interface SeenEventsOptions {
  /** How long an id is kept in the file: past Slack's retries. */
  windowMs: number;
  maxEntries: number;
  /** How long new ids wait to be written together. */
  writeDelayMs: number;
}

export const SEEN_EVENTS: SeenEventsOptions = { windowMs: 10 * 60_000, maxEntries: 5_000, writeDelayMs: 200 };

export interface PersistentDedupe extends EventDedupe {
  /** Writes what is pending; the de-duplication must not be used afterwards. */
  close(): Promise<void>;
}

/** The file's ids still within the window, oldest first; nothing when it is missing or damaged. */
async function readSeen(file: string, options: SeenEventsOptions, logger: Logger, now: number): Promise<Array<[string, number]>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  try {
    const parsed = JSON.parse(text) as { seen?: unknown };
    if (!Array.isArray(parsed.seen)) throw new Error('no list of ids');
    return parsed.seen
      .filter((entry): entry is [string, number] => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number')
      .filter(([, at]) => at > now - options.windowMs && at <= now + options.windowMs)
      .sort((a, b) => a[1] - b[1])
      .slice(-options.maxEntries);
  } catch (error) {
    logger.warn({ file, err: error }, 'the file of recently seen Slack events is damaged; starting without it');
    return [];
  }
}

export async function openSeenEvents(file: string, logger: Logger, options: SeenEventsOptions = SEEN_EVENTS): Promise<PersistentDedupe> {
  const recent = new Map<string, number>(await readSeen(file, options, logger, Date.now()));
  const memory = createEventDeduper({ ttlMs: options.windowMs, maxEntries: options.maxEntries });
  for (const [id, at] of recent) memory.firstSeen(id, at);
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = async (): Promise<void> => {
    timer = undefined;
    const now = Date.now();
    for (const [id, at] of recent) {
      if (at > now - options.windowMs && recent.size <= options.maxEntries) break;
      recent.delete(id);
    }
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(temporary, JSON.stringify({ format: 1, seen: [...recent] }));
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      logger.warn({ file, err: error }, 'could not save the recently seen Slack events; a restart may answer a redelivered event twice');
    }
  };
  const schedule = (): void => {
    timer ??= setTimeout(() => {
      writing = writing.then(write);
    }, options.writeDelayMs);
  };

  return {
    async firstSeen(eventId) {
      const now = Date.now();
      if (!memory.firstSeen(eventId, now)) return false;
      recent.delete(eventId);
      recent.set(eventId, now);
      schedule();
      return true;
    },
    async close() {
      if (timer) {
        clearTimeout(timer);
        writing = writing.then(write);
      }
      await writing;
    },
  };
}
