/**
 * Answering is synchronous: while one question is answered, nothing else on this thread runs. A
 * platform adapter waits here for its turn before asking, so that work already received (another
 * user's Slack event to acknowledge, a Discord interaction to defer) goes first, and questions are
 * answered one per turn of the event loop, with I/O polled between any two of them.
 */
const waiting: Array<() => void> = [];
let scheduled = false;
/** Acknowledgements on their way to the platform (a Discord deferral is a round trip of its own). */
const acknowledging = new Set<Promise<unknown>>();
/** How long a turn waits for acknowledgements in flight: a platform that does not answer must not stop answering. */
const ACK_WAIT_MS = 2_000;

/** Lets the first waiter go, and schedules the next one for the following turn of the loop. */
function release(): void {
  if (acknowledging.size > 0) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ACK_WAIT_MS)));
    void Promise.race([Promise.allSettled([...acknowledging]), late]).then(() => {
      clearTimeout(timer);
      setImmediate(release);
    });
    return;
  }
  const next = waiting.shift();
  // Queued from the check phase, this runs in the next loop turn, after its I/O poll.
  if (waiting.length > 0) setImmediate(release);
  else scheduled = false;
  next?.();
}

/** Resolves when it is this caller's turn to answer: after pending I/O, and after the questions queued before it. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(release);
    }
  });
}

/** Sends an acknowledgement that no answer may hold up: turns wait until it has gone (at most ACK_WAIT_MS). */
export async function acknowledge<T>(ack: Promise<T>): Promise<T> {
  acknowledging.add(ack);
  try {
    return await ack;
  } finally {
    acknowledging.delete(ack);
  }
}

/** Questions waiting for their turn: a Discord interaction arriving now will wait for them. */
export const questionsWaiting = (): number => waiting.length;
