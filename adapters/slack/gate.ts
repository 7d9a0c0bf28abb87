import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../src/log.js';
import type { EventDedupe } from '../../src/stores/types.js';

/**
 * The global middleware every event passes before any listener: it drops events once shutdown has
 * begun, drops redeliveries of an event already taken (by this process or, with Redis, by any
 * replica), and tracks the answers in flight so `stop()` can wait for them. Bolt has already
 * acked the event by now, so dropping is silent.
 */
export interface Gate {
  middleware: Middleware<AnyMiddlewareArgs>;
  /** Stop taking events; resolves when every answer in flight has finished. */
  close(): Promise<void>;
}

export function createGate(deduper: EventDedupe, logger: Logger): Gate {
  const inFlight = new Set<Promise<void>>();
  let open = true;

  const middleware: Middleware<AnyMiddlewareArgs> = async ({ body, context, next }) => {
    if (!open) return;
    // Tracked from here, not from next(): with Redis the de-duplication check is a round trip (up
    // to STORE_LIMITS.dedupeWaitMs when Redis is slow), and an event that passes it has its id
    // taken for every replica, so no other one will answer its retry. If close() did not wait
    // for it, stop() would close the stores under it and resolve before it is answered.
    const work = (async () => {
      const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
      if (eventId !== undefined && !(await deduper.firstSeen(eventId))) {
        logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'duplicate delivery ignored');
        return;
      }
      await next();
    })();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  };

  return {
    middleware,
    async close() {
      open = false;
      await Promise.allSettled([...inFlight]);
    },
  };
}
