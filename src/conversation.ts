/**
 * Bounded memory of conversations: at most `maxConversations` (least recently used go first),
 * each forgotten after `ttlMs` of silence, so a long-running bot's memory stays flat.
 */
export interface ConversationStore<T> {
  get(id: string, now?: number): T | undefined;
  set(id: string, value: T, now?: number): void;
  readonly size: number;
}

export function createConversationStore<T>(maxConversations = 10_000, ttlMs = 30 * 60_000): ConversationStore<T> {
  // A Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  const entries = new Map<string, { value: T; at: number }>();
  return {
    get(id, now = Date.now()) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      entries.delete(id);
      if (now - entry.at > ttlMs) return undefined;
      entries.set(id, { value: entry.value, at: now });
      return entry.value;
    },
    set(id, value, now = Date.now()) {
      entries.delete(id);
      entries.set(id, { value, at: now });
      while (entries.size > maxConversations) entries.delete(entries.keys().next().value as string);
    },
    get size() {
      return entries.size;
    },
  };
}
