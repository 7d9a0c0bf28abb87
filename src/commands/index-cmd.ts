import { openKnowledge } from '../knowledge-base/cache.js';
import { cacheDirOf, knowledgeDirOf, parseFlags, pathSettingsOf } from './common.js';
import type { CommandIO } from './types.js';
import { inert } from '../text/terminal.js';

/** `storybot index`: builds the persisted index now (it is also rebuilt on start-up whenever stale). */
export async function run(io: CommandIO): Promise<number> {
  const { values } = parseFlags(io.argv, {
    knowledge: { type: 'string' },
    'if-stale': { type: 'boolean', default: false },
    'cache-file': { type: 'string' },
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
  const what = `${kb.corpus.stories.length} stories, ${kb.corpus.passages.length} passages, ${kb.corpus.sentences.length} sentences`;
  if (cache.status === 'hit') {
    io.stdout.write(`index is fresh (${what}): ${cache.file}\n`);
    return 0;
  }
  if (cache.status === 'unsaved') {
    io.stderr.write(`storybot index: built ${what} but could not save it: ${cache.reason}\n`);
    return 1;
  }
  const mb = ((cache.savedBytes ?? 0) / 1e6).toFixed(1);
  io.stdout.write(`indexed ${what} in ${Math.round(cache.ms.build)} ms; saved ${mb} MB in ${Math.round(cache.ms.save)} ms to ${cache.file}\n`);
  return 0;
}
