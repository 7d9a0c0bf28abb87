/**
 * The reload worker: re-reads the knowledge folder against the last good versions it holds, builds
 * the complete new knowledge base (the expensive part: parsing, indexing, entity mining) and hands
 * it back serialised, so the thread that answers questions only decodes and swaps.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { KnowledgeError } from '../knowledge/errors.js';
import { refreshStories, type FileEntry } from '../knowledge/refresh.js';
import { buildKnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { serializeKnowledge } from '../knowledge-base/persist.js';
import { suggestionCatalogue } from '../engine.js';
import type { BuildReply, PlainProblem, WorkerData } from './protocol.js';

const { dir, files: initial, settleMs } = workerData as WorkerData;
let files = new Map<string, FileEntry>(initial);
const port = parentPort;
if (!port) throw new Error('the reload worker must run in a worker thread');

/**
 * The build's nice value: the answering thread (nice 0) gets about three times its share of a
 * contended core (Linux weights 1024 : 335). Not the lowest (19, about 1.5%): on a machine busy with
 * other work that starved the build, and a new story must still arrive within seconds.
 */
const RELOAD_WORKER_NICE = 5;

/**
 * The build yields the CPU to the thread that answers questions: on a machine with few cores the
 * two compete, and an answer must not wait for an index build. Linux schedules threads on their
 * own, and setpriority() with a thread id (from /proc/thread-self) lowers this thread alone. Elsewhere
 * (or where it is refused) the build runs at normal priority, as before; it only takes longer here.
 */
function yieldToAnswers(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, RELOAD_WORKER_NICE);
  } catch {
    // Not Linux, or not permitted.
  }
}
yieldToAnswers();

const plain = (problems: KnowledgeError[], served: ReadonlyMap<string, FileEntry>): PlainProblem[] => problems.map(({ file, problem }) => ({ file, problem, kept: served.has(file) }));

async function build(id: number): Promise<{ reply: BuildReply; transfer: ArrayBuffer[] }> {
  let next;
  try {
    next = await refreshStories(dir, files, settleMs === undefined ? {} : { settleMs });
  } catch (error) {
    const problem = error instanceof KnowledgeError ? error : new KnowledgeError(dir, String(error));
    return { reply: { id, kind: 'failed', reason: problem.problem, problems: [] }, transfer: [] };
  }
  const problems = plain(next.problems, next.files);
  // An emptied folder keeps the versions held here too: a file put back is compared with them.
  if (next.files.size === 0) return { reply: { id, kind: 'empty', problems }, transfer: [] };
  files = next.files;
  if (!next.changed) return { reply: { id, kind: 'unchanged', stories: files.size, problems }, transfer: [] };
  const started = performance.now();
  const kb = buildKnowledgeBase([...files.values()].map((entry) => entry.story));
  // Built here too: asking the answerer every candidate question would otherwise stall the answering thread.
  const catalogue = suggestionCatalogue(kb);
  const serialised = serializeKnowledge(kb, [], 'reload');
  // Its own ArrayBuffer (small Buffers share a pool), so it can be moved to the main thread, not copied.
  const bytes = new ArrayBuffer(serialised.length);
  new Uint8Array(bytes).set(serialised);
  return { reply: { id, kind: 'built', stories: files.size, changes: next.changes, bytes, catalogue, buildMs: performance.now() - started, problems }, transfer: [bytes] };
}

port.on('message', (message: { id: number }) => {
  void build(message.id).then(({ reply, transfer }) => port.postMessage(reply, transfer));
});
