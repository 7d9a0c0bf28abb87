import { openKnowledge } from '../knowledge-base/cache.js';
import { cacheDirOf, knowledgeDirOf, KNOWLEDGE_FLAG, parseFlags, pathSettingsOf } from './common.js';
import type { CommandIO } from './types.js';
import { count, size } from './units.js';
import { inert } from '../text/terminal.js';

/** `storybot index`: builds the persisted index now (it is also rebuilt on start-up whenever stale). */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, {
    'if-stale': { type: 'boolean', default: false, help: 'build only when the saved index is out of date' },
    'cache-file': { type: 'string', value: 'PATH', help: 'write the index to PATH, to ship with the stories (default: STORYBOT_INDEX_FILE, else the cache folder)' },
    ...KNOWLEDGE_FLAG,
  });
  const paths = await pathSettingsOf(io);
  const dir = knowledgeDirOf(values.knowledge, paths);
  const { kb, problems, cache } = await openKnowledge(dir, {
    cacheDir: cacheDirOf(paths),
    // `--cache-file PATH` (or STORYBOT_INDEX_FILE, as start-up reads it) writes an index meant to be shipped.
    cacheFile: values['cache-file'] ?? paths.STORYBOT_INDEX_FILE,
    force: !values['if-stale'],
  });
  for (const problem of problems) io.stderr.write(`warning: skipped ${inert(problem.message)}\n`);
  const what = [count(kb.corpus.stories.length, 'story', 'stories'), count(kb.corpus.passages.length, 'passage'), count(kb.corpus.sentences.length, 'sentence')].join(', ');
  if (cache.status === 'hit') {
    io.stdout.write(`index is fresh (${what}): ${cache.file}\n`);
    return 0;
  }
  if (cache.status === 'unsaved') {
    io.stderr.write(`storybot index: built ${what} but could not save it: ${cache.reason}\n`);
    return 1;
  }
  io.stdout.write(`indexed ${what} in ${Math.round(cache.ms.build)} ms; saved ${size(cache.savedBytes ?? 0)} in ${Math.round(cache.ms.save)} ms to ${cache.file}\n`);
  const removed = cache.removed ?? [];
  if (removed.length > 0) io.stdout.write(`removed ${count(removed.length, 'superseded index file')} (for a folder that is gone, of an older format, or a save that never finished): ${removed.join(', ')}\n`);
  return 0;
}
